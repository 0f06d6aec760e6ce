// Dates a report gives relative to its own day: "on Tuesday", "yesterday", "last year". Wire copy
// names the weekday of anything within the past week, so these resolve against the reference date
// (the article's date), never against the narrative's last date.
import {
  addDuration, duration, monthFromWord, parseCardinal, parseDatePhrase, WEEKDAY_NAMES, type CalendarDate, type DateModifier, type PartialDate, type Precision, type Token,
} from "../common/index.js";

const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i]));
const YEAR_STEPS: ReadonlyMap<string, number> = new Map([["last", -1], ["this", 0], ["next", 1]]);
const DAY_STEPS: ReadonlyMap<string, number> = new Map([["yesterday", -1], ["today", 0], ["tomorrow", 1]]);

/** Words a date relative to the article's day starts with: a weekday, "yesterday", "last" (year). */
export const DEICTIC_STARTS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...YEAR_STEPS.keys(), ...DAY_STEPS.keys()]);

// "three weeks ago": each unit's length in days or months, and the precision of the date it gives
const AGO_UNITS: ReadonlyMap<string, { days?: number; months?: number; precision: Precision }> = new Map([
  ["day", { days: 1, precision: "day" }], ["days", { days: 1, precision: "day" }], ["week", { days: 7, precision: "day" }], ["weeks", { days: 7, precision: "day" }],
  ["month", { months: 1, precision: "month" }], ["months", { months: 1, precision: "month" }], ["year", { months: 12, precision: "year" }], ["years", { months: 12, precision: "year" }],
]);
const MAX_AGO = 1000;

/** Whether "N days (weeks, months, years) ago" starts at token `i`. */
export function startsAgo(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 2]?.lower === "ago" && AGO_UNITS.has(tokens[i + 1]?.lower ?? "");
}

function cardinalOf(word: string): number | undefined {
  const n = parseCardinal(word);
  return n.success ? n.data : undefined;
}

/** "two days ago", "a month ago", "3 years ago", counted back from the reference day. */
function ago(tokens: readonly Token[], i: number, referenceDate: CalendarDate): { value: PartialDate; precision: Precision } | undefined {
  const t = tokens[i] as Token;
  const unit = AGO_UNITS.get((tokens[i + 1] as Token).lower);
  const count = t.lower === "a" || t.lower === "an" ? 1 : t.kind === "number" ? Number(t.lower) : cardinalOf(t.text);
  if (unit === undefined || count === undefined || !Number.isInteger(count) || count < 1 || count > MAX_AGO) return undefined;
  try {
    const back = duration({ sign: -1, days: (unit.days ?? 0) * count, months: (unit.months ?? 0) * count });
    const day = addDuration(referenceDate, back);
    return { value: unit.precision === "day" ? day : unit.precision === "month" ? day.slice(0, 7) : day.slice(0, 4), precision: unit.precision };
  } catch {
    return undefined;
  }
}

// The modifiers a season gives; "this early" or "this late" names no season.
const SEASON_MODIFIERS: ReadonlySet<DateModifier> = new Set(["spring", "summer", "autumn"]);
// "this fall in recruitment", "this fall of the town": the noun, not the season
const AFTER_FALL_NOUN: ReadonlySet<string> = new Set(["in", "of", "from", "to"]);

/**
 * "this spring", "last summer", "next autumn" / "fall": a season as `parseDatePhrase` reads
 * "spring 2025" (so a winter, which spans two years, is refused), in the reference day's year
 * moved by `steps`. "Last spring" is the year before's only while this year's spring has not
 * ended (in March or April 2026 it is spring 2025), and "next spring" the year after's only once
 * this year's has begun: out of them, whether "last spring" in June is this year's or the year
 * before's, writers differ, and the season gives nothing.
 */
function seasonStep(tokens: readonly Token[], i: number, referenceDate: CalendarDate, steps: number): { value: PartialDate; modifier: DateModifier } | undefined {
  const season = tokens[i + 1];
  if (season?.kind !== "word" || (season.lower === "fall" && AFTER_FALL_NOUN.has(tokens[i + 2]?.lower ?? ""))) return undefined;
  const read = parseDatePhrase(`${season.lower} ${referenceDate.slice(0, 4)}`);
  const modifier = read.success ? read.data.modifier : undefined;
  if (!read.success || modifier === undefined || !SEASON_MODIFIERS.has(modifier)) return undefined;
  if ((steps < 0 && referenceDate > read.data.interval.end) || (steps > 0 && referenceDate < read.data.interval.start)) return undefined;
  const year = Number(referenceDate.slice(0, 4)) + steps;
  return year < 1 || year > 9999 ? undefined : { value: String(year).padStart(4, "0"), modifier };
}

/** Monday = 0 … Sunday = 6, in UTC so that no time zone moves it. */
function weekdayOf(day: CalendarDate): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function shift(day: CalendarDate, days: number): CalendarDate | undefined {
  try {
    return days === 0 ? day : addDuration(day, duration({ days }));
  } catch {
    return undefined;
  }
}

