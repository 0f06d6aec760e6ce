import { z } from "zod";
import { fail, ok, phraseTooLong, quote, type ParseErrorCode, type ParseResult } from "../result.js";
import { isDash, tokenize } from "../text/tokenize.js";
import { monthFromWord, WEEKDAY_NAMES, weekdayFromWord } from "../vocabulary/months.js";
import { daysInMonth } from "./calendar.js";
import { toEpochDay, toInterval } from "./rules.js";
import { partialDateProblem, type CalendarDate, type DateInterval, type PartialDate, type Precision } from "./schema.js";

/**
 * A qualifier that narrows a year or a month: thirds ("early", "mid", "late") or a season
 * (Northern Hemisphere meteorological seasons: spring March–May, summer June–August, autumn
 * September–November). "beginning of"/"start of" read as early and "end of" as late. A year
 * may also be narrowed to a half ("first half of 2024", "H2 2024") or a calendar quarter ("Q3
 * 2025", "the third quarter of 2025").
 *
 * @example
 * ```ts
 * import { DateModifierSchema } from "musterroll";
 * DateModifierSchema.parse("summer");
 * ```
 */
export const DateModifierSchema = z.enum(["early", "mid", "late", "spring", "summer", "autumn", "first-half", "second-half", "q1", "q2", "q3", "q4"]);

/**
 * A qualifier that narrows a year or a month; see {@link DateModifierSchema}.
 *
 * @example
 * ```ts
 * import type { DateModifier } from "musterroll";
 * const m: DateModifier = "summer";
 * ```
 */
export type DateModifier = z.infer<typeof DateModifierSchema>;

/**
 * The words that can open a date modifier in a phrase ("early 2023", "the end of December",
 * "summer 2023", "first half of 2024", "Q3 2025", "the third quarter of 2025"); "winter" is among
 * them so that it is refused as ambiguous, not misread.
 *
 * @example
 * ```ts
 * import { DATE_MODIFIER_WORDS } from "musterroll";
 * DATE_MODIFIER_WORDS.has("beginning"); // true
 * ```
 */
export const DATE_MODIFIER_WORDS: ReadonlySet<string> = new Set([
  "early", "mid", "middle", "late", "end", "beginning", "start", "spring", "summer", "autumn", "fall", "winter",
  "first", "second", "third", "fourth", "q", "h",
]);

/**
 * What {@link parseDatePhrase} reads: the partial date, how precise it is, an optional modifier,
 * and the interval of days the phrase covers (narrowed by the modifier).
 *
 * @example
 * ```ts
 * import type { DatePhrase } from "musterroll";
 * const early2023: DatePhrase = {
 *   value: "2023", precision: "year", modifier: "early",
 *   interval: { start: "2023-01-01", end: "2023-04-30" }, yearInferred: false,
 * };
 * ```
 */
export interface DatePhrase {
  /** The date, as precise as the text: "2025-12-31", "2022-02" or "2023". */
  readonly value: PartialDate;
  /** How much of the date the text gave. */
  readonly precision: Precision;
  /** A narrowing word, when the text had one. */
  readonly modifier?: DateModifier;
  /** First and last day the phrase covers. */
  readonly interval: DateInterval;
  /** `true` when the year was not in the text and came from `referenceDate`. */
  readonly yearInferred: boolean;
}

/**
 * Options of {@link parseDatePhrase}.
 *
 * @example
 * ```ts
 * import type { DatePhraseOptions } from "musterroll";
 * const options: DatePhraseOptions = { referenceDate: "2025-12-31", prefer: "future" };
 * ```
 */
export interface DatePhraseOptions {
  /** The date a year-less phrase ("February 15") is read against, usually the article's date. */
  readonly referenceDate?: CalendarDate;
  /**
   * Which year a year-less phrase takes: `same-year` (default) the reference date's year; `past`
   * the latest such date on or before the reference date; `future` the earliest on or after it.
   */
  readonly prefer?: "same-year" | "past" | "future";
  /** How to read all-number dates whose order is not clear from the numbers (03/04/2025). */
  readonly numericOrder?: "mdy" | "dmy";
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "ordinal" | "punct";
}

