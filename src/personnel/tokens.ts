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

/** The bits of {@link TokenList.flags} that give a token's kind. */
export const KIND_MASK = 3;
/** {@link KIND_MASK} bits of a word. */
export const KIND_WORD = 0;
/** {@link KIND_MASK} bits of a number in digits. */
export const KIND_NUMBER = 1;
const KIND_PUNCT = 2;
const SPACED = 4;
const NEWLINE = 8;
/** Every character of the token is ASCII. */
export const PLAIN_ASCII = 16;
/** An ASCII lower-case letter stands after the first character. */
export const LOWER_INSIDE = 32;
/** An ASCII upper-case letter stands somewhere in the token. */
const UPPER_SEEN = 64;
const KINDS = ["word", "number", "punct"] as const;
const CACHE = 64;

// FNV-1a over lower-cased character codes: the key of a plain ASCII word, made without a string.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The look-up key {@link TokenList.asciiKey} gives a token whose text is `word` (plain ASCII): a
 * hash of its lower-case form. Equal keys do not prove equal words; compare the text after.
 */
export function asciiKeyOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c | 0x20 : c), FNV_PRIME);
  }
  return hash;
}

// What an ASCII character is to the tokenizer: bits, so that one load of this table decides most
// characters of English text, and a word's shape is the union of the bits of its characters.
const DIGIT_CHAR = 1;
const UPPER_CHAR = 2;
const LOWER_CHAR = 4;
/** A letter outside ASCII (not in the table: the tokenizer's slow path gives it). */
const OTHER_LETTER = 8;
const BLANK = 16;
const LINE_BREAK = 32;
const WORD_CHAR = DIGIT_CHAR | UPPER_CHAR | LOWER_CHAR;
const LETTER_CHAR = UPPER_CHAR | LOWER_CHAR | OTHER_LETTER;
const ASCII_BITS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? DIGIT_CHAR : c >= 65 && c <= 90 ? UPPER_CHAR : c >= 97 && c <= 122 ? LOWER_CHAR
    : c === 10 || c === 13 ? LINE_BREAK : c === 32 || (c >= 9 && c <= 13) ? BLANK : 0);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Dashes, quotation marks and the ellipsis (U+2010–U+2027) are most of the characters outside ASCII
// in an English report: neither letters nor white space, they are told so without a regular expression.
const isTypographicPunctuation = (code: number): boolean => code >= 0x2010 && code <= 0x2027;

/** Width (1 or 2 code units) of the letter at `i`, or 0 when it is no letter. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code)) return 1;
  if (code < 128 || Number.isNaN(code) || isTypographicPunctuation(code)) return 0;
  const cp = text.codePointAt(i) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + width)) ? width : 0;
}

function isSpace(code: number, text: string, i: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && !isTypographicPunctuation(code) && SPACE.test(text[i] ?? "");
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Room to tokenize a text into: one slot per character, the most tokens a text can have. */
interface Scratch {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  readonly keys: Int32Array;
}

// Texts up to this length are tokenized in one scratch kept between calls; longer ones get their own,
// which is let go with them.
const SCRATCH_KEPT = 1 << 16;
let kept: Scratch | undefined;

function scratchFor(length: number): Scratch {
  if (kept !== undefined && kept.starts.length >= length) return kept;
  const size = Math.max(length, 256);
  const scratch = { starts: new Int32Array(size), ends: new Int32Array(size), flags: new Uint8Array(size), keys: new Int32Array(size) };
  if (size <= SCRATCH_KEPT) kept = scratch;
  return scratch;
}

/**
 * Splits `source` into the scratch arrays and gives the number of tokens. A plain function over local
 * arrays, with characters of plain ASCII told by one table load and everything else on a slow path:
 * V8 compiles it tighter than the same loop in a constructor writing through `this`.
 */