/**
 * "last week", "this week", "next week": a partial date has no week, so the month the whole
 * Monday–Sunday week lies in, else the year both its ends share, else (the week of New Year)
 * nothing — never a finer date than the text gives.
 */
function weekStep(referenceDate: CalendarDate, steps: number): { value: PartialDate; precision: Precision } | undefined {
  const monday = shift(referenceDate, 7 * steps - weekdayOf(referenceDate));
  const sunday = monday === undefined ? undefined : shift(monday, 6);
  if (monday === undefined || sunday === undefined) return undefined;
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return { value: monday.slice(0, 7), precision: "month" };
  return monday.slice(0, 4) === sunday.slice(0, 4) ? { value: monday.slice(0, 4), precision: "year" } : undefined;
}

// "over the last year", "the last week of March", "its last summer", "the next month": an order
// among periods, not a step off the article's day ("her" is left out: "told her last week")
const ORDERING_WORDS: ReadonlySet<string> = new Set(["the", "its", "their", "his", "our", "my", "your", "whose"]);

/**
 * A date relative to the reference day at token `i`: a weekday alone ("on Tuesday": the latest
 * one on or before the reference day, or with `ahead` the first on or after it), "yesterday",
 * "today", "tomorrow", "last/this/next year", "month" or "week" (`week`: the month or year that
 * holds the week, see weekStep), "this spring" or "last summer" (with its `modifier`, see
 * seasonStep), or "N days (weeks, months, years) ago". Undefined when none stands there.
 */
export function readDeictic(
  text: string, tokens: readonly Token[], i: number, referenceDate: CalendarDate, ahead: boolean,
): { value: PartialDate; precision: Precision; modifier?: DateModifier; week?: true; last: number; start: number; end: number } | undefined {
  const t = tokens[i] as Token;
  let value: PartialDate | undefined;
  let precision: Precision = "day";
  let modifier: DateModifier | undefined;
  let week = false;
  let last = i;
  const years = YEAR_STEPS.get(t.lower);
  // "this month-long offensive" names no month
  const after = tokens[i + 2];
  if (years !== undefined && (ORDERING_WORDS.has(tokens[i - 1]?.lower ?? "") || (after?.text === "-" && !after.spaceBefore))) return undefined;
  const season = years === undefined ? undefined : seasonStep(tokens, i, referenceDate, years);
  const weekday = WEEKDAYS.get(t.lower);
  const days = DAY_STEPS.get(t.lower);
  if (season !== undefined) {
    value = season.value;
    modifier = season.modifier;
    precision = "year";
    last = i + 1;
  } else if (startsAgo(tokens, i)) {
    const back = ago(tokens, i, referenceDate);
    if (back === undefined) return undefined;
    value = back.value;
    precision = back.precision;
    last = i + 2;
  } else if (weekday !== undefined) {
    // a weekday is a name: "on Sunday", not "sunday best"
    if (t.text.charAt(0) === t.lower.charAt(0)) return undefined;
    // "Tuesday, Feb. 24, 2022", "Monday 3 March": the weekday of a date the text gives
    const k = tokens[i + 1]?.text === "," ? i + 2 : i + 1;
    const isMonth = (m: Token | undefined): boolean => m !== undefined && m.kind === "word" && monthFromWord(m.lower) !== undefined;
    const isDay = (d: Token | undefined): boolean => d !== undefined && (d.kind === "ordinal" || (d.kind === "number" && d.text.length <= 2));
    if (isMonth(tokens[k]) || (isDay(tokens[k]) && (isMonth(tokens[k + 1]) || tokens[k + 1]?.lower === "of"))) return undefined;
    const back = (weekdayOf(referenceDate) - weekday + 7) % 7;
    value = shift(referenceDate, ahead ? (7 - back) % 7 : -back);
  } else if (days !== undefined) {
    value = shift(referenceDate, days);
  } else if (years !== undefined && tokens[i + 1]?.lower === "year") {
    const year = Number(referenceDate.slice(0, 4)) + years;
    if (year < 1 || year > 9999) return undefined;
    value = String(year).padStart(4, "0");
    precision = "year";
    last = i + 1;
  } else if (years !== undefined && tokens[i + 1]?.lower === "month") {
    // "last month", "this month", "next month"
    const index = Number(referenceDate.slice(0, 4)) * 12 + Number(referenceDate.slice(5, 7)) - 1 + years;
    const year = Math.floor(index / 12);
    if (year < 1 || year > 9999) return undefined;
    value = `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
    precision = "month";
    last = i + 1;
  } else if (years !== undefined && tokens[i + 1]?.lower === "week") {
    const held = weekStep(referenceDate, years);
    if (held === undefined) return undefined;
    value = held.value;
    precision = held.precision;
    week = true;
    last = i + 1;
  }
  if (value === undefined) return undefined;
  // none of these words is an abbreviation: a period after one ends the sentence
  const lastToken = tokens[last] as Token;
  return { value, precision, ...(modifier === undefined ? {} : { modifier }), ...(week ? { week: true as const } : {}), last, start: t.start, end: lastToken.dot ? lastToken.end - 1 : lastToken.end };
}
