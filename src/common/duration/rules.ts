import { daysInMonth } from "../date/calendar.js";
import { fromEpochDay, toEpochDay } from "../date/rules.js";
import { partialDateProblem, type CalendarDate } from "../date/schema.js";
import { formatIsoDuration } from "./iso-format.js";
import { parseIsoDuration } from "./iso-parse.js";
import { duration, type Duration } from "./schema.js";

const NS_PER_DAY = 86_400_000_000_000n;

function toDuration(d: string | Duration): Duration {
  if (typeof d !== "string") return d;
  const result = parseIsoDuration(d);
  if (!result.success) throw new RangeError(result.error.message);
  return result.data;
}

function toDay(date: CalendarDate): number {
  const problem = partialDateProblem(date);
  if (problem !== undefined) throw new RangeError(problem);
  return toEpochDay(date);
}

function timeNs(d: Duration): bigint {
  return BigInt(d.hours) * 3_600_000_000_000n + BigInt(d.minutes) * 60_000_000_000n + BigInt(d.seconds) * 1_000_000_000n + BigInt(d.nanoseconds);
}

/** Adds whole years and months, keeping the day inside the target month (Temporal's "constrain"). */
function addMonths(date: CalendarDate, months: number): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < 0 || y > 9999) throw new RangeError(`${date} moved by ${months} months leaves years 0000–9999`);
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds a duration to a calendar date the way `Temporal.PlainDate.prototype.add` does with
 * `overflow: "constrain"`: years and months first, keeping the day inside the target month
 * (2024-08-31 + P6M = 2025-02-28; 2024-02-29 + P1Y = 2025-02-28), then weeks and days; hours,
 * minutes and seconds count only as whole days (PT36H adds one day). No time zone is involved.
 *
 * @param date - the start, "YYYY-MM-DD".
 * @param d - the duration: an ISO 8601 string ("P6M") or a {@link Duration}.
 * @returns the date "YYYY-MM-DD".
 * @throws {RangeError} when `date` is not a calendar date, `d` is not a duration, or the result
 * leaves years 0000–9999.
 * @example
 * ```ts
 * import { addDuration } from "musterroll";
 * addDuration("2024-08-31", "P6M");  // "2025-02-28"
 * addDuration("2025-11-01", "-P1D"); // "2025-10-31"
 * ```
 */
export function addDuration(date: CalendarDate, d: string | Duration): CalendarDate {
  const dur = toDuration(d);
  toDay(date);
  const months = dur.sign * (dur.years * 12 + dur.months);
  const moved = addMonths(date, months);
  const wholeDays = timeNs(dur) / NS_PER_DAY;
  const days = dur.sign * (dur.weeks * 7 + dur.days + Number(wholeDays));
  const result = toEpochDay(moved) + days;
  if (!Number.isSafeInteger(result)) throw new RangeError(`${date} + ${formatIsoDuration(dur)} leaves years 0000–9999`);
  return fromEpochDay(result);
}

/**
 * Subtracts a duration from a calendar date: {@link addDuration} with the sign flipped
 * (2025-03-31 − P1M = 2025-02-28).
 *
 * @param date - the start, "YYYY-MM-DD".
 * @param d - the duration to go back by.
 * @returns the date "YYYY-MM-DD".
 * @throws {RangeError} as {@link addDuration}.
 * @example
 * ```ts
 * import { subtractDuration } from "musterroll";
 * subtractDuration("2025-03-31", "P1M"); // "2025-02-28"
 * ```
 */
export function subtractDuration(date: CalendarDate, d: string | Duration): CalendarDate {
  const dur = toDuration(d);
  return addDuration(date, dur.sign === 1 && !isZero(dur) ? { ...dur, sign: -1 } : { ...dur, sign: 1 });
}

const isZero = (d: Duration): boolean => d.years + d.months + d.weeks + d.days + d.hours + d.minutes + d.seconds + d.nanoseconds === 0;

/**
 * The years, months and days from one date to another, as `Temporal.PlainDate.prototype.until`
 * with `largestUnit: "years"` counts them: whole months first (a month is reached when the day of
 * month is reached, or the month ends before it), then the remaining days. Negative when `to` is
 * before `from`.
 *
 * @param from - the first date, "YYYY-MM-DD".
 * @param to - the second date, "YYYY-MM-DD".
 * @returns a duration of years, months and days.
 * @throws {RangeError} when either is not a calendar date.
 * @example
 * ```ts
 * import { durationBetween, formatIsoDuration } from "musterroll";
 * formatIsoDuration(durationBetween("2024-05-18", "2025-11-30")); // "P1Y6M12D"
 * ```
 */
export function durationBetween(from: CalendarDate, to: CalendarDate): Duration {
  const a = toDay(from);
  const b = toDay(to);
  if (a === b) return duration({});
  const sign = b > a ? 1 : -1;
  const y1 = Number(from.slice(0, 4));
  const m1 = Number(from.slice(5, 7));
  const d1 = Number(from.slice(8, 10));
  const y2 = Number(to.slice(0, 4));
  const m2 = Number(to.slice(5, 7));
  const d2 = Number(to.slice(8, 10));
  let months = (y2 - y1) * 12 + (m2 - m1);
  // Temporal's ISODateSurpasses: a month count is too many when, with the original day of month,
  // the date moved by it lies beyond `to`.
  const surpasses = (n: number): boolean => {
    const total = y1 * 12 + (m1 - 1) + n;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    const key = (yy: number, mm: number, dd: number): number => (yy * 12 + mm) * 32 + dd;
    return sign * (key(y, m, d1) - key(y2, m2, d2)) > 0;
  };
  while (months !== 0 && surpasses(months)) months -= sign;
  const mid = toEpochDay(addMonths(from, months));
  const days = b - mid;
  const abs = Math.abs(months);
  return duration({ sign, years: Math.floor(abs / 12), months: abs % 12, days: Math.abs(days) });
}

/**
 * Compares two durations as lengths of time starting on a given date, as
 * `Temporal.Duration.compare` does with a `PlainDate` as `relativeTo`: P1M is shorter than P31D
 * from 2025-02-01 and equal to it from 2025-01-01.
 *
 * @param a - a duration (ISO string or value).
 * @param b - a duration (ISO string or value).
 * @param at - the date both start on, "YYYY-MM-DD".
 * @returns -1 when `a` is shorter, 1 when longer, 0 when equal.
 * @throws {RangeError} when an input is invalid.
 * @example
 * ```ts
 * import { compareDurations } from "musterroll";
 * compareDurations("P1M", "P31D", "2025-02-01"); // -1
 * compareDurations("P1M", "P31D", "2025-01-01"); // 0
 * ```
 */
export function compareDurations(a: string | Duration, b: string | Duration, at: CalendarDate): -1 | 0 | 1 {
  const start = toDay(at);
  const length = (d: Duration): bigint => {
    const dateOnly = { ...d, hours: 0, minutes: 0, seconds: 0, nanoseconds: 0 };
    const end = toEpochDay(addDuration(at, isZero(dateOnly) ? duration({}) : dateOnly));
    return BigInt(end - start) * NS_PER_DAY + BigInt(d.sign) * timeNs(d);
  };
  const x = length(toDuration(a));
  const y = length(toDuration(b));
  return x < y ? -1 : x > y ? 1 : 0;
}
