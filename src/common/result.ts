/**
 * Why a text could not be parsed. Every parser in musterroll reports one of these codes, so
 * callers can branch on `error.code` without reading messages.
 *
 * - `empty`: the text is empty or only white space.
 * - `syntax`: a character or word is not where the grammar allows it.
 * - `out_of_range`: the text is well formed but a value is too large or otherwise out of bounds.
 * - `invalid_date`: the text names a day that is not on the calendar (2025-02-30).
 * - `unknown_word`: a word the vocabulary does not know (an unknown month or unit).
 * - `ambiguous`: the text has more than one honest reading (03/04/2025).
 * - `not_exact`: the text has no exact value in the requested form ("1.3 years" in months).
 * - `missing_reference`: the text needs a reference date that was not given.
 * - `no_match`: nothing in the text has the shape this parser reads.
 *
 * @example
 * ```ts
 * import { parseIsoDuration, type ParseErrorCode } from "musterroll";
 *
 * const result = parseIsoDuration("P1Y2D", { profile: "rfc3339" });
 * const code: ParseErrorCode | undefined = result.success ? undefined : result.error.code;
 * // code === "syntax"
 * ```
 */
export type ParseErrorCode =
  | "empty"
  | "syntax"
  | "out_of_range"
  | "invalid_date"
  | "unknown_word"
  | "ambiguous"
  | "not_exact"
  | "missing_reference"
  | "no_match";

/**
 * The one error type of every musterroll text parser: what went wrong (`code`, `message`), in which
 * text (`input`), and where (`offset`, a JavaScript string index into `input`).
 *
 * @example
 * ```ts
 * import { parseIsoDuration } from "musterroll";
 *
 * const result = parseIsoDuration("P1D2H");
 * if (!result.success) {
 *   console.log(`${result.error.code} at ${result.error.offset}: ${result.error.message}`);
 *   // syntax at 3: "H" ...
 * }
 * ```
 */
export interface ParseError {
  /** Machine-readable reason. */
  readonly code: ParseErrorCode;
  /** Human-readable reason that names the bad value and the rule it breaks. */
  readonly message: string;
  /** The whole text that was parsed. */
  readonly input: string;
  /** Index into `input` where the problem starts (0 ≤ offset ≤ input.length). */
  readonly offset: number;
}

/**
 * The result of every musterroll text parser: the shape of zod's `safeParse`. Parsers never throw.
 *
 * @typeParam T - the parsed value.
 * @example
 * ```ts
 * import { parseQuantity, type ParseResult, type Quantity } from "musterroll";
 *
 * const result: ParseResult<Quantity> = parseQuantity("between 400 and 600");
 * if (result.success) console.log(result.data.min, result.data.max); // 400 600
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ParseError };

/**
 * Wraps a value as a successful {@link ParseResult}.
 *
 * @param data - the parsed value.
 * @returns `{ success: true, data }`.
 * @example
 * ```ts
 * import { ok } from "musterroll";
 * ok(42); // { success: true, data: 42 }
 * ```
 */
export function ok<T>(data: T): ParseResult<T> {
  return { success: true, data };
}

/**
 * Builds a failed {@link ParseResult}. The offset is clamped into the input so that it always
 * points at a real position.
 *
 * @param code - why parsing failed.
 * @param message - what was wrong, naming the bad value and the rule.
 * @param input - the whole text that was parsed.
 * @param offset - where the problem starts.
 * @returns `{ success: false, error }`.
 * @example
 * ```ts
 * import { fail } from "musterroll";
 * fail("empty", "expected a duration, got an empty string", "", 0);
 * ```
 */
export function fail<T = never>(
  code: ParseErrorCode,
  message: string,
  input: string,
  offset: number,
): ParseResult<T> {
  const at = Math.max(0, Math.min(input.length, Math.trunc(offset) || 0));
  return { success: false, error: { code, message, input, offset: at } };
}

/**
 * Quotes a piece of user text for an error message, shortened so that a megabyte of input never
 * becomes a megabyte of message.
 *
 * @param text - the text to quote.
 * @param max - the longest excerpt kept (default 40 characters).
 * @returns the text in double quotes, with `…` where it was cut.
 * @example
 * ```ts
 * import { quote } from "musterroll";
 * quote("P1D2H"); // '"P1D2H"'
 * ```
 */
export function quote(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

/**
 * The longest text the phrase parsers (dates, durations, quantities, number words) read. No real
 * phrase comes near it; a longer text fails at once with `out_of_range`, so hostile input costs
 * nothing.
 *
 * @example
 * ```ts
 * import { MAX_PHRASE_LENGTH, parseQuantity } from "musterroll";
 * parseQuantity("1".repeat(MAX_PHRASE_LENGTH + 1)).success; // false
 * ```
 */
export const MAX_PHRASE_LENGTH = 1000;

/**
 * The error of a phrase longer than {@link MAX_PHRASE_LENGTH}, or `undefined` when it fits.
 *
 * @param text - the phrase.
 * @param what - what the phrase should be ("a date phrase").
 * @returns a failed result, or `undefined`.
 * @example
 * ```ts
 * import { phraseTooLong } from "musterroll";
 * phraseTooLong("six months", "a duration phrase"); // undefined
 * ```
 */
export function phraseTooLong(text: string, what: string): ParseResult<never> | undefined {
  if (text.length <= MAX_PHRASE_LENGTH) return undefined;
  return fail("out_of_range", `the text is ${text.length} characters long; ${what} is at most ${MAX_PHRASE_LENGTH}`, text, MAX_PHRASE_LENGTH);
}
