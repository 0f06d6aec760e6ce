import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerCase } from "../../src/common/index.js";
import { classesAt, wordClasses } from "../../src/article/lexicon.js";
import { NONE, PUNCT, QUOTE, TokenList, tokenize, WORD } from "../../src/article/tokens.js";

const KINDS = { word: WORD, punct: PUNCT, quote: QUOTE } as const;

// Texts with the characters the tokenizer treats apart: capitals in and out of ASCII, letters whose
// lower case differs in length (İ), joiners, quote marks, white space of several kinds.
const texts = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(..."AbcÖİΣσK\u212A' -’\n\u00a0\t.,“”«»\"".split("")), { maxLength: 40 }).map((a) => a.join("")),
  fc.array(fc.constantFrom("Said", "the", "Col", ".", "Anna", "NATO", "de", "May", "he", "according", "to", "41", ","), { maxLength: 12 }).map((a) => a.join(" ")),
);

const scanned = (text: string, start = 0, end = text.length): TokenList => {
  const list = new TokenList(text);
  list.scan(start, end);
  return list;
};

describe("TokenList", () => {
  it("holds the tokens tokenize makes, and answers of each as its Token does", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        const list = scanned(text);
        expect(list.length).toBe(tokens.length);
        tokens.forEach((t, i) => {
          expect([list.start(i), list.end(i), list.kind(i), list.capitalized(i)]).toEqual([t.start, t.end, KINDS[t.kind], t.capitalized]);
          expect(list.text(i)).toBe(t.text);
          expect(list.lower(i)).toBe(lowerCase(t.text));
          expect(list.is(i, t.lower)).toBe(true);
          expect(list.code(i)).toBe(t.text.charCodeAt(0));
          expect(list.classes(i, classesAt)).toBe(wordClasses(t));
        });
      }),
    );
  });

  it("compares a word in place as its lower-case copy compares, also where lowering changes the length", () => {
    const list = scanned("The THE theme İ \u212Aelvin Ölaf");
    expect([list.is(0, "the"), list.is(1, "the"), list.is(2, "the"), list.is(0, "th")]).toEqual([true, true, false, false]);
    expect(list.is(3, lowerCase("İ"))).toBe(true);
    expect(list.is(3, "i")).toBe(false);
    expect(list.is(4, "kelvin")).toBe(true);
    expect(list.is(5, "ölaf")).toBe(true);
  });

  it("answers NONE, false and 0 outside the list, never throws", () => {
    const list = scanned("Anna said.");
    for (const i of [-2, -1, 3, 4, 100]) {
      expect([list.has(i), list.kind(i), list.isWord(i), list.capitalized(i), list.code(i), list.lower(i), list.is(i, ""), list.classes(i, classesAt)])
        .toEqual([false, NONE, false, false, NONE, "", false, 0]);
    }
  });

  it("numbers a view's tokens from 0 and ends it at its own bounds", () => {
    const text = "Col. Anna Kowalska said. “We held,” he says.";
    const list = scanned(text);
    const view = list.view(5, 9);
    expect(view.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => view.text(i))).toEqual([list.text(5), list.text(6), list.text(7), list.text(8)]);
    expect([view.has(-1), view.has(4), view.kind(-1), view.kind(4)]).toEqual([false, false, NONE, NONE]);
  });

  it("appends the scans of several slices, as tokenize appends to its array", () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, cut) => {
        const at = text.length === 0 ? 0 : cut % text.length;
        const list = scanned(text, 0, at);
        list.scan(at, text.length);
        const tokens = tokenize(text, at, text.length, tokenize(text, 0, at));
        expect(Array.from({ length: list.length }, (_, i) => [list.start(i), list.end(i)])).toEqual(tokens.map((t) => [t.start, t.end]));
      }),
    );
  });

  it("reads a new text on the arrays of a list reused, growing them, with nothing left of the old text", () => {
    const long = "Anna Kowalska said so. ".repeat(40);
    const first = TokenList.reuse(undefined, "x");
    first.scan(0, 1);
    const again = TokenList.reuse(first, long);
    expect(again.length).toBe(0);
    again.scan(0, long.length);
    const fresh = scanned(long);
    expect(again.length).toBe(fresh.length);
    expect(again.capacity).toBeGreaterThanOrEqual(fresh.length);
    for (let i = 0; i < fresh.length; i++) {
      expect([again.start(i), again.end(i), again.kind(i), again.classes(i, classesAt)]).toEqual([fresh.start(i), fresh.end(i), fresh.kind(i), fresh.classes(i, classesAt)]);
    }
  });
});
