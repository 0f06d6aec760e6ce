/**
 * Russia, contract service during mobilisation: the contract says one year, but when does it end?
 * Run: npx tsx examples/contract-russia.ts
 *
 * The regime (in our words): contracts of up to one year with a three-month probation; while
 * mobilisation lasts, contracts stay in force until it ends, whatever length was signed. The person
 * and dates are invented; the mobilisation end date is a what-if.
 */
import { pathToFileURL } from "node:url";
import { addDuration } from "musterroll";
import {
  canTerminate, checkContract, contractUnder, endOfProbation, endOfTerm, findContractTerms, remainingService,
  RUSSIA_CONTRACT_SERVICE as RU,
} from "musterroll/contract";

export function answers() {
  const contract = contractUnder(RU, { id: "r1", person: "soldier-1", employer: { unit: "motor-rifle-regiment" }, start: "2023-01-10" });
  const whatIf = { events: { demobilization: "2026-06" } } as const;
  return {
    signedLength: RU.terms.first,
    wouldHaveEndedOn: addDuration("2023-01-10", RU.terms.first ?? "P1Y"),
    heldUntil: contract.term,
    endOfTerm: endOfTerm(contract).on,
    probationEnds: endOfProbation(contract),
    mayLeaveOn20250110: canTerminate(contract, "2025-01-10").allowed,
    ifMobilisationEndsJune2026: endOfTerm(contract, whatIf).on,
    mayLeaveOn20260701IfSo: canTerminate(contract, "2026-07-01", whatIf).allowed,
    daysLeftOn20260101IfSo: remainingService(contract, "2026-01-01", whatIf).days,
    twoYearContractIssues: checkContract({ ...contract, term: "P2Y" }, RU).map((i) => i.code),
    termsInText: findContractTerms("Soldiers sign contracts of up to one year, but the contracts remain valid until the end of mobilisation.")
      .map((m) => m.value),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(answers());
