import { DURATION_UNIT_WORDS, DURATION_UNITS, SCALE_WORDS, SMALL_NUMBER_WORDS, formatIsoDuration, parseDurationPhrase, type Duration, type IsoDuration, type Token } from "../common/index.js";
import { endOf, isAgeAt, type Claims } from "./claims.js";
import { DURATION_WORD, NUMBER_TOKEN, TIME_UNIT_WORD } from "./word-classes.js";

/**
 * A length of time found in running text ("six months", "three-year"), as an ISO 8601 string.
 *
 * @example
 * ```ts
 * import type { DurationMention } from "musterroll/extract";
 * const m: DurationMention = { text: "six months", start: 40, end: 50, value: "P6M" };
 * ```
 */
export interface DurationMention {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** The duration as an ISO 8601 string ("P6M"); for a range ("two to three weeks"), its lower end. */
  readonly value: IsoDuration;
  /** The upper end of a range ("two to three weeks": value "P2W", max "P3W"). */
  readonly max?: IsoDuration;
}

const MAX_TOKENS = 12;

const JOINERS = new Set(["and", "a", "an", "half", ","]);

/** A duration may start on digits, a number word, "a"/"an" or "half" (token `k`). */
function canStart(claims: Claims, k: number): boolean {
  const t = claims.tokens[k] as Token;
  return t.kind === "number" || (t.kind === "word" && ((claims.classes[k] as number) & DURATION_WORD) !== 0);
}

/**
 * Words a duration phrase is made of (token `k`): numbers, number words, units of time, joiners
 * and "long"; anything else ends the search for its last unit word.
 */
function inPhrase(claims: Claims, k: number): boolean {
  const t = claims.tokens[k] as Token;
  if (t.kind === "number" || t.text === "-" || t.text === ",") return true;
  // the count words, "a", "an" and "half" are DURATION_WORD; of JOINERS, "and" is not
  return t.kind === "word" && (((claims.classes[k] as number) & (DURATION_WORD | TIME_UNIT_WORD)) !== 0 || JOINERS.has(t.lower) || t.lower === "long");
}

const isUnitWord = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && DURATION_UNIT_WORDS.has(t.lower);

const RANGE_WORDS = new Set(["to", "-", "–", "or"]);

/**
 * The lower end when the duration at token `i` ends a range whose first number stands two tokens
 * before it ("two to three weeks", "6-12 months", "one or two years", "between two and three
 * years"): that number with the same unit word, when it is the smaller; and the token the range
 * starts on.
 */
function rangeStart(claims: Claims, i: number, unitWord: Token, high: Duration): { low: Duration; from: number } | undefined {
  const tokens = claims.tokens;
  const first = tokens[i - 2];
  const joiner = tokens[i - 1];
  if (first === undefined || joiner === undefined || !canStart(claims, i - 2) || first.lower === "a" || first.lower === "an") return undefined;
  const between = joiner.lower === "and" && tokens[i - 3]?.lower === "between";
  if (!between && !RANGE_WORDS.has(joiner.lower)) return undefined;
  const low = parseDurationPhrase(`${first.text} ${unitWord.text}`);
  if (!low.success) return undefined;
  const unit = DURATION_UNITS.find((u) => high[u] !== 0);
  const single = unit !== undefined && DURATION_UNITS.every((u) => u === unit || (high[u] === 0 && low.data[u] === 0));
  return single && low.data[unit] < high[unit] ? { low: low.data, from: between ? i - 3 : i - 2 } : undefined;
}

// what may follow "a second" that is a length of time ("a second later", "for a second.")
const AFTER_A_SECOND: ReadonlySet<string> = new Set(["later", "ago", "or", "and", "before", "after", "longer", "earlier"]);

/** "a second attack", "for a second time": "second" is the ordinal when a word other than these follows. */
function isOrdinalSecond(tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  const second = tokens[j] as Token;
  return j === i + 1 && second.lower === "second" && !second.dot && next?.kind === "word" && !AFTER_A_SECOND.has(next.lower);
}

