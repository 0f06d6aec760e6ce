import { fail, ok, quote, type ParseResult } from "../result.js";
import type { Duration } from "./schema.js";

/**
 * Which ISO 8601 duration grammar {@link parseIsoDuration} follows.
 *
 * - `temporal`: the grammar of `Temporal.Duration.from` — an optional `+`/`-` sign,
 *   case-insensitive designators, weeks combined with any other unit, a fraction of 1–9 digits
 *   (`.` or `,`) on the last time unit only, and Temporal's range limits (years, months, weeks
 *   below 2³²; days and time together below 2⁵³ seconds).
 * - `rfc3339`: RFC 3339 Appendix A, the JSON Schema `duration` format — no sign, no fraction,
 *   weeks only alone, no unit skipped inside the date part (`P1Y2D` is invalid, `P1Y0M2D` valid) or
 *   the time part, any number of digits. Designators are case-insensitive because ABNF string
 *   literals are (RFC 5234 §2.3).
 *
 * @example
 * ```ts
 * import { parseIsoDuration, type IsoDurationProfile } from "musterroll";
 * const profile: IsoDurationProfile = "rfc3339";
 * parseIsoDuration("P1Y2W", { profile }).success; // false
 * ```
 */
export type IsoDurationProfile = "temporal" | "rfc3339";

/**
 * Options of {@link parseIsoDuration}.
 *
 * @example
 * ```ts
 * import type { IsoDurationOptions } from "musterroll";
 * const options: IsoDurationOptions = { profile: "temporal" };
 * ```
 */
export interface IsoDurationOptions {
  /** The grammar to follow; default `"temporal"`. */
  readonly profile?: IsoDurationProfile;
}

type Field = "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "seconds";
const DATE_FIELDS: Readonly<Record<string, Field>> = { y: "years", m: "months", w: "weeks", d: "days" };
const TIME_FIELDS: Readonly<Record<string, Field>> = { h: "hours", m: "minutes", s: "seconds" };
const ORDER: readonly Field[] = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];
const DESIGNATOR: Readonly<Record<Field, string>> = {
  years: "Y", months: "M", weeks: "W", days: "D", hours: "H", minutes: "M", seconds: "S",
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const TWO_32 = 2n ** 32n;
const MAX_NS = 2n ** 53n * 1_000_000_000n;
const NS_PER: Readonly<Record<"days" | "hours" | "minutes" | "seconds", bigint>> = {
  days: 86_400_000_000_000n,
  hours: 3_600_000_000_000n,
  minutes: 60_000_000_000n,
  seconds: 1_000_000_000n,
};

/**
 * Parses an ISO 8601 duration ("P3Y", "P1Y2M3DT4H5M6.5S", "-PT36H") into a {@link Duration}.
 * Never throws; every failure says which character broke which rule.
 *
 * Under the `temporal` profile a fraction on hours or minutes is spread over the smaller units
 * exactly as Temporal does ("PT1.5H" → 1 hour 30 minutes). Under `rfc3339`, components beyond
 * `Number.MAX_SAFE_INTEGER` are valid but kept as the nearest double.
 *
 * @param text - the duration string, with no surrounding white space.
 * @param options - `{ profile: "temporal" | "rfc3339" }`, default `temporal`.
 * @returns the duration, or an error with code `empty`, `syntax` or `out_of_range`.
 * @example
 * ```ts
 * import { parseIsoDuration } from "musterroll";
 * parseIsoDuration("P6M");          // { success: true, data: { sign: 1, months: 6, ... } }
 * parseIsoDuration("pt1,5h").success; // true: 1 hour 30 minutes
 * parseIsoDuration("P1Y2D", { profile: "rfc3339" }).success; // false: months may not be skipped
 * ```
 */
export function parseIsoDuration(text: string, options: IsoDurationOptions = {}): ParseResult<Duration> {
  const strict = options.profile === "rfc3339";
  if (text.length === 0) return fail("empty", "expected an ISO 8601 duration such as P6M, got an empty string", text, 0);
  const values: Record<Field, number> = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  let nanoseconds = 0n;
  let i = 0;
  let sign: 1 | -1 = 1;
  const c0 = text[0];
  if (c0 === "+" || c0 === "-") {
    if (strict) return fail("syntax", `${quote(text)}: RFC 3339 durations have no sign`, text, 0);
    sign = c0 === "-" ? -1 : 1;
    i = 1;
  }
  if (text[i] !== "P" && text[i] !== "p") {
    return fail("syntax", `${quote(text)}: an ISO 8601 duration starts with "P" at offset ${i}`, text, i);
  }
  i++;
  let inTime = false;
  let last = -1; // index in ORDER of the last component read
  let count = 0;
  let fractionSeen = false;
  const seen: Field[] = [];
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "T" || ch === "t") {
      if (inTime) return fail("syntax", `${quote(text)}: a second "T" at offset ${i}`, text, i);
      if (!strict && fractionSeen) return fail("syntax", `${quote(text)}: nothing may follow a fraction`, text, i);
      if (i + 1 >= text.length) return fail("syntax", `${quote(text)}: "T" must be followed by hours, minutes or seconds`, text, i);
      if (strict && seen.includes("weeks")) return fail("syntax", `${quote(text)}: RFC 3339 weeks stand alone, no time part`, text, i);
      inTime = true;
      i++;
      continue;
    }
    if (fractionSeen) return fail("syntax", `${quote(text)}: a fraction is allowed on the last unit only (offset ${i})`, text, i);
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === start) {
      return fail("syntax", `${quote(text)}: expected an ASCII digit at offset ${i}, got ${quote(ch)}`, text, i);
    }
    const digits = text.slice(start, i);
    let fraction: string | undefined;
    if (text[i] === "." || text[i] === ",") {
      if (strict) return fail("syntax", `${quote(text)}: RFC 3339 durations have no fractions (offset ${i})`, text, i);
      const fStart = ++i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      fraction = text.slice(fStart, i);
      if (fraction.length < 1 || fraction.length > 9) {
        return fail("syntax", `${quote(text)}: a fraction has 1 to 9 digits, got ${fraction.length} at offset ${fStart}`, text, fStart);
      }
    }
    if (i >= text.length) return fail("syntax", `${quote(text)}: the number at offset ${start} has no unit designator`, text, i);
    const designator = (text[i] as string).toLowerCase();
    const field = (inTime ? TIME_FIELDS : DATE_FIELDS)[designator];
    if (field === undefined) {
      const allowed = inTime ? "H, M or S" : "Y, M, W or D (time units come after T)";
      return fail("syntax", `${quote(text)}: ${quote(text[i] as string)} at offset ${i} is not a designator here; expected ${allowed}`, text, i);
    }
    const index = ORDER.indexOf(field);
    if (index <= last) {
      return fail("syntax", `${quote(text)}: ${DESIGNATOR[field]} at offset ${i} comes after a larger unit or repeats one`, text, i);
    }
    if (fraction !== undefined && !inTime) {
      return fail("syntax", `${quote(text)}: a fraction is allowed on hours, minutes or seconds only (offset ${start})`, text, start);
    }
    if (strict) {
      const problem = rfc3339Order(seen, field, inTime);
      if (problem !== undefined) return fail("syntax", `${quote(text)}: ${problem} (offset ${i})`, text, i);
    }
    const value = Number(digits);
    if (!Number.isFinite(value)) return fail("out_of_range", `${quote(text)}: the number at offset ${start} is too large to represent`, text, start);
    values[field] = value;
    if (fraction !== undefined) nanoseconds = spreadFraction(values, field, fraction);
    fractionSeen = fraction !== undefined;
    seen.push(field);
    last = index;
    count++;
    i++;
  }
  if (count === 0) {
    return fail("syntax", `${quote(text)}: a duration needs at least one component`, text, text.length);
  }
  if (!strict) {
    const problem = temporalRange(values, nanoseconds);
    if (problem !== undefined) return fail("out_of_range", `${quote(text)}: ${problem}`, text, 0);
  }
  const result: Duration = { sign, ...values, nanoseconds: Number(nanoseconds) };
  if (result.sign === -1 && Object.values(values).every((v) => v === 0) && nanoseconds === 0n) {
    return ok({ ...result, sign: 1 });
  }
  return ok(result);
}

