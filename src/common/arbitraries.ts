import fc from "fast-check";
import { daysInMonth } from "./date/calendar.js";
import type { CalendarDate, PartialDate, Precision } from "./date/schema.js";
import type { IsoDurationProfile } from "./duration/iso-parse.js";
import { duration, type Duration } from "./duration/schema.js";
import type { Span } from "./span.js";
import { formatDatePhrase } from "./date/phrase-format.js";
import type { DateModifier } from "./date/phrase-parse.js";
import { formatDurationPhrase } from "./duration/phrase-format.js";
import { formatQuantity } from "./quantity/format.js";
import type { Quantity } from "./quantity/schema.js";
import { toEpochDay } from "./date/rules.js";
import { COUNTRY_CODES, type CountryCode } from "./country.js";
import { groupThousands } from "./text/digits.js";
import { MONTH_NAMES } from "./vocabulary/month-names.js";
import { cardinalToWords, ordinalSuffix } from "./vocabulary/numbers.js";

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

/**
 * A text and the value its parser must read from it.
 *
 * @typeParam T - the value.
 * @example
 * ```ts
 * import type { TextCase } from "musterroll/testing";
 * const c: TextCase<string> = { text: "Dec. 31, 2025", value: "2025-12-31" };
 * ```
 */
export interface TextCase<T> {
  /** The text to parse. */
  readonly text: string;
  /** What the parser must return. */
  readonly value: T;
}

/**
 * Duration phrases with their values, in the forms reports use: formatted lists in words or digits
 * ("two years, three months and ten days"), adjectives ("six-month", "18-month"), abbreviations
 * ("18 mo", "3 yrs"), halves ("half a year", "two and a half years", "a year and a half").
 *
 * @returns an arbitrary of `{ text, value }` for `parseDurationPhrase`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { durationPhraseArbitrary } from "musterroll/testing";
 * fc.sample(durationPhraseArbitrary(), 2); // e.g. [{ text: "six-month", value: { months: 6, ... } }, ...]
 * ```
 */
export function durationPhraseArbitrary(): fc.Arbitrary<TextCase<Duration>> {
  const formatted = fc
    .tuple(durationArbitrary(), fc.constantFrom<"words" | "digits">("words", "digits"))
    .map(([value, numbers]) => ({ text: formatDurationPhrase(value, { numbers }), value }));
  const unit = fc.constantFrom(
    ["year", "years", "yrs"] as const, ["month", "months", "mo"] as const, ["week", "weeks", "wks"] as const, ["day", "days", "days"] as const,
  );
  const adjective = fc.tuple(fc.integer({ min: 1, max: 120 }), unit, fc.boolean()).map(([n, [singular, plural, abbr], words]) => {
    const field = plural as "years" | "months" | "weeks" | "days";
    const value = duration({ [field]: n });
    const number = words ? cardinalToWords(n) : String(n);
    return fc.constantFrom(
      { text: `${number}-${singular}`, value },
      { text: `${number} ${abbr}`, value },
      { text: `${number} ${n === 1 ? singular : plural}`, value },
    );
  }).chain((x) => x);
  const halves = fc.integer({ min: 0, max: 30 }).chain((n) =>
    fc.constantFrom(
      n === 0 ? { text: "half a year", value: duration({ months: 6 }) } : { text: `${cardinalToWords(n)} and a half years`, value: duration({ years: n, months: 6 }) },
      { text: "a year and a half", value: duration({ years: 1, months: 6 }) },
      { text: `${n + 1} and a half days`, value: duration({ days: n + 1, hours: 12 }) },
      { text: "a fortnight", value: duration({ weeks: 2 }) },
    ),
  );
  return fc.oneof(formatted, adjective, halves);
}

const MODIFIER_WORDS: readonly [DateModifier, string][] = [
  ["early", "early"], ["early", "the beginning of"], ["early", "the start of"], ["mid", "mid-"], ["mid", "the middle of"],
  ["late", "late"], ["late", "the end of"], ["late", "end of"],
];

/**
 * Date phrases with the partial dates they name, in the forms reports use: "December 31, 2025",
 * "31 December 2025", "Dec. 31, 2025", "31st of December, 2025", "Wednesday, December 31, 2025",
 * "February 2022", "in 2023", "early 2023", "the end of December 2025", "summer 2023", "first half of
 * 2024", "Q3 2025", ISO dates.
 *
 * @returns an arbitrary of `{ text, value }` for `parseDatePhrase` (no reference date needed).
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { datePhraseArbitrary } from "musterroll/testing";
 * fc.sample(datePhraseArbitrary(), 2); // e.g. [{ text: "Feb. 3, 2024", value: "2024-02-03" }, ...]
 * ```
 */
