// What a single code unit of text is, for the tokenizer and the scanners that read text directly.

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
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
