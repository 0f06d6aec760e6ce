import { describe, expect, it } from "vitest";
import { answers } from "../../examples/personnel-legion.js";

describe("examples/personnel-legion.ts", () => {
  it("finds the four descriptions, builds valid people and flags the history", () => {
    const a = answers();
    expect(a.descriptions.map((d) => d.text)).toEqual([
      "Tomas Varga, a 38-year-old Slovak drone operator, call sign 'Hawk'",
      "Lt. Col. Ivan Petrenko, commander of the 2nd Battalion",
      "Norwegian volunteer from the Faroe Islands, 41 years old",
      "Army Staff Sgt. Leon Brandt, 29, of Ohio, a combat medic",
    ]);
    expect(a.personIssues).toEqual([]);
    expect(a.birthIntervals[0]).toEqual({ start: "1986-11-21", end: "1987-11-20" });
    expect(a.historyIssues).toEqual(['after_unit_dissolved: $.assignments[1].to: assignment is ongoing, after unit "legion-2bn" was dissolved (2025-12-31)']);
    expect(a.rewritten[0]).toBe("Tomas Varga, a 38-year-old Slovak drone operator, call sign “Hawk”");
  });
});
