// Years written without a preposition before them: a year range ("2015–2017", "the 2023-24
// season") and a year that qualifies a noun ("the 2022 invasion", "Ukraine's 2025 budget").
import type { Token } from "../common/index.js";

const DASHES: ReadonlySet<string> = new Set(["-", "–", "/"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "whose"]);

/** A four-digit number with no comma ("2022", not "2,022"): good copy writes counts from 1,000 with one. */
const yearOf = (t: Token | undefined): number | undefined =>
  t !== undefined && t.kind === "number" && t.text.length === 4 && /^\d{4}$/.test(t.text) ? Number(t.text) : undefined;

/**
 * The second year of a range starting at token `i` ("2015–2017", "2023-24", "2023/24"): its token
 * and its full value. The second year is later than the first and at most 50 years on (a range
 * of counts such as "1500-2000" is no span of years); written with two digits, at most 10 on.
 */
export function yearRangeEnd(tokens: readonly Token[], i: number): { last: number; year: number } | undefined {
  const first = yearOf(tokens[i]);
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (first === undefined || dash === undefined || second === undefined || !DASHES.has(dash.text) || dash.spaceBefore || second.spaceBefore || second.kind !== "number") return undefined;
  // "2900-04-26" is one date, whatever made it no calendar date
  const after = tokens[i + 3];
  if (after !== undefined && !after.spaceBefore && after.kind === "punct" && DASHES.has(after.text)) return undefined;
  const full = yearOf(second);
  if (full !== undefined) return full > first && full - first <= 50 ? { last: i + 2, year: full } : undefined;
  if (!/^\d{2}$/.test(second.text)) return undefined;
  const year = first - (first % 100) + Number(second.text);
  return year > first && year - first <= 10 ? { last: i + 2, year } : undefined;
}

/** Whether the four-digit number at `i` is a year qualifying the noun after it: "the 2022 invasion", "Ukraine's 2025 budget". */
export function isAdjectiveYear(tokens: readonly Token[], i: number): boolean {
  const year = yearOf(tokens[i]);
  if (year === undefined || year < 1900 || year > 2100) return false;
  const before = tokens[i - 1]?.lower ?? "";
  const owner = DETERMINERS.has(before) || ((before.endsWith("'s") || before.endsWith("’s")) && before.length > 2);
  return owner && tokens[i + 1]?.kind === "word" && tokens[i + 1]?.spaceBefore === true;
}
