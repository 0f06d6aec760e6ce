import fc from "fast-check";
import countries from "world-countries";
import { describe, expect, it } from "vitest";
import { nationalityCodeArbitrary } from "../../src/personnel/arbitraries.js";
import { COUNTRY_CODES } from "../../src/common/index.js";
import {
  countriesForName, countriesForNationality, countryInfo, nationalityWord, parseNationality, pickCountry,
} from "../../src/personnel/countries.js";

describe("nationality words ⇄ codes from world-countries", () => {
  it("covers every country of the dataset", () => {
    expect(COUNTRY_CODES).toHaveLength(countries.length);
    expect(COUNTRY_CODES).toEqual([...COUNTRY_CODES].sort());
  });

  it("reads demonyms singular and plural, names and alternative spellings", () => {
    const code = (t: string) => { const r = parseNationality(t); return r.success ? r.data : r.error.code; };
    expect(["American", "Americans", "Colombian", "Colombians", "Danish", "Faroese", "British", "French"].map(code))
      .toEqual(["US", "US", "CO", "CO", "DK", "FO", "GB", "FR"]);
    expect(["Faroe Islands", "Faeroe Islands", "the Netherlands", "Holland", "El Salvador", "USA", "UK"].map(code))
      .toEqual(["FO", "FO", "NL", "NL", "SV", "US", "GB"]);
    expect(["Dane", "Danes", "Briton", "Swede", "Finn", "Pole", "Turk", "Scot", "Frenchmen"].map(code))
      .toEqual(["DK", "DK", "GB", "SE", "FI", "PL", "TR", "GB", "FR"]);
  });

  it("prefers the independent state when a territory shares the word", () => {
    expect(countriesForNationality("French")).toEqual(["FR", "TF"]);
    expect(pickCountry(countriesForNationality("French"))).toBe("FR");
    expect(pickCountry(countriesForNationality("Dutch"))).toBe("NL");
  });

  it("knows which state a territory belongs to", () => {
    expect(countryInfo("FO")).toEqual({ code: "FO", name: "Faroe Islands", demonym: "Faroese", independent: false, sovereign: "DK" });
    expect(countryInfo("DK")?.sovereign).toBeUndefined();
    expect(countryInfo("ZZ")).toBeUndefined();
  });

  it("every sovereign is an independent state of the dataset", () => {
    for (const code of COUNTRY_CODES) {
      const s = countryInfo(code)?.sovereign;
      if (s !== undefined) expect([code, countryInfo(s)?.independent]).toEqual([code, true]);
    }
  });

  it("property: nationalityWord reads back as the same country unless the word is shared", () => {
    fc.assert(fc.property(nationalityCodeArbitrary(), (code) => {
      const word = nationalityWord(code);
      const candidates = [...countriesForNationality(word), ...countriesForName(word)];
      expect(candidates).toContain(code);
    }));
  });

  it("reports bad words with the word, the rule and the candidates", () => {
    expect(parseNationality("")).toEqual({ success: false, error: expect.objectContaining({ code: "empty" }) });
    const unknown = parseNationality("  Martian");
    expect(unknown).toEqual({ success: false, error: expect.objectContaining({ code: "unknown_word", offset: 2 }) });
    expect(unknown.success ? "" : unknown.error.message).toBe('"Martian" at offset 2 is not a nationality or country name in the world-countries dataset');
    // Bouvet Island has an empty demonym in the dataset: its "plural" must not make "s" a word
    expect(parseNationality("s")).toEqual({ success: false, error: expect.objectContaining({ code: "unknown_word" }) });
    const ambiguous = parseNationality("Congolese");
    expect(ambiguous.success ? "" : ambiguous.error.message).toBe('"Congolese" at offset 0 can mean more than one country: CD (DR Congo), CG (Republic of the Congo)');
    expect(() => nationalityWord("XX")).toThrow('"XX" is not an ISO 3166-1 alpha-2 code in the world-countries dataset');
  });

  it("property: parseNationality is total", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (t) => {
      const r = parseNationality(t);
      expect(typeof r.success).toBe("boolean");
    }));
  });
});
