/**
 * English month names, January first. `MONTH_NAMES[month - 1]` names a month 1–12.
 *
 * @example
 * ```ts
 * import { MONTH_NAMES } from "musterroll";
 * MONTH_NAMES[11]; // "December"
 * ```
 */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/**
 * English weekday names, Monday first: `WEEKDAY_NAMES[i]` is the day `weekdayFromWord` numbers `i`.
 *
 * @example
 * ```ts
 * import { WEEKDAY_NAMES } from "musterroll";
 * WEEKDAY_NAMES[2]; // "Wednesday"
 * ```
 */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
