import {
  addDuration, duration, isCalendarAbbreviation, MONTH_NAMES, monthFromWord, YEAR_PREPOSITIONS, SMALL_NUMBER_WORDS, parseCardinal, parseDatePhrase, toInterval,
  type CalendarDate, type DateModifier, type PartialDate, type Precision, type Token,
} from "../common/index.js";
import { endOf, isPunct, type Claims } from "./claims.js";
import { dayFirstRange, monthFirstRange } from "./day-ranges.js";
import { DEICTIC_STARTS, readDeictic, startsAgo } from "./deictic.js";
import { isAdjectiveYear, yearRangeEnd } from "./years.js";
import { CLAUSE_BREAKS, FORWARD_CUES, RELATIVE_STARTS, RELATIVE_UNITS } from "./vocabulary.js";
import { DATE_WORD, MODIFIER_WORD, MONTH_WORD, NUMBER_TOKEN, ORDINAL_TOKEN, TIME_UNIT_WORD, WEEKDAY_WORD } from "./word-classes.js";

/**
 * A date found in running text. `value` is a partial date at the precision the text gives.
 *
 * @example
 * ```ts
 * import type { DateMention } from "musterroll/extract";
 * const m: DateMention = { text: "December 31, 2025", start: 3, end: 20, value: "2025-12-31", precision: "day" };
 * ```
 */
export interface DateMention {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  readonly value: PartialDate;
  /** How much of the date is known. */
  readonly precision: Precision;
  /** A qualifier such as "late" ("the end of December") or "summer". */
  readonly modifier?: DateModifier;
  /** The year was not written and comes from the narrative or the reference date. */
  readonly yearInferred?: true;
  /** The whole date comes from an earlier one ("two months later", "that same day") or from the reference date ("on Tuesday", "last year"). */
  readonly inferred?: true;
}

const MAX_TOKENS = 8;
const ADJACENT_CUES: ReadonlySet<string> = new Set(["to", "by", "through", "till", "til"]);
const isCapitalised = (t: Token): boolean => t.text.charAt(0) !== t.text.charAt(0).toLowerCase();

interface Narrative {
  /** The latest explicit date of month or day precision so far: the narrative's "now". */
  latestFine?: PartialDate;
  /** The last day of latestFine. */
  latestFineEnd?: CalendarDate;
  /** The latest explicit year so far. */
  latestYear?: PartialDate;
  /** The last day of latestYear. */
  latestYearEnd?: CalendarDate;
  /** The previous date mention of any kind, for "that same day" and "two months later". */
  previous?: DateMention;
}

function canStart(claims: Claims, i: number): boolean {
  const tokens = claims.tokens;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.kind === "word") {
    const bits = claims.classes[i] as number;
    if ((bits & (MONTH_WORD | WEEKDAY_WORD)) !== 0) return isCapitalised(t);
    return (bits & MODIFIER_WORD) !== 0;
  }
  if (t.kind === "ordinal" || t.kind === "number") {
    if (t.kind === "number" && t.lower.length === 4 && !t.text.includes(",")) return true;
    // "30 May", but not "as many as 30 may have died": a month after a day is capitalised, as it is alone
    return t.lower.length <= 2 && next?.kind === "word" && (next.lower === "of" || (((claims.classes[i + 1] as number) & MONTH_WORD) !== 0 && isCapitalised(next)));
  }
  return false;
}

/**
 * Finds dates in running text, resolving year-less dates by the narrative: the year of the latest
 * explicit date the text has given so far (its "now"), moved forward when a cue such as "until",
 * "by" or "extended" says the date comes later; when the text has given none, the latest such date
 * on or before the reference date (the earliest on or after it when a cue points ahead).
 */
