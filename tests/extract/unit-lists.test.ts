import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { listAround } from "../../src/extract/unit-lists.js";
import type { WrittenUnit } from "../../src/extract/owner.js";

const events = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.units.flatMap((u) => u.events.map((e) => [e.kind, u.record.id, e.date]));

/** The units of `text` as the finder writes them, at each occurrence of the given words. */
const written = (text: string, ...words: string[]): WrittenUnit[] =>
  words.map((w) => {
    const start = text.indexOf(w);
    return { key: w, start, end: start + w.length, designation: { types: [], qualifiers: [] } };
  });

describe("lists of units", () => {
  it("a list closes with 'and': what is said of one unit is said of all", () => {
    const text = "the 150th, 151st and 152nd Brigades";
    const units = written(text, "150th", "151st", "152nd Brigades");
    expect(listAround(text, units, units[1] as WrittenUnit).map((u) => u.key)).toEqual(["150th", "151st", "152nd Brigades"]);
    expect(events("The 3rd Assault Brigade, the 47th Brigade and the 59th Brigade were formed in 2022.")).toEqual([
      ["established", "3rd-assault-brigade", "2022"], ["established", "47th-brigade", "2022"], ["established", "59th-brigade", "2022"],
    ]);
  });

  it("units joined by a comma alone are no list: a source and what it says, or an apposition", () => {
    const text = "According to the 47th Brigade, the 3rd Battalion was disbanded";
    const units = written(text, "47th Brigade", "3rd Battalion");
    expect(listAround(text, units, units[1] as WrittenUnit).map((u) => u.key)).toEqual(["3rd Battalion"]);
    expect(events("According to the 47th Brigade, the 3rd Battalion was disbanded in 2024.")).toEqual([["dissolved", "3rd-battalion", "2024"]]);
    expect(events("In 2023, a year after the 47th Brigade, the 3rd Battalion was formed.")).toEqual([["established", "3rd-battalion", "2023"]]);
  });
});