function readTokens(source: string, starts: Int32Array, ends: Int32Array, flags: Uint8Array, keys: Int32Array): number {
  const length = source.length;
  let n = 0;
  let i = 0;
  let gap = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    const bits = code < 128 ? (ASCII_BITS[code] as number) : 0;
    if ((bits & (BLANK | LINE_BREAK)) !== 0 || (code >= 128 && isSpace(code, source, i))) {
      gap |= bits === LINE_BREAK ? SPACED | NEWLINE : SPACED;
      i++;
      continue;
    }
    const start = i;
    // the look-up key is made on the way, while each character is read anyway; digits and
    // lower-case letters already have the bit 0x20 that lower-cases an ASCII capital
    let key = FNV_OFFSET;
    let flag: number;
    if (bits !== 0 || (code >= 128 && letterWidth(source, i) > 0)) {
      let plain = PLAIN_ASCII;
      const first = bits !== 0 ? bits : OTHER_LETTER;
      if (bits !== 0) {
        key = Math.imul(key ^ (code | 0x20), FNV_PRIME);
        i++;
      } else {
        plain = 0;
        i += letterWidth(source, i);
      }
      let rest = 0;
      while (i < length) {
        const c = source.charCodeAt(i);
        const word = c < 128 ? (ASCII_BITS[c] as number) & WORD_CHAR : 0;
        if (word !== 0) {
          rest |= word;
          key = Math.imul(key ^ (c | 0x20), FNV_PRIME);
          i++;
          continue;
        }
        if (c !== 39 && c < 128) break;
        // letters outside ASCII, and apostrophes inside words
        const w = c < 128 ? 0 : letterWidth(source, i);
        if (w > 0) {
          rest |= OTHER_LETTER;
          plain = 0;
          i += w;
        } else if (isApostrophe(c) && letterWidth(source, i - 1) > 0 && letterWidth(source, i + 1) > 0) {
          if (c !== 39) plain = 0;
          key = Math.imul(key ^ c, FNV_PRIME);
          i++;
        } else break;
      }
      const all = first | rest;
      flag = ((all & LETTER_CHAR) !== 0 ? KIND_WORD : KIND_NUMBER) | plain |
        ((rest & LOWER_CHAR) !== 0 ? LOWER_INSIDE : 0) | ((all & UPPER_CHAR) !== 0 ? UPPER_SEEN : 0);
    } else if (code < 128) {
      flag = KIND_PUNCT | PLAIN_ASCII;
      key = Math.imul(key ^ code, FNV_PRIME);
      i++;
    } else {
      flag = KIND_PUNCT;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    }
    starts[n] = start;
    ends[n] = i;
    keys[n] = key;
    flags[n] = flag | gap;
    n++;
    gap = 0;
  }
  return n;
}

/** The tokens of a text, read by index; out-of-range indices give `undefined`. */
export class TokenList {
  readonly length: number;
  // Typed arrays sized once, which neither grow nor burden the garbage collector; one kind of array
  // for every text keeps the reads below monomorphic. Read-only for the readers of this directory
  // that walk every token (word-classes.ts), and for no one else: index them below `length`.
  /** Start offset of each token. */
  readonly starts: Int32Array;
  /** End offset of each token. */
  readonly ends: Int32Array;
  /** Kind ({@link KIND_MASK}), gap and shape bits of each token. */
  readonly flags: Uint8Array;
  /** Look-up key of each token (see {@link asciiKeyOf}); meaningful where the flags say {@link PLAIN_ASCII}. */
  readonly keys: Int32Array;
  private readonly cache: (Token | undefined)[] = [];
  private readonly cached: number[] = [];
  private scratch: Uint8Array | undefined;

