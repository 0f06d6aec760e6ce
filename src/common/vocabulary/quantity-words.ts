/**
 * Vague amounts and the ranges musterroll gives them. Each applies to the scale word after it when
 * there is one ("several thousand" is 3,000–9,000) and to units otherwise ("several" is 3–9).
 *
 * | words | range |
 * | --- | --- |
 * | a couple (of) | 2–3 |
 * | a few | 2–5 |
 * | several | 3–9 |
 * | many | 10–99 (×scale) |
 * | dozens (of) | 24–144 (two to twelve dozen) |
 * | scores (of) | 40–100 |
 * | hundreds (of) | 200–999 |
 * | thousands (of) | 2,000–9,999 |
 * | tens of thousands | 20,000–99,999 |
 * | hundreds of thousands | 200,000–999,999 |
 * | millions (of) | 2,000,000–9,999,999 |
 *
 * @example
 * ```ts
 * import { VAGUE_AMOUNTS } from "musterroll";
 * VAGUE_AMOUNTS.get("several"); // [3, 9]
 * ```
 */
export const VAGUE_AMOUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["couple", [2, 3]],
  ["few", [2, 5]],
  ["several", [3, 9]],
  ["many", [10, 99]],
]);

/**
 * Plural count words that stand for a range on their own ("dozens", "hundreds of").
 *
 * @example
 * ```ts
 * import { PLURAL_AMOUNTS } from "musterroll";
 * PLURAL_AMOUNTS.get("hundreds"); // [200, 999]
 * ```
 */
export const PLURAL_AMOUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["dozens", [24, 144]],
  ["scores", [40, 100]],
  ["hundreds", [200, 999]],
  ["thousands", [2_000, 9_999]],
  ["millions", [2_000_000, 9_999_999]],
]);

/**
 * Words that hedge a number ("about 20,000").
 *
 * @example
 * ```ts
 * import { HEDGE_WORDS } from "musterroll";
 * HEDGE_WORDS.has("roughly"); // true
 * ```
 */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  "about", "around", "approximately", "roughly", "some", "circa", "ca", "approx", "nearly", "almost", "estimated",
]);

/**
 * Fraction words: denominators by name, singular and plural ("third"/"thirds" → 3, "half" → 2,
 * "quarter" → 4).
 *
 * @example
 * ```ts
 * import { FRACTION_WORDS } from "musterroll";
 * FRACTION_WORDS.get("thirds"); // 3
 * ```
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4],
  ["fourth", 4], ["fourths", 4], ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6],
  ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8], ["ninth", 9], ["ninths", 9],
  ["tenth", 10], ["tenths", 10],
]);

/**
 * Words before a four-digit number that make it a year, not a count ("in 2000", "since 2014",
 * "by 2025", "between 2022 and 2024"). Shared by `parseQuantity` and the date finder of extraction.
 *
 * @example
 * ```ts
 * import { YEAR_PREPOSITIONS } from "musterroll";
 * YEAR_PREPOSITIONS.has("since"); // true
 * ```
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "since", "until", "till", "by", "before", "after", "during", "of", "from", "year", "early", "late", "mid", "summer", "spring", "autumn", "winter", "fall",
  "through", "around", "circa", "between", "and", "to",
]);
