import { fractionDigits } from "../text/digits.js";
import { cardinalToWords } from "../vocabulary/numbers.js";
import { isZeroDuration, type Duration } from "./schema.js";

/**
 * Options of {@link formatDurationPhrase}.
 *
 * @example
 * ```ts
 * import type { DurationPhraseOptions } from "musterroll";
 * const options: DurationPhraseOptions = { numbers: "digits" };
 * ```
 */
export interface DurationPhraseOptions {
  /** `words` (default): "six months"; `digits`: "6 months". Fractions of a second always use digits. */
  readonly numbers?: "words" | "digits";
}

const NAMES = [
  ["years", "year"], ["months", "month"], ["weeks", "week"], ["days", "day"],
  ["hours", "hour"], ["minutes", "minute"],
] as const;

/**
 * Writes a {@link Duration} as an English phrase that {@link parseDurationPhrase} reads back to the
 * same value: "six months", "one year and six months", "two years, three months and ten days",
 * "1.5 seconds", "minus one day".
 *
 * @param d - the duration.
 * @param options - `{ numbers: "words" | "digits" }`.
 * @returns the phrase.
 * @example
 * ```ts
 * import { formatDurationPhrase, duration } from "musterroll";
 * formatDurationPhrase(duration({ years: 3 }));                         // "three years"
 * formatDurationPhrase(duration({ months: 18 }), { numbers: "digits" }); // "18 months"
 * ```
 */
export function formatDurationPhrase(d: Duration, options: DurationPhraseOptions = {}): string {
  const words = options.numbers !== "digits";
  const number = (n: number): string => (words && n <= 999_999_999_999 ? cardinalToWords(n) : String(n));
  if (isZeroDuration(d)) return `${number(0)} seconds`;
  const parts: string[] = [];
  for (const [field, singular] of NAMES) {
    const n = d[field];
    if (n !== 0) parts.push(`${number(n)} ${n === 1 ? singular : `${singular}s`}`);
  }
  if (d.nanoseconds !== 0) {
    const fraction = fractionDigits(d.nanoseconds);
    parts.push(`${d.seconds}.${fraction} seconds`);
  } else if (d.seconds !== 0) {
    parts.push(`${number(d.seconds)} ${d.seconds === 1 ? "second" : "seconds"}`);
  }
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return d.sign === -1 ? `minus ${list}` : (list as string);
}
