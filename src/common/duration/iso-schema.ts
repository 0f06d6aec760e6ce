import { z } from "zod";
import { formatIsoDuration } from "./iso-format.js";
import { parseIsoDuration } from "./iso-parse.js";
import { DurationSchema } from "./schema.js";

/**
 * An ISO 8601 duration string as records store it ("P6M", "P3Y", "P1Y6M"), checked with the
 * `temporal` profile of {@link parseIsoDuration}. Invalid strings fail with the parser's message.
 *
 * @example
 * ```ts
 * import { IsoDurationSchema } from "musterroll";
 * IsoDurationSchema.parse("P6M");           // "P6M"
 * IsoDurationSchema.safeParse("6 months").success; // false
 * ```
 */
export const IsoDurationSchema = z.string().check((ctx) => {
  const result = parseIsoDuration(ctx.value);
  if (!result.success) ctx.issues.push({ code: "custom", message: result.error.message, input: ctx.value });
});

/**
 * An ISO 8601 duration string; see {@link IsoDurationSchema}.
 *
 * @example
 * ```ts
 * import type { IsoDuration } from "musterroll";
 * const term: IsoDuration = "P3Y";
 * ```
 */
export type IsoDuration = z.infer<typeof IsoDurationSchema>;

/**
 * A zod codec between an ISO 8601 duration string and a {@link Duration} value, for users who
 * want the structured value inside their own schemas: `decode` parses (temporal profile),
 * `encode` formats.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { isoDurationCodec } from "musterroll";
 * const Term = z.object({ length: isoDurationCodec });
 * const decoded = Term.decode({ length: "P1Y6M" }); // { length: { years: 1, months: 6, ... } }
 * Term.encode(decoded);                             // { length: "P1Y6M" }
 * ```
 */
export const isoDurationCodec = z.codec(z.string(), DurationSchema, {
  decode: (text, payload) => {
    const result = parseIsoDuration(text);
    if (result.success) return result.data;
    payload.issues.push({ code: "custom", message: result.error.message, input: text });
    return z.NEVER;
  },
  encode: (value) => formatIsoDuration(value),
});
