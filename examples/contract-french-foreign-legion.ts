/**
 * France, the Foreign Legion: when does the first contract end, which later contracts fit, and
 * when may a legionnaire request naturalisation?
 * Run: npx tsx examples/contract-french-foreign-legion.ts
 *
 * The regime (in our words): a first contract of five years; later contracts of six months to five
 * years; a naturalisation request after three years of service. The people and dates are invented.
 */
import { pathToFileURL } from "node:url";
import type { EligibilityClause } from "musterroll";
import {
  checkContract, contractUnder, eligibilityProgress, endOfTerm, FRENCH_FOREIGN_LEGION as LEGION,
} from "musterroll/contract";

export function answers() {
  // Joined on a leap day: five years on, February has 28 days.
  const first = contractUnder(LEGION, { id: "l1", person: "legionnaire-1", employer: { unit: "2e-rep" }, start: "2024-02-29" });
  const firstEnd = endOfTerm(first).on;
  const renewal = { ...first, id: "l2", start: "2029-02-28", term: "P6M" };
  const tooShort = { ...renewal, id: "l3", term: "P3M" };
  const naturalisation = LEGION.clauses.find((c): c is EligibilityClause => c.kind === "eligibility");
  if (naturalisation === undefined) throw new Error("the Legion fixture has a naturalisation clause");
  const progress = eligibilityProgress(first, [], naturalisation, "2026-02-28");
  return {
    firstTerm: first.term,
    firstContractEnds: firstEnd,
    sixMonthRenewalIssues: checkContract(renewal, LEGION).map((i) => i.code),
    sixMonthRenewalEnds: endOfTerm(renewal).on,
    threeMonthRenewalIssues: checkContract(tooShort, LEGION).map((i) => i.code),
    naturalisationRequestFrom: progress.eligibleOn,
    daysServedBy20260228: progress.accrued,
    daysStillNeeded: progress.remaining,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(answers());
