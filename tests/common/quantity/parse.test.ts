import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, parseQuantity, QuantitySchema } from "../../../src/index.js";
import { quantityArbitrary, quantityTextArbitrary } from "../../../src/testing.js";
import { expectLinear, repeatTo } from "../../helpers/linear.js";

describe("parseQuantity", () => {
  it.each([
    ["20,000", { min: 20_000, max: 20_000, approximate: false }],
    ["between 400 and 600", { min: 400, max: 600, approximate: false }],
    ["32,000 to 35,000", { min: 32_000, max: 35_000, approximate: false }],
    ["400-600", { min: 400, max: 600, approximate: false }],
    ["400–600", { min: 400, max: 600, approximate: false }],
    ["about 20,000", { min: 20_000, max: 20_000, approximate: true }],
    ["more than 1,000", { min: 1_001, approximate: false }],
    ["several thousand", { min: 3_000, max: 9_000, approximate: true }],
    ["a few hundred", { min: 200, max: 500, approximate: true }],
    ["dozens", { min: 24, max: 144, approximate: true }],
    ["two-thirds", { min: 2 / 3, max: 2 / 3, approximate: false, fraction: { numerator: 2, denominator: 3 } }],
    ["four battalions", { min: 4, max: 4, approximate: false, unit: "battalions" }],
    ["2,000 troops", { min: 2_000, max: 2_000, approximate: false, unit: "troops" }],
    ["2000 troops", { min: 2_000, max: 2_000, approximate: false, unit: "troops" }],
    ["1.5 million", { min: 1_500_000, max: 1_500_000, approximate: false }],
    ["tens of thousands", { min: 20_000, max: 99_999, approximate: true }],
    ["fewer than 100", { min: 0, max: 99, approximate: false }],
    ["an estimated 5,000 soldiers", { min: 5_000, max: 5_000, approximate: true, unit: "soldiers" }],
    // a scale after the second number counts for a bare first one
    ["between 10 and 20 million", { min: 10_000_000, max: 20_000_000, approximate: false }],
    ["2-3 thousand troops", { min: 2_000, max: 3_000, approximate: false, unit: "troops" }],
    ["between 1.5 and 2 billion", { min: 1_500_000_000, max: 2_000_000_000, approximate: false }],
    // …unless it has its own, or the scaled first number would pass the second
    ["between 10 thousand and 20 million", { min: 10_000, max: 20_000_000, approximate: false }],
    ["from 300 to 2 million", { min: 300, max: 2_000_000, approximate: false }],
    ["between two and three thousand", { min: 2_000, max: 3_000, approximate: false }],
    // bounds and hedges reports write
    ["not more than 30", { min: 0, max: 30, approximate: false }],
    ["as many as 3,000", { min: 0, max: 3_000, approximate: false }],
    ["close to 50,000", { min: 50_000, max: 50_000, approximate: true }],
    ["1,000-plus troops", { min: 1_000, approximate: false, unit: "troops" }],
    ["400-odd", { min: 400, max: 400, approximate: true }],
    ["twenty-odd", { min: 20, max: 20, approximate: true }],
    // a share of a round number is a count; a vague amount of dozens
    ["half a million", { min: 500_000, max: 500_000, approximate: false }],
    ["a quarter of a million", { min: 250_000, max: 250_000, approximate: false }],
    ["three quarters of a million", { min: 750_000, max: 750_000, approximate: false }],
    ["half a dozen drones", { min: 6, max: 6, approximate: false, unit: "drones" }],
    ["a few dozen", { min: 24, max: 60, approximate: true }],
    ["fifteen hundred soldiers", { min: 1_500, max: 1_500, approximate: false, unit: "soldiers" }],
    // thousands grouped by a space, a no-break, narrow no-break or thin space
    ["10 000", { min: 10_000, max: 10_000, approximate: false }],
    ["1\u00a0500 troops", { min: 1_500, max: 1_500, approximate: false, unit: "troops" }],
    ["about 1\u202f500\u2009000 people", { min: 1_500_000, max: 1_500_000, approximate: true, unit: "people" }],
    ["between 10 000 and 12 000", { min: 10_000, max: 12_000, approximate: false }],
  ])("%s", (text, value) => {
    expect(parseQuantity(text)).toEqual({ success: true, data: value });
  });

  it.each([
    ["", "empty"],
    ["in 2000", "no_match"],
    ["since 2014", "no_match"],
    ["600-400", "syntax"],
    ["lots", "unknown_word"],
    ["between 5", "syntax"],
    ["20,000 troops!", "syntax"],
    // no thousands group: a year before a count, four digits, two spaces, a comma or decimal group
    ["2022 300", "syntax"],
    ["1000 000", "syntax"],
    ["10 0000", "syntax"],
    ["10  000", "syntax"],
    ["1,500 000", "syntax"],
    ["1.5 000", "syntax"],
  ] as const)("%j fails with %s", (text, code) => {
    const result = parseQuantity(text);
    expect(result.success ? "success" : result.error.code).toBe(code);
  });

  it("every generated quantity passes the schema and round-trips", () => {
    fc.assert(
      fc.property(quantityArbitrary(), (q) => {
        expect(QuantitySchema.safeParse(q).success).toBe(true);
        expect(parseQuantity(formatQuantity(q))).toEqual({ success: true, data: q });
      }),
    );
  });

  it("reads every generated phrase", () => {
    fc.assert(
      fc.property(quantityTextArbitrary(), ({ text, value }) => {
        expect(parseQuantity(text)).toEqual({ success: true, data: value });
      }),
    );
  });

  it("rejects inconsistent quantities in the schema", () => {
    expect(QuantitySchema.safeParse({ min: 600, max: 400, approximate: false }).error?.issues[0]?.message).toBe("max 400 is below min 600");
    expect(QuantitySchema.safeParse({ min: 0.5, max: 0.5, approximate: false, fraction: { numerator: 2, denominator: 3 } }).success).toBe(false);
  });

  it("is total and linear", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof parseQuantity(text).success === "boolean"));
    expectLinear((n) => repeatTo("1,000", n), parseQuantity);
    expectLinear((n) => repeatTo("several ", n), parseQuantity);
    expectLinear((n) => `20 ${repeatTo("troops ", n)}`, parseQuantity);
  });
});
