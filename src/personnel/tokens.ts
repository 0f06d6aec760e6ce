// A hand-written tokenizer for person descriptions: one pass, no backtracking, offsets kept so
// every part of a description can be reported as a span of the input. Tokens are stored as arrays
// of small integers, not objects: a megabyte of text must not become a million live objects for
// the garbage collector to walk (that made the time grow faster than the text).

import { lowerCase } from "../common/index.js";

/** One token: a word (letters, digits, inner apostrophes), a number (digits only) or one punctuation mark. */
export interface Token {
  readonly kind: "word" | "number" | "punct";
  readonly text: string;
  /** Lower-case text, for table look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** White space separates it from the previous token. */
  readonly spaced: boolean;
  /** The gap before it holds a line break (a boundary for running text). */
  readonly newline: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const KIND_WORD = 0;
const KIND_NUMBER = 1;
const KIND_PUNCT = 2;
const SPACED = 4;
const NEWLINE = 8;
const KINDS = ["word", "number", "punct"] as const;
const CACHE = 64;
const LARGE = 4096;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Width (1 or 2 code units) of the letter at `i`, or 0 when it is no letter. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code)) return 1;
  if (code < 128 || Number.isNaN(code)) return 0;
  const cp = text.codePointAt(i) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + width)) ? width : 0;
}

function isSpace(code: number, text: string, i: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && SPACE.test(text[i] ?? "");
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The tokens of a text, read by index; out-of-range indices give `undefined`. */
export class TokenList {
  readonly length: number;
  // Small texts (the usual description) get plain arrays, which are cheap to make; large ones get
  // typed arrays sized once, which neither grow nor burden the garbage collector.
  private readonly starts: number[] | Int32Array;
  private readonly ends: number[] | Int32Array;
  private readonly flags: number[] | Uint8Array;
  private readonly cache: (Token | undefined)[] = [];
  private readonly cached: number[] = [];
  private scratch: Uint8Array | undefined;

  constructor(readonly source: string) {
    const large = source.length > LARGE;
    const starts = large ? new Int32Array(source.length) : new Array<number>(source.length);
    const ends = large ? new Int32Array(source.length) : new Array<number>(source.length);
    const flags = large ? new Uint8Array(source.length) : new Array<number>(source.length);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    let n = 0;
    let i = 0;
    let gap = 0;
    while (i < source.length) {
      const code = source.charCodeAt(i);
      if (code === 32 || (code >= 128 && isSpace(code, source, i)) || (code >= 9 && code <= 13)) {
        gap |= SPACED;
        if (code === 10 || code === 13) gap |= NEWLINE;
        i++;
        continue;
      }
      const start = i;
      let kind = KIND_PUNCT;
      if (isDigit(code) || isAsciiLetter(code) || (code >= 128 && letterWidth(source, i) > 0)) {
        kind = KIND_NUMBER;
        while (i < source.length) {
          const c = source.charCodeAt(i);
          if (isDigit(c)) {
            i++;
            continue;
          }
          if (isAsciiLetter(c)) {
            kind = KIND_WORD;
            i++;
            continue;
          }
          const w = c < 128 ? 0 : letterWidth(source, i);
          if (w > 0) {
            kind = KIND_WORD;
            i += w;
          } else if (isApostrophe(c) && i > start && letterWidth(source, i - 1) > 0 && letterWidth(source, i + 1) > 0) {
            i++;
          } else break;
        }
      } else {
        i += code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
      }
      starts[n] = start;
      ends[n] = i;
      flags[n] = kind | gap;
      n++;
      gap = 0;
    }
    this.length = n;
  }

  /** One byte of scratch space per token, for a reader's memo (allocated on first use). */
  marks(): Uint8Array {
    this.scratch ??= new Uint8Array(this.length);
    return this.scratch;
  }

  /** The token at index `i`, or `undefined` outside 0 … length - 1. */
  get(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const slot = i % CACHE;
    if (this.cached[slot] === i) return this.cache[slot];
    const start = this.starts[i] ?? 0;
    const end = this.ends[i] ?? 0;
    const flag = this.flags[i] ?? 0;
    const text = this.source.slice(start, end);
    const token: Token = {
      kind: KINDS[flag & 3] ?? "punct",
      text,
      lower: lowerCase(text),
      start,
      end,
      spaced: (flag & SPACED) !== 0,
      newline: (flag & NEWLINE) !== 0,
    };
    this.cache[slot] = token;
    this.cached[slot] = i;
    return token;
  }

  /** Start offset of token `i` (0 when out of range). */
  startOf(i: number): number {
    return i >= 0 && i < this.length ? (this.starts[i] ?? 0) : 0;
  }

  /** End offset of token `i` (0 when out of range). */
  endOf(i: number): number {
    return i >= 0 && i < this.length ? (this.ends[i] ?? 0) : 0;
  }
}

/** Splits text into tokens: see {@link TokenList}. */
export function tokenize(text: string): TokenList {
  return new TokenList(text);
}

/** Starts with an upper-case letter (Karl, Sgt, U). */
export function isCapitalized(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word") return false;
  const c = token.text.charCodeAt(0);
  // ASCII answers without the Unicode test, which nearly every word would otherwise pay
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(token.text[0] ?? "");
}

/** Capitalised with some lower-case letter after it, the shape of a name word ("Kallsoy", not "NATO"). */
export function isTitleCase(token: Token | undefined): boolean {
  if (!isCapitalized(token) || token === undefined) return false;
  for (let i = 1; i < token.text.length; i++) {
    const c = token.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return token.text.length === 1 || LOWER.test(token.text.slice(1));
  }
  return token.text.length === 1;
}

/**
 * The text of tokens `from`…`to - 1` as a look-up key: lower case, one space wherever the source
 * had white space, none elsewhere ("Lt. Col." → "lt. col.", "U.S." → "u.s.").
 */
export function phraseKey(tokens: TokenList, from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) {
    const t = tokens.get(k);
    if (t === undefined) break;
    key += (k > from && t.spaced ? " " : "") + t.lower;
  }
  return key;
}
