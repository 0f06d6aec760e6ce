import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "../../../src/common/index.js";
import { readTokens } from "../../../src/common/text/span-tokens.js";

// The fields of a token as a plain object: a SpanToken's text, lower, dot and spaceBefore are getters
const fields = (t: Token): Token => ({ kind: t.kind, text: t.text, lower: t.lower, start: t.start, end: t.end, dot: t.dot, spaceBefore: t.spaceBefore });

// Strings made of the pieces the tokenizer treats apart (as in tokenize.test.ts)
const pieces = fc.constantFrom(
  "1", "20", "300", "2024", ",", ".", ",000", ".5", "st", "ND", "Rd", "tH", "d", "D", "nd", "s", "t", "h",
  "May", "dec", "DEC", "'", "\u2019", "-", "\u2013", " ", "\u00a0", "\u202f", "\n", "Київ", "Ülm", "İ", "\u212a",
  "ª", "µ", "\u0301", "😀", "\ud835\udc00", "\ud800", "\udc00", "%", "$", "~", "a", "Z",
);
const texts = fc.oneof(fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")), fc.string({ unit: "binary", maxLength: 20 }));

describe("readTokens", () => {
  it("gives the tokens tokenize gives, on any string, whichever field is read first", () => {
    fc.assert(fc.property(texts, fc.boolean(), (text, lowerFirst) => {
      const tokens = readTokens(text);
      if (lowerFirst) for (const t of tokens) void t.lower;
      expect(tokens.map(fields)).toStrictEqual(tokenize(text));
    }), { numRuns: 3000 });
  });

  it("reads words with their periods, grouped numbers and ordinals as tokenize does", () => {
    const text = "Dec. 31 O\u2019Brien, the 253rd and 2d; 20,000.5 men, КИЇВ";
    expect(readTokens(text).map(fields)).toStrictEqual(tokenize(text));
    expect(readTokens("").length).toBe(0);
  });
});
