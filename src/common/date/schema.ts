import { z } from "zod";
import { daysInMonth } from "./calendar.js";
import { MONTH_NAMES } from "../vocabulary/month-names.js";

/**
 * How much of a date is known: a year ("2025"), a month ("2025-12") or a day ("2025-12-31").
 *
 * @example
 * ```ts
 * import { PrecisionSchema } from "musterroll";
 * PrecisionSchema.parse("month");
 * ```
 */
export const PrecisionSchema = z.enum(["year", "month", "day"]);

/**
 * How much of a date is known; see {@link PrecisionSchema}.
 *
 * @example
 * ```ts
 * import type { Precision } from "musterroll";
 * const p: Precision = "day";
 * ```
 */
export type Precision = z.infer<typeof PrecisionSchema>;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const LEAP_YEAR = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

/**
 * A regular expression that accepts exactly the partial dates {@link PartialDateSchema} accepts,
 * leap years included, so that the JSON Schema of every record checks dates as strictly as zod.
 * Anchored and free of nested quantifiers: it runs in linear time.
 *
 * @example
 * ```ts
 * import { PARTIAL_DATE_PATTERN } from "musterroll";
 * PARTIAL_DATE_PATTERN.test("2024-02-29"); // true
 * PARTIAL_DATE_PATTERN.test("2025-02-29"); // false
 * ```
 */
export const PARTIAL_DATE_PATTERN = new RegExp(
  [
    "^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\\d|2[0-8]))?)?$",
    "^\\d{4}-(?:0[13-9]|1[0-2])-(?:29|30)$",
    "^\\d{4}-(?:0[13578]|1[02])-31$",
    `^${LEAP_YEAR}-02-29$`,
  ].join("|"),
);

/**
 * Why a string is not a partial date, or `undefined` when it is one. Shared by the schema and the
 * parsers so that every error names the same rule.
 *
 * @param text - the candidate string.
 * @returns a message naming the bad value and the rule, or `undefined`.
 * @example
 * ```ts
 * import { partialDateProblem } from "musterroll";
 * partialDateProblem("2025-02-30"); // '2025-02-30 is not a calendar date: February 2025 has 28 days'
 * partialDateProblem("2024-02-29"); // undefined
 * ```
 */
export function partialDateProblem(text: string): string | undefined {
  const m = SHAPE.exec(text);
  if (!m) return `${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `${text} is not a calendar date: month ${m[2]} is not 01–12`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${text} is not a calendar date: ${MONTH_NAMES[month - 1]} ${m[1]} has ${last} days`;
  }
  return undefined;
}

/**
 * A date known to a year, a month or a day: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 0000–9999).
 * Only real calendar dates pass — 2025-02-30 and 2025-02-29 are rejected, 2024-02-29 accepted —
 * and nothing ever rolls over into the next month. Records keep dates as these strings so they stay
 * plain JSON.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from "musterroll";
 * PartialDateSchema.parse("2025-12");          // "2025-12"
 * PartialDateSchema.safeParse("2025-02-30").success; // false
 * ```
 */
export const PartialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, {
  error: (issue) => partialDateProblem(String(issue.input)) ?? "not a partial date",
});

/**
 * A date known to a year, a month or a day; see {@link PartialDateSchema}.
 *
 * @example
 * ```ts
 * import type { PartialDate } from "musterroll";
 * const dissolved: PartialDate = "2025-12-31";
 * ```
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * A full calendar date, "YYYY-MM-DD": a {@link PartialDateSchema} of day precision.
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from "musterroll";
 * CalendarDateSchema.safeParse("2025-12").success; // false
 * ```
 */
export const CalendarDateSchema = PartialDateSchema.check((ctx) => {
  if (ctx.value.length !== 10 && partialDateProblem(ctx.value) === undefined) {
    ctx.issues.push({ code: "custom", message: `${ctx.value} is not a full date: expected YYYY-MM-DD`, input: ctx.value });
  }
});

/**
 * A full calendar date string "YYYY-MM-DD"; see {@link CalendarDateSchema}.
 *
 * @example
 * ```ts
 * import type { CalendarDate } from "musterroll";
 * const day: CalendarDate = "2024-05-18";
 * ```
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * The first and last day a partial date covers, both "YYYY-MM-DD" and inclusive.
 *
 * @example
 * ```ts
 * import type { DateInterval } from "musterroll";
 * const december: DateInterval = { start: "2025-12-01", end: "2025-12-31" };
 * ```
 */
export interface DateInterval {
  /** First day covered. */
  readonly start: CalendarDate;
  /** Last day covered (inclusive). */
  readonly end: CalendarDate;
}