export function findDates(text: string, claims: Claims, referenceDate: CalendarDate | undefined): DateMention[] {
  const tokens = claims.tokens;
  const found: DateMention[] = [];
  const story: Narrative = {};
  for (let i = 0; i < tokens.length; i++) {
    // most words of prose open no date, and no mark does: see word-classes
    if (((claims.classes[i] as number) & (DATE_WORD | NUMBER_TOKEN | ORDINAL_TOKEN)) === 0 || !claims.isFree(i, i)) continue;
    const t = tokens[i] as Token;
    const relative = unitOfTimeSoon(claims, i) ? readRelative(text, tokens, i, story) : undefined;
    if (relative !== undefined && claims.isFree(i, relative.last)) {
      claims.take(i, relative.last);
      found.push(relative.mention);
      story.previous = relative.mention;
      i = relative.last;
      continue;
    }
    const numeric = numericRun(tokens, i);
    if (numeric !== undefined && claims.isFree(i, numeric)) {
      const first = tokens[i] as Token;
      const end = (tokens[numeric] as Token).end;
      const result = parseDatePhrase(text.slice(first.start, end));
      if (result.success) {
        const mention: DateMention = { text: text.slice(first.start, end), start: first.start, end, value: result.data.value, precision: result.data.precision };
        claims.take(i, numeric);
        found.push(mention);
        remember(story, mention);
        i = numeric;
        continue;
      }
      // "12/03/2024" is a date whatever its order; it is no count "12", "03" and "2024" either
      if (result.error.code === "ambiguous") {
        claims.take(i, numeric);
        i = numeric;
        continue;
      }
    }
    // "2015–2017", "the 2023-24 season": both ends are years
    const range = yearRangeEnd(tokens, i);
    if (range !== undefined && claims.isFree(i, range.last)) {
      const first = tokens[i] as Token;
      const second = tokens[range.last] as Token;
      const from: DateMention = { text: first.text, start: first.start, end: first.end, value: first.text, precision: "year" };
      const to: DateMention = { text: second.text, start: second.start, end: second.end, value: String(range.year), precision: "year" };
      claims.take(i, range.last);
      found.push(from, to);
      remember(story, from);
      remember(story, to);
      i = range.last;
      continue;
    }
    // "12–13 May 2025", "May 12–14, 2025": both ends are days
    const days = readDayRange(text, tokens, i, claims, story, referenceDate);
    if (days !== undefined) {
      claims.take(i, days.last);
      for (const m of days.mentions) {
        found.push(m);
        remember(story, m);
      }
      i = days.last;
      continue;
    }
    const startsDate = canStart(claims, i);
    const offStep = startsDate && referenceDate !== undefined ? readOffStep(text, tokens, i, claims, referenceDate) : undefined;
    if (offStep !== undefined) {
      claims.take(i, offStep.last);
      found.push(offStep.mention);
      story.previous = offStep.mention;
      i = offStep.last;
      continue;
    }
    const hit = startsDate ? readDate(text, tokens, i, claims, story, referenceDate) : undefined;
    // "MOSCOW, Jan 12 (Reuters)" with no year to lend: no date, but no count of 12 either
    const unyeared = hit === undefined && referenceDate === undefined && story.latestYearEnd === undefined ? yearlessDayEnd(text, tokens, i, claims) : undefined;
    if (unyeared !== undefined) {
      claims.take(i, unyeared);
      i = unyeared;
      continue;
    }
    if (hit === undefined) {
      const near = referenceDate !== undefined && (DEICTIC_STARTS.has(t.lower) || startsAgo(tokens, i)) ? readDeictic(text, tokens, i, referenceDate, isForward(tokens, i)) : undefined;
      if (near === undefined || !claims.isFree(i, near.last)) continue;
      const mention: DateMention = {
        text: text.slice(near.start, near.end), start: near.start, end: near.end, value: near.value, precision: near.precision,
        ...(near.modifier === undefined ? {} : { modifier: near.modifier }), inferred: true,
      };
      claims.take(i, near.last);
      found.push(mention);
      story.previous = mention;
      i = near.last;
      continue;
    }
    claims.take(i, hit.last);
    found.push(hit.mention);
    remember(story, hit.mention);
    i = hit.last;
  }
  return found;
}

/**
 * The last token of an all-numeric date written without spaces ("2024-03-15", "12/03/2024",
 * "15.03.2024", "2024-03"): numbers joined by one kind of separator, one of them a four-digit
 * year (so "1/2" and "5-6" stay a fraction and a range). Undefined when none starts at `i`.
 */
