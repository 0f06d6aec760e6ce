import { lowerCase } from "../common/index.js";
/**
 * A word or punctuation mark of a text, with its offsets into that text. A word's text and its
 * lower-case form are copied out of the text only when first read: most words of a report are
 * only stepped over (a name, a cue verb or a determiner is looked for near a quote or a capital),
 * and copying each one cost more than all the rest of the tokenizing.
 */
export class Token {
  private textCopy: string | undefined;
  private lowerCopy: string | undefined;
  /**
   * What the vocabulary tables say of the word, as bits that lexicon.ts assigns; -1 until first
   * asked, so that a word is looked up once however many tables a finder consults.
   */
  classBits = -1;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly kind: "word" | "punct" | "quote",
    /** Whether the token starts with a capital letter ({@link isCapitalized}): known from the tokenizer's first look. */
    readonly capitalized: boolean,
    text?: string,
  ) {
    this.textCopy = text;
    this.lowerCopy = text;
  }

  get text(): string {
    this.textCopy ??= this.source.slice(this.start, this.end);
    return this.textCopy;
  }

  /** Lower-case text, for table look-ups. */
  get lower(): string {
    this.lowerCopy ??= this.lowerCaseCopy();
    return this.lowerCopy;
  }

  // lowerCase(text), without the general case mapping for the common capitalised ASCII word
  // ("The", "Kovalenko"): the lower-case initial joined to the rest is the same string.
  private lowerCaseCopy(): string {
    let capitals = 0;
    for (let i = this.start; i < this.end; i++) {
      const c = this.source.charCodeAt(i);
      if (c > 127) return lowerCase(this.text);
      if (c >= 65 && c <= 90) capitals += i === this.start ? 1 : 2;
    }
    if (capitals === 0) return this.text;
    if (capitals > 1) return lowerCase(this.text);
    return (ASCII_LOWER[this.source.charCodeAt(this.start)] as string) + this.source.slice(this.start + 1, this.end);
  }
}

const ASCII_LOWER: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
// Per code unit: 0 not yet known, 1 word character, 2 not; filled on first sight so that a
// megabyte of text costs one table look-up per character, not one regular-expression test.
const WORD_TABLE = new Uint8Array(65536);

/** Whether the code unit `c` is a letter, digit or combining mark. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (Number.isNaN(c)) return false;
  let known = WORD_TABLE[c];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_TABLE[c] = known;
  }
  return known === 1;
}

/** Whether one code unit is a letter, digit or combining mark. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isWordCode(ch.charCodeAt(0));
}

// Per code unit, as WORD_TABLE: 0 not yet known, 1 an upper-case letter, 2 not.
const UPPER_TABLE = new Uint8Array(65536);

/** Whether the code unit `c` is an upper-case letter (as {@link isCapitalized} tests a word's first). */
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let known = UPPER_TABLE[c];
  if (known === 0) {
    known = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
    UPPER_TABLE[c] = known;
  }
  return known === 1;
}

/** Whether a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answers without the Unicode test, which every word of a text would otherwise pay
  if (c < 128) return c >= 65 && c <= 90;
  return word.length > 0 && UPPER.test(word.charAt(0));
}

/** Whether a word is written in capitals only (an acronym or an all-caps place). */
export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  // an ASCII lower-case letter settles it without the two copies the general test makes
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

const QUOTE_CHARS = new Set(["\"", "“", "”", "„", "«", "»", "‘", "‚", "‹", "›"]);

/** Whether a character is a quotation mark (the apostrophe-like ’ is not counted). */
export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && QUOTE_CHARS.has(ch);
}

// Code unit → the string of a punctuation mark, shared by all its tokens: no copy per mark.
const PUNCT_CHARS = "“”„«»‘‚’‹›\"—–-.,;:!?…()[]";
const PUNCT_LIMIT = 0x2100;
const PUNCT_TEXT: (string | undefined)[] = new Array<string | undefined>(PUNCT_LIMIT).fill(undefined);
for (const ch of PUNCT_CHARS) PUNCT_TEXT[ch.charCodeAt(0)] = ch;
const QUOTE_CODES = new Set([...QUOTE_CHARS].map((ch) => ch.charCodeAt(0)));

const isTokenSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2011;

/**
 * Splits `text.slice(start, end)` into words (letters and digits, with inner apostrophes,
 * and hyphens kept: "O’Brien", "two-thirds") and single
 * punctuation marks, skipping white space, appended to `tokens`. Linear in the slice length.
 */
export function tokenize(text: string, start = 0, end = text.length, tokens: Token[] = []): Token[] {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isTokenSpace(code)) {
      i++;
      continue;
    }
    const from = i;
    if (isWordCode(code)) {
      i++;
      while (i < end) {
        const c = text.charCodeAt(i);
        // lower-case ASCII letters first: most characters of prose are
        if ((c >= 97 && c <= 122) || isWordCode(c)) i++;
        else if (isJoiner(c) && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      tokens.push(new Token(text, from, i, "word", isUpperCode(code)));
    } else {
      i++;
      const ch = (code < PUNCT_LIMIT ? PUNCT_TEXT[code] : undefined) ?? text.charAt(from);
      // a capital is a letter, so no punctuation mark is capitalised
      tokens.push(new Token(text, from, i, QUOTE_CODES.has(code) ? "quote" : "punct", false, ch));
    }
  }
  return tokens;
}

/**
 * Counts words (runs of letters and digits joined by inner apostrophes or hyphens), stopping
 * early once `limit` is reached.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 0x2011) && isWordCode(text.charCodeAt(i + 1))) {
      // an inner apostrophe or hyphen keeps the word going
    } else inWord = false;
  }
  return n;
}

/** Counts Unicode code points (a surrogate pair is one character). */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}
