/** Digits with thousands grouped by commas ("1234567.5" → "1,234,567.5"), independent of the locale. */
export function groupThousands(n: number | string): string {
  const text = String(n);
  const dot = text.indexOf(".");
  const whole = dot === -1 ? text : text.slice(0, dot);
  let out = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += ",";
    out += whole[i];
  }
  return dot === -1 ? out : `${out}${text.slice(dot)}`;
}

/** The fraction digits of a nanosecond count, without trailing zeros: 500000000 → "5". */
export function fractionDigits(nanoseconds: number): string {
  const padded = String(nanoseconds).padStart(9, "0");
  let end = padded.length;
  while (end > 0 && padded[end - 1] === "0") end--;
  return padded.slice(0, end);
}

/**
 * The digits of a number without the commas and spaces that group them ("20,000" and "20 000" →
 * "20000"); the string itself when it has none, as most numbers do, so nothing is copied.
 */
export function ungrouped(digits: string): string {
  return digits.includes(",") || digits.includes(" ") ? digits.replaceAll(",", "").replaceAll(" ", "") : digits;
}

// The spaces that group thousands in "10 000" (no-break, narrow no-break and thin spaces too).
const GROUP_SPACES: ReadonlySet<string> = new Set([" ", "\u00a0", "\u202f", "\u2009"]);

/**
 * Whether the digits `next` go on the number `last` (already read) as a space-grouped thousands
 * group ("10 000", "1 500 000"): exactly three digits, one grouping space after a first group of
 * one to three plain digits. "2022 300" and "May 2025 000" are a year and a count, not a group.
 * `last.text` holds a space only when it was grouped here, so its first group is known good.
 */
export function continuesThousands(text: string, last: { readonly text: string; readonly end: number }, next: { readonly text: string; readonly start: number }): boolean {
  if (!/^\d{3}$/.test(next.text) || next.start !== last.end + 1 || !GROUP_SPACES.has(text.charAt(last.end))) return false;
  return last.text.includes(" ") || /^\d{1,3}$/.test(last.text);
}
