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

import { lowerCase } from "./case.js";

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

const SUFFIXES = ["st", "nd", "rd", "th"];

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
    if (isSpaceAt(text, i)) {
      i++;
      spaceBefore = true;
      continue;
    }
    const start = i;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      // "20,000": a comma and exactly three digits group thousands after at most three leading digits
      const grouped = (k: number): boolean =>
        k + 4 <= to && text[k] === "," && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) &&
        isDigit(text.charCodeAt(k + 3)) && !(k + 4 < to && isDigit(text.charCodeAt(k + 4)));
      if (i - start <= 3) while (grouped(i)) i += 4;
      if (text[i] === "." && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
      const digits = text.slice(start, i);
      const plain = !digits.includes(",") && !digits.includes(".");
      const suffix = plain && i + 2 <= to && isAsciiLetter(text.charCodeAt(i)) ? text.slice(i, i + 2).toLowerCase() : "";
      if (suffix !== "" && SUFFIXES.includes(suffix) && !isLetterAt(text, i + 2)) {
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 2), lower: digits, start, end: i + 2, dot: false, spaceBefore });
        i += 2;
      } else if (plain && (text[i] === "d" || text[i] === "D") && i + 1 <= to && !isLetterAt(text, i + 1)) {
        tokens.push({ kind: "ordinal", text: text.slice(start, i + 1), lower: digits, start, end: i + 1, dot: false, spaceBefore });
        i += 1;
      } else {
        tokens.push({ kind: "number", text: digits, lower: digits.replaceAll(",", ""), start, end: i, dot: false, spaceBefore });
      }
    } else if (isLetterAt(text, i)) {
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isAsciiLetter(d)) i++;
        else if (d < 128 && d !== 39) break;
        else if (isLetterAt(text, i)) i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        else if ((text[i] === "'" || text[i] === "\u2019") && i + 1 < to && isLetterAt(text, i + 1)) i++;
        else break;
      }
      const dot = text[i] === "." && i < to;
      const word = text.slice(start, i);
      if (dot) i++;
      tokens.push({ kind: "word", text: dot ? text.slice(start, i) : word, lower: lowerCase(word), start, end: i, dot, spaceBefore });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const mark = text.slice(start, i);
      tokens.push({ kind: "punct", text: mark, lower: mark, start, end: i, dot: false, spaceBefore });
    }
    spaceBefore = false;
  }
  return tokens;
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
