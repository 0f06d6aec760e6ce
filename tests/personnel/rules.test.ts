import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateArbitrary } from "../../src/common/arbitraries.js";
import { fromEpochDay, toEpochDay } from "../../src/common/index.js";
import { personArbitrary, serviceHistoryArbitrary } from "../../src/personnel/arbitraries.js";
import { validatePerson, validateServiceHistory } from "../../src/personnel/rules.js";
import type { Assignment } from "../../src/personnel/schema.js";

const record = (...assignments: Assignment[]) => ({ personId: "p1", assignments });
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("validateServiceHistory", () => {
  it("reports schema problems with their JSON path", () => {
    const issues = validateServiceHistory({ personId: "p1", assignments: [{ unitId: "u1", from: "2025-02-30" }] });
    expect(codes(issues)).toEqual(["schema"]);
    expect(issues[0]?.path).toEqual(["assignments", 0, "from"]);
    expect(issues[0]?.message).toContain("$.assignments[0].from: 2025-02-30 is not a calendar date");
    expect(codes(validateServiceHistory("not a record"))).toEqual(["schema"]);
  });

  it("flags an assignment that ends before it starts, honestly for partial dates", () => {
    const issues = validateServiceHistory(record({ unitId: "u1", from: "2024-05", to: "2023-01" }));
    expect(issues).toEqual([expect.objectContaining({ code: "date_order", path: ["assignments", 0, "to"], from: "2024-05", to: "2023-01" })]);
    expect(issues[0]?.message).toBe('$.assignments[0].to: assignment ends (2023-01) before it starts (2024-05); "to" must not be earlier than "from"');
    expect(validateServiceHistory(record({ unitId: "u1", from: "2025", to: "2025-06" }))).toEqual([]);
    expect(validateServiceHistory(record({ unitId: "u1", from: "2025-06-15", to: "2025-06" }))).toEqual([]);
  });

  it("flags overlaps unless concurrent, but not a shared handover day", () => {
    const a = { unitId: "u1", from: "2022-03", to: "2023-06" };
    const b = { unitId: "u2", from: "2023-01" };
    const issues = validateServiceHistory(record(a, b));
    expect(issues).toEqual([expect.objectContaining({ code: "overlap", path: ["assignments", 1], otherPath: ["assignments", 0] })]);
    expect(issues[0]?.message).toContain("$.assignments[1] (u2, from 2023-01, ongoing) overlaps $.assignments[0] (u1, from 2022-03 to 2023-06)");
    expect(validateServiceHistory(record(a, { ...b, concurrent: true }))).toEqual([]);
    expect(validateServiceHistory(record({ unitId: "u1", from: "2022-03", to: "2023-01-15" }, { unitId: "u2", from: "2023-01-15" }))).toEqual([]);
    // "2023-01" could be any day of January: not certainly an overlap.
    expect(validateServiceHistory(record({ unitId: "u1", from: "2022-03", to: "2023-01" }, { unitId: "u2", from: "2023-01" }))).toEqual([]);
    // Two ongoing assignments certainly overlap.
    expect(codes(validateServiceHistory(record({ unitId: "u1", from: "2022" }, { unitId: "u2", from: "2024" })))).toEqual(["overlap"]);
  });

  it("checks unit lifetimes from a map, an object or a function", () => {
    const a = { unitId: "u1", from: "2021-11", to: "2026-02" };
    const life = { established: "2022-02", dissolved: "2025-12-31" };
    for (const unitLifetimes of [new Map([["u1", life]]), { u1: life }, (id: string) => (id === "u1" ? life : undefined)]) {
      const issues = validateServiceHistory(record(a), { unitLifetimes });
      expect(codes(issues)).toEqual(["before_unit_established", "after_unit_dissolved"]);
      expect(issues[0]?.message).toBe('$.assignments[0].from: assignment starts 2021-11, before unit "u1" was established (2022-02)');
      expect(issues[1]?.message).toBe('$.assignments[0].to: assignment ends 2026-02, after unit "u1" was dissolved (2025-12-31)');
    }
    expect(codes(validateServiceHistory(record({ unitId: "u1", from: "2023" }), { unitLifetimes: { u1: life } }))).toEqual(["after_unit_dissolved"]);
    expect(validateServiceHistory(record({ unitId: "u1", from: "2022", to: "2025" }), { unitLifetimes: { u1: life } })).toEqual([]);
    const unknown = validateServiceHistory(record({ unitId: "zz", from: "2023" }), { unitLifetimes: { u1: life } });
    expect(unknown).toEqual([expect.objectContaining({ code: "unknown_unit", unitId: "zz", path: ["assignments", 0, "unitId"] })]);
    // Inherited object keys are not unit ids.
    expect(codes(validateServiceHistory(record({ unitId: "toString", from: "2023" }), { unitLifetimes: { u1: life } }))).toEqual(["unknown_unit"]);
  });

  it("wants an end date when the reason is an ending", () => {
    const issues = validateServiceHistory(record({ unitId: "u1", from: "2023", reason: "deserted" }));
    expect(codes(issues)).toEqual(["end_reason_without_end"]);
    expect(issues[0]?.message).toContain('reason "deserted" ends an assignment, but "to" is missing');
  });

  it("property: generated valid records have no issues", () => {
    fc.assert(fc.property(serviceHistoryArbitrary(), (r) => { expect(validateServiceHistory(r)).toEqual([]); }));
  });

  it("property: validation catches generated overlaps (sharing two or more days)", () => {
    const overlapping = fc
      .record({
        start: calendarDateArbitrary({ minYear: 1990, maxYear: 2030 }),
        lengthA: fc.integer({ min: 1, max: 2000 }),
        offset: fc.integer({ min: 0, max: 2000 }),
        lengthB: fc.integer({ min: 1, max: 2000 }),
        openB: fc.boolean(),
        swap: fc.boolean(),
      })
      .filter(({ lengthA, offset }) => offset < lengthA)
      .map(({ start, lengthA, offset, lengthB, openB, swap }) => {
        const day = toEpochDay(start);
        const a: Assignment = { unitId: "u1", from: start, to: fromEpochDay(day + lengthA) };
        const bFrom = fromEpochDay(day + offset);
        const b: Assignment = openB ? { unitId: "u2", from: bFrom } : { unitId: "u2", from: bFrom, to: fromEpochDay(day + offset + lengthB) };
        return swap ? [b, a] : [a, b];
      });
    fc.assert(fc.property(overlapping, (assignments) => {
      expect(codes(validateServiceHistory({ personId: "p", assignments }))).toContain("overlap");
      const concurrent = assignments.map((x, i) => (i === 0 ? { ...x, concurrent: true } : x));
      expect(codes(validateServiceHistory({ personId: "p", assignments: concurrent }))).not.toContain("overlap");
    }));
  });

  it("property: adding an ongoing assignment that starts inside a finished one is caught", () => {
    fc.assert(fc.property(serviceHistoryArbitrary().filter((r) => r.assignments.some((a) => a.to !== undefined && a.to > a.from)), (r) => {
      const closed = r.assignments.find((a) => a.to !== undefined && a.to > a.from);
      if (closed === undefined) return;
      const issues = validateServiceHistory({ ...r, assignments: [...r.assignments, { unitId: "u9", from: closed.from }] });
      expect(codes(issues)).toContain("overlap");
    }));
  });
});

