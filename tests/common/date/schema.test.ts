import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarDateSchema, comparePartialDates, fromEpochDay, PartialDateSchema, precisionOf, toEpochDay, toInterval } from "../../../src/index.js";
import { partialDateArbitrary } from "../../../src/testing.js";

describe("PartialDateSchema", () => {
  it("accepts real calendar dates at any precision", () => {
    for (const d of ["2025", "2025-12", "2025-12-31", "2024-02-29", "0000", "9999-12-31"]) expect(PartialDateSchema.parse(d)).toBe(d);
  });

  it.each([
    ["2025-02-30", "2025-02-30 is not a calendar date: February 2025 has 28 days"],
    ["2025-02-29", "2025-02-29 is not a calendar date: February 2025 has 28 days"],
    ["2025-13", "2025-13 is not a calendar date: month 13 is not 01–12"],
    ["2025-00-10", "2025-00-10 is not a calendar date: month 00 is not 01–12"],
    ["25-12-31", "\"25-12-31\" is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD"],
    ["2025-1-5", "\"2025-1-5\" is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD"],
    ["2025-12-31T00:00", "\"2025-12-31T00:00\" is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD"],
  ])("rejects %s: %s", (text, message) => {
    const result = PartialDateSchema.safeParse(text);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("never rolls over: every generated date survives as written", () => {
    fc.assert(fc.property(partialDateArbitrary(), (d) => PartialDateSchema.parse(d) === d));
  });

  it("CalendarDateSchema wants a day", () => {
    expect(CalendarDateSchema.safeParse("2025-12").error?.issues[0]?.message).toBe("2025-12 is not a full date: expected YYYY-MM-DD");
  });
});

describe("precision, intervals and comparison", () => {
  it("keeps precision", () => {
    expect(precisionOf("2025")).toBe("year");
    expect(precisionOf("2025-12")).toBe("month");
    expect(toInterval("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(toInterval("2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("is honest about overlap", () => {
    expect(comparePartialDates("2025-12", "2025-12-15")).toBe("overlap");
    expect(comparePartialDates("2025-11", "2025-12-15")).toBe("before");
    expect(comparePartialDates("2026", "2025-12-31")).toBe("after");
    expect(comparePartialDates("2025-12", "2025-12")).toBe("equal");
  });

  it("compares consistently with intervals", () => {
    fc.assert(
      fc.property(partialDateArbitrary(), partialDateArbitrary(), (a, b) => {
        const r = comparePartialDates(a, b);
        const [x, y] = [toInterval(a), toInterval(b)];
        if (r === "before") expect(x.end < y.start).toBe(true);
        if (r === "after") expect(x.start > y.end).toBe(true);
        if (r === "overlap") expect(x.start <= y.end && y.start <= x.end).toBe(true);
        expect(comparePartialDates(b, a)).toBe(r === "before" ? "after" : r === "after" ? "before" : r);
      }),
    );
  });

  it("epoch days round-trip and ignore the time zone", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("2000-03-01")).toBe(11_017);
    fc.assert(fc.property(partialDateArbitrary({ precision: "day", minYear: 0, maxYear: 9999 }), (d) => fromEpochDay(toEpochDay(d)) === d));
  });

  it("throws on bad input with the rule", () => {
    expect(() => toInterval("2025-02-30")).toThrow(/February 2025 has 28 days/);
  });
});

describe("PARTIAL_DATE_PATTERN", () => {
  it("accepts exactly what partialDateProblem accepts", async () => {
    const { PARTIAL_DATE_PATTERN, partialDateProblem } = await import("../../../src/index.js");
    const years = [0, 4, 100, 104, 200, 300, 400, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999];
    for (const y of years) {
      const yy = String(y).padStart(4, "0");
      expect(PARTIAL_DATE_PATTERN.test(yy)).toBe(true);
      for (let m = 0; m <= 13; m++) {
        const ym = `${yy}-${String(m).padStart(2, "0")}`;
        expect(PARTIAL_DATE_PATTERN.test(ym), ym).toBe(partialDateProblem(ym) === undefined);
        for (let d = 0; d <= 32; d++) {
          const ymd = `${ym}-${String(d).padStart(2, "0")}`;
          expect(PARTIAL_DATE_PATTERN.test(ymd), ymd).toBe(partialDateProblem(ymd) === undefined);
        }
      }
    }
    fc.assert(fc.property(fc.string(), (s) => PARTIAL_DATE_PATTERN.test(s) === (partialDateProblem(s) === undefined)));
  });
});
