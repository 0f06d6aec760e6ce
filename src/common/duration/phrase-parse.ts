import { fail, ok, phraseTooLong, quote, type ParseResult } from "../result.js";
import { continuesThousands, ungrouped } from "../text/digits.js";
import { isDash, tokenize } from "../text/tokenize.js";
import { DURATION_UNIT_WORDS } from "../vocabulary/duration-units.js";
import { parseCardinal, SCALE_WORDS, SMALL_NUMBER_WORDS } from "../vocabulary/numbers.js";
import { duration, type Duration } from "./schema.js";

interface Token {
  readonly text: string; // lower case, trailing period dropped
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "comma";
}

/** Words, numbers and commas; hyphens only join ("six-month"); anything else is an error at its offset. */
function phraseTokens(text: string): Token[] | { offset: number } {
  const tokens: Token[] = [];
  for (const t of tokenize(text)) {
    if (isDash(t)) continue;
    const last = tokens.at(-1);
    // "10 000 hours": one number, its groups kept apart by a space in `text`
    if (t.kind === "number" && last?.kind === "number" && continuesThousands(text, last, t)) tokens[tokens.length - 1] = { ...last, text: `${last.text} ${t.text}`, end: t.end };
    else if (t.kind === "word" || t.kind === "number") tokens.push({ text: t.kind === "word" ? t.lower : t.text, start: t.start, end: t.end, kind: t.kind });
    else if (t.text === ",") tokens.push({ text: ",", start: t.start, end: t.end, kind: "comma" });
    else return { offset: t.start };
  }
  return tokens;
}

/** An exact amount as a fraction, so "two and a half" and "1.25" stay exact. */
interface Amount {
  readonly num: bigint;
  readonly den: bigint;
}

const NEXT: Readonly<Record<string, [keyof Duration, bigint] | undefined>> = {
  years: ["months", 12n],
  weeks: ["days", 7n],
  days: ["hours", 24n],
  hours: ["minutes", 60n],
  minutes: ["seconds", 60n],
  seconds: ["nanoseconds", 1_000_000_000n],
};

const isNumberWord = (w: string): boolean => SMALL_NUMBER_WORDS.has(w) || SCALE_WORDS.has(w);

/**
 * Reads an English duration phrase into a {@link Duration}: "six months", "6-month", "three-year",
 * "a year and a half", "two and a half years", "half a year", "18 mo", "90 days", "a fortnight",
 * "twelve-month", "one hundred and twenty days", "2 years, 3 months and 10 days", "1.5 hours".
 *
 * Fractions are exact or refused: a fraction of a unit is carried into the next smaller unit
 * (1.5 years → 1 year 6 months; 1.25 days → 1 day 6 hours); a fraction that does not come out
 * whole ("1.3 years", "a month and a half" — months have no fixed length) is a `not_exact` error.
 * A fortnight is 2 weeks, a decade 10 years. A leading "minus" makes the duration negative.
 *
 * @param text - the phrase alone (no surrounding words).
 * @returns the duration, or an error: `empty`, `syntax`, `unknown_word`, `not_exact`, `out_of_range`.
 * @example
 * ```ts
 * import { parseDurationPhrase } from "musterroll";
 * parseDurationPhrase("a year and a half"); // { success: true, data: { years: 1, months: 6, ... } }
 * parseDurationPhrase("six-month").success;  // true (P6M)
 * parseDurationPhrase("a month and a half").success; // false: not_exact
 * ```
 */
export function parseDurationPhrase(text: string): ParseResult<Duration> {
  const tooLong = phraseTooLong(text, "a duration phrase");
  if (tooLong) return tooLong;
  const tokens = phraseTokens(text);
  if (!Array.isArray(tokens)) {
    return fail("syntax", `${quote(text)}: unexpected ${quote(text[tokens.offset] ?? "")} at offset ${tokens.offset}`, text, tokens.offset);
  }
  if (tokens.length === 0) return fail("empty", "expected a duration phrase such as \"six months\", got an empty string", text, 0);
  const parts: Record<string, bigint> = {};
  const given = new Set<string>();
  let i = 0;
  let sign: 1 | -1 = 1;
  if (tokens[0]?.text === "minus") {
    sign = -1;
    i = 1;
  }
  let expectComponent = true;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    if (!expectComponent) {
      if (tok.kind === "comma" || tok.text === "and") {
        i++;
        if (tok.kind === "comma" && tokens[i]?.text === "and") i++;
        expectComponent = true;
        continue;
      }
      return fail("syntax", `${quote(text)}: expected "and" or "," before ${quote(tok.text)} at offset ${tok.start}`, text, tok.start);
    }
    const read = readComponent(text, tokens, i);
    if ("error" in read) return read.error;
    if (given.has(read.unitWord)) {
      return fail("syntax", `${quote(text)}: ${read.unitWord} are given twice (offset ${read.unitStart})`, text, read.unitStart);
    }
    given.add(read.unitWord);
    const carried = carry(parts, read.unit, read.amount);
    if (carried !== undefined) return fail("not_exact", `${quote(text)}: ${carried}`, text, tokens[i]?.start ?? 0);
    i = read.next;
    expectComponent = false;
  }
  if (expectComponent) {
    const end = tokens[tokens.length - 1]?.end ?? text.length;
    return fail("syntax", `${quote(text)}: the phrase ends where a number and a unit were expected`, text, end);
  }
  const out: Record<string, number> = {};
  for (const [unit, value] of Object.entries(parts)) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) return fail("out_of_range", `${quote(text)}: ${unit} exceed ${Number.MAX_SAFE_INTEGER}`, text, 0);
    out[unit] = Number(value);
  }
  if (out.nanoseconds !== undefined && out.nanoseconds >= 1e9) {
    out.seconds = (out.seconds ?? 0) + Math.floor(out.nanoseconds / 1e9);
    out.nanoseconds %= 1e9;
  }
  return ok(duration({ sign, ...out }));
}