export function datePhraseArbitrary(): fc.Arbitrary<TextCase<PartialDate>> {
  return partialDateArbitrary({ minYear: 1000, maxYear: 2999 }).chain((value) => {
    const year = value.slice(0, 4);
    const month = value.length >= 7 ? Number(value.slice(5, 7)) : 0;
    const day = value.length === 10 ? Number(value.slice(8, 10)) : 0;
    const name = MONTH_NAMES[month - 1] ?? "";
    const abbr = name.slice(0, 3);
    const forms: string[] = [formatDatePhrase(value), value];
    if (day > 0) {
      const weekday = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];
      const epoch = toEpochDay(value);
      forms.push(
        `${day} ${name} ${year}`, `${abbr}. ${day}, ${year}`, `${abbr} ${day} ${year}`, `${day}${ordinalSuffix(day)} of ${name}, ${year}`,
        `${day} ${name}, ${year}`, `${weekday[((epoch % 7) + 7) % 7]}, ${name} ${day}, ${year}`, `on ${name} ${day}, ${year}`,
        `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`,
      );
    } else if (month > 0) {
      forms.push(`${abbr} ${year}`, `in ${name} ${year}`, `${name} of ${year}`);
    } else {
      forms.push(`in ${year}`, `during ${year}`);
    }
    const plain = fc.constantFrom(...forms).map((text) => ({ text, value }));
    if (day > 0) return plain;
    const modified = fc.constantFrom(...MODIFIER_WORDS).map(([, word]) => ({ text: `${word}${word.endsWith("-") ? "" : " "}${formatDatePhrase(value)}`, value }));
    const parts = ["spring", "summer", "autumn", "fall", "first half of", "the second half of", "H1", "Q3", "the fourth quarter of", "first quarter"];
    const seasons = month === 0 ? [fc.constantFrom(...parts).map((s) => ({ text: `${s} ${year}`, value }))] : [];
    return fc.oneof(plain, modified, ...seasons);
  });
}

/**
 * Valid {@link Quantity} values: exact counts, ranges, open lower bounds, upper bounds, hedged
 * numbers, fractions, with or without a counted noun.
 *
 * @returns an arbitrary of quantities that pass `QuantitySchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { quantityArbitrary } from "musterroll/testing";
 * fc.sample(quantityArbitrary(), 2);
 * ```
 */
export function quantityArbitrary(): fc.Arbitrary<Quantity> {
  const n = fc.oneof(fc.nat({ max: 100 }), fc.nat({ max: 10_000_000 }));
  const unit = fc.option(fc.constantFrom("troops", "battalions", "foreign volunteers", "soldiers", "drones"), { nil: undefined });
  const withUnit = (q: Quantity, u: string | undefined): Quantity => (u === undefined ? q : { ...q, unit: u });
  const exact = fc.tuple(n, fc.boolean(), unit).map(([v, approximate, u]) => withUnit({ min: v, max: v, approximate }, u));
  const range = fc.tuple(n, n, fc.boolean(), unit).map(([a, b, approximate, u]) => withUnit({ min: Math.min(a, b), max: Math.max(a, b), approximate }, u));
  const open = fc.tuple(n, fc.boolean(), unit).map(([v, approximate, u]) => withUnit({ min: v, approximate }, u));
  // every denominator FractionSchema allows: the words go to ten, a ratio ("1 in 20") beyond
  const fraction = fc
    .oneof(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 100 }))
    .chain((denominator) => fc.tuple(fc.integer({ min: 1, max: denominator - 1 }), fc.constant(denominator), fc.boolean(), unit))
    .map(([numerator, denominator, approximate, u]) => withUnit({ min: numerator / denominator, max: numerator / denominator, approximate, fraction: { numerator, denominator } }, u));
  return fc.oneof(exact, range, open, fraction);
}

/**
 * Quantity phrases with their values: every formatted {@link quantityArbitrary} value, and the
 * forms reports use ("more than 1,000", "32,000 to 35,000", "several thousand", "a few hundred").
 *
 * @returns an arbitrary of `{ text, value }` for `parseQuantity`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { quantityTextArbitrary } from "musterroll/testing";
 * fc.sample(quantityTextArbitrary(), 2);
 * ```
 */
export function quantityTextArbitrary(): fc.Arbitrary<TextCase<Quantity>> {
  const formatted = quantityArbitrary().map((value) => ({ text: formatQuantity(value), value }));
  const count = fc.nat({ max: 1_000_000 });
  const idioms = fc.oneof(
    count.map((v) => ({ text: `more than ${groupThousands(v)}`, value: { min: v + 1, approximate: false } as Quantity })),
    fc.tuple(count, count).map(([a, b]) => {
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      return { text: `${groupThousands(lo)}-${groupThousands(hi)}`, value: { min: lo, max: hi, approximate: false } as Quantity };
    }),
    fc.constantFrom(
      { text: "several thousand", value: { min: 3000, max: 9000, approximate: true } },
      { text: "a few hundred", value: { min: 200, max: 500, approximate: true } },
      { text: "dozens", value: { min: 24, max: 144, approximate: true } },
      { text: "tens of thousands", value: { min: 20_000, max: 99_999, approximate: true } },
      { text: "two-thirds", value: { min: 2 / 3, max: 2 / 3, approximate: false, fraction: { numerator: 2, denominator: 3 } } },
      { text: "one in five", value: { min: 1 / 5, max: 1 / 5, approximate: false, fraction: { numerator: 1, denominator: 5 } } },
      { text: "one out of every four", value: { min: 1 / 4, max: 1 / 4, approximate: false, fraction: { numerator: 1, denominator: 4 } } },
    ),
  );
  return fc.oneof(formatted, idioms);
}

/**
 * Valid {@link CountryCode} values: every ISO 3166-1 alpha-2 code of the world-countries dataset.
 *
 * @returns an arbitrary of codes that pass `CountryCodeSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { countryCodeArbitrary } from "musterroll/testing";
 * fc.sample(countryCodeArbitrary(), 2); // e.g. ["UA", "FO"]
 * ```
 */
export function countryCodeArbitrary(): fc.Arbitrary<CountryCode> {
  return fc.constantFrom(...COUNTRY_CODES);
}
