import { fractionDigits } from "../text/digits.js";
import type { IsoDurationProfile } from "./iso-parse.js";
import { DURATION_UNITS, isZeroDuration, type Duration } from "./schema.js";

/**
 * Options of {@link formatIsoDuration}.
 *
 * @example
 * ```ts
 * import type { FormatIsoDurationOptions } from "musterroll";
 * const options: FormatIsoDurationOptions = { profile: "rfc3339" };
 * ```
 */
export interface FormatIsoDurationOptions {
  /**
   * `temporal` (default) writes the shortest string `Temporal.Duration.from` reads back;
   * `rfc3339` writes zero components where RFC 3339 forbids skipping a unit ("P1Y0M2D").
   */
  readonly profile?: IsoDurationProfile;
}

const integer = (n: number): string => (Number.isSafeInteger(n) ? String(n) : BigInt(n).toString());

function assertDuration(d: Duration): void {
  for (const unit of DURATION_UNITS) {
    const v = d[unit];
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`duration ${unit} must be a non-negative integer, got ${v}`);
  }
  if (d.nanoseconds > 999_999_999) throw new RangeError(`duration nanoseconds must be below 1e9, got ${d.nanoseconds}`);
  if (d.sign !== 1 && d.sign !== -1) throw new RangeError(`duration sign must be 1 or -1, got ${String(d.sign)}`);
}

/**
 * Writes a {@link Duration} as an ISO 8601 string: "P6M", "P1Y2M3DT4H5M6.5S", "-P1D", "PT0S".
 * `parseIsoDuration(formatIsoDuration(d))` gives `d` back under the same profile.
 *
 * @param d - the duration.
 * @param options - `{ profile }`, default `temporal`.
 * @returns the ISO 8601 string.
 * @throws {RangeError} when `d` is not a valid duration, or under `rfc3339` when it cannot be
 * written there (a sign, a fraction of a second, or weeks beside other units).
 * @example
 * ```ts
 * import { formatIsoDuration, duration } from "musterroll";
 * formatIsoDuration(duration({ years: 1, days: 2 }));                        // "P1Y2D"
 * formatIsoDuration(duration({ years: 1, days: 2 }), { profile: "rfc3339" }); // "P1Y0M2D"
 * ```
 */
export function formatIsoDuration(d: Duration, options: FormatIsoDurationOptions = {}): string {
  assertDuration(d);
  const strict = options.profile === "rfc3339";
  if (strict) {
    if (d.sign === -1 && !isZeroDuration(d)) throw new RangeError("RFC 3339 durations cannot be negative");
    if (d.nanoseconds !== 0) throw new RangeError("RFC 3339 durations cannot hold a fraction of a second");
    if (d.weeks !== 0 && (d.years || d.months || d.days || d.hours || d.minutes || d.seconds)) {
      throw new RangeError("RFC 3339 durations hold weeks only alone");
    }
  }
  if (isZeroDuration(d)) return "PT0S";
  const fraction = d.nanoseconds === 0 ? "" : `.${fractionDigits(d.nanoseconds)}`;
  const secondsText = d.seconds !== 0 || fraction !== "" ? `${integer(d.seconds)}${fraction}` : "";
  if (!strict) return temporal(d, secondsText);
  const date = fill([["Y", d.years], ["M", d.months], ["D", d.days]], d.weeks > 0 ? [["W", d.weeks]] : undefined);
  // strict has no fraction of a second (see above)
  const time = fill([["H", d.hours], ["M", d.minutes], ["S", d.seconds]]);
  return `${d.sign === -1 ? "-" : ""}P${date}${time === "" ? "" : `T${time}`}`;
}

/**
 * The shortest string: the non-zero components only. Written by hand, not with arrays, since the
 * extraction finders write one for every length of time they find.
 */
function temporal(d: Duration, secondsText: string): string {
  let date = "";
  if (d.years !== 0) date += `${integer(d.years)}Y`;
  if (d.months !== 0) date += `${integer(d.months)}M`;
  if (d.weeks !== 0) date += `${integer(d.weeks)}W`;
  if (d.days !== 0) date += `${integer(d.days)}D`;
  let time = "";
  if (d.hours !== 0) time += `${integer(d.hours)}H`;
  if (d.minutes !== 0) time += `${integer(d.minutes)}M`;
  if (secondsText !== "") time += `${secondsText}S`;
  return `${d.sign === -1 ? "-" : ""}P${date}${time === "" ? "" : `T${time}`}`;
}

/** Writes the components from the first to the last non-zero one, zeros included (RFC 3339 forbids gaps). */
function fill(parts: readonly [string, number][], alone?: readonly [string, number][]): string {
  if (alone !== undefined) return alone.map(([u, v]) => `${integer(v)}${u}`).join("");
  const first = parts.findIndex(([, v]) => v !== 0);
  if (first === -1) return "";
  let lastIndex = first;
  parts.forEach(([, v], i) => {
    if (v !== 0) lastIndex = i;
  });
  return parts.slice(first, lastIndex + 1).map(([u, v]) => `${integer(v)}${u}`).join("");
}
