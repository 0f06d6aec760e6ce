import { DURATION_UNIT_WORDS, SCALE_WORDS, SMALL_NUMBER_WORDS, formatIsoDuration, parseDurationPhrase, type IsoDuration, type Token } from "../common/index.js";
import { endOf, isAgeAt, type Claims } from "./claims.js";

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
  /** The duration as an ISO 8601 string ("P6M"). */
  readonly value: IsoDuration;
}

const MAX_TOKENS = 12;

const JOINERS = new Set(["and", "a", "an", "half", ","]);

/** A duration may start on digits, a number word, "a"/"an" or "half". */
function canStart(t: Token): boolean {
  return t.kind === "number" || (t.kind === "word" && (SMALL_NUMBER_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower) || t.lower === "a" || t.lower === "an" || t.lower === "half"));
}

/** Words a duration phrase is made of; anything else ends the search for its last unit word. */
function inPhrase(t: Token): boolean {
  return t.kind === "number" || t.text === "-" || t.text === "," || (t.kind === "word" && (SMALL_NUMBER_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower) || DURATION_UNIT_WORDS.has(t.lower) || JOINERS.has(t.lower) || t.lower === "long"));
}

/** Finds durations in running text: the longest phrase `parseDurationPhrase` reads that ends on a unit of time. */
export function findDurations(text: string, claims: Claims): DurationMention[] {
  const tokens = claims.tokens;
  const found: DurationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!claims.isFree(i, i) || !canStart(t)) continue;
    // The unit words in reach; a phrase ends on one of them, and goes past one only to join
    // another part ("two years and six months", "a year and a half").
    const ends: number[] = [];
    for (let k = i; k < Math.min(i + MAX_TOKENS, tokens.length) && inPhrase(tokens[k] as Token); k++) {
      const w = tokens[k] as Token;
      const isEnd = w.kind === "word" && (DURATION_UNIT_WORDS.has(w.lower) || w.lower === "half" || w.lower === "long") && k > i;
      if (!isEnd) continue;
      ends.push(k);
      const next = tokens[k + 1];
      const joins = next !== undefined && (next.lower === "and" || next.text === ",") && tokens[k + 2] !== undefined && canStart(tokens[k + 2] as Token);
      if (!joins && next?.lower !== "long") break;
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
      claims.take(i, j);
      found.push({ text: text.slice(t.start, end), start: t.start, end, value: formatIsoDuration(result.data) });
      i = j;
      break;
    }
  }
  return found;
}