function numericRun(tokens: readonly Token[], i: number): number | undefined {
  const first = tokens[i] as Token;
  if (first.kind !== "number") return undefined;
  let k = i;
  let separator: string | undefined;
  let year = /^\d{4}$/.test(first.text);
  for (let parts = 1; parts < 3; parts++) {
    const mark = tokens[k + 1];
    const next = tokens[k + 2];
    if (mark === undefined || next === undefined || mark.kind !== "punct" || mark.spaceBefore || next.kind !== "number" || next.spaceBefore) break;
    if (!(mark.text === "-" || mark.text === "/" || mark.text === ".") || (separator !== undefined && mark.text !== separator)) break;
    separator = mark.text;
    year ||= /^\d{4}$/.test(next.text);
    k += 2;
  }
  return k > i && year ? k : undefined;
}

/**
 * The furthest token a date starting at `i` can reach: date-like tokens only, one month word, and
 * nothing after the first four-digit year — so each start costs one or two parses, not eight.
 */
function extent(claims: Claims, i: number): number {
  const tokens = claims.tokens;
  let months = 0;
  let days = 0;
  let last = i;
  for (let k = i; k < Math.min(i + MAX_TOKENS, tokens.length); k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word") {
      const bits = claims.classes[k] as number;
      const isMonth = (bits & MONTH_WORD) !== 0;
      if (isMonth && ++months > 1) break;
      if (!isMonth && (bits & (WEEKDAY_WORD | MODIFIER_WORD)) === 0 && !DATE_PART_WORDS.has(t.lower)) break;
    } else if (t.kind === "punct" && t.text !== "," && t.text !== "-" && t.text !== "." && t.text !== "/") {
      break;
    } else if ((t.kind === "ordinal" || (t.kind === "number" && t.lower.length <= 2)) && ++days > 1 && months === 0) {
      break;
    }
    last = k;
    if (t.kind === "number" && t.lower.length === 4) break;
  }
  return last;
}

// words inside a date after its first: "the end of", "the first half of", "the third quarter of"
const DATE_PART_WORDS: ReadonlySet<string> = new Set(["of", "the", "half", "quarter"]);

const RANGE_JOINERS: ReadonlySet<string> = new Set(["and", "to", "-", "–", "through", "until", "till"]);

/**
 * The last day of the date that closes a range after the year-less date ending at token `j`,
 * when that date writes its year ("March and May 2024" gives 2024-05-31).
 */
function sharedYear(
  text: string, tokens: readonly Token[], j: number, claims: Claims, story: Narrative, referenceDate: CalendarDate | undefined,
): CalendarDate | undefined {
  const joiner = tokens[j + 1];
  if (joiner === undefined || !RANGE_JOINERS.has(joiner.lower) || tokens[j + 2] === undefined || !canStart(claims, j + 2)) return undefined;
  const later = readDate(text, tokens, j + 2, claims, story, referenceDate, true);
  return later === undefined || later.mention.yearInferred ? undefined : toInterval(later.mention.value).end;
}

/**
 * Whether a cue says the date at token `i` comes later: "until", "extended", "will" reach over a
 * few words; "to" and "by" only right before the date ("postponed to April"; not "lowered the age
 * to 18 in April").
 */
function isForward(tokens: readonly Token[], i: number): boolean {
  // "the night of 14 to 15 July", "from March to May": the "to" of a range is no cue, and the
  // closing end goes the way its opening end goes (looked at once, so a chain costs no more)
  const opening = tokens[i - 2];
  const closesRange = RANGE_JOINERS.has(tokens[i - 1]?.lower ?? "") && opening !== undefined &&
    ((opening.kind === "number" && opening.lower.length <= 2) || opening.kind === "ordinal" || (opening.kind === "word" && monthFromWord(opening.lower) !== undefined && isCapitalised(opening)));
  return cuedForward(tokens, closesRange ? i - 2 : i);
}

function cuedForward(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const lower = tokens[i - k]?.lower ?? "";
    if (FORWARD_CUES.has(lower) && (k === 1 || !ADJACENT_CUES.has(lower))) return true;
  }
  // "will" and "scheduled" govern their whole clause: "the brigade will rotate out in August"
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_REACH; k--) {
    const t = tokens[k] as Token;
    if (FUTURE_AUXILIARIES.has(t.lower)) return true;
    // a mark, or a word that carries a sentence's full stop, ends the clause
    if (t.kind === "punct" || t.dot) return false;
  }
  return false;
}

