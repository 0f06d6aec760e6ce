// Ranges of days inside one month, which reports write with the month once: "12–13 May 2025",
// "between 3 and 5 March", "May 12–14, 2025", "from May 3 to 5". Each end is a date of its own.
import { isDash, monthFromWord, type Token } from "../common/index.js";

const JOINERS: ReadonlySet<string> = new Set(["to", "and", "through", "till", "until"]);

/** The day of the month a token writes ("12", "12th"), or undefined. */
function dayOf(t: Token | undefined): number | undefined {
  if (t === undefined || (t.kind !== "number" && t.kind !== "ordinal") || t.lower.length > 2) return undefined;
  const day = Number(t.lower);
  return day >= 1 && day <= 31 ? day : undefined;
}

const isJoiner = (t: Token | undefined): boolean => t !== undefined && (isDash(t) || JOINERS.has(t.lower));
const isMonthWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && monthFromWord(t.lower) !== undefined && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();

/**
 * A range of days starting at token `i`, the month after the days ("12–13 May 2025", "3 and 5
 * March", "12th–14th of May"): the first day and the token where the closing date ("13 May 2025") starts. The first
 * day is before the last, so "5–3 May" and a count such as "20-25 May soldiers" in a table of
 * months stay what they are.
 */
export function dayFirstRange(tokens: readonly Token[], i: number): { day: number; closing: number } | undefined {
  const day = dayOf(tokens[i]);
  const last = dayOf(tokens[i + 2]);
  // "12th–14th of May"
  const month = tokens[i + 3]?.lower === "of" ? i + 4 : i + 3;
  if (day === undefined || last === undefined || day >= last || !isJoiner(tokens[i + 1]) || !isMonthWord(tokens[month])) return undefined;
  return { day, closing: i + 2 };
}

/**
 * A range of days starting at the month word at token `i` ("May 12–14, 2025", "May 3 to 5"): the
 * tokens of the first and last day, and of the year when one follows (after a comma or not).
 */
export function monthFirstRange(tokens: readonly Token[], i: number): { first: number; last: number; year?: number } | undefined {
  if (!isMonthWord(tokens[i])) return undefined;
  const day = dayOf(tokens[i + 1]);
  const lastDay = dayOf(tokens[i + 3]);
  if (day === undefined || lastDay === undefined || day >= lastDay || !isJoiner(tokens[i + 2])) return undefined;
  // "May 12–14 2025" and "May 12–14, 2025"
  const k = tokens[i + 4]?.text === "," ? i + 5 : i + 4;
  const year = tokens[k];
  const written = year !== undefined && year.kind === "number" && /^\d{4}$/.test(year.text);
  return written ? { first: i + 1, last: i + 3, year: k } : { first: i + 1, last: i + 3 };
}
