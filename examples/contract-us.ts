/**
 * United States, enlistment: an eight-year obligation split between active duty and the reserve,
 * and naturalisation after one year of honorable service.
 * Run: npx tsx examples/contract-us.ts
 *
 * The regime (in our words): every enlistment carries eight years of total obligation; what is not
 * served on active duty is served in the reserve; a non-citizen may naturalise after one year of
 * honorable service. The person, dates and the four-year active split are invented.
 */
import { pathToFileURL } from "node:url";
import { addDuration, durationBetween, formatIsoDuration, type EligibilityClause } from "musterroll";
import { contractUnder, eligibilityProgress, endOfTerm, US_ENLISTMENT as US } from "musterroll/contract";

export function answers() {
  const start = "2025-07-01";
  const contract = contractUnder(US, { id: "us1", person: "recruit-1", employer: { organisation: "US Army", country: "US" }, start });
  const obligationEnds = endOfTerm(contract).on;
  if (typeof obligationEnds !== "string") throw new Error("a dated start gives a dated end");
  const activeEnds = addDuration(start, "P4Y");
  const naturalisation = US.clauses.find((c): c is EligibilityClause => c.kind === "eligibility");
  if (naturalisation === undefined) throw new Error("the US fixture has a naturalisation clause");
  return {
    totalObligation: contract.term,
    obligationEnds,
    activeDutyEnds: activeEnds,
    reserveService: formatIsoDuration(durationBetween(activeEnds, obligationEnds)),
    naturalisationFrom: eligibilityProgress(contract, [], naturalisation, "2025-12-01").eligibleOn,
    naturalisationCondition: naturalisation.condition,
    // A break of two months (not counted) pushes the date back by as much.
    naturalisationAfterABreak: eligibilityProgress(contract, [
      { contractId: "us1", from: start, to: "2025-12-31", reason: "enlistment" },
      { contractId: "us1", from: "2026-03-01", reason: "return" },
    ], naturalisation, "2026-03-15").eligibleOn,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(answers());