describe("validatePerson", () => {
  it("property: generated persons are consistent", () => {
    fc.assert(fc.property(personArbitrary(), (p) => { expect(validatePerson(p)).toEqual([]); }));
  });

  it("flags an age that contradicts the birth date or an earlier age", () => {
    const issues = validatePerson({ id: "p1", name: { full: "Karl" }, birthDate: "1990", reportedAges: [{ age: 53, asOf: "2025-12-31" }] });
    expect(issues).toEqual([expect.objectContaining({ code: "age_conflict", path: ["reportedAges", 0] })]);
    expect(issues[0]?.message).toBe("$.reportedAges[0]: age 53 as of 2025-12-31 implies birth 1972-01-01 … 1972-12-31, which contradicts the birth date 1990");
    const two = validatePerson({ id: "p1", name: { full: "B" }, reportedAges: [{ age: 45, asOf: "2025-12-31" }, { age: 40, asOf: "2025-06" }] });
    expect(codes(two)).toEqual(["age_conflict"]);
    expect(two[0]?.message).toContain("contradicts $.reportedAges[0]");
  });

  it("flags a territory given the wrong sovereign, and schema problems", () => {
    const issues = validatePerson({ id: "p1", name: { full: "B" }, origins: [{ name: "Faroe Islands", country: "FO", territoryOf: "NO" }] });
    expect(issues).toEqual([expect.objectContaining({ code: "territory_mismatch", expected: "DK", path: ["origins", 0, "territoryOf"] })]);
    expect(validatePerson({ id: "p1", name: { full: "B" }, origins: [{ name: "Faroe Islands", country: "FO", territoryOf: "DK" }] })).toEqual([]);
    const schema = validatePerson({ id: "p1", name: { full: "B" }, nationalities: ["Danish"] });
    expect(schema[0]?.code).toBe("schema");
    expect(schema[0]?.message).toContain('$.nationalities[0]: "Danish" is not an ISO 3166-1 alpha-2 code');
  });

});
