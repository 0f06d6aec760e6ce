import { describe, expect, it } from "vitest";
import { asciiKeyOf, isCapitalized, isTitleCase, tokenize } from "../../src/personnel/tokens.js";

// The readers that answer from the token list's flags and the source (without making a token) must
// say what the token objects say, for plain ASCII words and for every other kind of word.
const TEXTS = [
  "Lt. Col. John O'Brien, 45, of the U.S. Army said: “Sova” — call-sign Viking.",
  "Сержант Іван Петренко, 30, і Kim Jong-un; ÉLODIE Dupré-Martin d’Arc.",
  "NATO MPs a I X3 3rd 1stLt iPhone McDonald 𝐀bc ǅemal \u212Aelvin",
  "Two  lines\nand\r\nmore\t tabs — ‐ - . , ( ) ' ’",
  "Zelenski's brigade’s Ukraine'S it's O'Brien's 2nd 45's US's",
  "",
];

describe("token readers without a token object", () => {
  for (const text of TEXTS) {
    it(`agree with the tokens of ${JSON.stringify(text.slice(0, 30))}`, () => {
      const tokens = tokenize(text);
      for (let i = -1; i <= tokens.length; i++) {
        const t = tokens.get(i);
        expect(tokens.kindOf(i)).toBe(t?.kind);
        expect(tokens.spacedAt(i)).toBe(t?.spaced ?? false);
        expect(tokens.newlineAt(i)).toBe(t?.newline ?? false);
        expect(tokens.capitalizedAt(i)).toBe(isCapitalized(t));
        expect(tokens.titleCaseAt(i)).toBe(isTitleCase(t));
        expect(tokens.lowerWordAt(i)).toBe(t !== undefined && t.kind === "word" && t.text === t.lower);
        expect(tokens.possessiveAt(i)).toBe(t !== undefined && t.text.length > 2 && /['’]s$/.test(t.text));
        expect(tokens.startsWithDigitAt(i)).toBe(t !== undefined && /^\d/.test(t.text));
        if (t === undefined) {
          expect(tokens.textIs(i, "")).toBe(false);
          expect(tokens.lowerIs(i, "")).toBe(false);
          expect(tokens.asciiKey(i)).toBeUndefined();
          continue;
        }
        expect(tokens.textIs(i, t.text)).toBe(true);
        expect(tokens.textIs(i, t.lower)).toBe(t.text === t.lower);
        expect(tokens.lowerIs(i, t.lower)).toBe(true);
        expect(tokens.lowerIs(i, t.text)).toBe(t.text === t.lower);
        expect(tokens.lowerIs(i, `${t.lower}s`)).toBe(false);
        // a key for plain ASCII only, the same key the word tables are built with
        const ascii = [...t.text].every((c) => c.charCodeAt(0) < 128);
        expect(tokens.asciiKey(i)).toBe(ascii ? asciiKeyOf(t.text) : undefined);
      }
    });
  }

  it("gives the same key to every spelling of a word, and another to other words", () => {
    expect(asciiKeyOf("Sgt")).toBe(asciiKeyOf("sgt"));
    expect(asciiKeyOf("SGT")).toBe(asciiKeyOf("sgt"));
    expect(asciiKeyOf("sgt")).not.toBe(asciiKeyOf("sgts"));
    expect(asciiKeyOf("of")).not.toBe(asciiKeyOf("fo"));
  });

  it("reads dashes and quotation marks (U+2010–U+2027) as punctuation, as the Unicode classes say", () => {
    for (let code = 0x2000; code <= 0x206f; code++) {
      const ch = String.fromCharCode(code);
      const tokens = tokenize(`ab${ch}cd`);
      const letter = /[\p{L}\p{M}]/u.test(ch);
      const space = /\s/u.test(ch);
      // (the right single quotation mark between letters is an apostrophe: "O’Brien" is one word)
      const expected = letter || code === 0x2019 ? [`ab${ch}cd`] : space ? ["ab", "cd"] : ["ab", ch, "cd"];
      expect(Array.from({ length: tokens.length }, (_, i) => tokens.get(i)?.text), `U+${code.toString(16)}`).toEqual(expected);
    }
  });

  it("reads a text longer than the tokenizer's kept scratch, then a short one, unchanged", () => {
    const long = "Sgt. Karl Berg, 45, of Texas. ".repeat(3000);
    const tokens = tokenize(long);
    expect(tokens.length).toBe(3000 * 10);
    expect(tokens.get(tokens.length - 2)?.text).toBe("Texas");
    const short = tokenize("Karl, 45");
    expect([0, 1, 2].map((i) => short.get(i)?.text)).toEqual(["Karl", ",", "45"]);
    expect(tokens.get(10)?.text).toBe("Sgt");
  });
});
