import { CAPITAL, DOT, GROUPED, NUMBER, ORDINAL, scanTokens, SHORT_SUFFIX, SPACE_BEFORE, WIDE, WORD, type TokenSink } from "./scan-tokens.js";

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

// the character tests live beside the scanner that uses them; they are part of the API here
export { isLetterAt, isSpaceAt } from "./chars.js";

/** Makes each token of a scan a Token, with its strings, as tokenize returns it. */
class TokenList implements TokenSink {
  readonly tokens: Token[] = [];
  constructor(private readonly text: string) {}

  push(kind: number, start: number, end: number, flags: number): void {
    const text = this.text;
    const spaceBefore = (flags & SPACE_BEFORE) !== 0;
    if (kind === WORD) {
      const dot = (flags & DOT) !== 0;
      const word = text.slice(start, dot ? end - 1 : end);
      // the value of lowerCase(word), which only a capital or a letter outside ASCII changes
      const lower = (flags & (CAPITAL | WIDE)) !== 0 ? word.toLowerCase() : word;
      this.tokens.push({ kind: "word", text: dot ? text.slice(start, end) : word, lower, start, end, dot, spaceBefore });
    } else if (kind === NUMBER) {
      const digits = text.slice(start, end);
      this.tokens.push({ kind: "number", text: digits, lower: (flags & GROUPED) !== 0 ? digits.replaceAll(",", "") : digits, start, end, dot: false, spaceBefore });
    } else if (kind === ORDINAL) {
      const lower = text.slice(start, end - ((flags & SHORT_SUFFIX) !== 0 ? 1 : 2));
      this.tokens.push({ kind: "ordinal", text: text.slice(start, end), lower, start, end, dot: false, spaceBefore });
    } else {
      const mark = text.slice(start, end);
      this.tokens.push({ kind: "punct", text: mark, lower: mark, start, end, dot: false, spaceBefore });
    }
  }
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
  const list = new TokenList(text);
  scanTokens(text, from, to, list);
  return list.tokens;
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
