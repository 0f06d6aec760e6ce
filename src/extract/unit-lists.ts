// Units written as one list ("the 1st and 2nd Battalions", "the 150th, 151st and 152nd Brigades",
// "the 3rd Assault Brigade and the 59th Brigade"): what a sentence says of one it says of all.
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
