// What a word may open, for the finders of dates, durations and quantities. Every word of a text
// is asked once, by one map look-up remembered per word, and most words of prose open nothing: the
// finders pass them over without the several table look-ups each would otherwise make.
import {
  DATE_MODIFIER_WORDS, FRACTION_WORDS, monthFromWord, PLURAL_AMOUNTS, QUANTITY_START_WORDS, SCALE_WORDS,
  SMALL_NUMBER_WORDS, VAGUE_AMOUNTS, weekdayFromWord, type Token,
} from "../common/index.js";
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

function classOf(lower: string): number {
  let bits = 0;
  const count = SMALL_NUMBER_WORDS.has(lower);
  if (count || RELATIVE_STARTS.has(lower) || DEICTIC_STARTS.has(lower) || monthFromWord(lower) !== undefined || weekdayFromWord(lower) !== undefined || DATE_MODIFIER_WORDS.has(lower)) bits |= DATE_WORD;
  if (count || SCALE_WORDS.has(lower) || lower === "a" || lower === "an" || lower === "half") bits |= DURATION_WORD;
  // "many" is too vague to report as a quantity in running text; parseQuantity still reads it
  if (count || (VAGUE_AMOUNTS.has(lower) && lower !== "many") || PLURAL_AMOUNTS.has(lower) || FRACTION_WORDS.has(lower) || lower === "tens") bits |= QUANTITY_ANCHOR | QUANTITY_WORD;
  if (QUANTITY_START_WORDS.has(lower)) bits |= QUANTITY_WORD;
  return bits;
}

// bounded: forgotten when full, so no text can grow it without limit
const MAX_ENTRIES = 20_000;
const known = new Map<string, number>();

/** The classes of a lower-case word, as bits (see DATE_WORD and the others). */
export function wordClass(lower: string): number {
  let bits = known.get(lower);
  if (bits === undefined) {
    bits = classOf(lower);
    if (known.size >= MAX_ENTRIES) known.clear();
    known.set(lower, bits);
  }
  return bits;
}

/** The classes of every token (0 for numbers and punctuation). */
export function wordClasses(tokens: readonly Token[]): Uint8Array {
  const classes = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word") classes[i] = wordClass(t.lower);
  }
  return classes;
}
