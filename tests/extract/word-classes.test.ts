import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bitsFromTables, DATE_WORD, DURATION_WORD, MODIFIER_WORD, MONTH_WORD, QUANTITY_ANCHOR, NUMBER_TOKEN, ORDINAL_TOKEN, PUNCT_TOKEN, QUANTITY_WORD, spanClasses, TIME_UNIT_WORD, WEEKDAY_WORD, wordClass, tokenClasses,
} from "../../src/extract/word-classes.js";
import { readTokens } from "../../src/common/text/span-tokens.js";
import { RELATIVE_UNITS } from "../../src/extract/vocabulary.js";
import {
  DATE_MODIFIER_WORDS, FRACTION_WORDS, MONTH_NAMES, monthFromWord, QUANTITY_START_WORDS, SCALE_WORDS, SMALL_NUMBER_WORDS, tokenize, WEEKDAY_NAMES,
} from "../../src/common/index.js";

describe("wordClass", () => {
  it("says what a word may open", () => {
    expect(wordClass("december")).toBe(DATE_WORD);
    expect(wordClass("six")).toBe(DATE_WORD | DURATION_WORD | QUANTITY_ANCHOR | QUANTITY_WORD);
    expect(wordClass("about")).toBe(QUANTITY_WORD);
    expect(wordClass("dozens")).toBe(QUANTITY_ANCHOR | QUANTITY_WORD);
    expect(wordClass("many")).toBe(QUANTITY_WORD);
    expect(wordClass("half")).toBe(DURATION_WORD | QUANTITY_ANCHOR | QUANTITY_WORD);
    expect(wordClass("volunteers")).toBe(0);
  });

  it("gives every month and number word its date bit, whatever else was asked before", () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), fc.constantFrom(...SMALL_NUMBER_WORDS.keys(), "jan", "sept.", "may"), (noise, word) => {
      for (const w of noise) wordClass(w);
      expect(wordClass(word) & DATE_WORD).toBe(DATE_WORD);
      if (monthFromWord(word) === undefined) expect(wordClass(word) & DURATION_WORD).toBe(DURATION_WORD);
    }));
  });

  it("stays right after forgetting, when more words than it keeps have been asked", () => {
    for (let i = 0; i < 30_000; i++) wordClass(`w${i}`);
    expect(wordClass("march")).toBe(DATE_WORD);
    expect(wordClass("w7")).toBe(0);
  });
});

describe("tokenClasses", () => {
  // words near the table's: the same first and last letters and length, cut or grown by a letter
  const near = (w: string): string[] => [w, w.slice(1), w.slice(0, -1), `${w}s`, `s${w}`, `${w[0] ?? ""}x${w.slice(1)}`, `${w.slice(0, -1)}x${w.slice(-1)}`];
  const tableWords = [
    ...SMALL_NUMBER_WORDS.keys(), ...MONTH_NAMES.map((m) => m.toLowerCase()), ...WEEKDAY_NAMES.map((d) => d.toLowerCase()), "jan", "sept", "sept.", "tues", "thurs",
    ...DATE_MODIFIER_WORDS, ...QUANTITY_START_WORDS, ...SCALE_WORDS.keys(), ...FRACTION_WORDS.keys(), "that", "the", "yesterday", "last", "tens", "dozens", "many",
    "approximately", "approximatelyy", "a", "an", "half", "of", "and", "troops", "", "'", "o\u2019clock", "київ", "é",
  ];

  it("gives every lower-case word the bits its tables give, read through the sieve or not", () => {
    const tokens = tokenize(tableWords.flatMap(near).join(" "));
    const classes = tokenClasses(tokens);
    tokens.forEach((t, i) => expect(classes[i]).toBe(t.kind === "word" ? bitsFromTables(t.lower) : t.kind === "punct" ? PUNCT_TOKEN : NUMBER_TOKEN));
    for (const w of tableWords.flatMap(near)) expect(wordClass(w)).toBe(bitsFromTables(w) & (DATE_WORD | DURATION_WORD | QUANTITY_ANCHOR | QUANTITY_WORD));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz'\u2019é."), maxLength: 18 }), (w) => {
      expect(wordClass(w)).toBe(bitsFromTables(w) & (DATE_WORD | DURATION_WORD | QUANTITY_ANCHOR | QUANTITY_WORD));
    }), { numRuns: 5000 });
  });

  it("gives the same bits for tokens that make their strings when read (spanClasses)", () => {
    // capitals, periods and letters outside ASCII take the sieve's way on the text or the table's
    const words = tableWords.flatMap(near);
    const text = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`), "İt", "wee\u212ak", "20,000 3rd ~"].join(" ");
    expect([...spanClasses(readTokens(text))]).toEqual([...tokenClasses(tokenize(text))]);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzAMT'\u2019é. 1,"), maxLength: 30 }), (t) => {
      expect([...spanClasses(readTokens(t))]).toEqual([...tokenClasses(tokenize(t))]);
    }), { numRuns: 5000 });
  });

  it("marks every unit of a narrative step as a unit of time, so the date finder may look for those alone", () => {
    for (const unit of RELATIVE_UNITS.keys()) expect(tokenClasses(tokenize(unit))[0]).toBe(bitsFromTables(unit));
    for (const unit of RELATIVE_UNITS.keys()) expect((bitsFromTables(unit) & TIME_UNIT_WORD) !== 0).toBe(true);
  });

  it("also says what a word is (a month, a weekday, a modifier) and what a token is when it is no word", () => {
    expect([...tokenClasses(tokenize("in early May, on Tuesday 5 troops, the 3rd"))]).toEqual([
      QUANTITY_WORD, DATE_WORD | MODIFIER_WORD, DATE_WORD | MONTH_WORD, PUNCT_TOKEN, 0, DATE_WORD | WEEKDAY_WORD, NUMBER_TOKEN, 0, PUNCT_TOKEN,
      DATE_WORD, ORDINAL_TOKEN,
    ]);
    expect(wordClass("may")).toBe(DATE_WORD);
  });
});