  constructor(readonly source: string) {
    const { starts, ends, flags, keys } = scratchFor(source.length);
    const n = readTokens(source, starts, ends, flags, keys);
    this.length = n;
    // copied out at their length, into one buffer: a token takes five characters of prose on
    // average, and the scratch is made once, not a text's length of four arrays per call
    const buffer = new ArrayBuffer(n * 13);
    this.starts = new Int32Array(buffer, 0, n);
    this.ends = new Int32Array(buffer, 4 * n, n);
    this.keys = new Int32Array(buffer, 8 * n, n);
    this.flags = new Uint8Array(buffer, 12 * n, n);
    this.starts.set(starts.subarray(0, n));
    this.ends.set(ends.subarray(0, n));
    this.keys.set(keys.subarray(0, n));
    this.flags.set(flags.subarray(0, n));
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
      kind: KINDS[flag & KIND_MASK] ?? "punct",
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

  /**
   * The look-up key of token `i` when its text is plain ASCII (see {@link asciiKeyOf}), else
   * `undefined`: a word is then looked up by its characters in the source, without a string.
   */
  asciiKey(i: number): number | undefined {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & PLAIN_ASCII) !== 0 ? this.keys[i] : undefined;
  }

  /** {@link isCapitalized} of token `i`, without making the token when its text is plain ASCII. */
  capitalizedAt(i: number): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const flag = this.flags[i] as number;
    if ((flag & PLAIN_ASCII) === 0) return isCapitalized(this.get(i));
    const c = this.source.charCodeAt(this.starts[i] as number);
    return (flag & KIND_MASK) === KIND_WORD && c >= 65 && c <= 90;
  }

  /** {@link isTitleCase} of token `i`, without making the token when its text is plain ASCII. */
  titleCaseAt(i: number): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const flag = this.flags[i] as number;
    if ((flag & PLAIN_ASCII) === 0) return isTitleCase(this.get(i));
    return this.capitalizedAt(i) && ((flag & LOWER_INSIDE) !== 0 || (this.ends[i] as number) - (this.starts[i] as number) === 1);
  }

  /** White space separates token `i` from the previous one (false out of range). */
  spacedAt(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & SPACED) !== 0;
  }

  /** The gap before token `i` holds a line break (false out of range). */
  newlineAt(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & NEWLINE) !== 0;
  }

  /** Whether token `i` is written exactly `text`, read in the source without making the token. */
  textIs(i: number, text: string): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const start = this.starts[i] as number;
    return (this.ends[i] as number) - start === text.length && this.source.startsWith(text, start);
  }

  /** Whether the lower-case form of token `i` is `lower`; a token of plain ASCII is read in the source. */
  lowerIs(i: number, lower: string): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    if (((this.flags[i] as number) & PLAIN_ASCII) === 0) return this.get(i)?.lower === lower;
    const start = this.starts[i] as number;
    if ((this.ends[i] as number) - start !== lower.length) return false;
    for (let k = 0; k < lower.length; k++) {
      const c = this.source.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== lower.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether token `i` is a word written all in lower case ("medic", not "Medic" or "NATO"), without making the token. */
  lowerWordAt(i: number): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const flag = this.flags[i] as number;
    if ((flag & KIND_MASK) !== KIND_WORD) return false;
    if ((flag & PLAIN_ASCII) !== 0) return (flag & UPPER_SEEN) === 0;
    const t = this.get(i);
    return t !== undefined && t.text === t.lower;
  }

  /** Whether token `i` ends in a possessive "'s" ("Zelenski's", "brigade’s"), read in the source. */
  possessiveAt(i: number): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const end = this.ends[i] as number;
    if (end - (this.starts[i] as number) <= 2 || this.source.charCodeAt(end - 1) !== 115) return false;
    return isApostrophe(this.source.charCodeAt(end - 2));
  }

  /** Whether token `i` starts with an ASCII digit ("1st", "45"). */
  startsWithDigitAt(i: number): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const c = this.source.charCodeAt(this.starts[i] as number);
    return c >= 48 && c <= 57;
  }

  /** The kind of token `i` without making the token (`undefined` out of range). */
  kindOf(i: number): Token["kind"] | undefined {
    return i >= 0 && i < this.length ? KINDS[(this.flags[i] ?? 0) & KIND_MASK] : undefined;
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
