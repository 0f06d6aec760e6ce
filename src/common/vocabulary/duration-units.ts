import type { DurationUnit } from "../duration/schema.js";

/**
 * A word for a unit of time: which {@link Duration} component it counts and how many of them one
 * stands for ("fortnight" is two weeks, "decade" ten years).
 *
 * @example
 * ```ts
 * import { DURATION_UNIT_WORDS, type DurationUnitWord } from "musterroll";
 * const fortnight: DurationUnitWord | undefined = DURATION_UNIT_WORDS.get("fortnight");
 * ```
 */
export interface DurationUnitWord {
  /** The component counted. */
  readonly unit: Exclude<DurationUnit, "nanoseconds">;
  /** How many of that component one of this word is. */
  readonly times: number;
  /** A short form ("mo", "yrs") that may carry a period of its own ("yrs."). */
  readonly abbreviation: boolean;
}

const entries: [Exclude<DurationUnit, "nanoseconds">, number, string[], string[]][] = [
  ["years", 1, ["year", "years"], ["yr", "yrs", "y"]],
  ["years", 10, ["decade", "decades"], []],
  ["months", 1, ["month", "months"], ["mo", "mos", "mth", "mths", "mon"]],
  ["weeks", 1, ["week", "weeks"], ["wk", "wks"]],
  ["weeks", 2, ["fortnight", "fortnights"], []],
  ["days", 1, ["day", "days"], []],
  ["hours", 1, ["hour", "hours"], ["hr", "hrs", "h"]],
  ["minutes", 1, ["minute", "minutes"], ["min", "mins"]],
  ["seconds", 1, ["second", "seconds"], ["sec", "secs", "s"]],
];

/**
 * English words and abbreviations for units of time, lower case, without a trailing period.
 * The one table of duration words in musterroll.
 *
 * @example
 * ```ts
 * import { DURATION_UNIT_WORDS } from "musterroll";
 * DURATION_UNIT_WORDS.get("mo"); // { unit: "months", times: 1, abbreviation: true }
 * ```
 */
export const DURATION_UNIT_WORDS: ReadonlyMap<string, DurationUnitWord> = new Map<string, DurationUnitWord>(
  entries.flatMap(([unit, times, words, short]) => [
    ...words.map((w): [string, DurationUnitWord] => [w, { unit, times, abbreviation: false }]),
    ...short.map((w): [string, DurationUnitWord] => [w, { unit, times, abbreviation: true }]),
  ]),
);
