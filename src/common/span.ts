import { z } from "zod";

/**
 * A half-open range `[start, end)` of JavaScript string indices (UTF-16 code units), the same
 * indices `String.prototype.slice` takes.
 *
 * @example
 * ```ts
 * import { SpanSchema } from "musterroll";
 * SpanSchema.parse({ start: 4, end: 9 });
 * ```
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, { message: "span end must not be before its start", path: ["end"] });

/**
 * A half-open range of string indices; see {@link SpanSchema}.
 *
 * @example
 * ```ts
 * import type { Span } from "musterroll";
 * const span: Span = { start: 0, end: 5 };
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * A piece of a source text and the value read from it. Invariant: `text === source.slice(start, end)`.
 *
 * @typeParam T - the value read from the text.
 * @example
 * ```ts
 * import type { Mention } from "musterroll";
 * const m: Mention<string> = { text: "P6M", start: 0, end: 3, value: "P6M" };
 * ```
 */
export interface Mention<T> {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** What the text means. */
  readonly value: T;
}

/**
 * Builds the zod schema of a {@link Mention} whose value follows `value`.
 *
 * @param value - schema of the mention's value.
 * @returns a schema checking `text`, `start`, `end`, `value` and that `end - start === text.length`.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { mentionSchema } from "musterroll";
 * mentionSchema(z.string()).parse({ text: "six months", start: 10, end: 20, value: "P6M" });
 * ```
 */
export function mentionSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      text: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      value,
    })
    .refine((m) => m.end - m.start === m.text.length, {
      message: "mention text length must equal end - start",
      path: ["end"],
    });
}

/**
 * Makes a {@link Mention} of `source.slice(start, end)`, so the invariant holds by construction.
 *
 * @param source - the whole text.
 * @param start - index of the first character.
 * @param end - index after the last character.
 * @param value - what the text means.
 * @returns the mention.
 * @throws {RangeError} when the span is not inside `source` (a programming error, not bad input).
 * @example
 * ```ts
 * import { mentionOf } from "musterroll";
 * mentionOf("for six months", 4, 14, "P6M"); // { text: "six months", start: 4, end: 14, value: "P6M" }
 * ```
 */
export function mentionOf<T>(source: string, start: number, end: number, value: T): Mention<T> {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= source.length)) {
    throw new RangeError(`span [${start}, ${end}) is not inside a text of length ${source.length}`);
  }
  return { text: source.slice(start, end), start, end, value };
}

/**
 * Whether a mention's text is exactly the slice of `source` its span names.
 *
 * @param source - the whole text.
 * @param mention - a mention into it.
 * @returns `true` when `mention.text === source.slice(mention.start, mention.end)`.
 * @example
 * ```ts
 * import { isMentionOf } from "musterroll";
 * isMentionOf("for six months", { text: "six months", start: 4, end: 14, value: "P6M" }); // true
 * ```
 */
export function isMentionOf(source: string, mention: { readonly text: string; readonly start: number; readonly end: number; readonly value?: unknown }): boolean {
  return mention.start <= mention.end && mention.end <= source.length && source.slice(mention.start, mention.end) === mention.text;
}
