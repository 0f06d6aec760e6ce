// The tokenizer's one pass over the text, kept apart from the Token objects made of it: tokenize
// makes one object per token with its strings, while the extraction finders, which look at the
// strings of few tokens, make them only when asked (see SpanToken).
import { isLetterAt, isSpaceAt } from "./chars.js";

/** Token kinds as numbers, as a TokenSink takes them. */
export const WORD = 0;
export const NUMBER = 1;
export const ORDINAL = 2;
export const PUNCT = 3;
/** The kind names of Token, by kind number. */
export const KIND_NAMES = ["word", "number", "ordinal", "punct"] as const;

// What the flags a TokenSink takes tell of a token, as bits
/** White space separates the token from the one before it (or it starts the text). */
export const SPACE_BEFORE = 1;
/** A word's trailing period was taken into the token. */
export const DOT = 2;
/** A word holds an ASCII capital: its lower-case form differs from its text. */
export const CAPITAL = 4;
/** A word holds a letter outside ASCII: its lower-case form may differ from its text, even in length. */
export const WIDE = 8;
/** Digits grouped in thousands by commas ("20,000"). */
export const GROUPED = 16;
/** An ordinal with a one-letter suffix ("2d"). */
export const SHORT_SUFFIX = 32;

/** What takes each token of a scan, as its kind, offsets and flags (see scanTokens). */
export interface TokenSink {
  push(kind: number, start: number, end: number, flags: number): void;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// What an ASCII code unit starts: most of a text is ASCII, so one table look-up sorts it
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = c === 32 || (c >= 9 && c <= 13) ? SPACE : isDigit(c) ? DIGIT : isAsciiLetter(c) ? LETTER : 0;
}

/** What the code unit at `i` starts: white space, digits, a word, or (0) a mark. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c] as number;
  return isSpaceAt(text, i) ? SPACE : isLetterAt(text, i) ? LETTER : 0;
}

/** Whether the two code units at `i` are an English ordinal suffix in any case ("st", "ND", "rd", "Th"). */
function isOrdinalSuffix(text: string, i: number): boolean {
  // `| 32` lowers an ASCII capital and leaves no other code unit equal to a lower-case letter
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Whether a comma and a group of exactly three digits start at `k` ("20,000"). */
function thousandsGroupAt(text: string, k: number, to: number): boolean {
  return k + 4 <= to && text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) &&
    isDigit(text.charCodeAt(k + 3)) && !(k + 4 < to && isDigit(text.charCodeAt(k + 4)));
}

/** Where the run of digits from `i` ends. */
function digitsEnd(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Splits `text[from, to)` into tokens (see Token for the rules) and hands each to `into`, in order.
 * One pass, linear time, no backtracking.
 */
export function scanTokens(text: string, from: number, to: number, into: TokenSink): void {
  let i = from;
  let spaceBefore = SPACE_BEFORE;
  while (i < to) {
    const kind = kindAt(text, i);
    if (kind === SPACE) {
      i++;
      spaceBefore = SPACE_BEFORE;
      continue;
    }
    const start = i;
    if (kind === DIGIT) {
      i = digitsEnd(text, i + 1, to);
      // "20,000": a comma and exactly three digits group thousands after at most three leading digits
      let grouped = false;
      if (i - start <= 3) while (thousandsGroupAt(text, i, to)) { i += 4; grouped = true; }
      let decimal = false;
      if (text.charCodeAt(i) === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
        i = digitsEnd(text, i + 1, to);
        decimal = true;
      }
      const plain = !grouped && !decimal;
      if (plain && i + 2 <= to && isAsciiLetter(text.charCodeAt(i)) && isOrdinalSuffix(text, i) && !isLetterAt(text, i + 2)) {
        into.push(ORDINAL, start, i + 2, spaceBefore);
        i += 2;
      } else if (plain && (text.charCodeAt(i) | 32) === 100 && i < to && !isLetterAt(text, i + 1)) {
        // "2d": the "d" of "2nd" as some style guides write it
        into.push(ORDINAL, start, i + 1, spaceBefore | SHORT_SUFFIX);
        i += 1;
      } else {
        into.push(NUMBER, start, i, spaceBefore | (grouped ? GROUPED : 0));
      }
    } else if (kind === LETTER) {
      // ASCII letters run on in the loop itself; whether the word needs lowering is seen on the way
      let flags = spaceBefore;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (d >= 65 && d <= 90) {
          flags |= CAPITAL;
          i++;
        } else if (d < 128 && d !== 39) break;
        else if (isLetterAt(text, i)) {
          flags |= WIDE;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else if ((d === 39 || d === 0x2019) && i + 1 < to && isLetterAt(text, i + 1)) i++;
        else break;
      }
      if (i < to && text.charCodeAt(i) === 46) {
        flags |= DOT;
        i++;
      }
      into.push(WORD, start, i, flags);
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      into.push(PUNCT, start, i, spaceBefore);
    }
    spaceBefore = 0;
  }
}

/**
 * The lower-case form of a token (see Token.lower): a word without its period, lowered; digits
 * without commas; an ordinal's digits.
 */
export function lowerOf(text: string, kind: number, start: number, end: number, flags: number): string {
  if (kind === WORD) {
    const word = text.slice(start, (flags & DOT) !== 0 ? end - 1 : end);
    return (flags & (CAPITAL | WIDE)) !== 0 ? word.toLowerCase() : word;
  }
  if (kind === NUMBER) {
    const digits = text.slice(start, end);
    return (flags & GROUPED) !== 0 ? digits.replaceAll(",", "") : digits;
  }
  if (kind === ORDINAL) return text.slice(start, end - ((flags & SHORT_SUFFIX) !== 0 ? 1 : 2));
  return text.slice(start, end);
}
