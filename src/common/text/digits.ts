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