const FUTURE_REACH = 6;
const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(["will", "shall", "scheduled", "planned", "expected", "due"]);

function remember(story: Narrative, m: DateMention): void {
  story.previous = m;
  if (m.yearInferred || m.inferred) return;
  // the last day of each latest date is kept beside it, so a date is measured once
  const end = toInterval(m.value).end;
  if (m.precision === "year") {
    if (story.latestYearEnd === undefined || end > story.latestYearEnd) {
      story.latestYear = m.value;
      story.latestYearEnd = end;
    }
  } else if (story.latestFineEnd === undefined || end > story.latestFineEnd) {
    story.latestFine = m.value;
    story.latestFineEnd = end;
  }
}

/** How a date starting at token `i` finds a year it does not write: see {@link findDates}. */
function narrativeOptions(tokens: readonly Token[], i: number, story: Narrative, referenceDate: CalendarDate | undefined) {
  const anchor = story.latestFine ?? story.latestYear;
  const anchorDay: CalendarDate | undefined = anchor === undefined ? referenceDate : story.latestFineEnd ?? story.latestYearEnd;
  // the narrative's year holds unless a cue moves the date later; with no year in the text yet,
  // a report tells what has happened by its date: "October" in a March report is the October
  // before it, unless a cue ("will", "until", "scheduled") points ahead
  const fallback = isForward(tokens, i) ? ("future" as const) : anchor === undefined ? ("past" as const) : ("same-year" as const);
  return anchorDay === undefined ? {} : { referenceDate: anchorDay, prefer: fallback };
}

/**
 * The two dates of a range of days inside one month starting at token `i`: "12" and "13 May 2025"
 * in "12–13 May 2025"; "May 12" and "14, 2025" in "May 12–14, 2025". The first end takes the
 * month and year of the last.
 */
function readDayRange(
  text: string, tokens: readonly Token[], i: number, claims: Claims, story: Narrative, referenceDate: CalendarDate | undefined,
): { mentions: [DateMention, DateMention]; last: number } | undefined {
  // such a range opens on its first day or on its month: most words of prose are neither
  if ((tokens[i] as Token).kind === "word" && ((claims.classes[i] as number) & MONTH_WORD) === 0) return undefined;
  const dayFirst = dayFirstRange(tokens, i);
  if (dayFirst !== undefined) {
    const closing = readDate(text, tokens, dayFirst.closing, claims, story, referenceDate);
    if (closing === undefined || closing.mention.precision !== "day" || closing.mention.start !== (tokens[dayFirst.closing] as Token).start || !claims.isFree(i, closing.last)) return undefined;
    const first = tokens[i] as Token;
    return { mentions: [sameMonth(closing.mention, dayFirst.day, first.start, first.end, text), closing.mention], last: closing.last };
  }
  const monthFirst = monthFirstRange(tokens, i);
  if (monthFirst === undefined) return undefined;
  const last = monthFirst.year ?? monthFirst.last;
  if (!claims.isFree(i, last)) return undefined;
  const month = tokens[i] as Token;
  const closingDay = tokens[monthFirst.last] as Token;
  const year = monthFirst.year === undefined ? "" : `, ${(tokens[monthFirst.year] as Token).text}`;
  const parsed = parseDatePhrase(`${month.text} ${closingDay.text}${year}`, narrativeOptions(tokens, i, story, referenceDate));
  if (!parsed.success || parsed.data.precision !== "day") return undefined;
  const end = (tokens[last] as Token).end;
  const closing: DateMention = {
    text: text.slice(closingDay.start, end), start: closingDay.start, end, value: parsed.data.value, precision: "day",
    ...(parsed.data.yearInferred ? { yearInferred: true as const } : {}),
  };
  const firstDay = tokens[monthFirst.first] as Token;
  return { mentions: [sameMonth(closing, Number(firstDay.lower), month.start, firstDay.end, text), closing], last };
}

/** The date of `day` in the month of `closing`, spanning `[start, end)` of the text. */
function sameMonth(closing: DateMention, day: number, start: number, end: number, text: string): DateMention {
  return {
    text: text.slice(start, end), start, end, value: `${closing.value.slice(0, 8)}${String(day).padStart(2, "0")}`, precision: "day",
    ...(closing.yearInferred ? { yearInferred: true as const } : {}),
  };
}

