import { describe, expect, it } from "vitest";
import {
  CIVIL_BODY_NAMES, COMPOUND_TABLE, ECHELON_TABLE, ECHELONS, parseUnitDesignation, QUALIFIER_TABLE, QUALIFIERS, TASK_NAMES, UNIT_TYPE_TABLE, UNIT_TYPES,
} from "../../src/unit/index.js";

const read = (text: string) => {
  const r = parseUnitDesignation(text);
  return r.success ? r.data : r.error.code;
};

describe("one table per concept, every entry readable", () => {
  it.each(ECHELONS.filter((e) => e !== "unspecified"))("every English word and abbreviation of %s reads as it", (e) => {
    const row = ECHELON_TABLE[e];
    for (const w of [row.long, row.short, ...row.words, ...row.abbreviations]) expect(read(`1st ${w}`), w).toMatchObject({ echelon: e });
  });

  it.each([...UNIT_TYPES])("every English spelling of %s reads as it", (t) => {
    const row = UNIT_TYPE_TABLE[t];
    for (const w of [row.long, row.short, ...row.words, ...row.abbreviations]) {
      const d = read(`1st ${w} Brigade`);
      expect(d, w).toMatchObject({ echelon: "brigade" });
      expect(typeof d === "object" && d.types.includes(t), w).toBe(true);
    }
  });

  it.each([...QUALIFIERS])("every English spelling of %s reads as it", (q) => {
    const row = QUALIFIER_TABLE[q];
    for (const w of [row.long, row.short, ...row.words, ...row.abbreviations]) {
      const d = read(`1st ${w} Brigade`);
      expect(typeof d === "object" && d.qualifiers.includes(q), w).toBe(true);
    }
  });

  it("keys every civilian body by a word read as its echelon", () => {
    for (const [word, entry] of CIVIL_BODY_NAMES) expect(read(`1st ${word}`), word).toMatchObject({ echelon: entry.echelon });
  });

  it("holds no designation word among the task names: each is read as a name", () => {
    for (const w of TASK_NAMES) {
      const name = `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
      expect(read(`${name} Company`), w).toEqual({ echelon: "company", types: [], qualifiers: [], name });
    }
  });

  it("reads the English abbreviations of the issue", () => {
    for (const [w, e] of [["Bn", "battalion"], ["Bde", "brigade"], ["Regt", "regiment"], ["Coy", "company"], ["Co", "company"], ["Plt", "platoon"], ["Div", "division"], ["Sqn", "battalion"]] as const) {
      expect(read(`2 ${w}`)).toMatchObject({ number: 2, echelon: e });
    }
  });

  it("reads Ukrainian and Russian words in their inflected forms", () => {
    expect(read("бригада")).toMatchObject({ echelon: "brigade" });
    expect(read("бригади")).toMatchObject({ echelon: "brigade" });
    expect(read("3 бр")).toMatchObject({ number: 3, echelon: "brigade" });
    expect(read("батальйону")).toMatchObject({ echelon: "battalion" });
    expect(read("батальона")).toMatchObject({ echelon: "battalion" });
    expect(read("полку")).toMatchObject({ echelon: "regiment" });
    expect(read("роти")).toMatchObject({ echelon: "company" });
    expect(read("взвод")).toMatchObject({ echelon: "platoon" });
    expect(read("дивізіон")).toMatchObject({ echelon: "battalion" });
    expect(read("дивізії")).toMatchObject({ echelon: "division" });
    expect(read("окремого штурмового батальйону")).toMatchObject({ echelon: "battalion", types: ["assault"], qualifiers: ["separate"] });
    expect(read("бригада морської піхоти")).toMatchObject({ echelon: "brigade", types: ["marine"] });
    expect(read("брат")).toBe("unknown_word");
  });

  it("reads every compound abbreviation in either case", () => {
    for (const c of COMPOUND_TABLE) {
      for (const f of c.forms) {
        const text = c.stems ? `${f}а бригада` : `12 ${f}`;
        const d = read(text);
        expect(typeof d === "object" ? [...d.types] : d, text).toEqual(c.types);
        if (!c.stems) expect(read(`12 ${f.toLowerCase()}`)).toEqual(d);
      }
    }
  });
});
