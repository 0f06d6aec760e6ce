import { DIGIT, digitsEnd, isAsciiLetter, isDigit, isLetterAt, isOrdinalSuffix, kindAt, LETTER, SPACE, thousandsGroupAt } from "./chars.js";

export { isLetterAt, isSpaceAt } from "./chars.js";

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
