// "Two British volunteers, John Smith and Tom Brown, …" and "John Smith and Tom Brown, both British
// volunteers, …": a description of several people set beside a list of their names describes each.
import { SMALL_NUMBER_WORDS } from "../common/index.js";
import type { Scan } from "./scan.js";

type ScannedPart = Scan["parts"][number];

/** Parts read together as one description, and the parts a plural description beside it lends it. */
export interface Group {
  readonly parts: readonly ScannedPart[];
  /** Replaced, never changed in place: groups nothing is lent to share one empty list. */
  lent: readonly ScannedPart[];
}

// What may stand between a plural description and the names it introduces, and between the names.
const LEAD_GAP = new Set([",", ":", "—", "–"]);
const LIST_GAP = new Set([",", "and"]);
// What opens a plural description after the names: "…, both British volunteers"
const COLLECTIVES = new Set(["both", "all"]);
const AFTER_GAP = new Set([",", "—", "–", ...COLLECTIVES]);
// The parts that say what each person of a group is; a name, an age or an alias is one person's own.
const SHARED_KINDS: ReadonlySet<ScannedPart["kind"]> = new Set(["nationality", "role", "origin", "service"]);

/**
 * Whether a group opened by a count ("Two Britons", "both Americans") or holding a plural role
 * ("British volunteers") describes several people. Only groups without a name count.
 */
export function describesSeveral(scan: Scan, parts: readonly ScannedPart[], from = 0, to = parts.length): boolean {
  const first = from < to ? parts[from] : undefined;
  if (first === undefined) return false;
  let plural = false;
  for (let k = from; k < to; k++) {
    const p = parts[k] as ScannedPart;
    if (p.kind === "name") return false;
    if (p.kind === "role" && p.plural) plural = true;
  }
  // a count opens a nationality or a role ("Two Britons", "both medics"), never an age or a place;
  // asked of every group, so most are turned away before a token is read
  if (plural || (first.kind !== "nationality" && first.kind !== "role")) return plural;
  return isCount(scan.tokens.get(first.firstToken - 1)?.lower ?? "");
}

function isCount(lower: string): boolean {
  if (COLLECTIVES.has(lower) || (SMALL_NUMBER_WORDS.get(lower) ?? 0) >= 2) return true;
  const n = lower.length <= 2 ? Number(lower) : NaN;
  return Number.isInteger(n) && n >= 2 && lower.charCodeAt(0) !== 48;
}

/** Most tokens between a plural description and its names, or between two names of the list. */
const MAX_GAP = 3;

/** The tokens between two groups, lower case; a gap longer than MAX_GAP gives one that fits no set. */
function gap(scan: Scan, before: Group, after: Group): string[] {
  const from = (before.parts.at(-1) as ScannedPart).lastToken + 1;
  const to = (after.parts[0] as ScannedPart).firstToken;
  if (to - from > MAX_GAP) return ["…"];
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(scan.tokens.get(k)?.lower ?? "");
  return words;
}

const named = (g: Group | undefined): g is Group => g !== undefined && g.parts.some((p) => p.kind === "name");

/**
 * Lends the nationality, role, origin and service of each plural description to the two or more
 * names listed right after it ("Two British volunteers, A and B") or right before it ("A and B, both
 * British volunteers"). A part a person already has is not lent again.
 */
export function lendPluralDescriptions(scan: Scan, groups: readonly Group[]): void {
  groups.forEach((lead, i) => {
    if (!describesSeveral(scan, lead.parts)) return;
    const list: Group[] = [];
    const first = groups[i + 1];
    if (named(first) && gap(scan, lead, first).every((w) => LEAD_GAP.has(w))) {
      list.push(first);
      for (let j = i + 2; named(groups[j]) && gap(scan, groups[j - 1] as Group, groups[j] as Group).every((w) => LIST_GAP.has(w)); j++) list.push(groups[j] as Group);
    }
    const last = groups[i - 1];
    const between = list.length < 2 && named(last) ? gap(scan, last, lead) : [];
    if (between.some((w) => COLLECTIVES.has(w)) && between.every((w) => AFTER_GAP.has(w)) && last !== undefined) {
      list.length = 0;
      list.push(last);
      for (let j = i - 2; named(groups[j]) && gap(scan, groups[j] as Group, groups[j + 1] as Group).every((w) => LIST_GAP.has(w)); j--) list.push(groups[j] as Group);
    }
    if (list.length < 2) return;
    for (const person of list) {
      for (const part of lead.parts) {
        const had = [...person.parts, ...person.lent].some((p) => p.kind === part.kind && p.value === part.value);
        if (SHARED_KINDS.has(part.kind) && !had) person.lent = [...person.lent, part];
      }
    }
  });
}