/** "a months-long siege", "a decades-old rule": an article before a plural unit names no length. */
function isPluralAfterArticle(tokens: readonly Token[], i: number, j: number): boolean {
  const first = (tokens[i] as Token).lower;
  const unit = (tokens[j] as Token).lower;
  return j === i + 1 && (first === "a" || first === "an") && unit.length > 2 && unit.endsWith("s");
}

const RATE_WORDS: ReadonlySet<string> = new Set(["times", "once", "twice"]);
const isCount = (t: Token | undefined): boolean => t !== undefined && (t.kind === "number" || SMALL_NUMBER_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower));

/**
 * "$1,000 a month", "200,000 rubles a month", "three times a week", "twice a day": "a" and a unit
 * after an amount or a count of events is a rate, no length of time. The amount stands right
 * before "a", or one plural word before it ("rubles", "shifts") that is no unit of time itself.
 */
function isRate(tokens: readonly Token[], i: number, j: number): boolean {
  const first = (tokens[i] as Token).lower;
  if (j !== i + 1 || (first !== "a" && first !== "an")) return false;
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (isCount(before) || RATE_WORDS.has(before.lower)) return true;
  const plural = before.kind === "word" && before.text === before.lower && before.lower.length > 2 && before.lower.endsWith("s") && !DURATION_UNIT_WORDS.has(before.lower);
  return plural && isCount(tokens[i - 2]);
}

/** Finds durations in running text: the longest phrase `parseDurationPhrase` reads that ends on a unit of time. */
export function findDurations(text: string, claims: Claims): DurationMention[] {
  const tokens = claims.tokens;
  const found: DurationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (((claims.classes[i] as number) & (DURATION_WORD | NUMBER_TOKEN)) === 0 || !claims.isFree(i, i)) continue;
    const t = tokens[i] as Token;
    // The unit words in reach; a phrase ends on one of them, and goes past one only to join
    // another part ("two years and six months", "a year and a half").
    const ends: number[] = [];
    for (let k = i; k < Math.min(i + MAX_TOKENS, tokens.length) && inPhrase(claims, k); k++) {
      const w = tokens[k] as Token;
      const isEnd = w.kind === "word" && (((claims.classes[k] as number) & TIME_UNIT_WORD) !== 0 || w.lower === "half" || w.lower === "long") && k > i;
      if (!isEnd) continue;
      ends.push(k);
      const next = tokens[k + 1];
      const joins = next !== undefined && (next.lower === "and" || next.text === ",") && tokens[k + 2] !== undefined && canStart(claims, k + 2);
      // "two and a half years", "a two-and-a-half-year contract": the unit comes after "half"
      const unitAfter = w.lower === "half" && isUnitWord(next?.text === "-" ? tokens[k + 2] : next);
      if (!joins && !unitAfter && next?.lower !== "long") break;
    }
    for (let e = ends.length - 1; e >= 0; e--) {
      const j = ends[e] as number;
      const last = tokens[j] as Token;
      if (!claims.isFree(i, j) || isAgeAt(tokens, j - (tokens[j - 1]?.text === "-" ? 2 : 1))) continue;
      const end = endOf(last);
      const result = parseDurationPhrase(text.slice(t.start, end));
      if (!result.success) continue;
      // Single letters ("h", "s", "y") count only right after digits: "a s" is no duration.
      if (last.lower.length === 1 && (tokens[j - 1]?.kind !== "number")) continue;
      // An "s" glued to digits makes a decade or a plural ("in their 30s", "the 1990s"), not seconds.
      if (last.lower === "s" && tokens[j - 1]?.end === last.start) continue;
      if (isOrdinalSecond(tokens, i, j) || isPluralAfterArticle(tokens, i, j) || isRate(tokens, i, j)) continue;
      const range = rangeStart(claims, i, last, result.data);
      const low = range?.low;
      const from = range?.from ?? i;
      if (!claims.isFree(from, i)) continue;
      claims.take(from, j);
      const start = (tokens[from] as Token).start;
      const value = formatIsoDuration(result.data);
      found.push({ text: text.slice(start, end), start, end, ...(low === undefined ? { value } : { value: formatIsoDuration(low), max: value }) });
      i = j;
      break;
    }
  }
  return found;
}
