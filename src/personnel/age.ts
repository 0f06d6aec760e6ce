import {
  daysInMonth,
  fromEpochDay,
  quote,
  toEpochDay,
  toInterval,
  type CalendarDate,
  type DateInterval,
  type PartialDate,
} from "../common/index.js";
import type { Person, ReportedAge } from "./schema.js";

const parts = (d: CalendarDate) => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const;
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const EARLIEST = "0000-01-01";

/**
 * A person's age in whole years on a day. Someone born on 29 February turns a year older on
 * 1 March in common years (the day after 28 February), the usual civil reckoning.
 *
 * @param birth - the birth date, "YYYY-MM-DD".
 * @param on - the day the age is wanted for, "YYYY-MM-DD", not before `birth`.
 * @returns the age in completed years.
 * @throws {RangeError} when a date is not a full calendar date, or `on` is before `birth`.
 * @example
 * ```ts
 * import { ageOn } from "musterroll/personnel";
 * ageOn("1972-06-15", "2025-12-31"); // 53
 * ageOn("2004-02-29", "2025-02-28"); // 20
 * ```
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  if (toEpochDay(on) < toEpochDay(birth)) throw new RangeError(`${on} is before the birth date ${birth}`);
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Same month and day in another year, 29 February becoming 28 February in common years. */
function sameDayIn(year: number, month: number, day: number): number {
  return toEpochDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(year, month)), 2)}`);
}

/** Births with age `age` on day `on`: [the day after `on` (age + 1) years earlier, `on` age years earlier]. */
function birthsOnDay(age: number, on: CalendarDate): { start: number; end: number } {
  const [y, m, d] = parts(on);
  const end = y - age < 0 ? -Infinity : sameDayIn(y - age, m, d);
  // Clamping 29 Feb to 28 Feb and adding a day gives 1 March, the first birthday after it.
  const start = y - age - 1 < 0 ? toEpochDay(EARLIEST) : sameDayIn(y - age - 1, m, d) + 1;
  return { start, end };
}

/**
 * The birth dates that agree with an age reported as of a date: everyone born in the returned
 * interval was exactly `age` on some day `asOf` covers (a month or a year when `asOf` is partial).
 * 53 on 2025-12-31 means born 1972-01-01 … 1972-12-31.
 *
 * @param age - whole years, 0–130.
 * @param asOf - the date the age was true on (partial dates widen the interval).
 * @returns inclusive first and last possible birth dates, or `undefined` when no birth in years
 *   0000–9999 fits.
 * @throws {RangeError} when `age` is not a whole number 0–130 or `asOf` is not a partial date.
 * @example
 * ```ts
 * import { birthIntervalFromAge } from "musterroll/personnel";
 * birthIntervalFromAge(53, "2025-12-31"); // { start: "1972-01-01", end: "1972-12-31" }
 * birthIntervalFromAge(45, "2025");       // { start: "1979-01-02", end: "1980-12-31" }
 * ```
 */
export function birthIntervalFromAge(age: number, asOf: PartialDate): DateInterval | undefined {
  if (!Number.isInteger(age) || age < 0 || age > 130) throw new RangeError(`age ${age} is not a whole number of years 0–130`);
  const span = toInterval(asOf);
  const start = birthsOnDay(age, span.start).start;
  const end = birthsOnDay(age, span.end).end;
  if (end < start) return undefined;
  return { start: fromEpochDay(start), end: fromEpochDay(end) };
}

/**
 * Whether a reported age agrees with a known birth date (any day the birth date and `asOf` cover).
 *
 * @param birth - a partial birth date.
 * @param reported - the reported age.
 * @returns `true` when some birth day in `birth` gives `reported.age` on some day of `reported.asOf`.
 * @throws {RangeError} when a date is not a partial date.
 * @example
 * ```ts
 * import { ageAgreesWithBirth } from "musterroll/personnel";
 * ageAgreesWithBirth("1972", { age: 53, asOf: "2025-12-31" }); // true
 * ageAgreesWithBirth("1990", { age: 53, asOf: "2025-12-31" }); // false
 * ```
 */
export function ageAgreesWithBirth(birth: PartialDate, reported: ReportedAge): boolean {
  const implied = birthIntervalFromAge(reported.age, reported.asOf);
  return implied !== undefined && intersect(implied, toInterval(birth)) !== undefined;
}

function intersect(a: DateInterval, b: DateInterval): DateInterval | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : undefined;
}

/**
 * Everything the record says about when a person was born: the birth date (if any) intersected
 * with the interval each reported age implies.
 *
 * @param person - a person (only `birthDate` and `reportedAges` are read).
 * @returns the interval, `null` when the facts contradict each other, or `undefined` when nothing
 *   is known.
 * @throws {RangeError} when a date or age in `person` is invalid (parse it with PersonSchema first).
 * @example
 * ```ts
 * import { birthIntervalOf } from "musterroll/personnel";
 * birthIntervalOf({ reportedAges: [{ age: 45, asOf: "2025-12-31" }, { age: 44, asOf: "2025-01-01" }] });
 * // { start: "1980-01-02", end: "1980-12-31" }
 * ```
 */
export function birthIntervalOf(person: Pick<Person, "reportedAges"> & { readonly birthDate?: PartialDate | undefined }): DateInterval | null | undefined {
  let known: DateInterval | undefined = person.birthDate === undefined ? undefined : toInterval(person.birthDate);
  for (const reported of person.reportedAges) {
    const implied = birthIntervalFromAge(reported.age, reported.asOf);
    if (implied === undefined) return null;
    known = known === undefined ? implied : intersect(known, implied);
    if (known === undefined) return null;
  }
  return known;
}

/**
 * The age a person certainly had on a day, from the birth interval of {@link birthIntervalOf}.
 *
 * @param person - a person.
 * @param on - the day, "YYYY-MM-DD".
 * @returns the age, or `undefined` when the known facts allow more than one age (or none).
 * @throws {RangeError} when `on` is not a full calendar date.
 * @example
 * ```ts
 * import { certainAgeOn } from "musterroll/personnel";
 * certainAgeOn({ birthDate: "1972-06-15", reportedAges: [] }, "2025-12-31"); // 53
 * certainAgeOn({ birthDate: "1972", reportedAges: [] }, "2025-06-01");       // undefined (52 or 53)
 * ```
 */
export function certainAgeOn(person: Pick<Person, "reportedAges"> & { readonly birthDate?: PartialDate | undefined }, on: CalendarDate): number | undefined {
  if (on.length !== 10) throw new RangeError(`${quote(on)} is not a full date (YYYY-MM-DD)`);
  const interval = birthIntervalOf(person);
  if (interval === undefined || interval === null || interval.end > on) return undefined;
  const oldest = ageOn(interval.start, on);
  return oldest === ageOn(interval.end, on) ? oldest : undefined;
}
