import { lowerCase } from "../text/case.js";
import { MONTH_WORDS, WEEKDAY_WORDS } from "./calendar-words.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./month-names.js";

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
  // every month word is 3–9 characters long: most words of prose are turned away without a copy
  return word.length < 3 || word.length > 9 ? undefined : MONTH_WORDS.get(lowerCase(word));
}

/**
 * Whether a word is a short form of a month or weekday name ("Dec", "Sept", "Wed"), which may
 * carry a period of its own ("Dec."), unlike a full name ("May", "Friday").
 *
 * @param word - one word, without its period.
 * @returns `true` for abbreviations.
 * @example
 * ```ts
 * import { isCalendarAbbreviation } from "musterroll";
 * isCalendarAbbreviation("Dec"); // true
 * isCalendarAbbreviation("May"); // false
 * ```
 */
export function isCalendarAbbreviation(word: string): boolean {
  const lower = lowerCase(word);
  const month = MONTH_WORDS.get(lower);
  if (month !== undefined) return MONTH_NAMES[month - 1]?.toLowerCase() !== lower;
  const day = WEEKDAY_WORDS.get(lower);
  return day !== undefined && WEEKDAY_NAMES[day]?.toLowerCase() !== lower;
}

export { MONTH_NAMES, WEEKDAY_NAMES };

/**
 * The weekday a word names, Monday = 0 … Sunday = 6: full names and abbreviations, any case,
 * without a trailing period.
 *
 * @param word - one word.
 * @returns 0–6, or `undefined` when the word is no weekday.
 * @example
 * ```ts
 * import { weekdayFromWord } from "musterroll";
 * weekdayFromWord("Wed"); // 2
 * ```
 */
export function weekdayFromWord(word: string): number | undefined {
  return WEEKDAY_WORDS.get(lowerCase(word));
}
