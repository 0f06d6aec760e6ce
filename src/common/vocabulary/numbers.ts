import { fail, ok, phraseTooLong, quote, type ParseResult } from "../result.js";
import { lowerCase } from "../text/case.js";
import { isDash, tokenize } from "../text/tokenize.js";

/**
 * English cardinal words below one hundred that stand alone. The one table of number words in
 * musterroll: every parser that reads "six", "twenty-three" or "one hundred and twenty" uses it.
 *
 * @example
 * ```ts
 * import { SMALL_NUMBER_WORDS } from "musterroll";
 * SMALL_NUMBER_WORDS.get("twelve"); // 12
 * ```
 */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40],
  ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/**
 * English scale words and their values.
 *
 * @example
 * ```ts
 * import { SCALE_WORDS } from "musterroll";
 * SCALE_WORDS.get("thousand"); // 1000
 * ```
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1_000], ["million", 1_000_000], ["billion", 1_000_000_000],
]);

/**
 * English ordinal words and their values ("first" → 1 … "twentieth" → 20, "thirtieth" …
 * "ninetieth", "hundredth"). Compound ordinals ("twenty-third") are read by {@link parseOrdinal}.
 *
 * @example
 * ```ts
 * import { ORDINAL_WORDS } from "musterroll";
 * ORDINAL_WORDS.get("third"); // 3
 * ```
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16],
  ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
  ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70],
  ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100],
]);

const WORD_OF_SMALL = new Map([...SMALL_NUMBER_WORDS].map(([w, n]) => [n, w] as const));
const DIGITS = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads an English cardinal number: digits ("53", "20,000") or words ("six", "twenty-three",
 * "one hundred and twenty", "a thousand", "two million five hundred thousand"). Case and extra
 * white space are ignored; "and" may join a hundred to its tens (British usage).
 *
 * @param text - the number, alone.
 * @returns the value (a non-negative safe integer) or an error naming the word that does not fit.
 * @example
 * ```ts
 * import { parseCardinal } from "musterroll";
 * parseCardinal("one hundred and twenty"); // { success: true, data: 120 }
 * parseCardinal("twenty thirty").success;   // false
 * ```
 */
export function parseCardinal(text: string): ParseResult<number> {
  const tooLong = phraseTooLong(text, "a number");
  if (tooLong) return tooLong;
  const trimmed = text.trim();
  if (trimmed === "") return fail("empty", "expected a number, got an empty string", text, 0);
  // one number word alone ("six", "Twenty"), as finders ask most often: only ASCII letters lower
  // to a key of the table, so the word is the one token the full reading would see
  const small = SMALL_NUMBER_WORDS.get(lowerCase(trimmed));
  if (small !== undefined) return ok(small);
  if (DIGITS.test(trimmed) || GROUPED.test(trimmed)) {
    const n = Number(trimmed.replaceAll(",", ""));
    if (!Number.isSafeInteger(n)) return fail("out_of_range", `${quote(trimmed)} is larger than ${Number.MAX_SAFE_INTEGER}`, text, text.indexOf(trimmed));
    return ok(n);
  }
  return parseCardinalWords(text);
}

interface WordToken {
  readonly word: string;
  readonly start: number;
}

/** Number words split on white space and hyphens; anything else is reported at its offset. */
function tokenizeWords(text: string): WordToken[] | { offset: number; text: string } {
  const words: WordToken[] = [];
  for (const t of tokenize(text)) {
    if (isDash(t)) continue;
    if (t.kind !== "word" || t.dot) return { offset: t.start, text: t.text };
    words.push({ word: t.lower, start: t.start });
  }
  return words;
}

