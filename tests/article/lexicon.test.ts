import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerCase, monthFromWord } from "../../src/common/index.js";
import { CUE, MONTH, NAME_STOP, ORGANISATION, PLACE_PREPOSITION, TITLE, wordClasses } from "../../src/article/lexicon.js";
import { isCapitalized, tokenize } from "../../src/article/tokens.js";
import { CUE_VERBS, NAME_STOP_WORDS, NON_PERSON_NAME_WORDS, PERSON_TITLES, PLACE_PREPOSITIONS } from "../../src/article/vocabulary.js";

// What the tables themselves say of a lower-case word: the index must give the same bits.
const expected = (lower: string): number =>
  (NAME_STOP_WORDS.has(lower) ? NAME_STOP : 0) | (PERSON_TITLES.has(lower) ? TITLE : 0) |
  (NON_PERSON_NAME_WORDS.has(lower) ? ORGANISATION : 0) | (PLACE_PREPOSITIONS.has(lower) ? PLACE_PREPOSITION : 0) |
  (CUE_VERBS.has(lower) ? CUE : 0) | (monthFromWord(lower) === undefined ? 0 : MONTH);

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

describe("wordClasses", () => {
  const listed = [...NAME_STOP_WORDS, ...PERSON_TITLES.keys(), ...NON_PERSON_NAME_WORDS, ...PLACE_PREPOSITIONS, ...CUE_VERBS.keys()];

  it("answers for every word of the tables as the tables do, in any case", () => {
    for (const word of listed) {
      for (const written of [word, capitalise(word), word.toUpperCase()]) {
        for (const t of tokenize(written)) expect(wordClasses(t), written).toBe(expected(t.lower));
      }
    }
  });

  it("reads month names and their abbreviations as monthFromWord does", () => {
    const words = ["January", "JAN", "jan", "Sept", "sep", "September", "May", "June", "Jun", "Dec", "Mayor", "Marchenko", "Ma", "Augusta", "Decembers"];
    for (const word of words) {
      const [t] = tokenize(word);
      expect(t !== undefined && (wordClasses(t) & MONTH) !== 0, word).toBe(monthFromWord(word) !== undefined);
    }
  });

  it("gives unlisted words, non-ASCII words and punctuation no class they do not have", () => {
    for (const written of ["Kowalska", "Ölaf", "SAID", "Saïd", "İstanbul", "straße", "ſaid", "K\u212Aelvin", "„", "—", ",", "o’clock", "twenty-one"]) {
      for (const t of tokenize(written)) expect(wordClasses(t), written).toBe(expected(t.lower));
    }
  });

  it("keeps its answer on the token", () => {
    const [t] = tokenize("Said");
    if (t === undefined) throw new Error("unreachable");
    expect(wordClasses(t)).toBe(wordClasses(t));
    expect(t.classBits).toBe(CUE | expected("said"));
  });

  it("agrees with the tables on any text", () => {
    const letters = fc.constantFrom(..."aeinorstuAEINORSTUÖöİıſ'’- .,".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(letters, { maxLength: 30 }).map((a) => a.join("")), fc.constantFrom(...listed).map(capitalise)), (text) => {
        for (const t of tokenize(text)) expect(wordClasses(t)).toBe(expected(t.lower));
      }),
    );
  });
});

describe("tokenize", () => {
  it("copies no word until it is read, and then reads the same text and lower case", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom(..."AbcÖİΣσ' -’\n\u00a0.,".split("")), { maxLength: 30 }).map((a) => a.join(""))), (text) => {
        for (const t of tokenize(text)) {
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.lower).toBe(lowerCase(t.text));
          expect(t.capitalized).toBe(t.kind === "word" && isCapitalized(t.text));
        }
      }),
    );
  });

  it("splits words, inner apostrophes and hyphens, and punctuation as before", () => {
    const tokens = tokenize("“O’Brien's two-thirds,” said Ölaf — ok…");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["“", "quote"], ["O’Brien's", "word"], ["two-thirds", "word"], [",", "punct"], ["”", "quote"],
      ["said", "word"], ["Ölaf", "word"], ["—", "punct"], ["ok", "word"], ["…", "punct"],
    ]);
    expect(tokens.map((t) => t.lower)).toContain("o’brien's");
  });
});
