import { MONTH_NAMES } from "./month-names.js";

const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const full = name.toLowerCase();
    const short = full.slice(0, 3);
    const words = [full, short, `${short}.`];
    if (full === "september") words.push("sept", "sept.");
    return words.map((w) => [w, i + 1] as const);
  }),
);

/**
 * The month a word names: full English names and their abbreviations, with or without the
 * period ("January", "Jan", "Jan.", "Sept."), in any case. The one month table of musterroll.
 *
 * @param word - one word.
 * @returns the month, 1–12, or `undefined` when the word is no month.
 * @example
 * ```ts
 * import { monthFromWord } from "musterroll";
 * monthFromWord("Dec."); // 12
 * monthFromWord("Mayday"); // undefined
 * ```
 */
export function monthFromWord(word: string): number | undefined {
  return MONTH_WORDS.get(word.toLowerCase());
}

export { MONTH_NAMES };
