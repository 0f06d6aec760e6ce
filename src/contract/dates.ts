import {
  addDuration, fromEpochDay, toEpochDay, toInterval,
  type CalendarDate, type DateInterval, type PartialDate,
} from "../common/index.js";

/**
 * A date the rules answer with: one day when the inputs pin it down, the inclusive range of days it
 * can be when partial dates leave it open, or `"unknown"` when an input it needs is missing.
 *
 * @example
 * ```ts
 * import type { DateAnswer } from "musterroll/contract";
 * const exact: DateAnswer = "2024-11-18";
 * const open: DateAnswer = { start: "2024-09-01", end: "2024-09-30" };
 * ```
 */
export type DateAnswer = CalendarDate | DateInterval | "unknown";

/**
 * A {@link DateAnswer} the rules know: one day or the range of days it can be, never `"unknown"`
 * (the bound `noLaterThan` a term with an undated event still has).
 *
 * @example
 * ```ts
 * import type { KnownDate } from "musterroll/contract";
 * const bound: KnownDate = "2027-05-18";
 * const range: KnownDate = { start: "2027-05-01", end: "2027-05-31" };
 * ```
 */
export type KnownDate = Exclude<DateAnswer, "unknown">;

/**
 * A number of days known to lie between `min` and `max` (equal when exact).
 *
 * @example
 * ```ts
 * import type { DayRange } from "musterroll/contract";
 * const served: DayRange = { min: 365, max: 395 };
 * ```
 */
export interface DayRange {
  /** The fewest days it can be. */
  readonly min: number;
  /** The most days it can be. */
  readonly max: number;
}

/** Day numbers of the first and last day a date can be. */
export interface Days {
  readonly lo: number;
  readonly hi: number;
}

export function daysOf(date: PartialDate): Days {
  const iv = toInterval(date);
  return { lo: toEpochDay(iv.start), hi: toEpochDay(iv.end) };
}

export function daysOfAnswer(answer: CalendarDate | DateInterval): Days {
  return typeof answer === "string" ? daysOf(answer) : { lo: toEpochDay(answer.start), hi: toEpochDay(answer.end) };
}

/** The answer for a range of day numbers: one date when both ends agree. */
export function answerOf(days: Days): CalendarDate | DateInterval {
  const start = fromEpochDay(days.lo);
  return days.lo === days.hi ? start : { start, end: fromEpochDay(days.hi) };
}

/** Both ends moved by a duration; months are added from each end's own date (month-end constrained). */
export function shift(days: Days, duration: string): Days | undefined {
  try {
    return {
      lo: toEpochDay(addDuration(fromEpochDay(days.lo), duration)),
      hi: toEpochDay(addDuration(fromEpochDay(days.hi), duration)),
    };
  } catch {
    return undefined; // beyond year 9999: the rules answer "unknown"
  }
}

/** The later of two uncertain dates. */
export const later = (a: Days, b: Days): Days => ({ lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });

/** The earlier of two uncertain dates. */
export const earlier = (a: Days, b: Days): Days => ({ lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi) });

/** Days from `a` to `b`, never below zero. */
export const daysBetween = (a: Days, b: Days): DayRange => ({ min: Math.max(0, b.lo - a.hi), max: Math.max(0, b.hi - a.lo) });

/** Three-valued truth of "`on` is on or after `from`". */
export function reached(on: Days, from: Days): boolean | "unknown" {
  if (on.lo >= from.hi) return true;
  if (on.hi < from.lo) return false;
  return "unknown";
}
