import { z } from "zod";

const count = z.number().int().nonnegative();

/**
 * A duration as separate calendar and clock components, like `Temporal.Duration` but with one
 * sign for the whole value and the fraction of a second kept as whole nanoseconds so that it is
 * exact. A zero duration has sign 1.
 *
 * @example
 * ```ts
 * import { DurationSchema } from "musterroll";
 * DurationSchema.parse({ sign: 1, years: 0, months: 6, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0, nanoseconds: 0 });
 * ```
 */
export const DurationSchema = z
  .object({
    sign: z.union([z.literal(1), z.literal(-1)]),
    years: count,
    months: count,
    weeks: count,
    days: count,
    hours: count,
    minutes: count,
    seconds: count,
    nanoseconds: count.max(999_999_999),
  })
  .refine((d) => d.sign === 1 || !isZeroDuration(d), {
    message: "a zero duration has sign 1",
    path: ["sign"],
  });

/**
 * A duration value; see {@link DurationSchema}.
 *
 * @example
 * ```ts
 * import { ZERO_DURATION, type Duration } from "musterroll";
 * const sixMonths: Duration = { ...ZERO_DURATION, months: 6 };
 * ```
 */
export type Duration = z.infer<typeof DurationSchema>;

/**
 * The names of a {@link Duration}'s components, largest first.
 *
 * @example
 * ```ts
 * import { DURATION_UNITS } from "musterroll";
 * DURATION_UNITS[0]; // "years"
 * ```
 */
export const DURATION_UNITS = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "nanoseconds"] as const;

/**
 * One component of a {@link Duration}.
 *
 * @example
 * ```ts
 * import type { DurationUnit } from "musterroll";
 * const unit: DurationUnit = "months";
 * ```
 */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * The zero duration, a base to spread components onto.
 *
 * @example
 * ```ts
 * import { ZERO_DURATION } from "musterroll";
 * const threeYears = { ...ZERO_DURATION, years: 3 };
 * ```
 */
export const ZERO_DURATION: Duration = Object.freeze({
  sign: 1,
  years: 0,
  months: 0,
  weeks: 0,
  days: 0,
  hours: 0,
  minutes: 0,
  seconds: 0,
  nanoseconds: 0,
});

/**
 * Builds a {@link Duration} from the components given; the rest are zero.
 *
 * @param parts - some components, and optionally `sign`.
 * @returns a complete duration (sign 1 when all components are zero).
 * @example
 * ```ts
 * import { duration } from "musterroll";
 * duration({ years: 1, months: 6 }); // { sign: 1, years: 1, months: 6, weeks: 0, ... }
 * ```
 */
export function duration(parts: Partial<Duration>): Duration {
  const d = { ...ZERO_DURATION, ...parts };
  return isZeroDuration(d) ? { ...d, sign: 1 } : d;
}

/**
 * Whether every component of a duration is zero.
 *
 * @param d - a duration.
 * @returns `true` for the zero duration.
 * @example
 * ```ts
 * import { isZeroDuration, ZERO_DURATION } from "musterroll";
 * isZeroDuration(ZERO_DURATION); // true
 * ```
 */
export function isZeroDuration(d: Readonly<Record<DurationUnit, number>>): boolean {
  return DURATION_UNITS.every((unit) => d[unit] === 0);
}
