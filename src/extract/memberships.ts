// Standing subordination, as order-of-battle reports state it: "the 331st Regiment is part of the
// 98th Division", "the 1009th Regiment, part of the 2nd Combined Arms Army, …", "is subordinated
// to", "is attached to", "was formed as part of", "is under the command of", "operates within", "the
// 9th Corps includes the 33rd and 47th Brigades", "the 47th Brigade said its 2nd Battalion …". A
// change of subordination with its date ("became part of X in 2024") is an event (see events.ts);
// what a sentence says holds now is an edge.
import { tokenize, type Span, type Token } from "../common/index.js";
import { ECHELON_TABLE } from "../unit/index.js";
import type { Subordination } from "../unit/schema.js";
import { ownerUnit } from "./owner.js";
import { bySentence, sentenceAt } from "./positions.js";
import { idOf, subordinate, type Context, type PlacedUnit } from "./registry.js";
import { listAt, ownsWhatFollows } from "./unit-lists.js";

type Relation = Subordination["relation"];

// The phrases after which the parent is named, by first word, longest first.
const CUES: ReadonlyMap<string, readonly { words: readonly string[]; relation: Relation }[]> = byFirstWord([
  { words: ["part", "of"], relation: "organic" },
  { words: ["subordinated", "to"], relation: "organic" },
  { words: ["subordinate", "to"], relation: "organic" },
  { words: ["attached", "to"], relation: "attached" },
  // "under the command of" in a report names the unit's superior, not a command relation of doctrine
  { words: ["under", "the", "command", "of"], relation: "organic" },
  { words: ["under", "command", "of"], relation: "organic" },
  { words: ["under", "the", "operational", "control", "of"], relation: "opcon" },
  { words: ["under", "operational", "control", "of"], relation: "opcon" },
  { words: ["under", "the", "tactical", "control", "of"], relation: "tacon" },
  { words: ["under", "tactical", "control", "of"], relation: "tacon" },
  { words: ["within"], relation: "organic" },
]);
// Words that say the unit holds the link now ("is", "are", "has been", an apposition's comma).
// "was", "became", "were placed" tell a past or a change: events read those with their dates.
const NOW = new Set(["is", "are", "been", "remains", "remain", ",", "(", "now", "also", "currently", "directly", "still", "as", "operates", "operating", "serves", "serving"]);
// Words that may stand between a unit and its link: "the 1st Brigade, which is now part of …"
const GLUE = new Set([",", "(", "which", "that", "is", "are", "has", "have", "been", "now", "also", "currently", "directly", "still", "remains", "remain", "operates", "operating", "as"]);
const MAX_GLUE = 6;
// Verbs that name a unit's parts after it: "the 9th Corps includes the 33rd and 47th Brigades".
const HOLDS = new Set(["includes", "include", "comprises", "comprise"]);

/** Reads the standing links of every sentence into the drafts' `subordination`. */
export function readMemberships(ctx: Context): void {
  const unitsIn = bySentence(ctx.sentences, ctx.order);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const span = ctx.sentences[si] as Span;
    const heads = (unitsIn[si] ?? []).filter((u) => u.parent !== true && u.end <= span.end);
    if (heads.length < 2) continue;
    const tokens = tokenize(ctx.text, span.start, span.end);
    // look-ups by offset, so a sentence of many units and cues stays linear
    const at: Lookup = { text: ctx.text, tokens, byStart: new Map(), byEnd: new Map(), index: new Map(), parts: heads.filter((h) => h.whole !== true) };
    heads.forEach((u) => {
      if (!at.byStart.has(u.start)) at.byStart.set(u.start, u);
      at.byEnd.set(u.end, u);
    });
    at.parts.forEach((u, k) => at.index.set(u, k));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // "had been part of" tells a past, as "was" does; "has been" a present
      const past = tokens[i - 1]?.lower === "been" && tokens[i - 2]?.lower === "had";
      const cue = NOW.has(tokens[i - 1]?.lower ?? "") && !past ? cueAt(tokens, i) : undefined;
      if (cue !== undefined) {
        const parent = unitAt(at, cue.next);
        // "as part of" tells what the sentence's subject did it as ("X was formed in 2023 as part
        // of Y", "X fought beside Y as part of Z")
        const child = tokens[i - 1]?.lower === "as" ? subjectBefore(heads, t.start) : childBefore(at, i);
        const k = child === undefined ? undefined : at.index.get(child);
        if (parent !== undefined && k !== undefined) for (const u of listAt(ctx.text, at.parts, k)) link(ctx, u, parent, cue.relation);
      } else if (HOLDS.has(t.lower)) {
        const parent = childBefore(at, i);
        const first = unitAt(at, i + 1);
        const k = first === undefined ? undefined : at.index.get(first);
        if (parent !== undefined && first !== undefined && k !== undefined) {
          for (const u of listAt(ctx.text, at.parts, k)) if (u.start >= first.start) link(ctx, u, parent, "organic");
        }
      }
    }
  }
}