interface Component {
  readonly unit: keyof Duration;
  readonly unitWord: string;
  readonly unitStart: number;
  readonly amount: Amount;
  readonly next: number;
}

function readComponent(text: string, tokens: readonly Token[], i: number): Component | { error: ParseResult<never> } {
  const tok = tokens[i] as Token;
  const err = (offset: number, message: string, code: "syntax" | "unknown_word" | "out_of_range" = "syntax") => ({
    error: fail(code, `${quote(text)}: ${message}`, text, offset),
  });
  let amount: Amount;
  let j = i;
  if (tok.text === "half") {
    j++;
    if (tokens[j]?.text === "a" || tokens[j]?.text === "an") j++;
    amount = { num: 1n, den: 2n };
  } else if (tok.text === "a" || tok.text === "an") {
    if (SCALE_WORDS.has(tokens[j + 1]?.text ?? "")) {
      const n = readNumberWords(text, tokens, j);
      if ("error" in n) return n;
      amount = n.amount;
      j = n.next;
    } else {
      amount = { num: 1n, den: 1n };
      j++;
    }
  } else if (tok.kind === "number") {
    const [whole = "", frac = ""] = ungrouped(tok.text).split(".");
    const den = 10n ** BigInt(frac.length);
    amount = { num: BigInt(whole) * den + BigInt(frac === "" ? "0" : frac), den };
    j++;
  } else if (isNumberWord(tok.text)) {
    const n = readNumberWords(text, tokens, j);
    if ("error" in n) return n;
    amount = n.amount;
    j = n.next;
  } else if (DURATION_UNIT_WORDS.has(tok.text)) {
    return err(tok.start, `${quote(tok.text)} at offset ${tok.start} needs a number before it`);
  } else {
    return err(tok.start, `${quote(tok.text)} at offset ${tok.start} is not a number or unit of time`, "unknown_word");
  }
  // "two and a half years"
  if (isAndAHalf(tokens, j)) {
    amount = addHalf(amount);
    j += 3;
  }
  const unitTok = tokens[j];
  if (unitTok === undefined) return err(text.length, "a number must be followed by a unit of time");
  const unitWord = DURATION_UNIT_WORDS.get(unitTok.text);
  if (unitWord === undefined) {
    return err(unitTok.start, `${quote(unitTok.text)} at offset ${unitTok.start} is not a unit of time`, "unknown_word");
  }
  j++;
  if (tokens[j]?.text === "long") j++; // "a six-month-long deployment"
  // "a year and a half", "one year and a half"
  if (isAndAHalf(tokens, j) && !isAndAHalf(tokens, j - 3)) {
    amount = addHalf(amount);
    j += 3;
  }
  const scaled = { num: amount.num * BigInt(unitWord.times), den: amount.den };
  return { unit: unitWord.unit, unitWord: unitWord.unit, unitStart: unitTok.start, amount: scaled, next: j };
}

function isAndAHalf(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === "and" && (tokens[j + 1]?.text === "a" || tokens[j + 1]?.text === "an") && tokens[j + 2]?.text === "half";
}

function addHalf(a: Amount): Amount {
  return { num: a.num * 2n + a.den, den: a.den * 2n };
}

/** A run of number words ("one hundred and twenty"): "and" belongs to the number only before another number word. */
function readNumberWords(text: string, tokens: readonly Token[], i: number): { amount: Amount; next: number } | { error: ParseResult<never> } {
  let j = i;
  if (tokens[j]?.text === "a" || tokens[j]?.text === "an") j++;
  while (j < tokens.length) {
    const w = (tokens[j] as Token).text;
    if (isNumberWord(w)) j++;
    else if (w === "and" && isNumberWord(tokens[j + 1]?.text ?? "") && j > i && SCALE_WORDS.has((tokens[j - 1] as Token).text)) j++;
    else break;
  }
  const first = tokens[i] as Token;
  const last = tokens[j - 1] as Token;
  const words = text.slice(first.start, last.end);
  const n = parseCardinal(words);
  if (!n.success) return { error: fail(n.error.code, `${quote(text)}: ${n.error.message}`, text, first.start + n.error.offset) };
  return { amount: { num: BigInt(n.data), den: 1n }, next: j };
}

/** Adds an exact amount of `unit`, carrying any fraction into the next smaller unit; a message when it will not come out whole. */
function carry(parts: Record<string, bigint>, unit: keyof Duration, amount: Amount): string | undefined {
  let current: keyof Duration = unit;
  const { den } = amount;
  let { num } = amount;
  for (;;) {
    parts[current] = (parts[current] ?? 0n) + num / den;
    num %= den;
    if (num === 0n) return undefined;
    const next = NEXT[current];
    if (next === undefined) {
      return current === "months"
        ? `${unit === "months" ? "" : `the ${unit} leave `}a fraction of a month, which has no exact length; say it in weeks or days`
        : `the fraction of ${unit} does not come out as whole ${current}`;
    }
    current = next[0];
    num *= next[1];
  }
}
