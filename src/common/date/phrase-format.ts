import { MONTH_NAMES } from "../vocabulary/month-names.js";
import type { DateModifier } from "./phrase-parse.js";
import { precisionOf } from "./rules.js";
import type { PartialDate } from "./schema.js";

const SEASON_WORDS: Readonly<Record<DateModifier, string>> = {
  early: "early", mid: "mid", late: "late", spring: "spring", summer: "summer", autumn: "autumn",
  "first-half": "first half of", "second-half": "second half of", q1: "Q1", q2: "Q2", q3: "Q3", q4: "Q4",
};

/**
 * Writes a partial date as English, at its own precision: "December 31, 2025", "February 2022",
 * "2023"; with a modifier, "early 2023", "mid-2023", "late December 2025", "summer 2023",
 * "first half of 2024", "Q3 2025".
 * {@link parseDatePhrase} reads the text back to the same value and modifier.
 *
 * @param date - a partial date.
 * @param options - `modifier`: a qualifier for a year or a month (seasons, halves and quarters for years only).
 * @returns the phrase.
 * @throws {RangeError} when `date` is not a partial date, or the modifier does not fit its precision.
 * @example
 * ```ts
 * import { formatDatePhrase } from "musterroll";
 * formatDatePhrase("2025-12-31");                       // "December 31, 2025"
 * formatDatePhrase("2023", { modifier: "mid" });         // "mid-2023"
 * formatDatePhrase("2025", { modifier: "q3" });          // "Q3 2025"
 * ```
 */
export function formatDatePhrase(date: PartialDate, options: { readonly modifier?: DateModifier } = {}): string {
  const precision = precisionOf(date);
  const year = date.slice(0, 4);
  const month = precision === "year" ? "" : (MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? "");
  const { modifier } = options;
  if (modifier !== undefined) {
    if (precision === "day") throw new RangeError(`a modifier cannot qualify the single day ${date}`);
    if (precision === "month" && !(modifier === "early" || modifier === "mid" || modifier === "late")) {
      throw new RangeError(`${modifier} qualifies a year, not the month ${date}`);
    }
  }
  const base = precision === "year" ? year : precision === "month" ? `${month} ${year}` : `${month} ${Number(date.slice(8, 10))}, ${year}`;
  if (modifier === undefined) return base;
  return modifier === "mid" ? `mid-${base}` : `${SEASON_WORDS[modifier]} ${base}`;
}