/**
 * A date whose year or month is a step off the article's day: "May of last year", "March this
 * year", "late last year", "the end of last month", "the spring of last year". The words before
 * the step are read as they would be before the year or month it names ("May of 2024", "late
 * 2024", "the end of May 2025"), so the date is one mention at the precision and with the modifier
 * those words give, and "May" is not dated by the narrative apart from its year.
 */
function readOffStep(
  text: string, tokens: readonly Token[], i: number, claims: Claims, referenceDate: CalendarDate,
): { mention: DateMention; last: number } | undefined {
  const head = extent(claims, i);
  for (let k = i; k <= head; k++) if ((tokens[k] as Token).kind === "punct" || (tokens[k] as Token).dot) return undefined;
  const stepAt = head + 1;
  if (!DEICTIC_STARTS.has(tokens[stepAt]?.lower ?? "") && !startsAgo(tokens, stepAt)) return undefined;
  const near = readDeictic(text, tokens, stepAt, referenceDate, isForward(tokens, i));
  // "late this spring" is no "late 2025": a season's own modifier leaves no year to stand in for;
  // nor is "early last week" "early March": the month only holds the week
  if (near === undefined || near.precision === "day" || near.modifier !== undefined || near.week || !claims.isFree(i, near.last)) return undefined;
  const named = near.precision === "year" ? near.value : `${MONTH_NAMES[Number(near.value.slice(5, 7)) - 1] ?? ""} ${near.value.slice(0, 4)}`;
  const first = tokens[i] as Token;
  const result = parseDatePhrase(`${text.slice(first.start, (tokens[head] as Token).end)} ${named}`);
  if (!result.success) return undefined;
  const d = result.data;
  const mention: DateMention = {
    text: text.slice(first.start, near.end), start: first.start, end: near.end, value: d.value, precision: d.precision,
    ...(d.modifier ? { modifier: d.modifier } : {}), inferred: true,
  };
  return { mention, last: near.last };
}

/**
 * Whether the digits at `j` name a decade ("the 1990s", "the early 2000s", "the mid-1990s", "the
 * 2000's"): an "s" glued to them, or an apostrophe and "s". A partial date has no decade, and the
 * decade's first year is a wrong date, so it gives none.
 */
function isDecadeAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (t.kind !== "number" || next === undefined || next.start !== t.end) return false;
  if (next.kind === "word") return next.lower === "s";
  const s = tokens[j + 2];
  return (next.text === "'" || next.text === "\u2019") && s?.kind === "word" && s.lower === "s" && s.start === next.end;
}

