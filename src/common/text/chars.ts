// What a code unit of text is, for the tokenizers (tokenize, readTokens): one set of character
// rules, so the two loops cannot drift apart on what a letter, a digit or a space is.

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
/** Whether code unit `c` is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether code unit `c` is an ASCII letter of either case. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

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
/** What `kindAt` gives for white space, which separates tokens. */
export const SPACE = 1;
/** What `kindAt` gives for a digit, which starts a number or an ordinal. */
export const DIGIT = 2;
/** What `kindAt` gives for a letter, which starts a word. */
export const LETTER = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = c === 32 || (c >= 9 && c <= 13) ? SPACE : isDigit(c) ? DIGIT : isAsciiLetter(c) ? LETTER : 0;
}

/** What the code unit at `i` starts: white space, digits, a word, or (0) a mark. */
export function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c] as number;
  return isSpaceAt(text, i) ? SPACE : isLetterAt(text, i) ? LETTER : 0;
}

/** Whether the two code units at `i` are an English ordinal suffix in any case ("st", "ND", "rd", "Th"). */
export function isOrdinalSuffix(text: string, i: number): boolean {
  // `| 32` lowers an ASCII capital and leaves no other code unit equal to a lower-case letter
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Whether a comma and a group of exactly three digits start at `k` ("20,000"). */
export function thousandsGroupAt(text: string, k: number, to: number): boolean {
  return k + 4 <= to && text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) &&
    isDigit(text.charCodeAt(k + 3)) && !(k + 4 < to && isDigit(text.charCodeAt(k + 4)));
}

/** Where the run of digits from `i` ends. */
export function digitsEnd(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}