const PREPOSITIONS = new Set(["in", "on", "during"]);
const SEASONS: Readonly<Record<string, DateModifier>> = { spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn" };
const QUARTERS: readonly DateModifier[] = ["q1", "q2", "q3", "q4"];
const HALVES: readonly DateModifier[] = ["first-half", "second-half"];
const PARTS = new Map([["first", 1], ["second", 2], ["third", 3], ["fourth", 4]]);
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/;

/** Words, numbers, ordinals, commas and dashes; anything else is an error at its offset. */
function phraseTokens(text: string): Token[] | { offset: number } {
  const tokens: Token[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === "punct") {
      if (t.text !== "," && !isDash(t)) return { offset: t.start };
      tokens.push({ text: t.text === "," ? "," : "-", start: t.start, end: t.end, kind: "punct" });
    } else {
      tokens.push({ text: t.kind === "word" ? t.lower : t.lower, start: t.start, end: t.end, kind: t.kind });
    }
  }
  return tokens;
}

/**
 * Reads an English date phrase: "December 31, 2025", "31 December 2025", "Dec. 31, 2025",
 * "18 May, 2024", "Wednesday, December 31, 2025" (the weekday is checked), "the 1st of May 2024",
 * "February 2022", "in 2023", "early 2023", "mid-2023", "the end of December 2025", "summer 2023",
 * "2025-12-31", "31.12.2025", "12/31/2025".
 *
 * A month stays month-precision and a year year-precision; nothing is rounded to a day. Year-less
 * phrases ("February 15", "end of December") need `referenceDate`: by default they take its year;
 * `prefer: "past"` takes the latest such date on or before it, `"future"` the earliest on or after.
 * "winter 2023" is refused as ambiguous (it spans two years and usage differs).
 *
 * @param text - the phrase alone.
 * @param options - reference date and reading preferences.
 * @returns the date phrase, or an error: `empty`, `syntax`, `unknown_word`, `invalid_date`,
 * `ambiguous`, `missing_reference`.
 * @example
 * ```ts
 * import { parseDatePhrase } from "musterroll";
 * parseDatePhrase("Dec. 31, 2025");  // value "2025-12-31", precision "day"
 * parseDatePhrase("February 2022"); // value "2022-02", precision "month"
 * parseDatePhrase("February 15", { referenceDate: "2025-11-01", prefer: "future" }); // value "2026-02-15"
 * parseDatePhrase("February 30, 2025").success; // false: invalid_date
 * ```
 */
export function parseDatePhrase(text: string, options: DatePhraseOptions = {}): ParseResult<DatePhrase> {
  const tooLong = phraseTooLong(text, "a date phrase");
  if (tooLong) return tooLong;
  const trimmed = text.trim();
  if (trimmed === "") return fail("empty", "expected a date such as \"December 31, 2025\", got an empty string", text, 0);
  const lead = trimmed.length === text.length ? 0 : text.indexOf(trimmed);
  // both all-number forms open on a digit; phrases of words skip their patterns
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const iso = ISO.exec(trimmed);
    if (iso) return finish(text, lead, Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]), undefined, false);
    const numeric = NUMERIC.exec(trimmed);
    if (numeric) return numericDate(text, lead, numeric, options);
  }
  const tokens = phraseTokens(text);
  if (!Array.isArray(tokens)) {
    return fail("syntax", `${quote(text)}: unexpected ${quote(text[tokens.offset] ?? "")} at offset ${tokens.offset}`, text, tokens.offset);
  }
  return new Reader(text, tokens, options).read();
}

function numericDate(text: string, lead: number, m: RegExpExecArray, options: DatePhraseOptions): ParseResult<DatePhrase> {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  let order = m[2] === "." ? "dmy" : a > 12 ? "dmy" : b > 12 ? "mdy" : a === b ? "mdy" : options.numericOrder;
  if (order === undefined) {
    return fail("ambiguous", `${quote(text)} may be day/month or month/day; pass numericOrder "mdy" or "dmy"`, text, lead);
  }
  if (a === b) order = "mdy";
  const [month, day] = order === "mdy" ? [a, b] : [b, a];
  return finish(text, lead, year, month, day, undefined, false);
}

