// "Its commander, Col. Ivan Bondar", "the brigade's spokesman, Oleh Kim": a person whose
// description follows a possessive that points back at a unit belongs to that unit.
import { CUE_VERBS } from "../article/index.js";
import { countriesForName } from "../personnel/index.js";
import type { UnitDesignation } from "../unit/schema.js";
import { UNIT_ANAPHORS } from "./vocabulary.js";

/** A unit as the text writes it (a chain's parents after it carry `parent: true`). */
export interface WrittenUnit {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly designation: UnitDesignation;
  readonly parent?: true;
}

const isWordChar = (c: string): boolean => c !== c.toUpperCase() || c !== c.toLowerCase() || c === "'" || c === "’";
const DETERMINERS = new Set(["the", "this", "that"]);
const LOOK_BACK = 600;

/** The index of the first unit that starts at or after `offset` (units are in text order). */
function firstFrom(units: readonly WrittenUnit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((units[mid] as WrittenUnit).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word that ends just before `offset` (spaces between), with its start; bounded by `floor`. */
function wordBefore(text: string, offset: number, floor: number): { lower: string; start: number; end: number } | undefined {
  let end = Math.min(offset, text.length);
  while (end > floor && text[end - 1] === " ") end--;
  let start = end;
  while (start > floor && isWordChar(text[start - 1] as string)) start--;
  return start === end ? undefined : { lower: text.slice(start, end).toLowerCase(), start, end };
}

/**
 * Whether a noun such as "battalion" or "legion" can point back at this unit: its echelon, or a
 * word of its name.
 */
export function nounPointsAt(noun: string, d: UnitDesignation): boolean {
  return d.echelon === noun || (d.name !== undefined && String(d.name).toLowerCase().includes(noun));
}

/**
 * Whether a country is named in `text` between `from` and `to` ("the 47th Brigade … Ukraine and its
 * president"): the nearer antecedent of "its", so no unit is meant. Looks at capitalised runs of up
 * to three words.
 */
function namesCountry(text: string, from: number, to: number): boolean {
  const words: string[] = [];
  let k = from;
  while (k < to) {
    while (k < to && !isWordChar(text[k] as string)) k++;
    const start = k;
    while (k < to && isWordChar(text[k] as string)) k++;
    if (k > start) words.push(text.slice(start, k));
  }
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as string;
    if (first.charAt(0) === first.charAt(0).toLowerCase()) continue;
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      if (countriesForName(words.slice(i, i + n).join(" ")).length > 0) return true;
    }
  }
  return false;
}

/** The word that starts at or after `offset` (past spaces and marks), with where it ends; bounded by `ceiling`. */
function wordAfter(text: string, offset: number, ceiling: number): { lower: string; end: number } | undefined {
  let start = offset;
  while (start < ceiling && !isWordChar(text[start] as string)) start++;
  let end = start;
  while (end < ceiling && isWordChar(text[end] as string)) end++;
  return start === end ? undefined : { lower: text.slice(start, end).toLowerCase(), end };
}

/**
 * The subject of the sentence from `start` to `end`: the unit "The brigade" that opens it points
 * back at ("The brigade, formed in 2022, is part of the 10th Army Corps" is about the last brigade
 * named before it, not the corps), else its first unit. `earlier` are the units before, in order.
 */
