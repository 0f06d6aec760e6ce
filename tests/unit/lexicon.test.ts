import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { has, keyOf, knownKeyAt, knownWord, lookup, mayBeWordOf, mayStartPhrase, release, tokenize, WORD, wordHashes } from "../../src/unit/lexicon.js";
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

describe("the tokenizer's mark of words that may start a phrase", () => {
  const pieces = ["Brigade", "brigade", "BDE", "Territorial", "Regiment's", "Regiment’s", "Co`s", "Mountain-Assault", "twenty-third", "one-third",
    "бригада", "окремої", "said", "Kelvin", "Ａrmy", "the", "of", "Legion", "'s", "-", " ", ", ", ".", "“", "92-га", "47th", "Bde."];
  it("agrees with mayStartPhrase on every word", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (parts, flips) => {
      const text = parts.map((p, i) => (i % 2 === 0 ? recase(p, flips) : p)).join(parts.length % 3 === 0 ? "" : " ");
      const table = tokenize(text);
      has(table, text.length);
      for (let i = 0; i < table.count; i++) {
        if (table.kind[i] !== WORD) continue;
        expect(table.head[i] === 1, text.slice(table.start[i], table.end[i])).toBe(mayStartPhrase(text, table.start[i] as number, table.end[i] as number));
      }
    }), { numRuns: 500 });
  });
});

describe("a token table given back by release", () => {
  const pieces = ["Brigade", "the", "47th", "Regiment’s", "Mountain-Assault", "twenty-third", "бригада", "92-га", ",", "“", "Bde.", "said", "of"];
  const rows = (text: string, table: ReturnType<typeof tokenize>) => {
    has(table, text.length);
    return Array.from({ length: table.count }, (_, i) => [table.kind[i], table.start[i], table.end[i], table.head[i]]);
  };
  it("reads the next text as a fresh table does, whatever text it held before", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (before, after) => {
      const first = before.join(" ");
      const next = after.join(" ");
      const used = tokenize(first);
      has(used, first.length);
      release(used);
      const reused = tokenize(next);
      // the spare is taken: this one is made afresh
      const fresh = tokenize(next);
      expect(reused).toBe(used);
      expect(rows(next, reused)).toEqual(rows(next, fresh));
      release(reused);
    }), { numRuns: 200 });
  });
});

describe("knownKeyAt (a word's key without a copy)", () => {
  it("answers keyOf's key, or nothing, for any word in any case", () => {
    const words = [...headWords, "the", "of", "for", "and", "Co`s", "said", "Kyiv", "Régiment", "бригада", "O'Brien", "x"];
    fc.assert(fc.property(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (word, flips) => {
      const written = recase(word, flips);
      const text = `(${written})`;
      const key = knownKeyAt(text, 1, 1 + written.length);
      if (key !== undefined) expect(key).toBe(keyOf(written));
    }), { numRuns: 1_000 });
    expect(knownKeyAt("The Brigade", 4, 11)).toBe("brigade");
    expect(knownKeyAt("THE", 0, 3)).toBe("the");
    expect(knownKeyAt("Kallsoy", 0, 7)).toBeUndefined();
    expect(knownKeyAt("бригада", 0, 7)).toBeUndefined();
  });
});

describe("mayBeWordOf (a hash pre-test of a set of words)", () => {
  const words = ["the", "of", "january", "sept", "fleet", "o'brien"];
  const bits = wordHashes(words);
  it("never turns away a word of the set, in any case and anywhere in a text", () => {
    fc.assert(fc.property(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (word, flips) => {
      const written = recase(word, flips);
      expect(mayBeWordOf(bits, written, 0, written.length)).toBe(true);
      expect(mayBeWordOf(bits, `In ${written}, he`, 3, 3 + written.length)).toBe(true);
    }));
  });
  it("lets every word with a character outside ASCII through, and turns most others away", () => {
    expect(mayBeWordOf(bits, "Fl\u0435et", 0, 5)).toBe(true); // a Cyrillic "е"
    expect(mayBeWordOf(bits, "O’Brien", 0, 7)).toBe(true);
    const passed = ["said", "Kyiv", "brigade", "Thursday", "officials", "months", "Legion"].filter((w) => mayBeWordOf(bits, w, 0, w.length));
    expect(passed.length).toBeLessThanOrEqual(1);
  });
});

describe("lookup (the longest phrase at a word)", () => {
  const at = (words: readonly string[]) => (i: number) => (i < words.length ? keyOf(words[i] as string) : undefined);
  const phrases = [...rows.flatMap((r) => [r.long, ...r.words]), ...COMPOUND_TABLE.filter((c) => !c.stems).flatMap((c) => c.forms)]
    .filter((p) => p.includes(" "));

  it("reads every phrase of two or more words whole, and no further", () => {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      expect(lookup(at(words), 0)?.length, phrase).toBe(words.length);
      expect(lookup(at([...words, "said"]), 0)?.length, phrase).toBe(words.length);
    }
  });

  it("falls back to a shorter phrase when a longer one breaks off", () => {
    expect(lookup(at(["Brigade", "Combat", "Team"]), 0)?.length).toBe(3);
    expect(lookup(at(["Brigade", "Combat", "said"]), 0)?.length).toBe(1);
    expect(lookup(at(["said", "Brigade"]), 0)).toBeUndefined();
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
