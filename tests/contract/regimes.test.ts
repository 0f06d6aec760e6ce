import { describe, expect, it } from "vitest";
import { answers as legion } from "../../examples/contract-french-foreign-legion.js";
import { answers as russia } from "../../examples/contract-russia.js";
import { answers as ukraine } from "../../examples/contract-ukraine.js";
import { answers as us } from "../../examples/contract-us.js";
import { ContractSchema } from "../../src/index.js";
import { checkContract, contractUnder, REGIMES } from "../../src/contract/index.js";

describe("regime examples compute the right answers", () => {
  it("Ukraine", () => {
    expect(ukraine()).toEqual({
      earlyEarliestTermination: "2024-05-18", // six months after 2023-11-01 falls before the rule took effect
      earlyMayLeaveOn20240501: false,
      earlyMayLeaveOn20240518: true,
      laterEarliestTermination: { start: "2024-12-01", end: "2024-12-30" }, // 2024-06-30 + P6M = 2024-12-30
      citizenshipBeforeTransfer: "2026-11-01",
      citizenshipHadNoTransferHappened: "2026-11-01",
      citizenshipAfterTransfer: "2028-11-01",
      citizenshipAfterTransferUnderMartialLaw: "2026-11-01",
      twelveYearContractIssues: ["term_too_long"],
      clausesInText: [
        { kind: "payParity", with: "Ukrainian soldiers" },
        { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" },
      ],
    });
  });

  it("French Foreign Legion", () => {
    expect(legion()).toEqual({
      firstTerm: "P5Y",
      firstContractEnds: "2029-02-28",
      sixMonthRenewalIssues: [],
      sixMonthRenewalEnds: "2029-08-28",
      threeMonthRenewalIssues: ["term_too_short"],
      naturalisationRequestFrom: "2027-02-28",
      daysServedBy20260228: { min: 730, max: 730 },
      daysStillNeeded: { min: 365, max: 365 },
    });
  });

  it("Russia", () => {
    expect(russia()).toEqual({
      signedLength: "P1Y",
      wouldHaveEndedOn: "2024-01-10",
      heldUntil: { until: "demobilization" },
      endOfTerm: "unknown",
      probationEnds: "2023-04-10",
      mayLeaveOn20250110: "unknown",
      ifMobilisationEndsJune2026: { start: "2026-06-01", end: "2026-06-30" },
      mayLeaveOn20260701IfSo: true,
      daysLeftOn20260101IfSo: { min: 151, max: 180 },
      twoYearContractIssues: ["term_too_long"],
      termsInText: [
        { term: "P1Y", bound: "at-most", initial: false },
        { term: { until: "demobilization" }, bound: "exact", initial: false },
      ],
    });
  });

  it("United States", () => {
    expect(us()).toEqual({
      totalObligation: "P8Y",
      obligationEnds: "2033-07-01",
      activeDutyEnds: "2029-07-01",
      reserveService: "P4Y",
      naturalisationFrom: "2026-07-01",
      naturalisationCondition: "honorable service",
      naturalisationAfterABreak: "2026-08-29", // 184 days served before the break, 181 more from 1 March
    });
  });
});

describe("contractUnder", () => {
  it.each(REGIMES.map((r) => [r.id, r] as const))("builds a valid contract with no issues under %s", (_, regime) => {
    const c = contractUnder(regime, { id: "c1", person: "p1", employer: { unit: "u1" }, start: "2024-06-01" });
    expect(ContractSchema.safeParse(c).success).toBe(true);
    expect(checkContract(c, regime)).toEqual([]);
    expect(c.clauses).toEqual(regime.clauses);
  });

  it("rejects fields that make no valid contract", () => {
    expect(() => contractUnder(REGIMES[0] as (typeof REGIMES)[number], { id: "c1", person: "p1", employer: { unit: "u1" }, start: "June 2024" })).toThrow(/start/);
  });
});
