import { z } from "zod";
import { formatDatePhrase } from "./date/phrase-format.js";
import { parseDatePhrase } from "./date/phrase-parse.js";
import { PartialDateSchema } from "./date/schema.js";
import { formatIsoDuration } from "./duration/iso-format.js";
import { IsoDurationSchema } from "./duration/iso-schema.js";
import { parseIsoDuration } from "./duration/iso-parse.js";
import { formatDurationPhrase } from "./duration/phrase-format.js";
import { parseDurationPhrase } from "./duration/phrase-parse.js";

/**
 * A zod codec between an English duration phrase and the ISO 8601 string records store: decode
 * "six months" → "P6M", encode "P6M" → "six months". For forms where people type phrases.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { durationPhraseCodec } from "musterroll";
 * const Form = z.object({ term: durationPhraseCodec });
 * Form.decode({ term: "a year and a half" }); // { term: "P1Y6M" }
 * Form.encode({ term: "P1Y6M" });              // { term: "one year and six months" }
 * ```
 */
export const durationPhraseCodec = z.codec(z.string(), IsoDurationSchema, {
  decode: (text, payload) => {
    const result = parseDurationPhrase(text);
    if (result.success) return formatIsoDuration(result.data);
    payload.issues.push({ code: "custom", message: result.error.message, input: text });
    return z.NEVER;
  },
  encode: (iso) => {
    const result = parseIsoDuration(iso);
    return result.success ? formatDurationPhrase(result.data) : iso;
  },
});

/**
 * A zod codec between an English date phrase and a partial date: decode "Dec. 31, 2025" →
 * "2025-12-31" and "February 2022" → "2022-02" (precision kept), encode back to "December 31, 2025".
 * Year-less phrases fail (a codec has no reference date; use `parseDatePhrase` for those).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { datePhraseCodec } from "musterroll";
 * const Event = z.object({ on: datePhraseCodec });
 * Event.decode({ on: "31 December 2025" }); // { on: "2025-12-31" }
 * Event.encode({ on: "2022-02" });          // { on: "February 2022" }
 * ```
 */
export const datePhraseCodec = z.codec(z.string(), PartialDateSchema, {
  decode: (text, payload) => {
    const result = parseDatePhrase(text);
    if (result.success) return result.data.value;
    payload.issues.push({ code: "custom", message: result.error.message, input: text });
    return z.NEVER;
  },
  encode: (date) => formatDatePhrase(date),
});
