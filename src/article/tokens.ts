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
    return lowerCaseOf(this.source, this.start, this.end);
  }
}

const ASCII_LOWER: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
// Per code unit: 0 not yet known, 1 word character, 2 not; filled on first sight so that a
// megabyte of text costs one table look-up per character, not one regular-expression test. ASCII
// is filled in advance, so that the tokenizer's test of a character is one read of the table.
const WORD_TABLE = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_TABLE[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Whether the code unit `c` is a letter, digit or combining mark (false for NaN, past a string's end). */
export function isWordCode(c: number): boolean {
  // NaN reads undefined from the table
  const known = WORD_TABLE[c];
  return known === 1 || (known === 0 && learnWordCode(c));
}

// Kept apart from isWordCode, so that the tokenizer's loop inlines the table read alone.
function learnWordCode(c: number): boolean {
  const word = WORD_CHAR.test(String.fromCharCode(c));
  WORD_TABLE[c] = word ? 1 : 2;
  return word;
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

/** The kind of a token in a {@link TokenList}: a word, a punctuation mark, a quote mark; NONE outside the list. */
export const WORD = 0;
export const PUNCT = 1;
export const QUOTE = 2;
export const NONE = -1;

// Code unit → the string of a punctuation mark, shared by all its tokens: no copy per mark.
const PUNCT_CHARS = "“”„«»‘‚’‹›\"—–-.,;:!?…()[]";
const PUNCT_LIMIT = 0x2100;
const PUNCT_TEXT: (string | undefined)[] = new Array<string | undefined>(PUNCT_LIMIT).fill(undefined);
for (const ch of PUNCT_CHARS) PUNCT_TEXT[ch.charCodeAt(0)] = ch;
const QUOTE_CODES = new Set([...QUOTE_CHARS].map((ch) => ch.charCodeAt(0)));
// The token kind of each punctuation code unit below PUNCT_LIMIT (every quote mark is), read once per mark.
const MARK_KIND = new Uint8Array(PUNCT_LIMIT).fill(PUNCT);
for (const code of QUOTE_CODES) MARK_KIND[code] = QUOTE;

const isTokenSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2011;

/**
 * Splits `text.slice(start, end)` into words (letters and digits, with inner apostrophes,
 * and hyphens kept: "O’Brien", "two-thirds") and single
 * punctuation marks, skipping white space, appended to `tokens`. Linear in the slice length.
 */
export function tokenize(text: string, start = 0, end = text.length, tokens: Token[] = []): Token[] {
  const scanned = new TokenList(text);
  scanned.scan(start, end);
  for (let i = 0; i < scanned.length; i++) {
    const from = scanned.start(i);
    const kind = scanned.kind(i);
    const code = text.charCodeAt(from);
    if (kind === WORD) tokens.push(new Token(text, from, scanned.end(i), "word", scanned.capitalized(i)));
    // a capital is a letter, so no punctuation mark is capitalised
    else tokens.push(new Token(text, from, from + 1, kind === QUOTE ? "quote" : "punct", false, (code < PUNCT_LIMIT ? PUNCT_TEXT[code] : undefined) ?? text.charAt(from)));
  }
  return tokens;
}

const KIND_BITS = 3;
const CAPITALIZED = 4;
const UNKNOWN_CLASSES = -1;

/**
 * The tokens of a text (as {@link tokenize} splits it) in parallel typed arrays: offsets, kind
 * and capital, and a slot for the word's vocabulary classes. A Token object per word made the
 * finder allocate more than it read; here a text's tokens cost no allocation once the arrays have
 * grown to the longest text seen, and a word's text is copied only where it is compared with a
 * table. A list can be cut into views ({@link TokenList.view}) that number their tokens from 0, as
 * the quote finder keeps one per paragraph: a look back from a paragraph's first token ends there.
 *
 * @example
 * ```ts
 * const tokens = new TokenList("Col. Anna Kowalska said");
 * tokens.scan(0, 23);
 * tokens.length; // 5
 * tokens.isChar(1, 46); // true: the period
 * tokens.lower(4); // "said"
 * ```
 */
export class TokenList {
  // the arrays of `arrays`, read straight from the list: one load less on every question asked of a token
  private starts: Int32Array;
  private ends: Int32Array;
  private flags: Uint8Array;
  private classBits: Int32Array;

  /** A list of `source`, empty until scanned; the other parameters are for views and reuse. */
  constructor(
    readonly source: string,
    private readonly arrays: TokenArrays = new TokenArrays(64),
    private readonly base = 0,
    /** How many tokens the list (or view) holds. */
    public length = 0,
  ) {
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.flags = arrays.flags;
    this.classBits = arrays.classBits;
  }

  /**
   * An empty list of `source` on the arrays of `list`: a finder that keeps one list for all its
   * calls allocates nothing for tokens once it has read its longest text.
   */
  static reuse(list: TokenList | undefined, source: string): TokenList {
    return new TokenList(source, list?.arrays ?? new TokenArrays(Math.max(64, source.length >> 2)));
  }

  /**
   * The tokens `from`…`to` (indices of this list) as a list of their own, numbered from 0, sharing
   * these arrays. Views are taken once the scans are done: a scan may move the list to larger
   * arrays, and a scan into a view would write over the tokens after it.
   */
  view(from: number, to: number): TokenList {
    return new TokenList(this.source, this.arrays, this.base + from, to - from);
  }

  /** Appends the tokens of `source.slice(start, end)`, as {@link tokenize} splits it. Linear in the slice length. */
  scan(start: number, end: number): void {
    const text = this.source;
    let at = this.base + this.length;
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isTokenSpace(code)) {
        i++;
        continue;
      }
      if (at === this.starts.length) this.grow();
      this.starts[at] = i;
      this.classBits[at] = UNKNOWN_CLASSES;
      if (isWordCode(code)) {
        i++;
        while (i < end) {
          const c = text.charCodeAt(i);
          // lower-case ASCII letters first: most characters of prose are
          if ((c >= 97 && c <= 122) || isWordCode(c)) i++;
          else if (isJoiner(c) && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) i += 2;
          else break;
        }
        this.flags[at] = isUpperCode(code) ? WORD | CAPITALIZED : WORD;
      } else {
        i++;
        this.flags[at] = code < PUNCT_LIMIT ? (MARK_KIND[code] ?? PUNCT) : PUNCT;
      }
      this.ends[at] = i;
      at++;
    }
    this.length = at - this.base;
  }

  private grow(): void {
    const arrays = this.arrays;
    arrays.grow();
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.flags = arrays.flags;
    this.classBits = arrays.classBits;
  }

  /** Whether `i` is a token of the list. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  /** WORD, PUNCT or QUOTE; NONE when `i` is outside the list. */
  kind(i: number): number {
    return i >= 0 && i < this.length ? (this.flags[this.base + i] ?? 0) & KIND_BITS : NONE;
  }

  isWord(i: number): boolean {
    return this.kind(i) === WORD;
  }

  /** Whether token `i` is a word that starts with a capital letter ({@link isCapitalized}). */
  capitalized(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[this.base + i] ?? 0) & CAPITALIZED) !== 0;
  }

  /** Offset of token `i` in the text; `i` must be a token of the list. */
  start(i: number): number {
    return this.starts[this.base + i] ?? 0;
  }

  /** Offset after token `i` in the text; `i` must be a token of the list. */
  end(i: number): number {
    return this.ends[this.base + i] ?? 0;
  }

  /**
   * Whether token `i` is the punctuation or quote mark with code unit `code` (a word starts with a
   * letter or digit, so no word is taken for a mark).
   */
  isChar(i: number, code: number): boolean {
    return this.code(i) === code;
  }

  /** The first code unit of token `i` (the whole of a punctuation or quote mark); NONE outside the list. */
  code(i: number): number {
    return i >= 0 && i < this.length ? this.source.charCodeAt(this.starts[this.base + i] ?? 0) : NONE;
  }

  /** How many tokens the arrays under this list hold room for. */
  get capacity(): number {
    return this.starts.length;
  }

  /** The text of token `i` (a copy: for output and table look-ups only). */
  text(i: number): string {
    return this.source.slice(this.start(i), this.end(i));
  }

  /** The lower-case text of token `i` ({@link Token.lower}); "" outside the list. */
  lower(i: number): string {
    return this.has(i) ? lowerCaseOf(this.source, this.start(i), this.end(i)) : "";
  }

  /** Whether token `i` in lower case is `word`, compared in place when the token is ASCII. */
  is(i: number, word: string): boolean {
    if (!this.has(i)) return false;
    const start = this.start(i);
    const end = this.end(i);
    const text = this.source;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      // lowering a character outside ASCII can change the length ("İ"): compare the copy
      if (c > 127) return lowerCaseOf(text, start, end) === word;
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(k - start)) return false;
    }
    return end - start === word.length;
  }

  /** Whether token `i` is a word whose lower-case form `words` holds. */
  isAny(i: number, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
    return this.kind(i) === WORD && words.has(this.lower(i));
  }

  /**
   * The vocabulary classes of token `i` that `lookUp` gives (see lexicon.ts), asked once per token
   * and kept; 0 outside the list.
   */
  classes(i: number, lookUp: (text: string, start: number, end: number) => number): number {
    if (i < 0 || i >= this.length) return 0;
    const at = this.base + i;
    let bits = this.classBits[at] ?? 0;
    if (bits === UNKNOWN_CLASSES) {
      bits = lookUp(this.source, this.starts[at] ?? 0, this.ends[at] ?? 0);
      this.classBits[at] = bits;
    }
    return bits;
  }
}

/** The storage of a TokenList and its views, grown by doubling. */
class TokenArrays {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  classBits: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.classBits = new Int32Array(capacity);
  }

  grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    const classBits = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    classBits.set(this.classBits);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.classBits = classBits;
  }
}

/** lowerCase(text.slice(start, end)), without the general case mapping for a capitalised ASCII word. */
export function lowerCaseOf(text: string, start: number, end: number): string {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return lowerCase(text.slice(start, end));
    if (c >= 65 && c <= 90) capitals += i === start ? 1 : 2;
  }
  if (capitals === 0) return text.slice(start, end);
  if (capitals > 1) return lowerCase(text.slice(start, end));
  return (ASCII_LOWER[text.charCodeAt(start)] as string) + text.slice(start + 1, end);
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
