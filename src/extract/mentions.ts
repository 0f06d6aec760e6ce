import type { CalendarDate } from "../common/index.js";
import type { NationalityCode, Role } from "../personnel/schema.js";
import type { Echelon, Qualifier, UnitDesignation, UnitType } from "../unit/schema.js";
import type { DateMention } from "./dates.js";
import type { DurationMention } from "./durations.js";
import type { QuantityMention } from "./quantities.js";
import { scanMentions } from "./scan.js";

/**
 * A military unit named in running text ("the 253rd Assault Regiment of the 129th Territorial
 * Defense Brigade" is one mention with a parent).
 *
 * @example
 * ```ts
 * import type { UnitMention } from "musterroll/extract";
 * const m: UnitMention = { text: "2nd Battalion", start: 4, end: 17, number: 2, echelon: "battalion", types: [] };
 * ```
 */
export interface UnitMention {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** The unit's number (253 in "253rd"). */
  readonly number?: number;
  /** The unit's size. */
  readonly echelon?: Echelon;
  /** What the unit does. */
  readonly types: readonly UnitType[];
  /** Its qualifiers ("separate", "guards", "reserve"), when the text gives any. */
  readonly qualifiers?: readonly Qualifier[];
  /** The unit's name, for named units ("International Legion for Territorial Defense"). */
  readonly name?: string;
  /** The unit it belongs to, when the text says ("of the 129th … Brigade"). */
  readonly parent?: UnitDesignation;
}

/**
 * A person described in running text, with the attributes of the mention and its apposition
 * ("Karl, a 53-year-old American combat medic").
 *
 * @example
 * ```ts
 * import type { PersonMention } from "musterroll/extract";
 * const m: PersonMention = { text: "Karl, a 53-year-old American combat medic", start: 0, end: 41, name: "Karl", age: 53, nationality: "US", role: "combat-medic" };
 * ```
 */
export interface PersonMention {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** The name as written. */
  readonly name?: string;
  /** The first alias (nom de guerre, call sign …). */
  readonly alias?: string;
  /** Age in years, as of the text. */
  readonly age?: number;
  /** The first nationality, ISO 3166-1 alpha-2. */
  readonly nationality?: NationalityCode;
  /** The first role. */
  readonly role?: Role;
}

/**
 * A quotation in running text and, when the text says, who said it (a name as written, never a
 * pronoun: pronouns are resolved to the name they stand for).
 *
 * @example
 * ```ts
 * import type { QuoteMention } from "musterroll/extract";
 * const q: QuoteMention = { text: "We held the bridge for a week.", start: 1, end: 31, speaker: "Mara Lind" };
 * ```
 */
export interface QuoteMention {
  /** The quoted words, `source.slice(start, end)`, without the quote marks. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** Who said it, as written. */
  readonly speaker?: string;
}

/**
 * Everything {@link extractMentions} finds, by kind. Every item satisfies
 * `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { extractMentions, type Mentions } from "musterroll/extract";
 * const m: Mentions = extractMentions("On December 31, 2025, the 2nd Battalion was dissolved.");
 * ```
 */
export interface Mentions {
  /** Dates ("December 31, 2025", "that same day", "February 15"). */
  readonly dates: DateMention[];
  /** Lengths of time ("six months", "three-year"). */
  readonly durations: DurationMention[];
  /** Counts and ranges ("between 400 and 600 theoretical troops"). */
  readonly quantities: QuantityMention[];
  /** Unit designations. */
  readonly units: UnitMention[];
  /** People and their attributes. */
  readonly people: PersonMention[];
  /** Quotations and their speakers. */
  readonly quotes: QuoteMention[];
}

/**
 * Options of {@link extractMentions}.
 *
 * @example
 * ```ts
 * import type { ExtractMentionsOptions } from "musterroll/extract";
 * const options: ExtractMentionsOptions = { referenceDate: "2026-01-05" };
 * ```
 */
export interface ExtractMentionsOptions {
  /** The date year-less dates fall back on when the text has given no year (usually the article's date). */
  readonly referenceDate?: CalendarDate;
}

/**
 * Finds every date, duration, quantity, unit, person and quote in a text, each with its span and
 * normalised value, using the domain parsers (one vocabulary each, no second copy).
 *
 * Unit designations are read first, so their numbers are not counts; then people, so an age is
 * not a count either; then dates, so a year inside a full date is not a second year, and "that
 * same day" / "two months later" anchor on the date before them (`inferred: true`); then
 * durations ("after six months" is a duration, not a date); then quantities (never years, ages or
 * decades); quotes inside a designation's quoted name are left out. A year-less date takes the
 * year of the latest explicit date the text has given so far, moved forward when a cue such as
 * "until", "by" or "extended" says it comes later; when the text has given no year, the latest
 * such date on or before the reference date (the earliest after it when a cue points ahead). With
 * a reference date, a weekday alone ("on Tuesday"), "yesterday" and "last year" count from it
 * (`inferred: true`).
 *
 * @param text - the text, of any length.
 * @param options - `referenceDate` for year-less dates.
 * @returns the mentions by kind, each list in text order.
 * @example
 * ```ts
 * import { extractMentions } from "musterroll/extract";
 * const m = extractMentions("On November 1, 2025, the 2nd Battalion won an extension until February 15.");
 * m.dates.map((d) => d.value); // ["2025-11-01", "2026-02-15"]
 * m.units[0]?.number;          // 2
 * ```
 */
export function extractMentions(text: string, options: ExtractMentionsOptions = {}): Mentions {
  return scanMentions(text, options).mentions;
}
