import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyOf, knownWord, mayStartPhrase } from "../../src/unit/lexicon.js";
import { COMPOUND_TABLE, ECHELON_TABLE, ECHELONS, QUALIFIER_TABLE, QUALIFIERS, UNIT_TYPE_TABLE, UNIT_TYPES } from "../../src/unit/index.js";
import { findUnitDesignations } from "../../src/unit/index.js";
import { unitDesignationArbitrary } from "../../src/testing.js";
import { formatUnitDesignation } from "../../src/unit/index.js";

// "unspecified" has Cyrillic words only: "Unit" and "Formation" are no designation words in English
const rows = [...ECHELONS.filter((e) => e !== "unspecified").map((e) => ECHELON_TABLE[e]), ...UNIT_TYPES.map((t) => UNIT_TYPE_TABLE[t]), ...QUALIFIERS.map((q) => QUALIFIER_TABLE[q])];
const headWords = [
  ...rows.flatMap((r) => [r.long, r.short, ...r.words, ...r.abbreviations, ...r.cyrillic]),
  ...ECHELON_TABLE.unspecified.cyrillic,
  ...COMPOUND_TABLE.flatMap((c) => c.forms),
].map((phrase) => phrase.split(" ")[0] as string);

/** The same word with each ASCII letter's case chosen by `flips`. */
const recase = (word: string, flips: readonly boolean[]) =>
  [...word].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");

describe("mayStartPhrase (the lexicon's cheap pre-test)", () => {
  it("lets through every word a lexicon phrase starts with, in any case", () => {
    fc.assert(fc.property(fc.constantFrom(...headWords), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (head, flips) => {
      const word = recase(head, flips);
      expect(mayStartPhrase(word, 0, word.length)).toBe(true);
      expect(mayStartPhrase(`the ${word} of`, 4, 4 + word.length)).toBe(true);
    }));
  });

  it("never turns away a word the lexicon knows", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }), (word) => {
      if (knownWord(word)) expect(mayStartPhrase(word, 0, word.length)).toBe(true);
    }), { numRuns: 2_000 });
  });

  it("turns away ordinary words of prose", () => {
    for (const word of ["said", "Thursday", "contracts", "months", "officials"]) expect(mayStartPhrase(word, 0, word.length), word).toBe(false);
    expect(keyOf("Battalion")).toBe("battalion");
  });
});

describe("findUnitDesignations skips prose with no designation word", () => {
  const filler = "Officials said the volunteers who signed contracts last spring would stay on until the talks ended. ";
  it("finds the same units, at shifted offsets, after any amount of plain prose", () => {
    fc.assert(fc.property(unitDesignationArbitrary(), fc.integer({ min: 0, max: 40 }), (d, repeats) => {
      const text = `Yesterday the ${formatUnitDesignation(d, { style: "long" })} moved.`;
      const pad = filler.repeat(repeats);
      const alone = findUnitDesignations(text);
      const padded = findUnitDesignations(pad + text);
      expect(padded.map((m) => ({ ...m, start: m.start - pad.length, end: m.end - pad.length }))).toEqual(alone);
    }), { numRuns: 300 });
  });
});
