import {
  DURATION_UNIT_WORDS, formatIsoDuration, isDash, isSpaceAt, parseDurationPhrase, tokenize, type Token as TextToken,
} from "../common/index.js";
import { serviceDurationProblem } from "./schema.js";

/** A word or a punctuation mark of running text; `w` is lower case. */
export interface Token {
  readonly w: string;
  readonly start: number;
  readonly end: number;
  readonly punct: boolean;
}

const LONGEST_DURATION_TOKEN = 64;
// "one year, one month, two weeks and one day" is twelve tokens
const MAX_WORDS = 16;
/** The most words a sentence may have; longer runs without a full stop are cut (no prose sentence is that long). */
const MAX_SENTENCE_TOKENS = 400;
// a chunk of text is tokenized at a time, cut at white space, so memory stays small
const CHUNK = 4096;

/** Tokens of the common tokenizer, a chunk at a time. */
function* textTokens(text: string): Generator<TextToken> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    const limit = Math.min(text.length, from + 2 * CHUNK);
    while (to < limit && !isSpaceAt(text, to)) to++;
    // no white space for 8 KB is no prose: cut anyway, but never inside a surrogate pair
    if (to < text.length && !isSpaceAt(text, to) && /[\ud800-\udbff]/.test(text[to - 1] ?? "")) to++;
    yield* tokenize(text, from, to);
    from = to;
  }
}

/** A point closes a sentence unless the text goes on in lower case or with a digit ("U.S. soldiers", "Dec. 31"). */
function closesSentence(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i < from + 8 && isSpaceAt(text, i)) i++;
  const c = text[i];
  if (c === undefined || i === from + 8) return true;
  return !(c !== c.toUpperCase() || (c >= "0" && c <= "9") || c === ",");
}

const ENDS = new Set([".", "!", "?", ";"]);

/** The word a common token stands for here; a word longer than any cue or duration is kept by its span only. */
const wordOf = (t: TextToken): string =>
  t.end - t.start > LONGEST_DURATION_TOKEN ? "\u2026" : t.kind === "word" ? t.lower : t.text.toLowerCase();

const spanWord = (text: string, start: number, end: number): string =>
  end - start > LONGEST_DURATION_TOKEN ? "\u2026" : text.slice(start, end).toLowerCase();

/**
 * Splits text into sentences of tokens, on top of the common tokenizer: compounds joined by an
 * inner hyphen become one token ("three-year", "open-ended"), as do initials ("U.S."); a sentence
 * ends at ". ! ? ;" (a full stop only when the text goes on in upper case) or after 400 tokens.
 * One sentence at a time, so memory stays small whatever the length of the text.
 */
export function* sentenceTokens(text: string): Generator<Token[]> {
  let tokens: Token[] = [];
  let joinNext = false; // the last token was a hyphen inside a compound
  for (const t of textTokens(text)) {
    const last = tokens[tokens.length - 1];
    if (joinNext && last !== undefined && !t.spaceBefore && t.kind !== "punct") {
      tokens[tokens.length - 1] = { w: spanWord(text, last.start, t.end), start: last.start, end: t.end, punct: false };
      joinNext = false;
    } else if (isDash(t) && t.text.length === 1 && "-\u2010\u2011".includes(t.text) && last !== undefined && !last.punct && !t.spaceBefore) {
      tokens[tokens.length - 1] = { w: spanWord(text, last.start, t.end), start: last.start, end: t.end, punct: false };
      joinNext = true;
      continue;
    } else if (t.kind === "word" && !t.spaceBefore && last !== undefined && last.end - last.start <= 8 && /^(?:\p{L}\.)+$/u.test(text.slice(last.start, last.end)) && t.end - t.start <= 2) {
      tokens[tokens.length - 1] = { w: spanWord(text, last.start, t.end), start: last.start, end: t.end, punct: false }; // "U.S."
    } else if (t.kind === "punct") {
      const closes = ENDS.has(t.text) && (t.text !== "." || closesSentence(text, t.end));
      if (closes) {
        if (tokens.length > 0) yield tokens;
        tokens = [];
      } else tokens.push({ w: t.text === "." ? "\u00b7" : t.text, start: t.start, end: t.end, punct: true });
    } else {
      const initial = t.kind === "word" && t.dot && t.end - t.start === 2;
      if (t.dot && !initial && closesSentence(text, t.end)) {
        tokens.push({ w: wordOf(t), start: t.start, end: t.end - 1, punct: false }); // the full stop is not part of the word
        yield tokens;
        tokens = [];
        continue;
      }
      tokens.push({ w: wordOf(t), start: t.start, end: t.end, punct: false });
    }
    joinNext = false;
    if (tokens.length >= MAX_SENTENCE_TOKENS) {
      yield tokens;
      tokens = [];
    }
  }
  if (tokens.length > 0) yield tokens;
}

/** A length of service read from tokens [from, next). */
export interface Found {
  readonly iso: string;
  readonly next: number;
}

const lastPart = (w: string): string => {
  const dash = Math.max(w.lastIndexOf("-"), w.lastIndexOf("\u2010"), w.lastIndexOf("\u2011"));
  return dash < 0 ? w : w.slice(dash + 1);
};
// "a year and a half" ends in "half"
const endsInUnit = (w: string): boolean => DURATION_UNIT_WORDS.has(lastPart(w)) || (w.endsWith("-long") && DURATION_UNIT_WORDS.has(lastPart(w.slice(0, -5)))) || w === "half";

/** Reads a duration phrase through the common phrase parser, as an ISO string if it is a length of service. */
export function serviceLength(phrase: string): string | undefined {
  const parsed = parseDurationPhrase(phrase);
  if (!parsed.success) return undefined;
  const iso = formatIsoDuration(parsed.data);
  return serviceDurationProblem(iso) === undefined ? iso : undefined;
}

/**
 * The longest length of service that starts at token `from` and ends before `limit` (at most sixteen
 * words, each short): "six months", "three-year", "a year and a half".
 */
export function durationAt(text: string, tokens: readonly Token[], from: number, limit: number): Found | undefined {
  let best: Found | undefined;
  const first = tokens[from];
  if (first === undefined || first.punct) return undefined;
  for (let j = from; j < Math.min(limit, from + MAX_WORDS); j++) {
    const t = tokens[j] as Token;
    if (t.end - t.start > LONGEST_DURATION_TOKEN) break;
    if (t.punct && t.w !== ",") break;
    if (!endsInUnit(t.w)) continue;
    const iso = serviceLength(text.slice(first.start, t.end));
    if (iso !== undefined) best = { iso, next: j + 1 };
  }
  return best;
}

/** The longest length of service that ends just before token `end` and starts no earlier than `floor`. */
export function durationBefore(text: string, tokens: readonly Token[], end: number, floor: number): { iso: string; start: number } | undefined {
  const last = tokens[end - 1];
  if (last === undefined || last.punct || last.end - last.start > LONGEST_DURATION_TOKEN || !endsInUnit(last.w)) return undefined;
  let best: { iso: string; start: number } | undefined;
  for (let i = end - 1; i >= Math.max(floor, end - MAX_WORDS); i--) {
    const t = tokens[i] as Token;
    if ((t.punct && t.w !== ",") || t.end - t.start > LONGEST_DURATION_TOKEN) break;
    const iso = serviceLength(text.slice(t.start, last.end));
    if (iso !== undefined) best = { iso, start: i };
  }
  return best;
}