function subjectOf(text: string, start: number, end: number, earlier: readonly WrittenUnit[]): { unit: WrittenUnit | undefined } | undefined {
  const article = wordAfter(text, start, end);
  const noun = article?.lower === "the" ? wordAfter(text, article.end, end) : undefined;
  const bare = noun?.lower.replace(/['’]s$/, "");
  if (bare === undefined || !UNIT_ANAPHORS.has(bare) || earlier.some((u) => u.start >= start && u.start < (noun as { end: number }).end)) {
    const first = earlier.find((u) => u.start >= start && u.end <= end);
    return first === undefined ? undefined : { unit: first };
  }
  // a subject that points back at no unit the text has named owns nothing here either
  for (let k = earlier.length - 1; k >= 0; k--) {
    const unit = earlier[k] as WrittenUnit;
    if (unit.end <= start && (bare === "unit" || nounPointsAt(bare, unit.designation))) return { unit };
  }
  return { unit: undefined };
}

/**
 * Whether "its" at `offset` follows a reporting verb or "according to" ("…, according to its
 * commander", "…, said its spokesman"): the one reporting is the sentence's subject's, not the last
 * unit written before.
 */
function reports(text: string, offset: number, floor: number): boolean {
  const before = wordBefore(text, offset, floor);
  if (before === undefined) return false;
  if (CUE_VERBS.has(before.lower)) return true;
  return before.lower === "to" && wordBefore(text, before.start, floor)?.lower === "according";
}

/** A unit a possessive points back at, and the span of the possessive ("Its", "the brigade's"). */
export interface Owner {
  readonly unit: WrittenUnit;
  readonly start: number;
  readonly end: number;
}

/**
 * The unit a possessive just before `offset` points back at: "its" at the last unit written
 * before it, "the brigade's" at the last brigade, "the 47th Brigade's" at the designation itself.
 * Only units from `floor` on count (the caller passes the start of the sentence two before), and
 * at most 600 characters back; a chain counts by its first unit; and "its" after a country named since the unit means the country.
 * "Its" that opens a sentence points at the subject of the sentence before, its first unit ("The
 * 47th Brigade fought beside the 3rd Brigade. Its commander …" is the 47th's) or the unit its
 * opening "The brigade" points back at, when `sentence` gives where this sentence and the one
 * before it start. "Its" after a reporting verb or "according to" points at this sentence's subject
 * ("The 47th Brigade held beside the 3rd Brigade, according to its commander" is the 47th's).
 */
export function ownerUnit(
  text: string, offset: number, units: readonly WrittenUnit[], floor: number, sentence?: { start: number; previous?: number },
): Owner | undefined {
  // a bounded look-back keeps a report of one endless sentence linear
  const from = Math.max(floor, offset - LOOK_BACK);
  const owner = wordBefore(text, offset, from);
  if (owner === undefined) return undefined;
  const heads: WrittenUnit[] = [];
  for (let k = firstFrom(units, from); k < units.length && (units[k] as WrittenUnit).start < offset; k++) {
    const u = units[k] as WrittenUnit;
    if (u.parent !== true) heads.push(u);
  }
  const earlier = heads.filter((u) => u.end <= owner.start);
  if (owner.lower === "its") {
    const opens = sentence?.previous !== undefined && text.slice(sentence.start, owner.start).trim() === "";
    const subject = opens ? subjectOf(text, sentence.previous as number, sentence.start, earlier)
      : sentence !== undefined && reports(text, owner.start, from) ? subjectOf(text, sentence.start, owner.start, earlier) : undefined;
    const unit = subject !== undefined ? subject.unit : earlier.at(-1);
    return unit === undefined || namesCountry(text, unit.end, owner.start) ? undefined : { unit, start: owner.start, end: owner.end };
  }
  // "the brigade's", and "the corps'" with the apostrophe alone after an "s"
  const mark = owner.lower.endsWith("'s") || owner.lower.endsWith("’s") ? 2 : /s['’]$/.test(owner.lower) ? 1 : 0;
  if (mark === 0) return undefined;
  const named = heads.find((u) => u.end === owner.end - mark);
  if (named !== undefined) return { unit: named, start: named.start, end: owner.end };
  const noun = owner.lower.slice(0, -mark);
  if (!UNIT_ANAPHORS.has(noun) && noun !== OWNING_ARMY) return undefined;
  const determiner = wordBefore(text, owner.start, floor);
  if (determiner === undefined || !DETERMINERS.has(determiner.lower)) return undefined;
  if (noun === "unit") {
    const unit = earlier.at(-1);
    return unit === undefined ? undefined : { unit, start: determiner.start, end: owner.end };
  }
  // "the brigade's" points back at the last brigade however far back it was named (as "the
  // brigade" does in events), not only within the sentences "its" and "the unit's" may reach
  let seen = 0;
  for (let k = firstFrom(units, owner.start) - 1; k >= 0 && seen < NOUN_REACH; k--) {
    const unit = units[k] as WrittenUnit;
    if (unit.parent === true || unit.end > owner.start) continue;
    seen++;
    if (nounPointsAt(noun, unit.designation)) return { unit, start: determiner.start, end: owner.end };
  }
  return undefined;
}
// "the army's 2nd Guards Motor Rifle Division" after "the 1st Guards Tank Army": as an owner, "the
// army" is the last army-sized unit named (no army named, no owner), though "the army" alone is
// more often a country's forces than a unit, so it is no anaphor elsewhere
const OWNING_ARMY = "army";
/** How many units back a possessive noun looks for the one it names, so a report of endless units stays linear. */
const NOUN_REACH = 64;