function finish(
  text: string, offset: number, year: number, month: number | undefined, day: number | undefined,
  modifier: DateModifier | undefined, yearInferred: boolean,
): ParseResult<DatePhrase> {
  const y = String(year).padStart(4, "0");
  const value = month === undefined ? y : day === undefined ? `${y}-${String(month).padStart(2, "0")}` : `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year > 9999) return fail("out_of_range", `${quote(text)}: year ${year} is beyond 9999`, text, offset);
  // parts known good need no second look at the string they were written as
  const known = isCalendarDay(year, month, day);
  const problem = known ? undefined : partialDateProblem(value);
  if (problem !== undefined) return fail("invalid_date", `${quote(text)}: ${problem}${yearInferred ? " (year taken from the reference date)" : ""}`, text, offset);
  const precision: Precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  const interval = narrow(known ? intervalOf(value, precision, year, month) : toInterval(value), precision, modifier, year, month);
  return ok(modifier ? { value, precision, modifier, interval, yearInferred } : { value, precision, interval, yearInferred });
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Whether the parts make a partial date: a year 0–9999, a month 1–12, a day of that month. */
function isCalendarDay(year: number, month: number | undefined, day: number | undefined): boolean {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return day === undefined || (Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month));
}

/** `toInterval(value)` for the value of good parts (see isCalendarDay), read from them rather than parsed again. */
function intervalOf(value: PartialDate, precision: Precision, year: number, month: number | undefined): DateInterval {
  if (precision === "day") return { start: value, end: value };
  if (month === undefined) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return { start: `${value}-01`, end: `${value}-${pad2(daysInMonth(year, month))}` };
}

function narrow(whole: DateInterval, precision: Precision, modifier: DateModifier | undefined, year: number, month: number | undefined): DateInterval {
  if (modifier === undefined) return whole;
  const y = String(year).padStart(4, "0");
  if (precision === "month" && month !== undefined) {
    const last = daysInMonth(year, month);
    const m = `${y}-${pad2(month)}`;
    if (modifier === "early") return { start: `${m}-01`, end: `${m}-10` };
    if (modifier === "mid") return { start: `${m}-11`, end: `${m}-20` };
    return { start: `${m}-21`, end: `${m}-${pad2(last)}` };
  }
  const months: Readonly<Record<DateModifier, [number, number]>> = {
    early: [1, 4], mid: [5, 8], late: [9, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11],
    "first-half": [1, 6], "second-half": [7, 12], q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12],
  };
  const [from, to] = months[modifier];
  return { start: `${y}-${pad2(from)}-01`, end: `${y}-${pad2(to)}-${pad2(daysInMonth(year, to))}` };
}

class Reader {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly options: DatePhraseOptions,
  ) {}

  private peek(k = 0): Token | undefined {
    return this.tokens[this.i + k];
  }

  private isWord(word: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === "word" && t.text === word;
  }

  private error(code: ParseErrorCode, message: string, at?: Token): ParseResult<DatePhrase> {
    const offset = at?.start ?? this.peek()?.start ?? this.text.length;
    return fail(code, `${quote(this.text)}: ${message}`, this.text, offset);
  }

  read(): ParseResult<DatePhrase> {
    const first = this.peek();
    if (first === undefined) return this.error("empty", "expected a date");
    while (this.peek()?.kind === "word" && PREPOSITIONS.has(this.peek()?.text ?? "")) this.i++;
    if (this.isWord("the")) this.i++;
    const modifier = this.readModifier();
    if ("error" in modifier) return modifier.error;
    const weekday = this.readWeekday();
    const parts = this.readDateParts();
    if ("error" in parts) return parts.error;
    const rest = this.peek();
    if (rest !== undefined) return this.error("syntax", `unexpected ${quote(rest.text)} at offset ${rest.start}`, rest);
    const { year, month, day, at } = parts;
    if (modifier.value !== undefined && day !== undefined) {
      return this.error("syntax", `${quote(modifier.word ?? "")} cannot qualify a single day`, first);
    }
    if (modifier.value !== undefined && month !== undefined && !["early", "mid", "late"].includes(modifier.value)) {
      return this.error("syntax", `${quote(modifier.word ?? "")} qualifies a year, not a month`, first);
    }
    if (weekday !== undefined && day === undefined) return this.error("syntax", "a weekday needs a full date after it", first);
    let resolvedYear = year;
    if (resolvedYear === undefined) {
      if (month === undefined) return this.error("syntax", "expected a year or a month");
      const inferred = this.inferYear(month, day ?? 1, day === undefined, at);
      if ("error" in inferred) return inferred.error;
      resolvedYear = inferred.year;
    }
    const result = finish(this.text, first.start, resolvedYear, month, day, modifier.value, year === undefined);
    if (result.success && weekday !== undefined) {
      const actual = weekdayOf(result.data.value);
      if (actual !== weekday.index) {
        return this.error("invalid_date", `${result.data.value} is a ${WEEKDAY_NAMES[actual] ?? ""}, not a ${WEEKDAY_NAMES[weekday.index] ?? ""}`, weekday.token);
      }
    }
    return result;
  }

  private readModifier(): { value: DateModifier | undefined; word?: string } | { error: ParseResult<DatePhrase> } {
    const t = this.peek();
    if (t === undefined || t.kind !== "word") return { value: undefined };
    const word = t.text;
    if (!DATE_MODIFIER_WORDS.has(word)) return { value: undefined };
    const part = this.readPart(word);
    if (part !== undefined) return part;
    const season = SEASONS[word];
    if (word === "winter") return { error: this.error("ambiguous", "winter spans two years and is read differently; give the months", t) };
    let value: DateModifier | undefined =
      season ?? (word === "early" ? "early" : word === "mid" || word === "middle" ? "mid" : word === "late" ? "late" : undefined);
    if (value === undefined && (word === "beginning" || word === "start" || word === "end")) value = word === "end" ? "late" : "early";
    if (value === undefined) return { value: undefined };
    this.i++;
    if (this.peek()?.text === "-") this.i++;
    if (this.isWord("of")) this.i++;
    else if (word === "beginning" || word === "start" || word === "end" || word === "middle") {
      return { error: this.error("syntax", `${quote(word)} must be followed by "of"`) };
    }
    return { value, word };
  }

  /** "Q3", "H1", "the third quarter of", "the first half of": a quarter or half of a year. */
  private readPart(word: string): { value: DateModifier; word: string } | { error: ParseResult<DatePhrase> } | undefined {
    const next = this.peek(1);
    if ((word === "q" || word === "h") && next?.kind === "number" && next.start === this.peek()?.end) {
      const list = word === "q" ? QUARTERS : HALVES;
      const value = next.text.length === 1 ? list[Number(next.text) - 1] : undefined;
      const written = `${word.toUpperCase()}${next.text}`;
      if (value === undefined) return { error: this.error("out_of_range", `${quote(written)}: a year has ${list.length} ${word === "q" ? "quarters" : "halves"}`, this.peek()) };
      this.i += 2;
      return { value, word: written };
    }
    const n = PARTS.get(word);
    const unit = this.peek(1)?.text;
    const value = unit === "quarter" ? QUARTERS[(n ?? 0) - 1] : unit === "half" ? HALVES[(n ?? 0) - 1] : undefined;
    if (value === undefined) return undefined;
    this.i += this.isWord("of", 2) ? 3 : 2;
    return { value, word: `${word} ${unit}` };
  }

  private readWeekday(): { index: number; token: Token } | undefined {
    const t = this.peek();
    if (t === undefined || t.kind !== "word") return undefined;
    const index = weekdayFromWord(t.text);
    if (index === undefined) return undefined;
    this.i++;
    if (this.peek()?.text === ",") this.i++;
    return { index, token: t };
  }

  private readDateParts():
    | { year: number | undefined; month: number | undefined; day: number | undefined; at: Token | undefined }
    | { error: ParseResult<DatePhrase> } {
    const t = this.peek();
    if (t === undefined) return { error: this.error("syntax", "the phrase ends where a date was expected") };
    if (t.kind === "word") {
      const month = monthFromWord(t.text);
      if (month === undefined) return { error: this.error("unknown_word", `${quote(t.text)} at offset ${t.start} is not a month`, t) };
      this.i++;
      let day: number | undefined;
      const d = this.peek();
      if (d !== undefined && (d.kind === "ordinal" || (d.kind === "number" && d.text.length <= 2))) {
        day = Number(d.text);
        this.i++;
        if (this.peek()?.text === ",") this.i++;
      } else if (this.isWord("of")) {
        this.i++;
      }
      const year = this.readYear();
      if (year !== undefined && "error" in year) return year;
      return { year: year?.value, month, day, at: t };
    }
    if (t.kind === "ordinal" || (t.kind === "number" && t.text.length <= 2)) {
      this.i++;
      if (this.isWord("of")) this.i++;
      const m = this.peek();
      const month = m?.kind === "word" ? monthFromWord(m.text) : undefined;
      if (m === undefined || month === undefined) {
        return { error: this.error(m === undefined ? "syntax" : "unknown_word", m === undefined ? "a day must be followed by a month" : `${quote(m.text)} at offset ${m.start} is not a month`, m) };
      }
      this.i++;
      if (this.peek()?.text === ",") this.i++;
      const year = this.readYear();
      if (year !== undefined && "error" in year) return year;
      return { year: year?.value, month, day: Number(t.text), at: t };
    }
    const year = this.readYear();
    if (year === undefined) return { error: this.error("syntax", `unexpected ${quote(t.text)} at offset ${t.start}`, t) };
    if ("error" in year) return year;
    return { year: year.value, month: undefined, day: undefined, at: t };
  }

  private readYear(): { value: number } | { error: ParseResult<DatePhrase> } | undefined {
    const t = this.peek();
    if (t === undefined) return undefined;
    if (t.kind !== "number") return undefined;
    if (t.text.length !== 4) return { error: this.error("syntax", `${quote(t.text)} at offset ${t.start} is not a four-digit year`, t) };
    this.i++;
    return { value: Number(t.text) };
  }

  private inferYear(month: number, day: number, monthOnly: boolean, at: Token | undefined): { year: number } | { error: ParseResult<DatePhrase> } {
    const reference = this.options.referenceDate;
    if (reference === undefined) {
      return { error: this.error("missing_reference", "the phrase has no year; pass referenceDate to resolve it", at) };
    }
    const refProblem = partialDateProblem(reference);
    if (refProblem !== undefined || reference.length !== 10) {
      return { error: this.error("missing_reference", `referenceDate ${quote(reference)} is not a YYYY-MM-DD calendar date`, at) };
    }
    const refYear = Number(reference.slice(0, 4));
    const prefer = this.options.prefer ?? "same-year";
    if (prefer === "same-year") return { year: refYear };
    const ref = toEpochDay(reference);
    // Month-only phrases compare by their first day when looking back and last day when looking ahead.
    const key = (y: number): number | undefined => {
      if (!monthOnly && day > daysInMonth(y, month)) return undefined;
      const d = monthOnly ? (prefer === "past" ? 1 : daysInMonth(y, month)) : day;
      return toEpochDay(`${String(y).padStart(4, "0")}-${pad2(month)}-${pad2(d)}`);
    };
    const step = prefer === "past" ? -1 : 1;
    // the years a partial date can write are 0000–9999: past either end there is no such date
    for (let y = refYear, tries = 0; tries < 9 && y >= 0 && y <= 9999; y += step, tries++) {
      const k = key(y);
      if (k !== undefined && (prefer === "past" ? k <= ref : k >= ref)) return { year: y };
    }
    return { error: this.error("invalid_date", "no such date near the reference date", at) };
  }
}

function weekdayOf(date: PartialDate): number {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return (((toEpochDay(date) + 3) % 7) + 7) % 7;
}

