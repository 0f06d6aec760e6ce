/**
 * One token of English text as musterroll's phrase parsers and finders see it.
 *
 * - `word`: letters (any script) with inner apostrophes ("don't"); `lower` is lower case without a
 *   trailing period, `dot` tells whether one followed ("Dec." → lower "dec", dot true).
 * - `number`: ASCII digits, with thousands groups ("20,000") and a decimal part ("1.5"); `lower`
 *   holds the digits without commas.
 * - `ordinal`: digits with an English ordinal suffix ("253rd", "15nd", "2d"); `lower` holds the digits.
 * - `punct`: any other single character that is not white space.
 *
 * @example
 * ```ts
 * import { tokenize, type Token } from "musterroll";
 * const [first]: Token[] = tokenize("Dec. 31");
 * // first: { kind: "word", text: "Dec.", lower: "dec", dot: true, start: 0, end: 4, spaceBefore: false }
 * ```
 */
export interface Token {
  /** What the token is. */
  readonly kind: "word" | "number" | "ordinal" | "punct";
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Normalised: lower-case word without trailing period, digits without commas. */
  readonly lower: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** A word's trailing period was taken into the token. */
  readonly dot: boolean;
  /** White space separates this token from the one before it (or it starts the text). */
  readonly spaceBefore: boolean;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the code unit at `i` is a letter of any script (or a combining mark).
 *
 * @param text - the text.
 * @param i - an index into it.
 * @returns `true` for letters.
 * @example
 * ```ts
 * import { isLetterAt } from "musterroll";
 * isLetterAt("Київ", 0); // true
 * ```
 */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  // General Punctuation (dashes, curly quotes, ellipsis) holds no letter or mark: no pattern needed
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return NON_ASCII_LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  return NON_ASCII_LETTER.test(text[i] ?? "");
}

/**
 * Whether the code unit at `i` is white space (including no-break and other Unicode spaces).
 *
 * @param text - the text.
 * @param i - an index into it.
 * @returns `true` for white space.
 * @example
 * ```ts
 * import { isSpaceAt } from "musterroll";
 * isSpaceAt("a\u00a0b", 1); // true
 * ```
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c > 32 && c < 127) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

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

/**
 * Splits text into {@link Token}s in one pass (linear time, no backtracking). White space separates
 * tokens and is not itself a token.
 *
 * @param text - the text.
 * @param from - index to start at (default 0).
 * @param to - index to stop at (default the end).
 * @returns the tokens, in order, with offsets into `text`.
 * @example
 * ```ts
 * import { tokenize } from "musterroll";
 * tokenize("about 20,000 troops").map((t) => t.lower); // ["about", "20000", "troops"]
 * ```
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    const kind = kindAt(text, i);
    if (kind === SPACE) {
      i++;
      spaceBefore = true;
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
      const digits = text.slice(start, i);
      const plain = !grouped && !decimal;
      if (plain && i + 2 <= to && isAsciiLetter(text.charCodeAt(i)) && isOrdinalSuffix(text, i) && !isLetterAt(text, i + 2)) {
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 2), lower: digits, start, end: i + 2, dot: false, spaceBefore });
        i += 2;
      } else if (plain && (text.charCodeAt(i) | 32) === 100 && i < to && !isLetterAt(text, i + 1)) {
        // "2d": the "d" of "2nd" as some style guides write it
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 1), lower: digits, start, end: i + 1, dot: false, spaceBefore });
        i += 1;
      } else {
        tokens.push({ kind: "number", text: digits, lower: grouped ? digits.replaceAll(",", "") : digits, start, end: i, dot: false, spaceBefore });
      }
    } else if (kind === LETTER) {
      // ASCII letters run on in the loop itself; whether the word needs lowering is seen on the way
      let lowers = false;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (d >= 65 && d <= 90) {
          lowers = true;
          i++;
        } else if (d < 128 && d !== 39) break;
        else if (isLetterAt(text, i)) {
          lowers = true;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else if ((d === 39 || d === 0x2019) && i + 1 < to && isLetterAt(text, i + 1)) i++;
        else break;
      }
      const dot = i < to && text.charCodeAt(i) === 46;
      const word = text.slice(start, i);
      if (dot) i++;
      // the value of lowerCase(word), which only a capital or a letter outside ASCII changes
      tokens.push({ kind: "word", text: dot ? text.slice(start, i) : word, lower: lowers ? word.toLowerCase() : word, start, end: i, dot, spaceBefore });
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const mark = text.slice(start, i);
      tokens.push({ kind: "punct", text: mark, lower: mark, start, end: i, dot: false, spaceBefore });
    }
    spaceBefore = false;
  }
  return tokens;
}

/** Where the run of digits from `i` ends. */
function digitsEnd(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]);

/**
 * Whether a token is a hyphen or dash (-, ‐, ‑, ‒, –, —).
 *
 * @param token - a token.
 * @returns `true` for dashes.
 * @example
 * ```ts
 * import { isDash, tokenize } from "musterroll";
 * isDash(tokenize("400–600")[1]!); // true
 * ```
 */
export function isDash(token: Token): boolean {
  return token.kind === "punct" && DASHES.has(token.text);
}
