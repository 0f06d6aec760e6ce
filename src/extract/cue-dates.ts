// Which date of a sentence dates which event cue. "The battalion, formed in 2022, was disbanded this
// week": 2022 dates the forming only, so the disbanding takes its own date or none.
import type { Token } from "../common/index.js";
import type { DateMention } from "./dates.js";
import { CLAUSE_BREAKS } from "./vocabulary.js";

/** Where a date's clause ends: where a hedge's does, and at a colon, a bracket, a dash or "and". */
const DATE_CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, ":", "(", ")", "—", "–", "and"]);
/**
 * Words that may stand beside a date in a clause that says nothing else ("On March 3, 2025, …", ", in 2022,").
 * "Earlier this year", "Later that month", "Earlier in 2024": the adverb says only that the date is
 * before or after the story's now, which a partial date cannot hold, so it stays outside the
 * date's text (as "back" does in "back in 2022"), and the date still opens the sentence.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(["in", "on", "at", "by", "during", "since", "from", "of", "the", "early", "late", "mid", "as", "back", "earlier", "later"]);

interface Spanned {
  readonly start: number;
  readonly end: number;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Whether only dates stand in `tokens` before `offset`: the sentence's `dates` (text order), the
 * words beside them (DATE_WORDS), commas and any of `also` — "In 2023, the 1st and 2nd Battalions
 * …", "On March 3, 2025, Sgt. Ivan Petrenko …". One pass over the tokens and the dates.
 */
export function onlyDatesBefore(tokens: readonly Token[], offset: number, dates: readonly Spanned[], also: ReadonlySet<string> = NO_WORDS): boolean {
  let d = 0;
  for (const t of tokens) {
    if (t.start >= offset) return true;
    while (d < dates.length && (dates[d] as Spanned).end <= t.start) d++;
    const inDate = d < dates.length && (dates[d] as Spanned).start <= t.start;
    if (!inDate && !DATE_WORDS.has(t.lower) && t.lower !== "," && !also.has(t.lower)) return false;
  }
  return true;
}

/** The dates each cue of a sentence may take. */
export interface CueDates {
  /** The date nearest the cue among those it owns, else among the sentence's framing dates. */
  nearest(cue: Token): DateMention | undefined;
  /** The dates the cue may take, in text order: its own, else the framing ones. */
  servable(cue: Token): DateMention[];
}

/**
 * Shares a sentence's dates out among its event cues. The sentence is cut into clauses at commas,
 * dashes, "but", "and" (not the "and" of a list of units: "the Alpha and the Bravo Battalion") and
 * the like, never inside a unit or a date. A date in a clause with a cue belongs to the nearest
 * cue of that clause and to no other: one date mention tells when one thing happened. A date that
 * opens the sentence ("In 2024 the 1st Battalion was formed and the 2nd disbanded") or stands in a
 * clause of its own (", in 2022,") frames the whole sentence: a cue with no date of its own takes
 * the nearest of those. Every step is a pass or a binary search, so a long sentence stays linear.
 *
 * @param tokens - the sentence's tokens.
 * @param units - the units written in it (text order); their commas and "and"s cut no clause.
 * @param dates - its date mentions (text order).
 * @param cues - the tokens that cue events (text order).
 */
export function shareDates(tokens: readonly Token[], units: readonly Spanned[], dates: readonly DateMention[], cues: readonly Token[]): CueDates {
  const covered = [...units.map((u) => ({ start: u.start, end: u.end, date: false })), ...dates.map((d) => ({ start: d.start, end: d.end, date: true }))].sort((a, b) => a.start - b.start);
  const unitEnds = new Set(units.map((u) => u.end));
  const unitStarts = new Set(units.map((u) => u.start));
  // "and" between two units joins a list ("the Alpha Battalion and the Bravo Battalion"), no clauses
  const listAnd = (i: number): boolean => {
    const before = tokens[i - 1]?.lower === "," ? tokens[i - 2] : tokens[i - 1];
    const after = tokens[i + 1]?.lower === "the" ? tokens[i + 2] : tokens[i + 1];
    return before !== undefined && after !== undefined && unitEnds.has(before.end) && unitStarts.has(after.start);
  };
  // each token's clause; how many words of each clause are neither a date's nor a date's
  // preposition; where the sentence's first such word stands
  const clauseOf: number[] = [];
  const plainWords: number[] = [0];
  let firstPlain = Infinity;
  let clause = 0;
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (c < covered.length && (covered[c] as Spanned).end <= t.start) c++;
    const at = covered[c];
    const inside = at !== undefined && at.start <= t.start;
    const inDate = inside && at.date;
    if (!inside && DATE_CLAUSE_BREAKS.has(t.lower) && !(t.lower === "and" && listAnd(i))) {
      clause++;
      plainWords.push(0);
    } else if (!inDate && !(DATE_WORDS.has(t.lower) && !inside)) {
      plainWords[clause] = (plainWords[clause] ?? 0) + 1;
      firstPlain = Math.min(firstPlain, t.start);
    }
    clauseOf.push(clause);
  }
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clauseAt = (offset: number): number => clauseOf[Math.min(tokenAt(offset), tokens.length - 1)] ?? 0;
  const cueClauses = new Set(cues.map((q) => clauseAt(q.start)));
  const firstCue = cues[0]?.start ?? Infinity;
  const firstUnit = units[0]?.start ?? Infinity;
  const gap = (d: Spanned, t: Spanned): number => (d.start >= t.end ? d.start - t.end : t.start - d.end);
  const owned = new Map<Token, DateMention[]>();
  const frames: DateMention[] = [];
  let nextCue = 0;
  for (const d of dates) {
    const k = clauseAt(d.start);
    const opens = d.end <= firstCue && d.end <= firstUnit && d.start < firstPlain;
    if (opens || (!cueClauses.has(k) && plainWords[k] === 0)) {
      frames.push(d);
      continue;
    }
    while (nextCue < cues.length && (cues[nextCue] as Token).start < d.start) nextCue++;
    const near = [cues[nextCue - 1], cues[nextCue]].filter((q): q is Token => q !== undefined && clauseAt(q.start) === k);
    const owner = near.reduce<Token | undefined>((best, q) => (best === undefined || gap(d, q) < gap(d, best) ? q : best), undefined);
    if (owner === undefined) continue;
    const list = owned.get(owner);
    if (list === undefined) owned.set(owner, [d]);
    else list.push(d);
  }
  const servable = (cue: Token): DateMention[] => owned.get(cue) ?? frames;
  return {
    servable,
    nearest: (cue) => servable(cue).reduce<DateMention | undefined>((best, d) => (best === undefined || gap(d, cue) < gap(best, cue) ? d : best), undefined),
  };
}
