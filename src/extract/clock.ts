// Times of day are neither counts nor lengths of time: "at 3 a.m.", "11:30 p.m.", "at 0400 local
// time", "1400 hours", "10 o'clock". Their tokens are claimed before durations and quantities are
// looked for.
import type { Token } from "../common/index.js";
import type { Claims } from "./claims.js";
import { NUMBER_TOKEN } from "./word-classes.js";

// words after a four-digit time ("0400 GMT", "1400 hours", "0600 local time")
const MILITARY_TIME_AFTER: ReadonlySet<string> = new Set(["hours", "hrs", "h", "local", "gmt", "utc", "zulu", "cet", "eet", "msk"]);
const MERIDIEM: ReadonlySet<string> = new Set(["am", "pm"]);
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "by", "until", "till", "before", "after", "from", "to", "around", "about", "since"]);

const isNumber = (t: Token | undefined): t is Token => t !== undefined && t.kind === "number" && /^\d+$/.test(t.text);
const glued = (a: Token, b: Token | undefined): b is Token => b !== undefined && b.start === a.end;

/** The last token of a time of day starting at token `i`, or undefined. */
export function clockTimeEnd(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!isNumber(t)) return undefined;
  let last = i;
  const colon = tokens[i + 1];
  const minutes = tokens[i + 2];
  // "11:30", "05:45": hours, a colon and two digits of minutes
  const hhmm = t.text.length <= 2 && glued(t, colon) && colon.text === ":" && glued(colon, minutes) && isNumber(minutes) && minutes.text.length === 2 && Number(t.text) <= 24 && Number(minutes.text) <= 59;
  if (hhmm) last = i + 2;
  const hours = Number(t.text);
  const next = tokens[last + 1];
  // "3 a.m.", "2:15 p.m.", "5 pm"
  const ante = next !== undefined && next.kind === "word" && ((next.dot && (next.lower === "a" || next.lower === "p") && tokens[last + 2]?.lower === "m") || MERIDIEM.has(next.lower));
  if (ante && (hhmm || (t.text.length <= 2 && hours >= 1 && hours <= 12))) return next.lower === "a" || next.lower === "p" ? last + 2 : last + 1;
  if (!hhmm && next?.lower === "o'clock" && hours >= 1 && hours <= 12) return last + 1;
  if (hhmm) return last;
  // "0400", "at 1400 hours": four digits that read as a time of day, with a leading zero, or a
  // word after that says so and one before that asks when ("flew 1400 hours" is a length)
  const military = t.text.length === 4 && hours % 100 <= 59 && hours <= 2400;
  const when = TIME_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "");
  if (military && (t.text.startsWith("0") || (when && next !== undefined && MILITARY_TIME_AFTER.has(next.lower)))) {
    return next !== undefined && (next.lower === "hours" || next.lower === "hrs" || next.lower === "h") ? i + 1 : i;
  }
  return undefined;
}

/** Claims every time of day in the text, so that no duration or quantity is read from it. */
export function claimClockTimes(claims: Claims): void {
  const tokens = claims.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (((claims.classes[i] as number) & NUMBER_TOKEN) === 0 || !claims.isFree(i, i)) continue;
    const last = clockTimeEnd(tokens, i);
    if (last === undefined || !claims.isFree(i, last)) continue;
    claims.take(i, last);
    i = last;
  }
}
