// "Daniel Reyes, 31, and Kyle Martin, 26, a former Marine, served with the 2nd Battalion": people
// who are a sentence's subject, placed in a unit by its verb.
import { tokenize, type Token } from "../common/index.js";
import { onlyDatesBefore } from "./cue-dates.js";
import type { DraftPerson } from "./drafts.js";
import type { WrittenUnit } from "./owner.js";
import { bySentence, firstAfter } from "./positions.js";
import { idOf, source, type Context } from "./registry.js";
import { ownsWhatFollows } from "./unit-lists.js";

/** The one person named before sentence `si` with a surname ("Hale" for "Marcus L. Hale"), if one. */
export type SurnameLookup = (surname: string | undefined, si: number) => DraftPerson | undefined;

/** A description as the report places it, and the person it describes. */
export interface Described {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly draft: DraftPerson;
}

const SERVING = new Set(["served", "serves", "serve", "serving", "fought", "fights", "fight", "fighting"]);
const INTO = new Set(["with", "in"]);
// verbs whose object is the unit itself: "has led the 2nd Assault Company", "joined the 3rd Brigade"
const LEADING = new Set(["led", "leads", "lead", "commanded", "commands", "command", "joined", "joins", "join"]);
// what may stand between the subject and its verb: "had served", "both served", "also fought"
const BEFORE_VERB = new Set(["had", "have", "has", "both", "all", "also", "previously", "once", "then", "later", "first"]);
// an unnamed part of a unit: "a unit of the International Legion", "a company of the 47th Brigade"
const PART_NOUNS: ReadonlySet<string> = new Set(["unit", "company", "battalion", "detachment", "group", "platoon", "squad"]);
// an apposition between them is short: "Kyle Martin, 26, a former Marine from Ohio, served"
const MAX_APPOSITION = 12;

/**
 * Places the people a sentence opens with in the unit its verb names: "X and Y served with Z",
 * "X, a medic, fought in Z", "X, 41, has led Z since June 2024", "X joined Z". The people must open the sentence (its subject; a date may come
 * first), joined by commas and "and"; between the last of them and the verb only an apposition
 * and words such as "had" or "both" may stand. A surname alone may open it for someone named before
 * ("Rojas served with …", looked up by `bySurname`). A person the text already placed keeps their unit.
 */
export function servedWith(
  ctx: Context, written: readonly WrittenUnit[], described: readonly Described[], bySurname: SurnameLookup,
): void {
  const datesIn = bySentence(ctx.sentences, ctx.dates);
  let d = 0;
  ctx.sentences.forEach((span, si) => {
    while (d < described.length && (described[d] as Described).sentence < si) d++;
    const here = described[d]?.sentence === si ? described[d] : undefined;
    // "Rojas served with the brigade's 1st Assault Battalion": a surname of someone named before
    // opens the sentence; a capital and no description there are cheap to check before tokenizing
    const opening = here === undefined || here.start > span.start ? surnameAt(ctx.text, span.start, si, bySurname) : undefined;
    const first = opening ?? here;
    if (first === undefined) return;
    const tokens = tokenize(ctx.text, span.start, Math.min(span.end, span.start + 600));
    if (!onlyDatesBefore(tokens, first.start, datesIn[si] ?? [])) return;
    const verb = tokens.findIndex((t, k) => t.start >= first.end && ((SERVING.has(t.lower) && INTO.has(tokens[k + 1]?.lower ?? "")) || LEADING.has(t.lower)));
    if (verb < 0) return;
    const object = LEADING.has((tokens[verb] as Token).lower) ? verb + 1 : verb + 2;
    const subjects: Described[] = opening === undefined ? [] : [opening];
    // the last subject's description may run on over the verb to the unit ("Kyle Martin, 26, a
    // former Marine from Ohio, served with …" is one description), which places the others too
    const verbStart = (tokens[verb] as Token).start;
    for (let k = d; opening === undefined && k < described.length && (described[k] as Described).sentence === si && (described[k] as Described).start < verbStart; k++) {
      subjects.push(described[k] as Described);
    }
    const last = subjects.at(-1) as Described;
    const runsOver = last.end > verbStart;
    if (!joined(ctx.text, subjects) || (!runsOver && !leadsTo(tokens, last.end, verb, ctx.text.slice(last.start, last.end).includes(",")))) return;
    const unit = unitAt(ctx.text, written, tokens, object);
    if (unit === undefined) return;
    for (const s of subjects) {
      if (s.draft.unit !== undefined) continue;
      (s.draft as { unit?: string }).unit = idOf(ctx, unit.key);
      s.draft.sources.push(source(ctx, "$.unit", unit.start, unit.end));
    }
  });
}

/** The surname that opens the sentence at `start`, as a subject standing for the person it names, if it is one. */
function surnameAt(text: string, start: number, sentence: number, bySurname: SurnameLookup): Described | undefined {
  const word = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(start, start + 40))?.[0];
  const draft = word === undefined ? undefined : bySurname(word, sentence);
  return draft === undefined ? undefined : { start, end: start + (word as string).length, sentence, draft };
}

/** Whether each description after the first is joined to the one before by a comma or "and". */
function joined(text: string, subjects: readonly Described[]): boolean {
  for (let k = 1; k < subjects.length; k++) {
    const gap = text.slice((subjects[k - 1] as Described).end, (subjects[k] as Described).start);
    if (!/^[\s,]*(?:and\s+)?$/.test(gap)) return false;
  }
  return subjects.length > 0;
}

/**
 * Whether only an apposition and words such as "had" stand from `end` to the verb at token `verb`;
 * when the description `opened` an apposition, also the rest of it ("…, a former sergeant in the
 * Finnish| Defence Forces, has led …").
 */
function leadsTo(tokens: readonly Token[], end: number, verb: number, opened: boolean): boolean {
  let last = verb - 1;
  while (last >= 0 && BEFORE_VERB.has((tokens[last] as Token).lower)) last--;
  let first = last;
  while (first >= 0 && (tokens[first] as Token).start >= end) first--;
  first++;
  const n = last - first + 1;
  // nothing, the comma that closes the description's own apposition, or ", a former Marine from Ohio,"
  if (n <= 0) return true;
  if ((tokens[last] as Token).lower !== ",") return false;
  if (opened && n <= MAX_APPOSITION && !tokens.slice(first, last).some((t) => t.lower === ",")) return true;
  return n === 1 || (n >= 3 && n <= MAX_APPOSITION && (tokens[first] as Token).lower === ",");
}

/**
 * The unit written at token `k` (past "the"), when it names a unit and no place of it; after an
 * owner the finder did not join to it ("its", "the brigade's"), the unit it owns.
 */
function unitAt(text: string, written: readonly WrittenUnit[], tokens: readonly Token[], k: number): WrittenUnit | undefined {
  // "served with a unit of the International Legion": an unnamed part of a unit places them in it
  if ((tokens[k]?.lower === "a" || tokens[k]?.lower === "an") && PART_NOUNS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "of") k += 3;
  let at = tokens[k]?.lower === "the" ? k + 1 : k;
  const word = tokens[at]?.lower ?? "";
  if (word === "its" || (!/\d/.test(word) && /['’]s$/.test(word))) at++;
  const t = tokens[at];
  if (t === undefined) return undefined;
  const unit = written[firstAfter(written, t.start - 1)];
  return unit !== undefined && unit.start === t.start && unit.parent !== true && !ownsWhatFollows(text, unit) ? unit : undefined;
}
