import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDuration, daysInMonth, toEpochDay, toInterval, type Contract, type EligibilityClause, type ServiceRecord, type Term,
  type TerminationClause,
} from "../../src/index.js";
import {
  canTerminate, earliestTermination, eligibilityProgress, endOfTerm, remainingService, type DateAnswer,
} from "../../src/contract/index.js";
import {
  calendarDateArbitrary, contractArbitrary, eligibilityClauseArbitrary, partialDateArbitrary, serviceDurationArbitrary,
  serviceRecordArbitrary, terminationClauseArbitrary,
} from "../../src/testing.js";

const sixMonths: TerminationClause = { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" };
const base: Contract = { id: "c1", person: "p1", employer: { unit: "legion" }, category: "foreign-volunteer", start: "2024-05-18", term: "P3Y", clauses: [sixMonths] };
const citizenship: EligibilityClause = {
  kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["new-contract"],
  alternatives: [{ requiredService: "P1Y", when: "martial-law" }],
};

/** Lower and upper day numbers of a date answer. */
function bounds(a: DateAnswer | "never"): { lo: number; hi: number } | undefined {
  if (a === "unknown" || a === "never") return undefined;
  return typeof a === "string" ? { lo: toEpochDay(a), hi: toEpochDay(a) } : { lo: toEpochDay(a.start), hi: toEpochDay(a.end) };
}
const rank = (v: boolean | "unknown"): number => (v === false ? 0 : v === "unknown" ? 1 : 2);

describe("endOfTerm", () => {
  it("adds the term to the start, month ends constrained", () => {
    expect(endOfTerm({ ...base, start: "2024-08-31", term: "P6M" }).on).toBe("2025-02-28");
    expect(endOfTerm({ ...base, start: "2024-02-29", term: "P1Y" }).on).toBe("2025-02-28");
    expect(endOfTerm(base).on).toBe("2027-05-18");
  });
  it("keeps a partial start partial", () => {
    expect(endOfTerm({ ...base, start: "2024-05", term: "P6M" }).on).toEqual({ start: "2024-11-01", end: "2024-11-30" });
    expect(endOfTerm({ ...base, start: "2024", term: "P3Y" }).on).toEqual({ start: "2027-01-01", end: "2027-12-31" });
  });
  it("answers never, unknown, or the event's date for open terms", () => {
    expect(endOfTerm({ ...base, term: "indefinite" }).on).toBe("never");
    const { term: _, ...noTerm } = base;
    expect(endOfTerm(noTerm).on).toBe("unknown");
    const mob: Contract = { ...base, term: { until: "demobilization" } };
    expect(endOfTerm(mob)).toEqual({ on: "unknown", reason: "the term runs until demobilization, which has no date yet" });
    expect(endOfTerm(mob, { events: { demobilization: "2026-03" } }).on).toEqual({ start: "2026-03-01", end: "2026-03-31" });
  });
  it("is unknown when the report gives no start", () => {
    const { start: _, ...undated } = base;
    expect(endOfTerm(undated)).toEqual({ on: "unknown", reason: "contract c1 states no start" });
    expect(earliestTermination(undated).from).toBe("unknown");
    expect(canTerminate(undated, "2030-01-01").allowed).toBe("unknown");
    expect(eligibilityProgress(undated, [], citizenship, "2030-01-01").eligibleOn).toBe("unknown");
  });
  it("rejects an invalid contract with the field and the rule", () => {
    expect(() => endOfTerm({ ...base, start: "2025-02-30" })).toThrow(/invalid contract at start: .*February 2025 has 28 days/);
    expect(() => endOfTerm({ ...base, term: "P0D" })).toThrow(RangeError);
  });
  it("respects the month-end constraint for every day-precision start and month/year term", () => {
    fc.assert(fc.property(calendarDateArbitrary({ minYear: 1950, maxYear: 2080 }), fc.integer({ min: 1, max: 60 }), (start, months) => {
      const on = endOfTerm({ ...base, start, term: `P${months}M` }).on as string;
      const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
      const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
      expect(on.slice(0, 7)).toBe(`${y}-${String(m).padStart(2, "0")}`);
      expect(Number(on.slice(8))).toBe(Math.min(Number(start.slice(8)), daysInMonth(y, m)));
    }));
  });
});

describe("an earliest-of term: 'three years or until the end of martial law, whichever comes first'", () => {
  const martialLaw = { until: "end-of-martial-law" } as const;
  const c: Contract = { ...base, term: { earliestOf: ["P3Y", martialLaw] }, clauses: [] };
  const reason = "the term runs out at the first of [start 2024-05-18 + term P3Y] and [the term runs until end-of-martial-law, which has no date yet]";

  it("ends on an unknown day, but no later than start + the length while the event has no date", () => {
    expect(endOfTerm(c)).toEqual({ on: "unknown", noLaterThan: "2027-05-18", reason: `${reason}; so no later than 2027-05-18` });
    expect(endOfTerm({ ...c, start: "2024-05" }).noLaterThan).toEqual({ start: "2027-05-01", end: "2027-05-31" });
  });
  it("ends on the first of its ends once all are dated", () => {
    expect(endOfTerm(c, { events: { "end-of-martial-law": "2026-01" } }).on).toEqual({ start: "2026-01-01", end: "2026-01-31" });
    expect(endOfTerm(c, { events: { "end-of-martial-law": "2029-01-01" } }).on).toBe("2027-05-18");
    // the event straddles the length's end: either may come first
    expect(endOfTerm(c, { events: { "end-of-martial-law": "2027-05" } }).on).toEqual({ start: "2027-05-01", end: "2027-05-18" });
  });
  it("is bounded by a dated event when the start is not known, and by nothing when nothing is dated", () => {
    const { start: _, ...undated } = c;
    expect(endOfTerm(undated, { events: { "end-of-martial-law": "2026-06-30" } })).toMatchObject({ on: "unknown", noLaterThan: "2026-06-30" });
    expect(endOfTerm(undated)).toEqual({ on: "unknown", reason: "the term runs out at the first of [contract c1 states no start] and [the term runs until end-of-martial-law, which has no date yet]" });
    expect(endOfTerm({ ...c, term: { earliestOf: [martialLaw, { until: "demobilization" }] } }).noLaterThan).toBeUndefined();
  });
  it("lets the member go surely once the length has run, perhaps before", () => {
    expect(canTerminate(c, "2025-01-01")).toMatchObject({ allowed: "unknown", from: "unknown", noLaterThan: "2027-05-18" });
    expect(canTerminate(c, "2027-05-17").allowed).toBe("unknown");
    expect(canTerminate(c, "2027-05-18").allowed).toBe(true);
    expect(canTerminate(c, "2027-05").allowed).toBe("unknown");
    expect(canTerminate(c, "2028").allowed).toBe(true);
    expect(earliestTermination(c)).toMatchObject({ from: "unknown", noLaterThan: "2027-05-18" });
    // once martial law is dated, the answer is a day
    expect(canTerminate(c, "2026-02-01", { events: { "end-of-martial-law": "2026-01-31" } })).toMatchObject({ allowed: true, from: "2026-01-31" });
  });
  it("bounds the first day by a clause that comes before the length runs", () => {
    const withClause: Contract = { ...c, clauses: [sixMonths] };
    expect(canTerminate(withClause, "2024-06-01")).toMatchObject({ allowed: "unknown", from: "unknown", noLaterThan: "2024-11-18" });
    expect(canTerminate(withClause, "2024-11-18").allowed).toBe(true);
    expect(earliestTermination(withClause).from).toBe("2024-11-18");
  });
  it("bounds an unknown first day by the term's end when a clause has no date", () => {
    const undatedClause: Contract = { ...base, clauses: [{ ...sixMonths, countedFrom: "signed" }] };
    expect(canTerminate(undatedClause, "2025-01-01")).toMatchObject({ allowed: "unknown", from: "unknown", noLaterThan: "2027-05-18" });
    expect(remainingService(undatedClause, "2027-05-01").days).toEqual({ min: 0, max: 17 });
    expect(canTerminate({ ...undatedClause, term: { until: "demobilization" } }, "2025-01-01")).not.toHaveProperty("noLaterThan");
  });
  it("counts the service left from none to the days until the bound", () => {
    expect(remainingService(c, "2025-05-18")).toMatchObject({ until: "unknown", noLaterThan: "2027-05-18", days: { min: 0, max: 730 } });
    expect(remainingService(c, "2027-06-01").days).toEqual({ min: 0, max: 0 });
    expect(remainingService({ ...c, term: { until: "end-of-martial-law" } }, "2025-05-18").days).toBe("unknown");
  });
  it("never ends after any of its ends, and ends when one does once all are dated (property)", () => {
    const end = fc.oneof(serviceDurationArbitrary(), fc.constantFrom<Exclude<Term, string>>({ until: "demobilization" }, martialLaw));
    const dated = fc.record({ demobilization: partialDateArbitrary({ minYear: 2020, maxYear: 2040 }), "end-of-martial-law": partialDateArbitrary({ minYear: 2020, maxYear: 2040 }) });
    fc.assert(fc.property(partialDateArbitrary({ minYear: 2015, maxYear: 2030 }), fc.array(end, { minLength: 2, maxLength: 3 }), fc.oneof(fc.constant({}), dated), (start, ends, events) => {
      const contract: Contract = { ...c, start, term: { earliestOf: ends as (string | { until: "demobilization" | "end-of-martial-law" })[] } };
      const whole = endOfTerm(contract, { events });
      const bound = bounds(whole.on === "unknown" && whole.noLaterThan !== undefined ? whole.noLaterThan : whole.on);
      const each = ends.map((t) => bounds(endOfTerm({ ...contract, term: t }, { events }).on));
      for (const one of each) if (bound !== undefined && one !== undefined) expect(bound.hi).toBeLessThanOrEqual(one.hi);
      if (each.every((one) => one !== undefined)) {
        expect(whole.on).not.toBe("unknown");
        expect(bound?.lo).toBe(Math.min(...each.map((one) => (one as { lo: number }).lo)));
      } else expect(whole.on).toBe("unknown");
    }));
  });
});

describe("earliestTermination", () => {
  it("is start + minimum service", () => {
    expect(earliestTermination(base)).toMatchObject({ from: "2024-11-18", clause: sixMonths });
    expect(earliestTermination({ ...base, start: "2024-08-31" }).from).toBe("2025-02-28");
  });
  it("is never before the rule took effect", () => {
    const c: Contract = { ...base, start: "2023-03-01", clauses: [{ ...sixMonths, basis: { text: "law", inForce: "2024-05-18" } }] };
    expect(earliestTermination(c).from).toBe("2024-05-18");
    expect(earliestTermination(c).reason).toContain("not before the rule took effect on 2024-05-18");
  });
  it("restarts continuous service after a break in the record", () => {
    const record: ServiceRecord = [
      { contractId: "c1", from: "2024-05-18", to: "2024-07-31", reason: "enlistment" },
      { contractId: "c1", from: "2024-09-01", reason: "return" },
    ];
    expect(earliestTermination(base, { record }).from).toBe("2025-03-01");
    expect(earliestTermination({ ...base, clauses: [{ ...sixMonths, continuous: false }] }, { record }).from).toBe("2024-11-18");
  });
  it("falls back to the end of the term without a clause for the party", () => {
    expect(earliestTermination(base, { by: "employer" }).from).toBe("2027-05-18");
    expect(earliestTermination({ ...base, clauses: [] }).reason).toContain("no termination clause");
  });
  it("is unknown when the clock has no date", () => {
    expect(earliestTermination({ ...base, clauses: [{ ...sixMonths, countedFrom: "signed" }] }).from).toBe("unknown");
  });
  it("is never before start + minService (property)", () => {
    fc.assert(fc.property(contractArbitrary(), terminationClauseArbitrary(), (c, t) => {
      const clause = { ...t, by: "member" as const, countedFrom: "start" as const };
      const e = bounds(earliestTermination({ ...c, clauses: [clause] }).from);
      if (c.start === undefined) {
        expect(e).toBeUndefined();
        return;
      }
      if (e === undefined) return;
      const iv = toInterval(c.start);
      expect(e.lo).toBeGreaterThanOrEqual(toEpochDay(addDuration(iv.start, clause.minService)));
      expect(e.hi).toBeGreaterThanOrEqual(toEpochDay(addDuration(iv.end, clause.minService)));
    }));
  });
});

describe("canTerminate", () => {
  it("says no before, unknown inside, yes after the first allowed day", () => {
    expect(canTerminate(base, "2024-11-17")).toMatchObject({ allowed: false, from: "2024-11-18" });
    expect(canTerminate(base, "2024-11-18").allowed).toBe(true);
    expect(canTerminate(base, "2024-11").allowed).toBe("unknown");
    expect(canTerminate(base, "2024-12").allowed).toBe(true);
    expect(canTerminate(base, "2024-10-01").reason).toContain("may not end it yet");
  });
  it("allows leaving once the term has run out even without a clause", () => {
    const c: Contract = { ...base, clauses: [] };
    expect(canTerminate(c, "2027-05-17").allowed).toBe(false);
    expect(canTerminate(c, "2027-05-18")).toMatchObject({ allowed: true, from: "2027-05-18" });
  });
  it("is unknown under an undated event term, decided once the event is dated", () => {
    const c: Contract = { ...base, term: { until: "demobilization" }, clauses: [] };
    expect(canTerminate(c, "2030-01-01").allowed).toBe("unknown");
    expect(canTerminate(c, "2030-01-01", { events: { demobilization: "2029-06-30" } }).allowed).toBe(true);
    expect(canTerminate({ ...c, term: "indefinite" }, "2090-01-01")).toMatchObject({ allowed: false, from: "never" });
  });
  it("answers with a range and unknown when the start is known to the month (the guide's example)", () => {
    const c: Contract = { ...base, start: "2024-06" };
    expect(earliestTermination(c).from).toEqual({ start: "2024-12-01", end: "2024-12-30" });
    expect(canTerminate(c, "2024-12").allowed).toBe("unknown");
    expect(canTerminate(c, "2025-01").allowed).toBe(true);
    expect(canTerminate(c, "2024-11").allowed).toBe(false);
  });
  it("rejects a day that is not a date", () => {
    expect(() => canTerminate(base, "2024-13")).toThrow(/invalid day asked about: 2024-13 is not a calendar date: month 13/);
  });
  it("is monotone in the day (property)", () => {
    fc.assert(fc.property(contractArbitrary(), calendarDateArbitrary({ minYear: 1995, maxYear: 2045 }), fc.nat(4000), (c, d1, gap) => {
      const d2 = addDuration(d1, `P${gap}D`);
      expect(rank(canTerminate(c, d1).allowed)).toBeLessThanOrEqual(rank(canTerminate(c, d2).allowed));
    }));
  });
  it("is monotone across precisions when one day is surely before the other (property)", () => {
    fc.assert(fc.property(contractArbitrary(), partialDateArbitrary({ minYear: 1995, maxYear: 2045 }), partialDateArbitrary({ minYear: 1995, maxYear: 2045 }), (c, a, b) => {
      const [x, y] = [toInterval(a), toInterval(b)];
      if (!(x.end < y.start)) return;
      expect(rank(canTerminate(c, a).allowed)).toBeLessThanOrEqual(rank(canTerminate(c, b).allowed));
    }));
  });
});

describe("remainingService", () => {
  it("counts the days to the first allowed day, zero after", () => {
    expect(remainingService(base, "2024-11-01")).toMatchObject({ until: "2024-11-18", days: { min: 17, max: 17 } });
    expect(remainingService(base, "2025-01-01").days).toEqual({ min: 0, max: 0 });
    expect(remainingService(base, "2024-10").days).toEqual({ min: 18, max: 48 });
    expect(remainingService({ ...base, term: "indefinite", clauses: [] }, "2025-01-01").days).toBe("unbounded");
  });
});

describe("eligibilityProgress", () => {
  // A volunteer who enlisted in November 2023 and was moved to another unit under a new contract on 1 November 2025.
  const c1: Contract = { ...base, id: "c1", start: "2023-11-01", clauses: [citizenship] };
  const c2: Contract = { ...base, id: "c2", start: "2025-11-01", employer: { unit: "253rd" }, clauses: [citizenship] };
  const record: ServiceRecord = [
    { contractId: "c1", unit: "legion", from: "2023-11-01", to: "2025-10-31", reason: "enlistment" },
    { contractId: "c2", unit: "253rd", from: "2025-11-01", reason: "transfer" },
  ];

  it("restarts the clock at the new contract's entry into force", () => {
    const p = eligibilityProgress(c1, record, citizenship, "2025-12-01");
    expect(p.resets).toEqual([{ on: "2025-11-01", trigger: "new-contract", certain: true }]);
    expect(p.origin).toBe("2025-11-01");
    expect(p.accrued).toEqual({ min: 30, max: 30 });
    expect(p.served).toEqual({ min: 761, max: 761 });
    expect(p.eligibleOn).toBe("2028-11-01");
    expect(eligibilityProgress(c2, record, citizenship, "2025-12-01").eligibleOn).toBe("2028-11-01");
  });
  it("without the restart the clock would have one year left", () => {
    const p = eligibilityProgress(c1, record, { ...citizenship, resetsOn: [] }, "2025-11-01");
    expect(p.eligibleOn).toBe("2026-11-01");
    expect(p.remaining).toEqual({ min: 365, max: 365 });
  });
  it("applies the shorter requirement under martial law", () => {
    const p = eligibilityProgress(c2, record, citizenship, "2025-12-01", { conditions: ["martial-law"] });
    expect(p.required).toBe("P1Y");
    expect(p.eligibleOn).toBe("2026-11-01");
  });
  it("an empty record means continuous service from the start", () => {
    const p = eligibilityProgress({ ...c1, start: "2024-05" }, [], citizenship, "2024-12-01");
    expect(p.accrued).toEqual({ min: 184, max: 214 });
    expect(p.eligibleOn).toEqual({ start: "2027-05-01", end: "2027-05-31" });
  });
  it("does not count a break in service, and restarts on one when told to", () => {
    const gap: ServiceRecord = [
      { contractId: "c1", from: "2023-11-01", to: "2024-10-31", reason: "enlistment" },
      { contractId: "c1", from: "2025-01-01", reason: "return" },
    ];
    expect(eligibilityProgress(c1, gap, { ...citizenship, resetsOn: [] }, "2025-01-31").accrued).toEqual({ min: 396, max: 396 });
    expect(eligibilityProgress(c1, gap, { ...citizenship, resetsOn: ["break-in-service"] }, "2025-01-31").accrued).toEqual({ min: 30, max: 30 });
  });
  it("is unknown when the requirement is unknown", () => {
    const { requiredService: _, ...vague } = citizenship;
    const p = eligibilityProgress(c1, record, { ...vague, alternatives: [] }, "2025-12-01");
    expect(p).toMatchObject({ required: "unknown", remaining: "unknown", eligibleOn: "unknown" });
  });
  it("rejects a bad record naming the spell", () => {
    expect(() => eligibilityProgress(c1, [{ from: "2025-13", reason: "transfer" }], citizenship, "2025-12-01")).toThrow(/invalid service record at 0\.from/);
  });

  const setup = fc.record({
    contract: contractArbitrary(),
    record: serviceRecordArbitrary({ contractIds: ["c1", "c2", "c3"] }),
    clause: eligibilityClauseArbitrary(),
    on: partialDateArbitrary({ minYear: 2014, maxYear: 2032 }),
  });
  it("never accrues more than the service elapsed (property)", () => {
    fc.assert(fc.property(setup, ({ contract, record, clause, on }) => {
      const p = eligibilityProgress(contract, record, clause, on);
      if (p.accrued === "unknown" || p.served === "unknown") return;
      expect(p.accrued.min).toBeLessThanOrEqual(p.accrued.max);
      expect(p.accrued.max).toBeLessThanOrEqual(p.served.max);
      expect(p.accrued.min).toBeLessThanOrEqual(p.served.min);
      if (contract.start === undefined || clause.countedFrom !== "start") return;
      const elapsed = toEpochDay(toInterval(on).end) - toEpochDay(toInterval(contract.start).start);
      expect(p.accrued.max).toBeLessThanOrEqual(Math.max(0, elapsed));
    }));
  });
  it("a reset never increases accrued time (property)", () => {
    fc.assert(fc.property(setup, ({ contract, record, clause, on }) => {
      const without = eligibilityProgress(contract, record, { ...clause, resetsOn: [] }, on);
      const withAll = eligibilityProgress(contract, record, { ...clause, resetsOn: ["transfer", "new-contract", "break-in-service"] }, on);
      if (without.accrued === "unknown" || withAll.accrued === "unknown") return;
      expect(withAll.accrued.min).toBeLessThanOrEqual(without.accrued.min);
      expect(withAll.accrued.max).toBeLessThanOrEqual(without.accrued.max);
      expect(withAll.resets.length).toBeGreaterThanOrEqual(without.resets.length);
    }));
  });
  it("a transfer spell inserted into continuous service never increases accrued time (property)", () => {
    fc.assert(fc.property(calendarDateArbitrary({ minYear: 2015, maxYear: 2025 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2500 }), serviceDurationArbitrary(), (start, split, at, req) => {
      const clause: EligibilityClause = { ...citizenship, requiredService: req, resetsOn: ["transfer"], alternatives: [] };
      const c: Contract = { ...base, start, clauses: [clause] };
      const on = addDuration(start, `P${at}D`);
      const moved = addDuration(start, `P${split}D`);
      const one = eligibilityProgress(c, [{ contractId: "c1", from: start, reason: "enlistment" }], clause, on);
      const two = eligibilityProgress(c, [
        { contractId: "c1", from: start, to: addDuration(moved, "-P1D"), reason: "enlistment" },
        { contractId: "c1", from: moved, reason: "transfer" },
      ], clause, on);
      if (one.accrued === "unknown" || two.accrued === "unknown") throw new Error("dated inputs give dated answers");
      expect(two.accrued.max).toBeLessThanOrEqual(one.accrued.max);
      expect(one.accrued.max).toBe(at);
    }));
  });
});
