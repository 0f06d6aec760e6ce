import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardinalToWords, MAX_PHRASE_LENGTH, monthFromWord, ordinalSuffix, parseCardinal, parseOrdinal } from "../../../src/index.js";

describe("parseCardinal", () => {
  it.each([
    ["53", 53], ["20,000", 20_000], ["six", 6], ["Twenty-three", 23], ["one hundred and twenty", 120],
    ["a thousand", 1_000], ["two million five hundred thousand", 2_500_000], ["nineteen", 19], ["zero", 0],
  ])("%s → %i", (text, value) => {
    expect(parseCardinal(text)).toEqual({ success: true, data: value });
  });

  it.each([
    ["", "empty"], ["twenty thirty", "syntax"], ["one one", "syntax"], ["thousand", "syntax"], ["one thousand million", "syntax"],
    ["twelve hundred", "syntax"], ["one hundred and", "syntax"], ["seven apples", "unknown_word"], ["zero one", "syntax"],
    ["1".repeat(MAX_PHRASE_LENGTH + 1), "out_of_range"], ["99999999999999999", "out_of_range"],
  ] as const)("%j fails with %s", (text, code) => {
    const result = parseCardinal(text);
    expect(result.success ? "success" : result.error.code).toBe(code);
  });

  it("round-trips every integer through words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseCardinal(cardinalToWords(n))).toEqual({ success: true, data: n });
      }),
    );
  });

  it("writes British-style words", () => {
    expect(cardinalToWords(120)).toBe("one hundred and twenty");
    expect(cardinalToWords(1_005)).toBe("one thousand and five");
    expect(cardinalToWords(23)).toBe("twenty-three");
    expect(() => cardinalToWords(-1)).toThrow(RangeError);
  });

  it("is total", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof parseCardinal(text).success === "boolean"));
  });
});

describe("parseOrdinal", () => {
  it.each([
    ["1st", 1, false], ["253rd", 253, false], ["15nd", 15, true], ["2th", 2, true], ["11th", 11, false],
    ["third", 3, false], ["Twenty-third", 23, false], ["hundredth", 100, false], ["thirty-first", 31, false],
  ])("%s → %i (mismatch %s)", (text, value, suffixMismatch) => {
    expect(parseOrdinal(text)).toEqual({ success: true, data: { value, suffixMismatch } });
  });

  it.each(["", "first second", "twenty-twentieth", "banana", "1st2"])("%j is no ordinal", (text) => {
    expect(parseOrdinal(text).success).toBe(false);
  });

  it("agrees with ordinalSuffix for every number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(parseOrdinal(`${n}${ordinalSuffix(n)}`)).toEqual({ success: true, data: { value: n, suffixMismatch: false } });
      }),
    );
  });

  it("is total", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof parseOrdinal(text).success === "boolean"));
  });
});

describe("monthFromWord", () => {
  it("reads names and abbreviations in any case", () => {
    expect(monthFromWord("December")).toBe(12);
    expect(monthFromWord("dec.")).toBe(12);
    expect(monthFromWord("SEPT")).toBe(9);
    expect(monthFromWord("Mayday")).toBeUndefined();
    expect(monthFromWord("__proto__")).toBeUndefined();
  });
});

describe("compound ordinals", () => {
  it.each([["one hundred and first", 101], ["two hundredth", 200], ["ninety-ninth", 99], ["one thousand twentieth", 1020]])("%s → %i", (text, value) => {
    expect(parseOrdinal(text)).toEqual({ success: true, data: { value, suffixMismatch: false } });
  });
  it.each(["twenty-eleventh", "five-third", "two hundred hundredth"])("%j is malformed", (text) => {
    expect(parseOrdinal(text).success).toBe(false);
  });
});

describe("calendar words", async () => {
  const { isCalendarAbbreviation, weekdayFromWord } = await import("../../../src/index.js");
  it("tells abbreviations from full names and reads weekdays", () => {
    expect(["Dec", "sept", "Wed", "thurs"].map(isCalendarAbbreviation)).toEqual([true, true, true, true]);
    expect(["May", "June", "Friday", "Mayday"].map(isCalendarAbbreviation)).toEqual([false, false, false, false]);
    expect(["Monday", "sun", "Tues", "noday"].map(weekdayFromWord)).toEqual([0, 6, 1, undefined]);
  });
});

describe("parseCardinal of one word", () => {
  it("reads a number word alone in any case and with spaces around it, as the full reading does", () => {
    expect(parseCardinal(" Six\u00a0")).toEqual({ success: true, data: 6 });
    expect(parseCardinal("NINETY")).toEqual({ success: true, data: 90 });
    expect(parseCardinal("zero")).toEqual({ success: true, data: 0 });
  });

  it("still refuses what is not a number word alone", () => {
    expect(parseCardinal("six.").success).toBe(false);
    expect(parseCardinal("sixes").success).toBe(false);
    expect(parseCardinal("zero zero").success).toBe(false);
    expect(parseCardinal("hundred").success).toBe(false);
    expect(parseCardinal("\u212aone").success).toBe(false);
  });
});
