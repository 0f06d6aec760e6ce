// Units written as one list ("the 1st and 2nd Battalions", "the 150th, 151st and 152nd Brigades",
// "the 3rd Assault Brigade and the 59th Brigade"): what a sentence says of one it says of all.
import type { Token } from "../common/index.js";
import type { WrittenUnit } from "./owner.js";

// only commas, "and" and "the" between two units of one list
const JOINED = /^[\s,]*(?:and\s+)?(?:the\s+)?$/i;

const joined = (text: string, a: WrittenUnit, b: WrittenUnit): boolean => JOINED.test(text.slice(a.end, b.start));

/** The list that ends with the last of `units` (units in text order). */
export function listEndingAt(text: string, units: readonly WrittenUnit[]): WrittenUnit[] {
  let k = units.length - 1;
  while (k > 0 && joined(text, units[k - 1] as WrittenUnit, units[k] as WrittenUnit)) k--;
  return units.slice(Math.max(k, 0));
}

/** The list that starts with the first of `units` (units in text order). */
export function listStartingAt(text: string, units: readonly WrittenUnit[]): WrittenUnit[] {
  let k = 0;
  while (k + 1 < units.length && joined(text, units[k] as WrittenUnit, units[k + 1] as WrittenUnit)) k++;
  return units.slice(0, k + 1);
}

/**
 * The list `unit` belongs to among `units` (in text order): itself alone when it stands in none.
 * A list closes with "and": units joined by commas alone are a source and what it says
 * ("According to the 47th Brigade, the 3rd Battalion …") or an apposition, not one list.
 */
export function listAround(text: string, units: readonly WrittenUnit[], unit: WrittenUnit): WrittenUnit[] {
  const i = units.indexOf(unit);
  return i < 0 ? [unit] : listAt(text, units, i);
}

/** The list the unit at index `i` of `units` belongs to (see listAround); walks only that list's own units. */
export function listAt<T extends WrittenUnit>(text: string, units: readonly T[], i: number): T[] {
  let a = i;
  while (a > 0 && joined(text, units[a - 1] as T, units[a] as T)) a--;
  let b = i;
  while (b + 1 < units.length && joined(text, units[b] as T, units[b + 1] as T)) b++;
  const list = units.slice(a, b + 1);
  const closed = list.some((u, k) => k > 0 && AND.test(text.slice((list[k - 1] as T).end, u.start)));
  return closed ? list : [units[i] as T];
}
const AND = /\band\b/i;

/** Whether a possessive "'s" follows the unit: "the 47th Brigade's sector" names a place or a part, not the unit. */
export function ownsWhatFollows(text: string, unit: WrittenUnit): boolean {
  return /^['’]s\b/.test(text.slice(unit.end, unit.end + 3));
}

// what may stand between a gapped unit and its date ("and the 6th Brigade in 2023")
const GAP_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "by", "during"]);
// what may follow a gapped unit's date: the sentence's end, or the next unit of the list
const GAP_ENDS: ReadonlySet<string> = new Set([".", ";", ",", "and", "!"]);

/** A unit of a list that repeats an event with no verb of its own, and the date it gives it. */
export interface Gapped<D> {
  readonly unit: WrittenUnit;
  readonly date: D;
}

/**
 * The units listed right after an event's date, each with a date of its own and the verb left
 * out: "The 5th Brigade was disbanded in 2022 and the 6th Brigade in 2023", "formed the 5th
 * Brigade in 2022, the 6th Brigade in 2023 and the 7th Brigade in 2024". A unit followed by
 * anything but the end of the sentence or the next such unit ("and the 6th Brigade in 2023 moved
 * to Kherson") has a verb of its own and ends the list; a list within it ("and the 6th and 7th
 * Brigades in 2023") shares its date. Looks only at the tokens after `date`, once each.
 */
export function gappedAfter<D extends { readonly start: number; readonly end: number }>(
  text: string, tokens: readonly Token[], units: readonly WrittenUnit[], dates: readonly D[], date: D,
): Gapped<D>[] {
  const unitAt = new Map(units.map((u, i) => [u.start, i]));
  const dateAt = new Map(dates.map((d) => [d.start, d]));
  const after = (offset: number, from: number): number => {
    let k = from;
    while (k < tokens.length && (tokens[k] as Token).start < offset) k++;
    return k;
  };
  const found: Gapped<D>[] = [];
  let k = after(date.end, 0);
  for (;;) {
    const first = k;
    if (tokens[k]?.lower === ",") k++;
    if (tokens[k]?.lower === "and") k++;
    if (k === first) break;
    if (tokens[k]?.lower === "the") k++;
    const head = tokens[k] && unitAt.get((tokens[k] as Token).start);
    if (head === undefined) break;
    let end = head;
    while (end + 1 < units.length && joined(text, units[end] as WrittenUnit, units[end + 1] as WrittenUnit)) end++;
    const list = units.slice(head, end + 1);
    const last = units[end] as WrittenUnit;
    if (ownsWhatFollows(text, last)) break;
    k = after(last.end, k);
    if (GAP_PREPOSITIONS.has(tokens[k]?.lower ?? "")) k++;
    const own = tokens[k] && dateAt.get((tokens[k] as Token).start);
    if (own === undefined) break;
    k = after(own.end, k);
    if (k < tokens.length && !GAP_ENDS.has((tokens[k] as Token).lower)) break;
    for (const unit of list) found.push({ unit, date: own });
  }
  return found;
}

// a number alone, as a list writes all but its last unit: "155th", "1st"
const NUMBER_ALONE = /^\d+(?:st|nd|rd|th|d)?$/i;

/**
 * How a list names its unit at index `i` of `units`: a number alone out of a list takes the
 * words of the list's last unit after its number ("the 155th and 40th Naval Infantry Brigades":
 * "155th Naval Infantry Brigades"), so its record is named as the report writes it; any other
 * unit its own text.
 */
export function writtenInList(text: string, units: readonly { readonly text: string; readonly start: number; readonly end: number }[], i: number): string {
  const own = units[i] as { readonly text: string; readonly end: number };
  if (!NUMBER_ALONE.test(own.text)) return own.text;
  for (let k = i + 1; k < units.length; k++) {
    const next = units[k] as { readonly text: string; readonly start: number; readonly end: number };
    if (!JOINED.test(text.slice((units[k - 1] as { end: number }).end, next.start))) break;
    if (!NUMBER_ALONE.test(next.text)) {
      const space = next.text.indexOf(" ");
      return space < 0 ? own.text : `${own.text}${next.text.slice(space)}`;
    }
  }
  return own.text;
}
