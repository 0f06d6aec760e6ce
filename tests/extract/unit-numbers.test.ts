import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../../src/index.js";
import { extractRecords, formatExtraction } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const numbers = (text: string) =>
  extractRecords(text).records.units.map((u) => [u.record.id, u.record.identifiers.map((i) => i.value), u.sources.filter((s) => s.path.startsWith("$.record.identifiers")).map((s) => s.text)]);

describe("military unit numbers", () => {
  it("gives a unit the number written in brackets or commas after it, or in apposition before it", () => {
    expect(numbers("The 76th Guards Air Assault Division (military unit 07264) moved.")).toEqual([["76th-guards-air-assault-division", ["07264"], ["military unit 07264"]]]);
    expect(numbers("Military unit 07264, the 76th Guards Air Assault Division, moved.")).toEqual([["76th-guards-air-assault-division", ["07264"], ["Military unit 07264"]]]);
    // Cyrillic "в/ч" and its Latin spelling, a lower-case letter made a capital, and the number once however often written
    expect(numbers("The 47th Brigade, в/ч а0501, fought. The 47th Brigade (v/ch A0501) held.")).toEqual([["47th-brigade", ["А0501", "A0501"], ["в/ч а0501", "v/ch A0501"]]]);
    expect(numbers("The 47th Brigade (military unit No. 12345) and the 47th Brigade (military unit 12345) held.")).toEqual([["47th-brigade", ["12345"], ["military unit No. 12345"]]]);
    const x = extractRecords("The 76th Guards Air Assault Division (military unit 07264) moved.");
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(formatExtraction(x)).toContain("76th Guards Air Assault Division (military unit 07264)");
  });

  it("gives no unit a number beside a chain, beside no unit, or of the wrong shape", () => {
    expect(numbers("The 1st Battalion of the 47th Brigade (military unit A4123) held.")).toEqual([["1st-battalion", [], []], ["47th-brigade", [], []]]);
    expect(numbers("He served in military unit A4123 of the 47th Brigade.")).toEqual([["47th-brigade", [], []]]);
    expect(numbers("The 47th Brigade fought for military unit 12345.")).toEqual([["47th-brigade", [], []]]);
    expect(numbers("The 47th Brigade (military unit 123456) and the 3rd Brigade (military unit 123) held.")).toEqual([["47th-brigade", [], []], ["3rd-brigade", [], []]]);
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("The 47th Brigade (military unit 12345), military unit 54321, в/ч ", n), (t) => extractRecords(t));
  });
});
