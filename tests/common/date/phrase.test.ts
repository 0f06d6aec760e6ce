import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateModifierSchema, formatDatePhrase, parseDatePhrase, type DateModifier } from "../../../src/index.js";
import { datePhraseArbitrary, partialDateArbitrary } from "../../../src/testing.js";
import { expectLinear, repeatTo } from "../../helpers/linear.js";

describe("parseDatePhrase", () => {
  it.each([
    ["December 31, 2025", "2025-12-31", "day"],
    ["31 December 2025", "2025-12-31", "day"],
    ["Dec. 31, 2025", "2025-12-31", "day"],
    ["18 May, 2024", "2024-05-18", "day"],
    ["February 2022", "2022-02", "month"],
    ["in 2023", "2023", "year"],
    ["early 2023", "2023", "year"],
    ["summer 2023", "2023", "year"],
    ["Wednesday, December 31, 2025", "2025-12-31", "day"],
    ["the 1st of May 2024", "2024-05-01", "day"],
    ["2024-02-29", "2024-02-29", "day"],
    ["31.12.2025", "2025-12-31", "day"],
    ["12/31/2025", "2025-12-31", "day"],
    ["Sept. 4, 2004", "2004-09-04", "day"],
  ])("%s → %s (%s)", (text, value, precision) => {
    const result = parseDatePhrase(text);
    expect(result.success && [result.data.value, result.data.precision]).toEqual([value, precision]);
  });

  it("narrows intervals by modifier, never by rounding the value", () => {
    const early = parseDatePhrase("early 2023");
    expect(early.success && early.data.interval).toEqual({ start: "2023-01-01", end: "2023-04-30" });
    const end = parseDatePhrase("the end of December 2025");
    expect(end.success && end.data).toMatchObject({ value: "2025-12", precision: "month", modifier: "late", interval: { start: "2025-12-21", end: "2025-12-31" } });
    const summer = parseDatePhrase("summer 2023");
    expect(summer.success && summer.data.interval).toEqual({ start: "2023-06-01", end: "2023-08-31" });
    const read = (text: string) => {
      const r = parseDatePhrase(text);
      return r.success ? [r.data.value, r.data.precision, r.data.modifier, r.data.interval] : r.error.message;
    };
    expect(read("first half of 2024")).toEqual(["2024", "year", "first-half", { start: "2024-01-01", end: "2024-06-30" }]);
    expect(read("H2 2024")).toEqual(["2024", "year", "second-half", { start: "2024-07-01", end: "2024-12-31" }]);
    expect(read("Q1 2024")).toEqual(["2024", "year", "q1", { start: "2024-01-01", end: "2024-03-31" }]);
    expect(read("the third quarter of 2025")).toEqual(["2025", "year", "q3", { start: "2025-07-01", end: "2025-09-30" }]);
    expect(read("fourth quarter 2025")).toEqual(["2025", "year", "q4", { start: "2025-10-01", end: "2025-12-31" }]);
  });

  it("resolves year-less dates against the reference date by the documented rule", () => {
    const at = "2025-11-01";
    const read = (prefer?: "same-year" | "past" | "future") => {
      const r = parseDatePhrase("February 15", { referenceDate: at, ...(prefer ? { prefer } : {}) });
      return r.success ? [r.data.value, r.data.yearInferred] : r.error.code;
    };
    expect(read()).toEqual(["2025-02-15", true]);
    expect(read("past")).toEqual(["2025-02-15", true]);
    expect(read("future")).toEqual(["2026-02-15", true]);
    const leap = parseDatePhrase("February 29", { referenceDate: "2025-03-01", prefer: "future" });
    expect(leap.success && leap.data.value).toBe("2028-02-29");
    const month = parseDatePhrase("end of December", { referenceDate: at, prefer: "past" });
    expect(month.success && month.data.value).toBe("2024-12");
  });

  it.each([
    ["", "empty"],
    ["February 30, 2025", "invalid_date"],
    ["2025-02-29", "invalid_date"],
    ["Tuesday, December 31, 2025", "invalid_date"],
    ["February 15", "missing_reference"],
    ["winter 2023", "ambiguous"],
    ["03/04/2025", "ambiguous"],
    ["Smarch 3, 2025", "unknown_word"],
    ["December 31, 25", "syntax"],
    ["early December 31, 2025", "syntax"],
    ["2025-13", "invalid_date"],
    ["Dec 31 2025 at noon", "syntax"],
    ["Q5 2025", "out_of_range"],
    ["H3 2024", "out_of_range"],
    ["Q3 March 2025", "syntax"],
    ["first half of March 2024", "syntax"],
  ] as const)("%j fails with %s", (text, code) => {
    const result = parseDatePhrase(text);
    expect(result.success ? "success" : result.error.code).toBe(code);
  });

  it("says why a date is not on the calendar", () => {
    const result = parseDatePhrase("February 30, 2025");
    expect(!result.success && result.error.message).toMatch(/February 2025 has 28 days/);
  });

  it("reads every generated phrase to its value", () => {
    fc.assert(
      fc.property(datePhraseArbitrary(), ({ text, value }) => {
        const result = parseDatePhrase(text);
        expect(result.success && result.data.value, text).toBe(value);
      }),
    );
  });

  it("round-trips formatted dates and modifiers", () => {
    fc.assert(
      fc.property(partialDateArbitrary({ minYear: 1000, maxYear: 2999 }), fc.constantFrom<DateModifier | undefined>(undefined, ...DateModifierSchema.options), (value, modifier) => {
        const fits = modifier === undefined || (value.length === 4) || (value.length === 7 && ["early", "mid", "late"].includes(modifier));
        fc.pre(fits);
        const text = formatDatePhrase(value, modifier ? { modifier } : {});
        const result = parseDatePhrase(text);
        expect(result.success && [result.data.value, result.data.modifier]).toEqual([value, modifier]);
      }),
    );
  });

  it("is total and linear", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof parseDatePhrase(text, { referenceDate: "2025-01-01" }).success === "boolean"));
    // a year-less phrase read near either end of the years a date can write has no year to take
    const phrases = fc.constantFrom("March", "December", "March 5", "Dec 31", "Jan 1", "February 29", "Monday", "last year", "next month", "end of December");
    const edges = fc.constantFrom("0000-01-01", "0000-12-31", "0001-01-01", "9999-01-01", "9999-12-31");
    const prefer = fc.constantFrom("past", "future", "same-year", undefined);
    fc.assert(fc.property(phrases, edges, prefer, (text, referenceDate, p) => {
      const r = parseDatePhrase(text, { referenceDate, ...(p ? { prefer: p } : {}) });
      expect(r.success || r.error.message.length > 0).toBe(true);
    }));
    expect(parseDatePhrase("March", { referenceDate: "0000-01-01", prefer: "past" }).success).toBe(false);
    expect(parseDatePhrase("Jan 1", { referenceDate: "9999-12-31", prefer: "future" }).success).toBe(false);
    expectLinear((n) => repeatTo("December ", n), (t) => parseDatePhrase(t));
    expectLinear((n) => repeatTo("1st ", n), (t) => parseDatePhrase(t));
    expectLinear((n) => repeatTo("7", n), (t) => parseDatePhrase(t));
  });
});
