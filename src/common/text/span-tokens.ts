// Tokens whose strings are made only when read. The extraction finders walk every token of a
// report by its word class (one bit set per token), and read the text of the few near a candidate:
// making the strings of all the others was much of the tokenizer's cost there. The rules are
// tokenize's, in a loop of their own: tokenize makes its objects in its loop, and a call out per
// token made it a tenth slower. span-tokens.test.ts holds the two to the same tokens on any string.
import { DIGIT, digitsEnd, isAsciiLetter, isDigit, isLetterAt, isOrdinalSuffix, kindAt, LETTER, SPACE, thousandsGroupAt } from "./chars.js";
import type { Token } from "./tokenize.js";

/** Token kinds as numbers, in SpanToken.info. */
export const WORD = 0;
export const NUMBER = 1;
export const ORDINAL = 2;
const PUNCT = 3;
/** The kind names of Token, by kind number. */
const KIND_NAMES = ["word", "number", "ordinal", "punct"] as const;

// What the flags in SpanToken.info tell of a token, as bits
/** White space separates the token from the one before it (or it starts the text). */
const SPACE_BEFORE = 1;
/** A word's trailing period was taken into the token. */
export const DOT = 2;
/** A word holds an ASCII capital: its lower-case form differs from its text. */
const CAPITAL = 4;
/** A word holds a letter outside ASCII: its lower-case form may differ from its text, even in length. */
export const WIDE = 8;
/** Digits grouped in thousands by commas ("20,000"). */
const GROUPED = 16;
/** An ordinal with a one-letter suffix ("2d"). */
const SHORT_SUFFIX = 32;

/**
 * A {@link Token} that slices its text and lower-case form out of the source on first read, with
 * the same values tokenize gives.
 *
 * @example
 * ```ts
 * const [first] = readTokens("Dec. 31");
 * first.lower; // "dec" (sliced and lowered now)
 * ```
 */
export class SpanToken implements Token {
  // fields set in the constructor alone (declared, not defined), and as few as the values need:
  // the finders make one of these for every token of a report
  declare readonly source: string;
  /** The kind as a number (WORD, NUMBER, ORDINAL or PUNCT), and its flags shifted two bits up. */
  declare readonly info: number;
  declare readonly start: number;
  declare readonly end: number;
  private declare textCache: string | undefined;
  private declare lowerCache: string | undefined;

  constructor(source: string, info: number, start: number, end: number) {
    this.source = source;
    this.info = info;
    this.start = start;
    this.end = end;
    this.textCache = undefined;
    this.lowerCache = undefined;
  }

  /** The kind as a number: WORD, NUMBER, ORDINAL or PUNCT. */
  get code(): number {
    return this.info & 3;
  }

  /** The flags: SPACE_BEFORE, DOT, CAPITAL … */
  get flags(): number {
    return this.info >> 2;
  }

  get kind(): Token["kind"] {
    return KIND_NAMES[this.info & 3] as Token["kind"];
  }

  get dot(): boolean {
    return ((this.info >> 2) & DOT) !== 0;
  }

  get spaceBefore(): boolean {
    return ((this.info >> 2) & SPACE_BEFORE) !== 0;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    if (this.lowerCache === undefined) {
      const code = this.info & 3;
      const flags = this.info >> 2;
      // most tokens' lower-case form is their text: no second string then
      const same = code === PUNCT || (code === NUMBER && (flags & GROUPED) === 0) || (code === WORD && (flags & (DOT | CAPITAL | WIDE)) === 0);
      this.lowerCache = same ? this.text : lowerOf(this.source, code, this.start, this.end, flags);
    }
    return this.lowerCache;
  }
}

/**
 * The tokens of `text`, as tokenize finds them, with their strings made on first read. One pass,
 * linear time, no backtracking.
 *
 * @example
 * ```ts
 * readTokens("about 20,000 troops").map((t) => t.lower); // ["about", "20000", "troops"]
 * ```
 */
export function readTokens(text: string): SpanToken[] {
  const tokens: SpanToken[] = [];
  const to = text.length;
  let i = 0;
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
        tokens.push(new SpanToken(text, ORDINAL | (spaceBefore << 2), start, i + 2));
        i += 2;
      } else if (plain && (text.charCodeAt(i) | 32) === 100 && i < to && !isLetterAt(text, i + 1)) {
        // "2d": the "d" of "2nd" as some style guides write it
        tokens.push(new SpanToken(text, ORDINAL | ((spaceBefore | SHORT_SUFFIX) << 2), start, i + 1));
        i += 1;
      } else {
        tokens.push(new SpanToken(text, NUMBER | ((spaceBefore | (grouped ? GROUPED : 0)) << 2), start, i));
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
      tokens.push(new SpanToken(text, WORD | (flags << 2), start, i));
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      tokens.push(new SpanToken(text, PUNCT | (spaceBefore << 2), start, i));
    }
    spaceBefore = 0;
  }
  return tokens;
}

/**
 * The lower-case form of a token (see Token.lower): a word without its period, lowered; digits
 * without commas; an ordinal's digits.
 */
function lowerOf(text: string, kind: number, start: number, end: number, flags: number): string {
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
