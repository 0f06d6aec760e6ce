import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_WORD, DURATION_WORD, QUANTITY_ANCHOR, QUANTITY_WORD, wordClass } from "../../src/extract/word-classes.js";
import { monthFromWord, SMALL_NUMBER_WORDS } from "../../src/common/index.js";

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