function byFirstWord<T extends { readonly words: readonly string[] }>(phrases: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of [...phrases].sort((a, b) => b.words.length - a.words.length)) map.set(p.words[0] as string, [...(map.get(p.words[0] as string) ?? []), p]);
  return map;
}

/** The cue phrase that starts at token `i`: its relation, and the token after it, where the parent is named. */
function cueAt(tokens: readonly Token[], i: number): { relation: Relation; next: number } | undefined {
  for (const p of CUES.get((tokens[i] as Token).lower) ?? []) {
    if (p.words.every((word, k) => tokens[i + k]?.lower === word)) return { relation: p.relation, next: i + p.words.length };
  }
  return undefined;
}

/**
 * "The 47th Brigade said its 2nd Battalion had been withdrawn", "the brigade's 3rd Company": a unit
 * written after a possessive that points back at a larger unit is part of it, and so is every unit
 * of the list it opens ("merged its 155th and 40th Brigades").
 */
export function readPossessed(ctx: Context): void {
  const written = ctx.order.slice();
  const parts = written.filter((u) => u.parent !== true && u.whole !== true);
  parts.forEach((u, k) => {
    const si = sentenceAt(ctx.sentences, u.start);
    const here = ctx.sentences[si];
    const previous = ctx.sentences[si - 1];
    const floor = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
    const owner = ownerUnit(ctx.text, u.start, written, floor, here ? { start: here.start, ...(previous ? { previous: previous.start } : {}) } : undefined);
    if (owner === undefined || owner.unit.key === u.key) return;
    const list = listAt(ctx.text, parts, k).filter((child) => child.start >= u.start);
    // "handed its 2nd Battalion (over) to the 3rd Corps": the unit is on its way out
    if (HANDED_ON.test(ctx.text.slice((list.at(-1) as PlacedUnit).end, (list.at(-1) as PlacedUnit).end + 12))) return;
    for (const child of list) link(ctx, child, owner.unit as PlacedUnit, "organic");
  });
}
const HANDED_ON = /^\s+(?:over\s+)?(?:to|into)\s/;

interface Lookup {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly byStart: Map<number, PlacedUnit>;
  readonly byEnd: Map<number, PlacedUnit>;
  /** The units that may be children (no whole of an unnamed part), and where each stands among them. */
  readonly parts: PlacedUnit[];
  readonly index: Map<PlacedUnit, number>;
}

/** The unit that starts at token `k` (past "the") and owns nothing after it ("the 47th Brigade's sector" is a place). */
function unitAt(at: Lookup, k: number): PlacedUnit | undefined {
  const t = at.tokens[at.tokens[k]?.lower === "the" ? k + 1 : k];
  const unit = t && at.byStart.get(t.start);
  return unit && !ownsWhatFollows(at.text, unit) ? unit : undefined;
}

/** The unit right before token `i`, with at most a few linking words between ("X, which is now part of"). */
function childBefore(at: Lookup, i: number): PlacedUnit | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_GLUE && GLUE.has((at.tokens[k] as Token).lower)) k--;
  const end = at.tokens[k]?.end;
  const unit = end === undefined ? undefined : at.byEnd.get(end);
  return unit?.whole === true ? undefined : unit;
}

/** The first unit of the sentence, when it comes before `offset`. */
function subjectBefore(heads: readonly PlacedUnit[], offset: number): PlacedUnit | undefined {
  const first = heads[0];
  return first !== undefined && first.end <= offset && first.whole !== true ? first : undefined;
}

const rank = (u: PlacedUnit): number => (u.designation.echelon === undefined ? 0 : ECHELON_TABLE[u.designation.echelon].rank);

/** An edge from `child` to `parent`, its source the text from the first of the two to the last. */
function link(ctx: Context, child: PlacedUnit, parent: PlacedUnit, relation: Relation): void {
  // a parent smaller than its child reads the sentence the wrong way round
  if (child.key === parent.key || (rank(child) > 0 && rank(parent) > 0 && rank(parent) <= rank(child))) return;
  const draft = ctx.units.get(child.key);
  if (draft !== undefined) subordinate(ctx, draft, idOf(ctx, parent.key), Math.min(child.start, parent.start), Math.max(child.end, parent.end), relation);
}
