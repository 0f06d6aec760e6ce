import { fail, ok, parseDatePhrase, quote, type CalendarDate, type ParseResult } from "../common/index.js";
import type { Dateline } from "./schema.js";
import { isCapitalized } from "./tokens.js";
import { NEWS_AGENCIES } from "./vocabulary.js";

/**
 * A dateline read from the start of a text: the values, where the dateline ends (after its
 * dash), where its date was written, and that date's text when it could not be resolved
 * (a year-less "Dec 31" with no reference date).
 *
 * @example
 * ```ts
 * import type { DatelineMatch } from "musterroll/article";
 * const m: DatelineMatch = { dateline: { place: "KYIV" }, text: "KYIV –", end: 6 };
 * ```
 */
export interface DatelineMatch {
  readonly dateline: Dateline;
  /** The dateline as written, up to and including its dash. */
  readonly text: string;
  /** Index after the dash. */
  readonly end: number;
  /** Where the date phrase was written. */
  readonly dateSpan?: { readonly start: number; readonly end: number };
  /** The date phrase when it gave no date (no year and no reference date). */
  readonly dateText?: string;
}

const DASHES = new Set(["–", "—", "-", "―"]);
const MAX_DATELINE = 120;
const isUpperLetter = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Reads a news dateline at the start of `text`: "KYIV, Dec 31 (Reuters) –", "WASHINGTON, Aug.
 * 4, 2004 –", "KRAMATORSK, Ukraine (AP) —", "LONDON —". The place is written in capitals (or
 * capitalised when a date or an agency follows); the date goes through {@link parseDatePhrase},
 * year-less dates against `referenceDate`; the agency is the bracketed name; a dash ends it.
 *
 * @param text - a paragraph or line that may start with a dateline.
 * @param options - `referenceDate` for year-less dates.
 * @returns the dateline and where it ends, or `no_match` when the text does not start with one;
 *   `invalid_date` when the date is not on the calendar (Feb. 30).
 * @example
 * ```ts
 * import { parseDateline } from "musterroll/article";
 * const r = parseDateline("WASHINGTON, Aug. 4, 2004 – The Pentagon said…");
 * // r.data.dateline → { place: "WASHINGTON", date: "2004-08-04" }
 * ```
 */
export function parseDateline(text: string, options: { readonly referenceDate?: CalendarDate } = {}): ParseResult<DatelineMatch> {
  const limit = Math.min(text.length, MAX_DATELINE);
  let dash = -1;
  for (let i = 1; i < limit; i++) {
    if (DASHES.has(text.charAt(i)) && text.charAt(i - 1) === " " && (text.charAt(i + 1) === " " || i + 1 === text.length)) {
      dash = i;
      break;
    }
  }
  if (dash < 0) return fail("no_match", `${quote(text)} does not start with a dateline: no spaced dash in the first ${MAX_DATELINE} characters`, text, 0);
  const head = text.slice(0, dash).trimEnd();
  let agency: string | undefined;
  let body = head;
  if (body.endsWith(")")) {
    const open = body.lastIndexOf("(");
    if (open > 0) {
      const name = body.slice(open + 1, -1).trim();
      agency = NEWS_AGENCIES.get(name.toLowerCase()) ?? name;
      body = body.slice(0, open).trimEnd();
    }
  }
  const comma = body.indexOf(",");
  const place = (comma < 0 ? body : body.slice(0, comma)).trim();
  const placeAllCaps = place.length >= 2 && [...place].every((ch) => isUpperLetter(ch) || " .-’'".includes(ch));
  let rest = comma < 0 ? "" : body.slice(comma + 1);
  let restStart = comma + 1;
  let region: string | undefined;
  let date: string | undefined;
  let dateText: string | undefined;
  let dateSpan: { start: number; end: number } | undefined;
  // "KYIV, Ukraine, Dec 31": a capitalised region between the place and the date.
  for (let attempt = 0; attempt < 2 && rest.trim().length > 0; attempt++) {
    const lead = rest.length - rest.trimStart().length;
    const phrase = rest.trim();
    const parsed = parseDatePhrase(phrase, options.referenceDate ? { referenceDate: options.referenceDate } : {});
    const span = { start: restStart + lead, end: restStart + lead + phrase.length };
    if (parsed.success) {
      date = parsed.data.value;
      dateSpan = span;
      rest = "";
      break;
    }
    if (parsed.error.code === "missing_reference") {
      dateText = phrase;
      dateSpan = span;
      rest = "";
      break;
    }
    if (parsed.error.code === "invalid_date") return fail("invalid_date", `dateline date ${parsed.error.message}`, text, span.start);
    const next = rest.indexOf(",");
    const part = (next < 0 ? rest : rest.slice(0, next)).trim();
    if (region !== undefined || !isCapitalized(part) || part.split(" ").length > 3) break;
    region = part;
    if (next < 0) {
      rest = "";
      break;
    }
    restStart += next + 1;
    rest = rest.slice(next + 1);
  }
  if (rest.trim().length > 0) return fail("no_match", `${quote(head)} is not a dateline: ${quote(rest.trim())} is neither a date nor a region`, text, restStart);
  if (!(placeAllCaps || (isCapitalized(place) && (agency !== undefined || date !== undefined || dateText !== undefined)))) {
    return fail("no_match", `${quote(head)} is not a dateline: the place ${quote(place)} is not in capitals and no date or agency follows`, text, 0);
  }
  if (place.split(" ").length > 4) return fail("no_match", `${quote(place)} is too long for a dateline place`, text, 0);
  const dateline: Dateline = {
    place: region ? `${place}, ${region}` : place,
    ...(date ? { date } : {}),
    ...(agency ? { agency } : {}),
  };
  return ok({ dateline, text: text.slice(0, dash + 1), end: dash + 1, ...(dateSpan ? { dateSpan } : {}), ...(dateText ? { dateText } : {}) });
}
