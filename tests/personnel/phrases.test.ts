import { describe, expect, it } from "vitest";
import { isPluralRole, PhraseTable, TABLES } from "../../src/personnel/phrases.js";
import { tokenize } from "../../src/personnel/tokens.js";

/** The value and the text of the longest phrase of `table` at each token of `text` that starts one. */
function matches<V>(table: PhraseTable<V>, text: string): [string, V][] {
  const tokens = tokenize(text);
  const out: [string, V][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = table.longestAt(tokens, i);
    if (m !== undefined) out.push([text.slice(tokens.startOf(i), tokens.endOf(m.end - 1)), m.value]);
  }
  return out;
}

describe("phrase tables", () => {
  it("find the longest phrase, whether its words are spaced or written on", () => {
    expect(matches(TABLES.ranks, "Lt. Col. Ivan Bondar and Lt Col Petro and Sgt. 1st Class Ann")).toEqual([
      // the abbreviation is "Lt. Col." (or "LtCol"): without its periods it is two ranks
      ["Lt. Col.", "lieutenant-colonel"], ["Col.", "colonel"], ["Lt", "lieutenant"], ["Col", "colonel"],
      ["Sgt. 1st Class", "sergeant-first-class"],
    ]);
    expect(matches(TABLES.roles, "the chief of staff, a commander-in-chief and a combat medic")).toEqual([
      ["chief of staff", "chief-of-staff"], ["commander-in-chief", "commander-in-chief"], ["combat medic", "combat-medic"], ["medic", "medic"],
    ]);
  });

  it("need the white space the phrase has, and no more", () => {
    // "Lt.Col." has no space where the phrase has one; "Lt . Col ." has spaces where it has none
    expect(matches(TABLES.ranks, "Lt.Col. Ivan")).toEqual([["Lt.", "lieutenant"], ["Col.", "colonel"]]);
    expect(matches(TABLES.ranks, "Lt . Col . Ivan")).toEqual([["Lt", "lieutenant"], ["Col", "colonel"]]);
  });

  it("keep to each phrase's case rule and fall back to a shorter phrase", () => {
    expect(matches(TABLES.countryNames, "the USA and the usa, Faroe Islands, faroe islands")).toEqual([["USA", { codes: ["US"] }], ["Faroe Islands", { codes: ["FO"] }]]);
    // "chief of" is no phrase: the walk stops and keeps nothing
    expect(matches(TABLES.roles, "chief of police")).toEqual([]);
    expect(matches(TABLES.roles, "deputy brigade commander deputy brigade")).toEqual([
      ["deputy brigade commander", "deputy-commander"], ["brigade commander", "commander"], ["commander", "commander"],
    ]);
  });

  it("continue a phrase with a word of any case or script, read in the source or by its text", () => {
    const table = new PhraseTable<string>([["côte d'ivoire", "CI", "any"], ["staff sergeant", "ssg", "any"], ["staff élite", "x", "any"]]);
    expect(matches(table, "STAFF SERGEANT, Staff Élite, Côte d'Ivoire, CÔTE D'IVOIRE, staff sergeants")).toEqual([
      ["STAFF SERGEANT", "ssg"], ["Staff Élite", "x"], ["Côte d'Ivoire", "CI"], ["CÔTE D'IVOIRE", "CI"],
    ]);
  });

  it("tell a plural role from a singular one, of one word or several, in any case", () => {
    const plural = (text: string) => {
      const tokens = tokenize(text);
      return isPluralRole(tokens, 0, tokens.length);
    };
    expect(["soldiers", "Volunteers", "MEDICS", "combat medics", "chiefs of staff"].map(plural)).toEqual([true, true, true, true, true]);
    expect(["soldier", "volunteer", "medic", "combat medic", "chief of staff", "boss", "soldiers’"].map(plural)).toEqual([false, false, false, false, false, false, false]);
  });

  it("answer every value a phrase has, in the order the rows give them", () => {
    const table = new PhraseTable<string>([["Korean", "KR", "capitalized"], ["Korean", "KP", "capitalized"], ["korean war", "war", "any"]]);
    expect(matches(table, "a Korean volunteer; the Korean war")).toEqual([["Korean", "KR"], ["Korean war", "war"]]);
    expect([...table.headWords()]).toEqual(["korean"]);
  });
});
