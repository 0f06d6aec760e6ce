/**
 * Ukraine, foreigners under contract: when may a volunteer leave, and when may they seek citizenship?
 * Run: npx tsx examples/contract-ukraine.ts
 *
 * The regime (in our words): contracts of one to ten years; since 18 May 2024 a foreigner may end
 * the contract after six months of continuous service; pay equals that of Ukrainian soldiers;
 * citizenship after three years counted from the contract's entry into force, or one year under
 * martial law — and a transfer that comes with a new contract starts that count again.
 * The people and dates below are invented.
 */
import { pathToFileURL } from "node:url";
import type { EligibilityClause, ServiceRecord } from "musterroll";
import {
  canTerminate, checkContract, contractUnder, earliestTermination, eligibilityProgress, findClauses,
  UKRAINE_FOREIGN_VOLUNTEERS as UA,
} from "musterroll/contract";

export function answers() {
  // Enlisted before the six-month rule took effect: the rule's date, not start + six months, decides.
  const early = contractUnder(UA, { id: "c1", person: "volunteer-1", employer: { unit: "international-legion" }, start: "2023-11-01", term: "P3Y" });
  // Enlisted after it, known only to the month: the answer is the month six months later.
  const later = contractUnder(UA, { id: "c9", person: "volunteer-2", employer: { unit: "international-legion" }, start: "2024-06", term: "P3Y" });
  // Moved on 1 November 2025 to another unit under a new contract.
  const moved = contractUnder(UA, { id: "c2", person: "volunteer-1", employer: { unit: "253rd-assault-regiment" }, start: "2025-11-01", term: "P3Y" });
  const record: ServiceRecord = [
    { contractId: "c1", unit: "international-legion", from: "2023-11-01", to: "2025-10-31", reason: "enlistment" },
    { contractId: "c2", unit: "253rd-assault-regiment", from: "2025-11-01", reason: "transfer" },
  ];
  const citizenship = UA.clauses.find((c): c is EligibilityClause => c.kind === "eligibility");
  if (citizenship === undefined) throw new Error("the Ukrainian fixture has a citizenship clause");
  const noReset = { ...citizenship, resetsOn: [] };
  return {
    earlyEarliestTermination: earliestTermination(early).from,
    earlyMayLeaveOn20240501: canTerminate(early, "2024-05-01").allowed,
    earlyMayLeaveOn20240518: canTerminate(early, "2024-05-18").allowed,
    laterEarliestTermination: earliestTermination(later).from,
    // Seen on 31 October 2025, while service under c1 was still going on:
    citizenshipBeforeTransfer: eligibilityProgress(early, [{ contractId: "c1", from: "2023-11-01", reason: "enlistment" }], citizenship, "2025-10-31").eligibleOn,
    citizenshipHadNoTransferHappened: eligibilityProgress(early, record, noReset, "2025-12-01").eligibleOn,
    citizenshipAfterTransfer: eligibilityProgress(moved, record, citizenship, "2025-12-01").eligibleOn,
    citizenshipAfterTransferUnderMartialLaw: eligibilityProgress(moved, record, citizenship, "2025-12-01", { conditions: ["martial-law"] }).eligibleOn,
    twelveYearContractIssues: checkContract({ ...early, term: "P12Y" }, UA).map((i) => i.code),
    clausesInText: findClauses(
      "Foreign fighters are paid the same as Ukrainian soldiers and may end their contract after six months of continuous service.",
    ).map((m) => m.value),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(answers());
