import fc from "fast-check";
import { daysInMonth } from "./date/calendar.js";
import type { CalendarDate, PartialDate, Precision } from "./date/schema.js";
import type { IsoDurationProfile } from "./duration/iso-parse.js";
import { duration, type Duration } from "./duration/schema.js";
import type { Span } from "./span.js";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Small values most of the time, zero often, and now and then a large one. */
const component = (max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.nat({ max: 60 }) }, { weight: 1, arbitrary: fc.nat({ max }) });

/**
 * Valid {@link Duration} values. Under `temporal` (default) they stay inside Temporal's range
 * limits; under `rfc3339` they are ones RFC 3339 can write: no sign, no fraction, weeks alone.
 *
 * @param options - `{ profile }`.
 * @returns an arbitrary of durations that pass `DurationSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { durationArbitrary } from "musterroll/testing";
 * fc.sample(durationArbitrary(), 3);
 * ```
 */
export function durationArbitrary(options: { readonly profile?: IsoDurationProfile } = {}): fc.Arbitrary<Duration> {
  if (options.profile === "rfc3339") {
    const weeksOnly = fc.nat({ max: 10_000 }).map((weeks) => duration({ weeks }));
    const mixed = fc
      .record({
        years: component(1e6), months: component(1e6), days: component(1e6),
        hours: component(1e6), minutes: component(1e6), seconds: component(1e9),
      })
      .map((parts) => duration(parts));
    return fc.oneof({ weight: 1, arbitrary: weeksOnly }, { weight: 5, arbitrary: mixed });
  }
  return fc
    .record({
      sign: fc.constantFrom(1 as const, -1 as const),
      years: component(2 ** 32 - 1), months: component(2 ** 32 - 1), weeks: component(2 ** 32 - 1),
      days: component(1e7), hours: component(1e7), minutes: component(1e7), seconds: component(1e9),
      nanoseconds: fc.oneof(fc.constant(0), fc.nat({ max: 999_999_999 })),
    })
    .map((parts) => duration(parts));
}

const caseOf = (text: string, upper: boolean): string => (upper ? text.toUpperCase() : text.toLowerCase());

/**
 * ISO 8601 duration strings that `Temporal.Duration.from` accepts, in all their spellings:
 * a sign, lower-case designators, leading zeros, a `.` or `,` fraction on the last time unit.
 *
 * @returns an arbitrary of valid `temporal`-profile strings.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isoDurationStringArbitrary } from "musterroll/testing";
 * fc.sample(isoDurationStringArbitrary(), 3); // e.g. ["P3Y", "-pt1,5h", "P0W2DT01M"]
 * ```
 */
export function isoDurationStringArbitrary(): fc.Arbitrary<string> {
  const digits = fc.oneof(fc.nat({ max: 999 }).map(String), fc.nat({ max: 99 }).map((n) => `0${n}`));
  const units = fc.record({
    y: fc.option(digits), mo: fc.option(digits), w: fc.option(digits), d: fc.option(digits),
    h: fc.option(digits), mi: fc.option(digits), s: fc.option(digits),
  });
  return fc
    .record({
      sign: fc.constantFrom("", "+", "-"),
      units,
      fraction: fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^\d{1,9}$/))),
      upper: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    })
    .filter(({ units: u }) => Object.values(u).some((v) => v !== null))
    .map(({ sign, units: u, fraction, upper }) => {
      const date = [[u.y, "Y"], [u.mo, "M"], [u.w, "W"], [u.d, "D"]].filter(([v]) => v !== null);
      const time = [[u.h, "H"], [u.mi, "M"], [u.s, "S"]].filter(([v]) => v !== null);
      const lastTime = time.length - 1;
      const t = time.map(([v, des], i) => `${v}${i === lastTime && fraction ? fraction.join("") : ""}${caseOf(des as string, upper[i] ?? true)}`);
      const dd = date.map(([v, des], i) => `${v}${caseOf(des as string, upper[i + 3] ?? true)}`);
      return `${sign}${caseOf("P", upper[7] ?? true)}${dd.join("")}${t.length ? `${caseOf("T", upper[8] ?? true)}${t.join("")}` : ""}`;
    });
}

/**
 * Valid partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"), leap days included.
 *
 * @param options - `precision` to fix the precision; `minYear`/`maxYear` (default 1900–2100).
 * @returns an arbitrary of strings that pass `PartialDateSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { partialDateArbitrary } from "musterroll/testing";
 * fc.sample(partialDateArbitrary({ precision: "month" }), 2); // e.g. ["2023-07", "1999-12"]
 * ```
 */
export function partialDateArbitrary(
  options: { readonly precision?: Precision; readonly minYear?: number; readonly maxYear?: number } = {},
): fc.Arbitrary<PartialDate> {
  const { minYear = 1900, maxYear = 2100 } = options;
  const precision = options.precision ? fc.constant(options.precision) : fc.constantFrom<Precision>("year", "month", "day");
  return fc
    .record({
      precision,
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      dayRank: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31)),
    })
    .map(({ precision: p, year, month, dayRank }) => {
      if (p === "year") return pad(year, 4);
      if (p === "month") return `${pad(year, 4)}-${pad(month, 2)}`;
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(dayRank, daysInMonth(year, month)), 2)}`;
    });
}

/**
 * Valid full dates "YYYY-MM-DD", month ends and leap days included.
 *
 * @param options - `minYear`/`maxYear` (default 1900–2100).
 * @returns an arbitrary of strings that pass `CalendarDateSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { calendarDateArbitrary } from "musterroll/testing";
 * fc.sample(calendarDateArbitrary(), 2); // e.g. ["2024-02-29", "2031-08-31"]
 * ```
 */
export function calendarDateArbitrary(options: { readonly minYear?: number; readonly maxYear?: number } = {}): fc.Arbitrary<CalendarDate> {
  return partialDateArbitrary({ ...options, precision: "day" });
}

/**
 * Spans `{ start, end }` inside a text of the given length.
 *
 * @param length - the length of the text the spans point into.
 * @returns an arbitrary of valid spans.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { spanArbitrary } from "musterroll/testing";
 * fc.sample(spanArbitrary(10), 2); // e.g. [{ start: 2, end: 7 }, { start: 0, end: 0 }]
 * ```
 */
export function spanArbitrary(length: number): fc.Arbitrary<Span> {
  return fc
    .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
}