/**
 * RFC 3339 Appendix A order: weeks stand alone; inside the date part years are followed only by
 * months and months only by days; inside the time part hours only by minutes, minutes only by seconds.
 */
function rfc3339Order(seen: readonly Field[], field: Field, inTime: boolean): string | undefined {
  const prev = seen[seen.length - 1];
  if (prev === undefined) return undefined;
  if (field === "weeks" || prev === "weeks") return "RFC 3339 weeks stand alone";
  const prevInTime = prev === "hours" || prev === "minutes" || prev === "seconds";
  if (prevInTime !== inTime) return undefined;
  const next: Partial<Record<Field, Field>> = { years: "months", months: "days", hours: "minutes", minutes: "seconds" };
  const allowed = next[prev];
  return allowed === field ? undefined : `RFC 3339 allows only ${allowed ?? "nothing"} right after ${prev}`;
}

/**
 * Temporal spreads a fraction of an hour or minute over the smaller units: the 9-digit fraction
 * times the unit's length in nanoseconds, split into minutes, seconds and nanoseconds.
 */
function spreadFraction(values: Record<Field, number>, field: Field, fraction: string): bigint {
  const ninths = BigInt(fraction.padEnd(9, "0"));
  const unitNs = field === "hours" ? 3600n : field === "minutes" ? 60n : 1n;
  let ns = ninths * unitNs; // nanoseconds, since ninths are billionths of the unit
  if (field === "hours") {
    values.minutes = Number(ns / 60_000_000_000n);
    ns %= 60_000_000_000n;
  }
  if (field === "hours" || field === "minutes") {
    values.seconds = Number(ns / 1_000_000_000n);
    ns %= 1_000_000_000n;
  }
  return ns;
}

function temporalRange(values: Record<Field, number>, nanoseconds: bigint): string | undefined {
  for (const f of ["years", "months", "weeks"] as const) {
    if (BigInt(values[f]) >= TWO_32) return `${f} must be below 2^32 (Temporal's limit), got ${values[f]}`;
  }
  let total = nanoseconds;
  for (const f of ["days", "hours", "minutes", "seconds"] as const) total += BigInt(values[f]) * NS_PER[f];
  if (total >= MAX_NS) return "days and time together must stay below 2^53 seconds (Temporal's limit)";
  return undefined;
}
