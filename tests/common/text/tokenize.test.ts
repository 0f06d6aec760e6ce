import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLetterAt, isSpaceAt, lowerCase, tokenize, type Token } from "../../../src/common/index.js";

// The tokenizer as first written, one character test at a time: the fast one must agree with it
// on every string.
function referenceTokenize(text: string, from = 0, to = text.length): Token[] {
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    if (isSpaceAt(text, i)) {
      i++;
      spaceBefore = true;
      continue;
    }
    const start = i;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      const grouped = (k: number): boolean =>
        k + 4 <= to && text[k] === "," && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) &&
        isDigit(text.charCodeAt(k + 3)) && !(k + 4 < to && isDigit(text.charCodeAt(k + 4)));
      if (i - start <= 3) while (grouped(i)) i += 4;
      if (text[i] === "." && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
      const digits = text.slice(start, i);
      const plain = !digits.includes(",") && !digits.includes(".");
      const suffix = plain && i + 2 <= to && isAsciiLetter(text.charCodeAt(i)) ? text.slice(i, i + 2).toLowerCase() : "";
      if (suffix !== "" && ["st", "nd", "rd", "th"].includes(suffix) && !isLetterAt(text, i + 2)) {
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 2), lower: digits, start, end: i + 2, dot: false, spaceBefore });
        i += 2;
      } else if (plain && (text[i] === "d" || text[i] === "D") && i + 1 <= to && !isLetterAt(text, i + 1)) {
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 1), lower: digits, start, end: i + 1, dot: false, spaceBefore });
        i += 1;
      } else {
        tokens.push({ kind: "number", text: digits, lower: digits.replaceAll(",", ""), start, end: i, dot: false, spaceBefore });
      }
    } else if (isLetterAt(text, i)) {
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isAsciiLetter(d)) i++;
        else if (d < 128 && d !== 39) break;
        else if (isLetterAt(text, i)) i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        else if ((text[i] === "'" || text[i] === "\u2019") && i + 1 < to && isLetterAt(text, i + 1)) i++;
        else break;
      }
      const dot = text[i] === "." && i < to;
      const word = text.slice(start, i);
      if (dot) i++;
      tokens.push({ kind: "word", text: dot ? text.slice(start, i) : word, lower: lowerCase(word), start, end: i, dot, spaceBefore });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const mark = text.slice(start, i);
      tokens.push({ kind: "punct", text: mark, lower: mark, start, end: i, dot: false, spaceBefore });
    }
    spaceBefore = false;
  }
  return tokens;
}

// Strings made of the pieces the tokenizer treats apart: digits, separators, ordinal suffixes in
// any case, apostrophes, non-ASCII letters and spaces, surrogate pairs, lone surrogates.
const pieces = fc.constantFrom(
  "1", "20", "300", "2024", ",", ".", ",000", ".5", "st", "ND", "Rd", "tH", "d", "D", "nd", "s", "t", "h",
  "May", "dec", "DEC", "'", "\u2019", "-", "\u2013", " ", "\u00a0", "\u202f", "\n", "Київ", "Ülm", "İ", "\u212a",
  "ª", "µ", "\u0301", "😀", "\ud835\udc00", "\ud800", "\udc00", "%", "$", "~", "a", "Z",
);
const texts = fc.oneof(fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")), fc.string({ unit: "binary", maxLength: 20 }));

describe("tokenize", () => {
  it("agrees with the character-by-character tokenizer on any string and any bounds", () => {
    fc.assert(fc.property(texts, (text) => {
      expect(tokenize(text)).toStrictEqual(referenceTokenize(text));
    }), { numRuns: 3000 });
    fc.assert(fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      expect(tokenize(text, from, to)).toStrictEqual(referenceTokenize(text, from, to));
    }), { numRuns: 3000 });
  });

  it("reads numbers, ordinals, words with their periods and marks", () => {
    const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}:${t.lower}`);
    expect(kinds("The 253rd, 2d and 20,000.5 men")).toEqual([
      "word:The:the", "ordinal:253rd:253", "punct:,:,", "ordinal:2d:2", "word:and:and", "number:20,000.5:20000.5", "word:men:men",
    ]);
    expect(kinds("Dec. 31 O\u2019Brien")).toEqual(["word:Dec.:dec", "number:31:31", "word:O\u2019Brien:o\u2019brien"]);
    // no ordinal where a letter runs on, and no thousands group of four digits
    expect(kinds("3rdly 1,0000 2,000,00")).toEqual([
      "number:3:3", "word:rdly:rdly", "number:1:1", "punct:,:,", "number:0000:0000", "number:2,000:2000", "punct:,:,", "number:00:00",
    ]);
  });
});

describe("isLetterAt", () => {
  it("agrees with the Unicode letter and mark classes on every code unit and on astral letters", () => {
    const pattern = /[\p{L}\p{M}]/u;
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      if (isLetterAt(text, 0) !== pattern.test(text)) expect(`U+${c.toString(16)} ${String(isLetterAt(text, 0))}`).toBe(`U+${c.toString(16)} ${String(pattern.test(text))}`);
    }
    expect(isLetterAt("\ud835\udc00", 0)).toBe(true);
    expect(isLetterAt("😀", 0)).toBe(false);
  });
});