function parseCardinalWords(text: string): ParseResult<number> {
  const tokens = tokenizeWords(text);
  if (!Array.isArray(tokens)) return fail("unknown_word", `${quote(tokens.text)} is not an English number word`, text, tokens.offset);
  let total = 0;
  let group = 0; // value below the next scale word, 0–999
  let lastScale = Infinity; // scales must fall: million before thousand
  let prev: "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and" | "a" = "start";
  for (const { word, start } of tokens) {
    const small = SMALL_NUMBER_WORDS.get(word);
    if (word === "a" || word === "an") {
      if (prev !== "start") return fail("syntax", `${quote(word)} may only begin a number`, text, start);
      prev = "a";
    } else if (word === "and") {
      if (prev !== "hundred" && prev !== "scale") return fail("syntax", `"and" must follow "hundred", "thousand" or "million"`, text, start);
      prev = "and";
    } else if (small !== undefined) {
      const isTens = small >= 20;
      if (prev === "a") return fail("syntax", `"a" must be followed by a scale word, not ${quote(word)}`, text, start);
      if (prev === "unit" || prev === "teen" || (prev === "tens" && (isTens || small >= 10 || small === 0))) {
        return fail("syntax", `${quote(word)} cannot follow another number word here`, text, start);
      }
      if (group % 100 !== 0 && prev !== "tens") return fail("syntax", `${quote(word)} repeats a place already filled`, text, start);
      if (small === 0 && (prev !== "start" || tokens.length > 1)) return fail("syntax", `"zero" must stand alone`, text, start);
      group += small;
      prev = isTens ? "tens" : small >= 10 ? "teen" : "unit";
    } else if (word === "hundred") {
      if (prev === "a") group = 1;
      else if (prev !== "unit" || group >= 10) return fail("syntax", `"hundred" must follow a digit word one to nine`, text, start);
      group *= 100;
      prev = "hundred";
    } else if (SCALE_WORDS.has(word)) {
      const scale = SCALE_WORDS.get(word) ?? 1;
      if (prev === "a") group = 1;
      if (prev === "start" || prev === "and" || group === 0) return fail("syntax", `${quote(word)} needs a number before it`, text, start);
      if (scale >= lastScale) return fail("syntax", `${quote(word)} cannot follow a scale of its size or smaller`, text, start);
      total += group * scale;
      group = 0;
      lastScale = scale;
      prev = "scale";
    } else {
      return fail("unknown_word", `${quote(word)} is not an English number word`, text, start);
    }
  }
  if (prev === "and" || prev === "a") return fail("syntax", `the number ends after ${quote(prev)}`, text, text.length);
  if (prev === "start") return fail("empty", "expected a number, got only white space", text, 0);
  return ok(total + group);
}

/**
 * Writes a non-negative integer in English words, British style with "and" after hundreds
 * ("one hundred and twenty"). The inverse of {@link parseCardinal}.
 *
 * @param n - an integer from 0 to 999,999,999,999.
 * @returns the words.
 * @throws {RangeError} when `n` is negative, fractional or too large.
 * @example
 * ```ts
 * import { cardinalToWords } from "musterroll";
 * cardinalToWords(120); // "one hundred and twenty"
 * cardinalToWords(23);  // "twenty-three"
 * ```
 */
export function cardinalToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999_999) {
    throw new RangeError(`cardinalToWords takes an integer from 0 to 999,999,999,999, got ${n}`);
  }
  if (n === 0) return "zero";
  const parts: string[] = [];
  for (const [word, scale] of [["billion", 1e9], ["million", 1e6], ["thousand", 1e3]] as const) {
    const g = Math.floor(n / scale);
    if (g > 0) parts.push(`${groupToWords(g)} ${word}`);
    n %= scale;
  }
  if (n > 0) parts.push(n < 100 && parts.length > 0 ? `and ${groupToWords(n)}` : groupToWords(n));
  return parts.join(" ");
}

function groupToWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds > 0 ? `${WORD_OF_SMALL.get(hundreds)} hundred` : "";
  if (rest === 0) return head;
  const tail = rest < 20 || rest % 10 === 0
    ? (WORD_OF_SMALL.get(rest) ?? "")
    : `${WORD_OF_SMALL.get(rest - (rest % 10))}-${WORD_OF_SMALL.get(rest % 10)}`;
  return head === "" ? tail : `${head} and ${tail}`;
}

