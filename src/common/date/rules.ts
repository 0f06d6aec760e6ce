import { civilFromDays, daysFromCivil, daysInMonth } from "./calendar.js";
import { partialDateProblem, type CalendarDate, type DateInterval, type PartialDate, type Precision } from "./schema.js";

function assertPartialDate(date: string): void {
  const problem = partialDateProblem(date);
  if (problem !== undefined) throw new RangeError(problem);
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Writes a calendar date as "YYYY-MM-DD".
 *
 * @param year - 0–9999.
 * @param month - 1–12.
 * @param day - 1 to the month's length.
 * @returns the date string.
 * @throws {RangeError} when the parts are no calendar date.
 * @example
 * ```ts
 * import { calendarDate } from "musterroll";
 * calendarDate(2025, 2, 28); // "2025-02-28"
 * ```
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`year ${year} is outside 0000–9999`);
  assertPartialDate(text);
  return text;
}

/**
 * How much of a partial date is known.
 *
 * @param date - a partial date.
 * @returns "year", "month" or "day".
 * @throws {RangeError} when `date` is not a partial date.
 * @example
 * ```ts
 * import { precisionOf } from "musterroll";
 * precisionOf("2025-12"); // "month"
 * ```
 */
export function precisionOf(date: PartialDate): Precision {
  assertPartialDate(date);
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/**
 * The first and last day a partial date covers.
 *
 * @param date - a partial date.
 * @returns inclusive first and last days: "2025-02" → 2025-02-01 … 2025-02-28.
 * @throws {RangeError} when `date` is not a partial date.
 * @example
 * ```ts
 * import { toInterval } from "musterroll";
 * toInterval("2024-02"); // { start: "2024-02-01", end: "2024-02-29" }
 * ```
 */
export function toInterval(date: PartialDate): DateInterval {
  const precision = precisionOf(date);
  if (precision === "day") return { start: date, end: date };
  const year = Number(date.slice(0, 4));
  if (precision === "year") return { start: `${date}-01-01`, end: `${date}-12-31` };
  const month = Number(date.slice(5, 7));
  return { start: `${date}-01`, end: `${date}-${pad(daysInMonth(year, month), 2)}` };
}

/**
 * Compares two full dates ("YYYY-MM-DD"); for partial dates use {@link comparePartialDates}.
 *
 * @param a - a calendar date.
 * @param b - a calendar date.
 * @returns -1 when `a` is earlier, 1 when later, 0 when the same day.
 * @example
 * ```ts
 * import { compareCalendarDates } from "musterroll";
 * ["2025-12-31", "2024-05-18"].sort(compareCalendarDates); // ["2024-05-18", "2025-12-31"]
 * ```
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How two partial dates relate, honest about what is not known: "before" and "after" only when
 * every day one covers is before (after) every day the other covers; "equal" for the same date at
 * the same precision; otherwise "overlap" (2025-12 vs 2025-12-15 is neither before nor after).
 *
 * @param a - a partial date.
 * @param b - a partial date.
 * @returns "before", "after", "equal" or "overlap".
 * @throws {RangeError} when either is not a partial date.
 * @example
 * ```ts
 * import { comparePartialDates } from "musterroll";
 * comparePartialDates("2025-11", "2025-12-15"); // "before"
 * comparePartialDates("2025-12", "2025-12-15"); // "overlap"
 * ```
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): "before" | "after" | "equal" | "overlap" {
  if (a === b) {
    assertPartialDate(a);
    return "equal";
  }
  const x = toInterval(a);
  const y = toInterval(b);
  if (x.end < y.start) return "before";
  if (x.start > y.end) return "after";
  return "overlap";
}

/**
 * The number of days since 1970-01-01 of a calendar date (negative before), for arithmetic
 * that must not depend on the time zone.
 *
 * @param date - a calendar date.
 * @returns the day number.
 * @throws {RangeError} when `date` is not a full calendar date.
 * @example
 * ```ts
 * import { toEpochDay } from "musterroll";
 * toEpochDay("1970-01-02"); // 1
 * ```
 */
export function toEpochDay(date: CalendarDate): number {
  if (precisionOf(date) !== "day") throw new RangeError(`${date} is not a full date (YYYY-MM-DD)`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The calendar date of a day number; the inverse of {@link toEpochDay}.
 *
 * @param day - days since 1970-01-01.
 * @returns the date "YYYY-MM-DD".
 * @throws {RangeError} when the date falls outside years 0000–9999.
 * @example
 * ```ts
 * import { fromEpochDay } from "musterroll";
 * fromEpochDay(0); // "1970-01-01"
 * ```
 */
export function fromEpochDay(day: number): CalendarDate {
  const { year, month, day: d } = civilFromDays(day);
  return calendarDate(year, month, d);
}
