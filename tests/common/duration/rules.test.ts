import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { addDuration, compareDurations, duration, durationBetween, formatIsoDuration, subtractDuration, type Duration } from "../../../src/index.js";
import { calendarDateArbitrary } from "../../../src/testing.js";

const smallDuration = fc
  .record({
    sign: fc.constantFrom(1 as const, -1 as const),
    years: fc.nat({ max: 30 }), months: fc.nat({ max: 40 }), weeks: fc.nat({ max: 10 }), days: fc.nat({ max: 400 }),
    hours: fc.nat({ max: 100 }), minutes: fc.nat({ max: 3000 }), seconds: fc.nat({ max: 100_000 }), nanoseconds: fc.nat({ max: 999_999_999 }),
  })
  .map((p) => duration(p));
const dates = calendarDateArbitrary({ minYear: 1950, maxYear: 2050 });
const iso = (d: Duration): string => formatIsoDuration(d);

describe("addDuration", () => {
  it.each([
    ["2024-08-31", "P6M", "2025-02-28"],
    ["2024-02-29", "P1Y", "2025-02-28"],
    ["2024-02-29", "P4Y", "2028-02-29"],
    ["2025-01-31", "P1M", "2025-02-28"],
    ["2025-11-01", "-P1D", "2025-10-31"],
    ["2025-12-31", "PT36H", "2026-01-01"],
    ["2024-05-18", "P6M", "2024-11-18"],
  ])("%s + %s = %s", (date, d, expected) => {
    expect(addDuration(date, d)).toBe(expected);
  });

  it("agrees with Temporal.PlainDate.add (overflow: constrain)", () => {
    fc.assert(
      fc.property(dates, smallDuration, (date, d) => {
        const theirs = Temporal.PlainDate.from(date).add(iso(d), { overflow: "constrain" }).toString();
        expect(addDuration(date, d)).toBe(theirs);
      }),
    );
  });

  it("subtracts as Temporal.PlainDate.subtract does", () => {
    fc.assert(
      fc.property(dates, smallDuration, (date, d) => {
        expect(subtractDuration(date, d)).toBe(Temporal.PlainDate.from(date).subtract(iso(d)).toString());
      }),
    );
  });

  it("never rolls over a month end: adding months lands in the target month", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const d = duration({ sign: months < 0 ? -1 : 1, months: Math.abs(months) });
        const result = addDuration(date, d);
        const target = (Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months);
        expect(Number(result.slice(0, 4)) * 12 + Number(result.slice(5, 7)) - 1).toBe(target);
      }),
    );
  });

  it("rejects bad input with a clear error", () => {
    expect(() => addDuration("2025-02-30", "P1D")).toThrow(/2025-02-30 is not a calendar date: February 2025 has 28 days/);
    expect(() => addDuration("2025-02", "P1D")).toThrow(/not a full date/);
    expect(() => addDuration("2025-02-01", "6 months")).toThrow(RangeError);
    expect(() => addDuration("9999-12-31", "P1D")).toThrow(/0000–9999/);
  });
});

describe("durationBetween", () => {
  it.each([
    ["2024-05-18", "2025-11-30", "P1Y6M12D"],
    ["2025-01-31", "2025-02-28", "P28D"],
    ["2025-11-01", "2025-11-01", "PT0S"],
    ["2025-12-31", "2025-11-01", "-P1M29D"],
  ])("%s → %s = %s", (a, b, expected) => {
    expect(formatIsoDuration(durationBetween(a, b))).toBe(expected);
  });

  it("agrees with Temporal.PlainDate.until (largestUnit: years)", () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const theirs = Temporal.PlainDate.from(a).until(b, { largestUnit: "years" }).toString();
        expect(formatIsoDuration(durationBetween(a, b))).toBe(theirs);
      }),
    );
  });

  it("adding the difference gets back to the end date", () => {
    fc.assert(fc.property(dates, dates, (a, b) => addDuration(a, durationBetween(a, b)) === b));
  });
});

describe("compareDurations", () => {
  it("is honest about month lengths", () => {
    expect(compareDurations("P1M", "P31D", "2025-02-01")).toBe(-1);
    expect(compareDurations("P1M", "P31D", "2025-01-01")).toBe(0);
    expect(compareDurations("P1Y", "P365D", "2024-01-01")).toBe(1);
  });

  it("agrees with Temporal.Duration.compare relative to a PlainDate", () => {
    fc.assert(
      fc.property(dates, smallDuration, smallDuration, (at, a, b) => {
        const theirs = Temporal.Duration.compare(iso(a), iso(b), { relativeTo: Temporal.PlainDate.from(at) });
        expect(compareDurations(a, b, at)).toBe(theirs);
      }),
    );
  });
});
