import countries from "world-countries";
import { describe, expect, it } from "vitest";
import { demonymsOf, isDemonym } from "../../src/common/demonyms.js";
import { COUNTRY_CODES } from "../../src/common/index.js";

describe("demonyms", () => {
  it("gives each code of the dataset its English demonyms", () => {
    expect(demonymsOf("UA")).toEqual({ masculine: "Ukrainian", feminine: "Ukrainian" });
    expect(demonymsOf("XY")).toBeUndefined();
    for (const c of countries) {
      const eng = c.demonyms["eng"];
      expect(demonymsOf(c.cca2), c.cca2).toEqual({ masculine: eng?.m ?? "", feminine: eng?.f ?? "" });
    }
    expect(COUNTRY_CODES.every((code) => demonymsOf(code) !== undefined)).toBe(true);
  });

  it("knows a demonym in any case, each variant of a form, and nothing else", () => {
    expect(["Georgian", "danish", "FAROESE", " Ukrainian "].map(isDemonym)).toEqual([true, true, true, true]);
    expect(["Azov", "Kraken", "", "s", "Georgians", "constructor", "__proto__"].map(isDemonym)).toEqual([false, false, false, false, false, false, false]);
    const kn = demonymsOf("KN")?.masculine ?? "";
    for (const variant of kn.split(/, | or /)) expect(isDemonym(variant), variant).toBe(true);
  });
});
