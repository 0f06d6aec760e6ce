import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../../src/index.js";
import { extractionArbitrary } from "../../src/testing.js";

describe("extractionArbitrary", () => {
  it("generates extractions that pass ExtractionSchema, also after a JSON round trip", () => {
    fc.assert(
      fc.property(extractionArbitrary(), (x) => {
        expect(ExtractionSchema.safeParse(x).error?.issues ?? []).toEqual([]);
        expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("reaches every kind of mention and record", () => {
    const samples = fc.sample(extractionArbitrary(), { numRuns: 200, seed: 7 });
    for (const kind of ["dates", "durations", "quantities", "units", "people", "quotes"] as const) expect(samples.some((x) => x.mentions[kind].length > 0)).toBe(true);
    for (const kind of ["units", "people", "contracts"] as const) expect(samples.some((x) => x.records[kind].length > 0)).toBe(true);
    expect(samples.some((x) => x.article !== undefined)).toBe(true);
  });
});
