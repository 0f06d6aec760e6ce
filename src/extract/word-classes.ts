// What a word may open, for the finders of dates, durations and quantities. Every word of a text
// is asked once, and most words of prose open nothing: the finders pass them over without the
// several table look-ups each would otherwise make.
import {
  DATE_MODIFIER_WORDS, DURATION_UNIT_WORDS, FRACTION_WORDS, monthFromWord, PLURAL_AMOUNTS, QUANTITY_START_WORDS, SCALE_WORDS,
  SMALL_NUMBER_WORDS, VAGUE_AMOUNTS, weekdayFromWord, type Token,
} from "../common/index.js";
import { DOT, NUMBER, ORDINAL, WIDE, WORD, type SpanToken } from "../common/text/span-tokens.js";
import { MONTH_WORDS, WEEKDAY_WORDS } from "../common/vocabulary/calendar-words.js";
import { DEICTIC_STARTS } from "./deictic.js";
import { RELATIVE_STARTS } from "./vocabulary.js";

/**
 * A month, weekday or date modifier, a word a narrative step starts with ("that same day", "two
 * months later"), or one a date relative to the article's day starts with ("yesterday", "last year").
 */
export const DATE_WORD = 1;
/** A count a duration may start with: a number word, "a", "an", "half". */
export const DURATION_WORD = 2;
/** A word that anchors a quantity: a number word, a vague or plural amount, a fraction. */
export const QUANTITY_ANCHOR = 4;
/** An anchor, or a word a quantity phrase may open with ("about", "between", "more than"). */
export const QUANTITY_WORD = 8;
/** What a word may open: the bits above. */
const OPENS = DATE_WORD | DURATION_WORD | QUANTITY_ANCHOR | QUANTITY_WORD;

// What a word is, for the date finder's own questions (kept with the bits above, so one look-up
// answers both)
/** A month word, in any form ("May", "Dec", "Sept"). */
export const MONTH_WORD = 16;
/** A word a date modifier opens with ("early", "end", "summer"; see DATE_MODIFIER_WORDS). */
export const MODIFIER_WORD = 32;
/** A weekday word, in any form ("Tuesday", "Tues"). */
export const WEEKDAY_WORD = 64;
/** A unit of time a duration ends on ("months", "yrs"; see DURATION_UNIT_WORDS). */
export const TIME_UNIT_WORD = 128;

// What a token that is no word is: with these beside the word bits, a finder passes over the
// tokens it cannot start on by reading this one small array, not the token objects
/** Digits ("20,000", "1.5"). */
export const NUMBER_TOKEN = 256;
/** Digits with an ordinal suffix ("253rd"). */
export const ORDINAL_TOKEN = 512;
/** A mark. */
export const PUNCT_TOKEN = 1024;

// Every table asked here is listed in CLASSED below, which holds the answers.
function classOf(lower: string): number {
  let bits = 0;
  const count = SMALL_NUMBER_WORDS.has(lower);
  const month = monthFromWord(lower) !== undefined;
  const weekday = weekdayFromWord(lower) !== undefined;
  const modifier = DATE_MODIFIER_WORDS.has(lower);
  if (count || RELATIVE_STARTS.has(lower) || DEICTIC_STARTS.has(lower) || month || weekday || modifier) bits |= DATE_WORD;
  if (month) bits |= MONTH_WORD;
  if (weekday) bits |= WEEKDAY_WORD;
  if (modifier) bits |= MODIFIER_WORD;
  if (DURATION_UNIT_WORDS.has(lower)) bits |= TIME_UNIT_WORD;
  if (count || SCALE_WORDS.has(lower) || lower === "a" || lower === "an" || lower === "half") bits |= DURATION_WORD;
  // "many" is too vague to report as a quantity in running text; parseQuantity still reads it
  if (count || (VAGUE_AMOUNTS.has(lower) && lower !== "many") || PLURAL_AMOUNTS.has(lower) || FRACTION_WORDS.has(lower) || lower === "tens") bits |= QUANTITY_ANCHOR | QUANTITY_WORD;
  if (QUANTITY_START_WORDS.has(lower)) bits |= QUANTITY_WORD;
  return bits;
}

