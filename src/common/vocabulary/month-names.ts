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
