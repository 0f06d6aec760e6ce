import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duration, formatDurationPhrase, formatIsoDuration, parseDurationPhrase } from "../../../src/index.js";
import { durationArbitrary, durationPhraseArbitrary } from "../../../src/testing.js";
import { expectLinear, repeatTo } from "../../helpers/linear.js";

describe("parseDurationPhrase", () => {
  it.each([
    ["six months", "P6M"],
    ["6-month", "P6M"],
    ["three-year", "P3Y"],
    ["a year and a half", "P1Y6M"],
    ["two and a half years", "P2Y6M"],
    ["half a year", "P6M"],
    ["18 mo", "P18M"],
    ["90 days", "P90D"],
    ["a fortnight", "P2W"],
    ["six weeks", "P6W"],
    ["twelve-month", "P12M"],
    ["one hundred and twenty days", "P120D"],
    ["Two Years, 3 months and 10 days", "P2Y3M10D"],
    ["1.5 hours", "PT1H30M"],
    ["1.25 days", "P1DT6H"],
    ["a decade", "P10Y"],
    ["half an hour", "PT30M"],
    ["3 yrs.", "P3Y"],
    ["two million days", "P2000000D"],
    ["minus one day", "-P1D"],
    ["0.000000001 seconds", "PT0.000000001S"],
    ["10 000 hours", "PT10000H"],
    ["1\u00a0000-day", "P1000D"],
  ])("%s → %s", (text, iso) => {
    const result = parseDurationPhrase(text);
    expect(result.success && formatIsoDuration(result.data)).toBe(iso);
  });

  it.each([
    ["", "empty", 0],
    ["six", "syntax", 3],
    ["months", "syntax", 0],
    ["six apples", "unknown_word", 4],
    ["a month and a half", "not_exact", 0],
    ["1.3 years", "not_exact", 0],
    ["two years and three years", "syntax", 20],
    ["six months!", "syntax", 10],
    ["twenty thirty days", "syntax", 7],
    ["six months two days", "syntax", 11],
    // a year and a count, not a thousands group
    ["2022 300 days", "unknown_word", 5],
  ] as const)("%j fails with %s at %i", (text, code, offset) => {
    const result = parseDurationPhrase(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe(code);
      expect(result.error.offset).toBe(offset);
    }
  });

  it("names the rule when a fraction has no exact value", () => {
    const result = parseDurationPhrase("a month and a half");
    expect(!result.success && result.error.message).toMatch(/fraction of a month.*no exact length/);
  });

  it("round-trips every duration through words and digits", () => {
    fc.assert(
      fc.property(durationArbitrary(), fc.constantFrom<"words" | "digits">("words", "digits"), (d, numbers) => {
        expect(parseDurationPhrase(formatDurationPhrase(d, { numbers }))).toEqual({ success: true, data: d });
      }),
    );
  });

  it("reads every generated phrase to its value", () => {
    fc.assert(
      fc.property(durationPhraseArbitrary(), ({ text, value }) => {
        expect(parseDurationPhrase(text)).toEqual({ success: true, data: value });
      }),
    );
  });

  it("formats plain phrases", () => {
    expect(formatDurationPhrase(duration({ years: 1, months: 6 }))).toBe("one year and six months");
    expect(formatDurationPhrase(duration({ years: 2, months: 3, days: 10 }), { numbers: "digits" })).toBe("2 years, 3 months and 10 days");
    expect(formatDurationPhrase(duration({}))).toBe("zero seconds");
  });

  it("is total and linear", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof parseDurationPhrase(text).success === "boolean"));
    expectLinear((n) => repeatTo("one hundred and ", n), parseDurationPhrase);
    expectLinear((n) => repeatTo("six months and ", n), parseDurationPhrase);
    expectLinear((n) => repeatTo("9", n), parseDurationPhrase);
  });
});
