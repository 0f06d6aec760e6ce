import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, CountryCodeSchema, isCountryCode } from "../../src/common/index.js";
import { countryCodeArbitrary } from "../../src/testing.js";

describe("CountryCodeSchema", () => {
  it("accepts every generated code, and the arbitrary covers the whole table", () => {
    fc.assert(fc.property(countryCodeArbitrary(), (code) => {
      expect(CountryCodeSchema.safeParse(code).success).toBe(true);
    }));
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(["UA", "DK", "FO", "US", "XK"]));
  });

  it("agrees with isCountryCode on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 3 }), fc.stringMatching(/^[A-Z]{2}$/)), (s) => {
      expect(CountryCodeSchema.safeParse(s).success).toBe(isCountryCode(s));
    }));
  });

  it("gives one message naming the value and the rule: the shape, or the dataset", () => {
    const shape = CountryCodeSchema.safeParse("us");
    expect(shape.error?.issues.map((i) => i.message)).toEqual(['"us" is not an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. "DK")']);
    const unknown = CountryCodeSchema.safeParse("XX");
    expect(unknown.error?.issues.map((i) => i.message)).toEqual(['"XX" is not an ISO 3166-1 alpha-2 code in the world-countries dataset']);
    expect(CountryCodeSchema.safeParse(42).success).toBe(false);
  });
});
