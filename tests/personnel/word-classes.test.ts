import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/personnel/tokens.js";
import { AsciiWords, CAPITALIZED, DIGITS, FIRST_TABLE_BIT, TITLE_CASE, WordClasses, wordClassTable } from "../../src/personnel/word-classes.js";

const PREPOSITION = FIRST_TABLE_BIT;
const NATIONALITY = FIRST_TABLE_BIT << 1;
const TABLE = wordClassTable([
  [PREPOSITION, ["of", "in", "from"]],
  [NATIONALITY, ["american", "in", "ukrainian", "ålander", "o'brien", "45"]],
]);
const TABLE_BITS = PREPOSITION | NATIONALITY;

/** The table's classes and the shape classes of each token of `text`. */
function classes(text: string): [string, number, number][] {
  const tokens = tokenize(text);
  const words = new WordClasses(tokens, TABLE);
  const out: [string, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) out.push([tokens.get(i)?.text ?? "", words.at(i) & TABLE_BITS, words.at(i) & (CAPITALIZED | TITLE_CASE | DIGITS)]);
  return out;
}

describe("word classes", () => {
  it("looks words up in any case, plain ASCII or not, and marks their shape", () => {
    expect(classes("IN American OF Ålander ÅLANDER o'Brien 45 NATO")).toEqual([
      ["IN", PREPOSITION | NATIONALITY, CAPITALIZED],
      ["American", NATIONALITY, CAPITALIZED | TITLE_CASE],
      ["OF", PREPOSITION, CAPITALIZED],
      ["Ålander", NATIONALITY, CAPITALIZED | TITLE_CASE],
      ["ÅLANDER", NATIONALITY, CAPITALIZED],
      ["o'Brien", NATIONALITY, 0],
      ["45", NATIONALITY, DIGITS],
      ["NATO", 0, CAPITALIZED],
    ]);
  });

  it("gives no class to other words, to near misses, or to punctuation", () => {
    expect(classes("off i n ofs fro Americans — , 4 Ukrainian’s").map(([text, bits]) => [text, bits])).toEqual([
      ["off", 0], ["i", 0], ["n", 0], ["ofs", 0], ["fro", 0], ["Americans", 0], ["—", 0], [",", 0], ["4", 0], ["Ukrainian’s", 0],
    ]);
  });

  it("finds every word of a large table in any case, and no word one letter off", () => {
    const words = Array.from({ length: 2000 }, (_, k) => `w${k.toString(36)}x`);
    const table = new AsciiWords(new Map(words.map((word, k) => [word, k + 1])));
    const tokens = tokenize(words.map((w, k) => (k % 2 === 0 ? w.toUpperCase() : w)).join(" "));
    const found = Array.from({ length: tokens.length }, (_, i) => table.get(tokens.source, tokens.startOf(i), tokens.endOf(i), tokens.asciiKey(i) ?? 0));
    expect(found).toEqual(words.map((_, k) => k + 1));
    const misses = tokenize(words.map((w) => `${w}y ${w.slice(0, -1)}z`).join(" "));
    for (let i = 0; i < misses.length; i++) expect(table.get(misses.source, misses.startOf(i), misses.endOf(i), misses.asciiKey(i) ?? 0)).toBe(0);
  });

  it("answers 0 outside the token list", () => {
    const words = new WordClasses(tokenize("of"), TABLE);
    expect(words.at(-1)).toBe(0);
    expect(words.at(1)).toBe(0);
    expect(words.has(0, PREPOSITION)).toBe(true);
    expect(words.has(0, NATIONALITY)).toBe(false);
  });
});