// Every word with a class is in one of the tables classOf asks, so listing them all gives a
// fixed table: no cache to grow or forget.
const CLASSED: ReadonlyMap<string, number> = new Map(
  [
    ...SMALL_NUMBER_WORDS.keys(), ...RELATIVE_STARTS, ...DEICTIC_STARTS, ...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys(),
    ...DATE_MODIFIER_WORDS, ...SCALE_WORDS.keys(), "a", "an", "half", ...VAGUE_AMOUNTS.keys(), ...PLURAL_AMOUNTS.keys(),
    ...FRACTION_WORDS.keys(), "tens", ...QUANTITY_START_WORDS, ...DURATION_UNIT_WORDS.keys(),
  ].map((word) => [word, classOf(word)] as const).filter(([, bits]) => bits !== 0),
);

// A sieve before the table: for each length and first letter a–z, the last letters of the
// classed words. Most words of prose fail it, and a few array reads cost much less than hashing
// a fresh string for a map look-up.
const SIEVE_LENGTHS = 16;
const sieve = new Uint32Array(SIEVE_LENGTHS * 26);

/** The sieve's slot of a word, or -1 when the sieve cannot tell (the table answers). */
function slotOf(word: string): number {
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(word.length - 1) - 97;
  if (word.length === 0 || word.length >= SIEVE_LENGTHS || !(first >= 0 && first < 26 && last >= 0 && last < 26)) return -1;
  return word.length * 26 + first;
}

for (const word of CLASSED.keys()) {
  const slot = slotOf(word);
  if (slot >= 0) sieve[slot] = (sieve[slot] as number) | (1 << (word.charCodeAt(word.length - 1) - 97));
}

/** All the bits of a lower-case word: what it may open and what it is. */
function bitsOf(lower: string): number {
  const slot = slotOf(lower);
  if (slot >= 0 && ((sieve[slot] as number) & (1 << (lower.charCodeAt(lower.length - 1) - 97))) === 0) return 0;
  return CLASSED.get(lower) ?? 0;
}

/**
 * What a lower-case word may open, as bits (see DATE_WORD and the others).
 *
 * @example
 * ```ts
 * wordClass("six") & DURATION_WORD; // 2
 * wordClass("troops"); // 0
 * ```
 */
export function wordClass(lower: string): number {
  return bitsOf(lower) & OPENS;
}

/**
 * What every token may open and what it is, as bits: a word's (see DATE_WORD, MONTH_WORD and the
 * others), or NUMBER_TOKEN, ORDINAL_TOKEN or PUNCT_TOKEN.
 *
 * @example
 * ```ts
 * tokenClasses(tokenize("in early May 2025")); // [8, 33, 17, 256]: QUANTITY_WORD; DATE_WORD | MODIFIER_WORD; DATE_WORD | MONTH_WORD; NUMBER_TOKEN
 * ```
 */
export function tokenClasses(tokens: readonly Token[]): Uint16Array {
  const classes = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    classes[i] = t.kind === "word" ? bitsOf(t.lower) : t.kind === "number" ? NUMBER_TOKEN : t.kind === "ordinal" ? ORDINAL_TOKEN : PUNCT_TOKEN;
  }
  return classes;
}

/**
 * The bits of every token, as tokenClasses gives them, for tokens that make their strings when
 * read: the sieve is asked with the word's letters in the text, so a word it turns away never has
 * its lower-case form made.
 *
 * @example
 * ```ts
 * spanClasses(readTokens("in early May 2025")); // [8, 33, 17, 256], as tokenClasses
 * ```
 */
export function spanClasses(tokens: readonly SpanToken[]): Uint16Array {
  const classes = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SpanToken;
    const code = t.code;
    if (code !== WORD) {
      classes[i] = code === NUMBER ? NUMBER_TOKEN : code === ORDINAL ? ORDINAL_TOKEN : PUNCT_TOKEN;
      continue;
    }
    // a word of ASCII letters (and inner apostrophes) lowers to the same length, and its first
    // and last code units are letters, which `| 32` lowers: the sieve's own test on its lower-case form
    const flags = t.flags;
    const start = t.start;
    const length = t.end - start - ((flags & DOT) !== 0 ? 1 : 0);
    if ((flags & WIDE) === 0 && length < SIEVE_LENGTHS) {
      const first = (t.source.charCodeAt(start) | 32) - 97;
      const last = (t.source.charCodeAt(start + length - 1) | 32) - 97;
      if (((sieve[length * 26 + first] as number) & (1 << last)) === 0) continue;
    }
    classes[i] = bitsOf(t.lower);
  }
  return classes;
}

/** All the bits of a word, asked of the tables themselves: what the sieve and table must agree with. */
export const bitsFromTables = classOf;