function readDate(
  text: string, tokens: readonly Token[], i: number, claims: Claims, story: Narrative, referenceDate: CalendarDate | undefined, inRange = false,
): { mention: DateMention; last: number } | undefined {
  const options = narrativeOptions(tokens, i, story, referenceDate);
  for (let j = extent(claims, i); j >= i; j--) {
    if (!claims.isFree(i, j) || isPunct(tokens[j]) || isDecadeAt(tokens, j)) continue;
    const first = tokens[i] as Token;
    // "Corporal Jan Kowalski", "Gen. Sun Li": reports spell a month or weekday out when it stands
    // alone, so a short form names one only with a day or a year beside it ("Jan. 3", "Sept. 2024")
    if (j === i && first.kind === "word" && isCalendarAbbreviation(first.lower)) return undefined;
    // a weekday or modifier alone ("Tuesday", "late", "the third") reads as no date, with or without a year to lend
    if (j === i && first.kind === "word" && ((claims.classes[i] as number) & MONTH_WORD) === 0) continue;
    const last = tokens[j] as Token;
    const end = endOf(last);
    let result = parseDatePhrase(text.slice(first.start, end), options);
    // with no year anywhere yet, "April 30–May 2, 2025" still dates its first end by its last
    if (!result.success && options.referenceDate === undefined && !inRange) {
      const shared = sharedYear(text, tokens, j, claims, story, referenceDate);
      if (shared !== undefined) result = parseDatePhrase(text.slice(first.start, end), { referenceDate: shared, prefer: "past" });
    }
    if (!result.success) continue;
    let d = result.data;
    const bareYear = j === i && first.kind === "number";
    // "between March and May 2024", "from December to February 2024": the range's year is the first month's too
    // (one step only: the closing date's own range is not looked for, so a chain costs no more)
    const shared = d.yearInferred && !inRange ? sharedYear(text, tokens, j, claims, story, referenceDate) : undefined;
    if (shared !== undefined) {
      const again = parseDatePhrase(text.slice(first.start, end), { referenceDate: shared, prefer: "past" });
      if (again.success) d = again.data;
    }
    if (bareYear && !YEAR_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") && !isAdjectiveYear(tokens, i)) return undefined;
    if (bareYear && (Number(first.lower) < 1000 || tokens[i + 1]?.text === "%")) return undefined;
    const mention: DateMention = {
      text: text.slice(first.start, end), start: first.start, end, value: d.value, precision: d.precision,
      ...(d.modifier ? { modifier: d.modifier } : {}), ...(d.yearInferred ? { yearInferred: true as const } : {}),
    };
    return { mention, last: j };
  }
  return undefined;
}

/**
 * The token that closes a month and day at token `i` ("Jan 12", "Dec. 14", "12 January") when the
 * date has no year to take: undefined when none stands there.
 */
function yearlessDayEnd(text: string, tokens: readonly Token[], i: number, claims: Claims): number | undefined {
  const monthFirst = ((claims.classes[i] as number) & MONTH_WORD) !== 0;
  const j = monthFirst ? i + 1 : i;
  const month = monthFirst ? i : i + 1;
  const day = tokens[j];
  if (day === undefined || (day.kind !== "number" && day.kind !== "ordinal") || day.lower.length > 2 || ((claims.classes[month] as number) & MONTH_WORD) === 0) return undefined;
  if (!claims.isFree(i, i + 1) || !isCapitalised(tokens[month] as Token)) return undefined;
  const phrase = text.slice((tokens[i] as Token).start, endOf(tokens[i + 1] as Token));
  // any year will do to ask whether the day is one of the month's: a leap year lets "Feb 29" be one
  const parsed = parseDatePhrase(phrase, { referenceDate: "2000-01-01" });
  return parsed.success && parsed.data.precision === "day" ? i + 1 : undefined;
}

/**
 * "that same day/month/year", "the next day", "the following month", "two months later", "a year
 * later", and back: "the previous day", "the preceding month", "two days earlier".
 */
/**
 * Whether a unit of time stands within four tokens after token `i`: every narrative step has its
 * unit there ("that day", "the next day", "one hundred and twenty days later"), so most words
 * that could open one are passed over by this one look at their classes.
 */
function unitOfTimeSoon(claims: Claims, i: number): boolean {
  const classes = claims.classes;
  for (let k = i + 1; k <= i + 4 && k < classes.length; k++) if (((classes[k] as number) & TIME_UNIT_WORD) !== 0) return true;
  return false;
}

function readRelative(text: string, tokens: readonly Token[], i: number, story: Narrative): { mention: DateMention; last: number } | undefined {
  const prev = story.previous;
  const first = tokens[i] as Token;
  // Most tokens cannot start a narrative step; only these words and counts can.
  if (prev === undefined || !(RELATIVE_STARTS.has(first.lower) || first.kind === "number" || SMALL_NUMBER_WORDS.has(first.lower))) return undefined;
  const w = (k: number): string => tokens[i + k]?.lower ?? "";
  let steps = 0;
  let unitWord = "";
  let last = i;
  if ((w(0) === "that" || w(0) === "the") && w(1) === "same" && RELATIVE_UNITS.get(w(2)) !== undefined) {
    unitWord = w(2);
    last = i + 2;
  } else if (w(0) === "that" && (w(1) === "day" || w(1) === "month" || w(1) === "year")) {
    unitWord = w(1);
    last = i + 1;
  } else if (w(0) === "the" && (w(1) === "next" || w(1) === "following") && RELATIVE_UNITS.get(w(2)) !== undefined) {
    if (oneUnitBefore(tokens, i, w(2))) return undefined;
    unitWord = w(2);
    steps = 1;
    last = i + 2;
  } else if (w(0) === "the" && (w(1) === "previous" || w(1) === "preceding") && RELATIVE_UNITS.get(w(2)) !== undefined) {
    unitWord = w(2);
    steps = -1;
    last = i + 2;
  } else {
    // a counted step ends on "later" or "earlier" right after its unit, which the search below
    // looks for up to four tokens on: without one of them there, no step starts here
    if (!endsStep(w(2)) && !endsStep(w(3)) && !endsStep(w(4)) && !endsStep(w(5))) return undefined;
    let k = i;
    while (k < i + 4 && k < tokens.length && RELATIVE_UNITS.get(tokens[k]?.lower ?? "") === undefined) k++;
    const direction = w(k - i + 1) === "later" ? 1 : w(k - i + 1) === "earlier" ? -1 : 0;
    if (k === i || direction === 0) return undefined;
    const head = text.slice((tokens[i] as Token).start, (tokens[k - 1] as Token).end);
    const n = head.toLowerCase() === "a" || head.toLowerCase() === "an" ? 1 : readCount(head);
    if (n === undefined || n <= 0) return undefined;
    steps = n * direction;
    unitWord = w(k - i);
    last = k + 1;
  }
  const unit = RELATIVE_UNITS.get(unitWord);
  if (unit === undefined) return undefined;
  const value = step(prev, unit, unitWord.startsWith("week") ? steps * 7 : steps);
  if (value === undefined) return undefined;
  const end = endOf(tokens[last] as Token);
  const precision: Precision = unit;
  return { mention: { text: text.slice(first.start, end), start: first.start, end, value, precision, inferred: true }, last };
}

const endsStep = (lower: string): boolean => lower === "later" || lower === "earlier";

const IDIOM_REACH = 24;
// "one day later", "one day after the raid", "one week ago": a day counted from a date, no idiom
const COUNTED_FROM: ReadonlySet<string> = new Set(["later", "earlier", "after", "before", "ago"]);
const SENTENCE_MARKS: ReadonlySet<string> = new Set([".", "!", "?"]);

/**
 * Whether "one day" (the unit `unitWord`) opens a clause earlier in the sentence of token `i`:
 * "One day we were in the trenches, the next day we were home" steps from a day no date names, so
 * its "the next day" is none of the story's dates. "For one day" is a length, "one day later" a
 * counted step, and a "one day" of the sentence before is another story: none of them is the
 * idiom. Looks back a bounded number of tokens, so a long text stays linear.
 */
function oneUnitBefore(tokens: readonly Token[], i: number, unitWord: string): boolean {
  for (let k = i - 1; k >= 1 && k >= i - IDIOM_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.dot || (t.kind === "punct" && SENTENCE_MARKS.has(t.text))) return false;
    if (t.lower !== unitWord || tokens[k - 1]?.lower !== "one" || COUNTED_FROM.has(tokens[k + 1]?.lower ?? "")) continue;
    const before = tokens[k - 2];
    if (before === undefined || before.dot || before.kind === "punct" || before.lower === "and" || before.lower === "then" || CLAUSE_BREAKS.has(before.lower)) return true;
  }
  return false;
}

function readCount(text: string): number | undefined {
  const n = parseCardinal(text);
  return n.success ? n.data : undefined;
}

/** Moves an anchor by whole days, months or years, at that precision; undefined when the anchor is too vague. */
function step(prev: DateMention, unit: "day" | "month" | "year", n: number): PartialDate | undefined {
  const p = prev.precision;
  if (unit === "day" && p !== "day") return undefined;
  if (unit === "month" && p === "year") return undefined;
  if (n === 0) return unit === "day" ? prev.value : unit === "month" ? prev.value.slice(0, 7) : prev.value.slice(0, 4);
  const sign = n < 0 ? -1 : 1;
  try {
    if (unit === "day") return addDuration(prev.value, duration({ sign, days: Math.abs(n) }));
    if (unit === "month") return addDuration(`${prev.value.slice(0, 7)}-01`, duration({ sign, months: Math.abs(n) })).slice(0, 7);
    const year = Number(prev.value.slice(0, 4)) + n;
    return year >= 1 && year <= 9999 ? String(year).padStart(4, "0") : undefined;
  } catch {
    return undefined;
  }
}