/**
 * The English ordinal suffix a number takes: "st", "nd", "rd" or "th" (11th, 12th, 13th, 21st, 112th).
 *
 * @param n - a non-negative integer.
 * @returns the suffix.
 * @example
 * ```ts
 * import { ordinalSuffix } from "musterroll";
 * ordinalSuffix(253); // "rd"
 * ```
 */
export function ordinalSuffix(n: number): "st" | "nd" | "rd" | "th" {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  const last = n % 10;
  return last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
}

/**
 * An ordinal read from text, and whether its suffix was the wrong one ("15nd").
 *
 * @example
 * ```ts
 * import type { Ordinal } from "musterroll";
 * const o: Ordinal = { value: 15, suffixMismatch: true };
 * ```
 */
export interface Ordinal {
  /** The number. */
  readonly value: number;
  /** `true` when digits carry a suffix that does not belong to them ("15nd" rather than "15th"). */
  readonly suffixMismatch: boolean;
}

const DIGIT_ORDINAL = /^(\d{1,9})(st|nd|rd|th|d)$/i;

/**
 * Reads an English ordinal: "1st", "253rd", "15th", "first", "Twenty-third". A wrong suffix on
 * digits ("15nd", "2th") is accepted and reported in `suffixMismatch`, since reports contain such
 * typos and the number is still clear.
 *
 * @param text - the ordinal, alone.
 * @returns the value, or an error when the text is no ordinal.
 * @example
 * ```ts
 * import { parseOrdinal } from "musterroll";
 * parseOrdinal("253rd");  // { success: true, data: { value: 253, suffixMismatch: false } }
 * parseOrdinal("15nd");   // { success: true, data: { value: 15, suffixMismatch: true } }
 * parseOrdinal("thirty-first"); // { success: true, data: { value: 31, suffixMismatch: false } }
 * ```
 */
export function parseOrdinal(text: string): ParseResult<Ordinal> {
  const tooLong = phraseTooLong(text, "an ordinal");
  if (tooLong) return tooLong;
  const trimmed = text.trim();
  if (trimmed === "") return fail("empty", "expected an ordinal, got an empty string", text, 0);
  const digits = DIGIT_ORDINAL.exec(trimmed);
  if (digits) {
    const value = Number(digits[1]);
    const suffix = (digits[2] ?? "").toLowerCase();
    return ok({ value, suffixMismatch: suffix !== ordinalSuffix(value) });
  }
  const words = tokenizeWords(trimmed);
  const tokens = Array.isArray(words) ? words : [];
  const last = tokens[tokens.length - 1];
  const lastValue = last === undefined ? undefined : ORDINAL_WORDS.get(last.word);
  const offset = text.indexOf(trimmed);
  if (last === undefined || lastValue === undefined) {
    return fail("unknown_word", `${quote(trimmed)} is not an English ordinal`, text, offset);
  }
  if (tokens.length === 1) return ok({ value: lastValue, suffixMismatch: false });
  // "one hundred and first": the "and" joins the ordinal, not the cardinal before it
  const joiner = tokens[tokens.length - 2];
  const headText = trimmed.slice(0, joiner?.word === "and" ? joiner.start : last.start);
  const head = parseCardinalWords(headText);
  const tens = head.success ? head.data % 100 : -1;
  const fits = head.success && head.data > 0 && (
    lastValue === 100 ? head.data < 10 :
    lastValue < 10 ? tens === 0 || (tens >= 20 && tens % 10 === 0) :
    tens === 0
  );
  if (!head.success || !fits) return fail("syntax", `${quote(trimmed)} is not a well-formed ordinal`, text, offset);
  return ok({ value: lastValue === 100 ? head.data * 100 : head.data + lastValue, suffixMismatch: false });
}
