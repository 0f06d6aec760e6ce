// Lineage events, read sentence by sentence: a cue word, the unit it is about and a date.
import { CUE_VERBS } from "../article/index.js";
import { HEDGE_WORDS, PLURAL_AMOUNTS, SMALL_NUMBER_WORDS, tokenize, VAGUE_AMOUNTS, type Span, type Token } from "../common/index.js";
import { ECHELON_TABLE } from "../unit/index.js";
import type { LineageEvent, UnitDesignation } from "../unit/schema.js";
import type { DateMention } from "./dates.js";
import { shareDates } from "./cue-dates.js";
import { readMerge } from "./merges.js";
import { readRedesignation } from "./redesignations.js";
import { gappedAfter, listAround, ownsWhatFollows } from "./unit-lists.js";
import { nounPointsAt } from "./owner.js";
import { pluralSubjectBefore, subjectIndexBefore, subjectList } from "./plural-subjects.js";
import { bySentence } from "./positions.js";
import { idOf, source, type Context } from "./registry.js";
import {
  BECOME, CLAUSE_BREAKS, DISSOLVE_CUES, ESTABLISH_CUES, EXTEND_CUES, INTEGRATE_CUES, MERGE_CUES, MOVE_CUES, PASSIVE_AUXILIARIES, REDESIGNATE_CUES, RESUBORDINATE_CUES, UNIT_ANAPHORS,
} from "./vocabulary.js";

const ALL_CUES = [ESTABLISH_CUES, DISSOLVE_CUES, INTEGRATE_CUES, MERGE_CUES, MOVE_CUES, EXTEND_CUES, RESUBORDINATE_CUES, REDESIGNATE_CUES];
const HEDGES = new Set([
  "not", "never", "no", "if", "unless", "whether", "would", "could", "might", "may", "n't",
  // plans are not events: "Kyiv plans to disband …", "a proposal to merge …"
  "plans", "plan", "planned", "planning", "intends", "intend", "proposed", "proposes", "proposal", "wants", "considering", "threatened",
  // "denied that … was disbanded", "rumours that …"
  "denied", "denies", "deny", "rumours", "rumors", "rumoured", "rumored",
]);
// A report the sentence itself calls untrue states nothing: "Reports that X was disbanded are false."
const REFUTED = new Set(["false", "untrue", "fake", "unfounded", "baseless", "denied", "denies"]);
const HEDGE_REACH = 6;

/** Whether the cue at token `i` stands under a negation, condition, plan or denial of its clause. */
function hedged(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - HEDGE_REACH; k--) {
    const lower = (tokens[k] as Token).lower;
    if (CLAUSE_BREAKS.has(lower)) return false;
    if (HEDGES.has(lower)) return true;
  }
  return false;
}

interface SentenceView {
  readonly span: Span;
  readonly tokens: Token[];
  readonly units: Context["order"];
  readonly dates: DateMention[];
}

export function readEvents(ctx: Context): void {
  const pendingMoves: { unitKey: string; date: DateMention; span: Span }[] = [];
  let lastDate: DateMention | undefined;
  let lastUnit: Context["order"][number] | undefined;
  // the units listed as the subject of the sentence before: "The 1st and 2nd Battalions fought …"
  let listedSubjects: Context["order"] = [];
  const unitsIn = bySentence(ctx.sentences, ctx.order);
  const datesIn = bySentence(ctx.sentences, ctx.dates);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const span = ctx.sentences[si] as Span;
    // a unit that spans more than one sentence can only start in the one before
    const near = [...(unitsIn[si - 1] ?? []), ...(unitsIn[si] ?? [])];
    const view: SentenceView = {
      span,
      tokens: tokenize(ctx.text, span.start, span.end),
      // a chain acts through its first unit: "The 3rd Battalion of the 155th Brigade was disbanded";
      // the whole of a part acts not at all: "two battalions of the 38th Brigade were disbanded"
      units: (unitsIn[si] ?? []).filter((u) => u.parent !== true && u.whole !== true && u.end <= span.end && !near.some((o) => o !== u && o.start <= u.start && o.end >= u.end && o.end - o.start > u.end - u.start)),
      dates: (datesIn[si] ?? []).filter((d) => d.end <= span.end),
    };
    // A cue under a negation, condition or plan states nothing: "which has not been disbanded", "if
    // … is disbanded", "plans to disband"; nor does a sentence that calls its report untrue.
    const refuted = view.tokens.some((t) => REFUTED.has(t.lower));
    const has = (cues: ReadonlySet<string>): Token | undefined =>
      refuted ? undefined : view.tokens.find((t, i) => cues.has(t.lower) && !hedged(view.tokens, i));
    // whether a cue's subject became the focus here; else the sentence's first unit becomes it
    let focused = false;
    const subject = (before?: number): Context["order"][number] | undefined => {
      // "… from the Azov Regiment, and in 2025 it became part of …": "it" is the unit in focus; "the
      // 47th Brigade said it had …": the unit that reports it
      if (before !== undefined && pronounBefore(view.tokens, before)) {
        const reporting = reportingUnit(view, before);
        if (reporting !== undefined) {
          lastUnit = reporting;
          focused = true;
          return reporting;
        }
        if (lastUnit !== undefined) return lastUnit;
      }
      const inSentence = view.units.filter((u) => (before === undefined || u.start < before) && !reportsInCommas(view.tokens, u));
      const found = inSentence[inSentence.length - 1] ?? anaphor(ctx, view, lastUnit);
      if (found !== undefined) {
        lastUnit = found;
        focused = true;
      }
      return found;
    };
    // "They were disbanded in 2024", "In 2024 the two units were merged into …": the units listed as
    // the subject of the sentence before, when this clause names none before its verb
    let pointedBack = false;
    const group = (before: number): Context["order"] | undefined => {
      if (listedSubjects.length < 2 || view.units.some((u) => u.start < before) || !pluralSubjectBefore(view.tokens, before, view.dates)) return undefined;
      pointedBack = true;
      return listedSubjects;
    };
    // One date mention dates one cue, the nearest of its clause: "The 2nd Battalion, formed in 2022,
    // was disbanded this week" dates no disbanding in 2022
    const { nearest, servable } = shareDates(view.tokens, view.units, view.dates, eventCues(view.tokens));
    const established = has(ESTABLISH_CUES);
    if (established) {
      // "the brigade formed the 1st Assault Battalion": an active verb's object, right after it;
      // "the creation of X", "Formed in 2022, X …", "since its formation, X": the unit after the cue
      const object = objectOf(view, established);
      // "it had formed a drone company", "which formed the backbone of the defence": what was formed
      // is no unit named, and the subject was not formed
      const unit = object === null ? undefined : object ?? (opensOnto(view.tokens, established) ? view.units.find((u) => u.start > established.start) : undefined);
      const many = unit === undefined && object !== null ? group(established.start) : undefined;
      const one = unit ?? (many || object === null ? undefined : subject(established.start));
      const date = nearest(established);
      const all = many ?? (one ? listAround(ctx.text, view.units, one) : undefined);
      if (all && date) {
        for (const u of all) addEvent(ctx, u.key, { kind: "established", date: date.value, unit: idOf(ctx, u.key) }, view, date, false);
        // "formed the 5th Brigade in 2022 and the 6th Brigade in 2023": each its own date, when the
        // first unit's date follows the verb as the others' do
        if (date.start > established.end) for (const g of gappedAfter(ctx.text, view.tokens, view.units, view.dates, date)) addEvent(ctx, g.unit.key, { kind: "established", date: g.date.value, unit: idOf(ctx, g.unit.key) }, view, g.date, false);
      }
    }
    const dissolved = has(DISSOLVE_CUES);
    if (dissolved) {
      // "disbanded the 2nd Battalion", "the dissolution of X": the unit after the cue; "X was
      // disbanded … and its men moved to Y": the subject before a passive one
      const many = group(dissolved.start);
      // ("two battalions of the 38th Brigade were disbanded": a part's whole before it keeps it passive)
      const passive = isPassive(view.tokens, view.tokens.indexOf(dissolved)) && (many !== undefined || subject(dissolved.start) !== undefined || (unitsIn[si] ?? []).some((u) => u.start < dissolved.start));
      const after = passive ? undefined : view.units.find((u) => u.start > dissolved.start);
      const unit = after ?? (many ? undefined : subject(dissolved.start));
      const date = nearest(dissolved);
      const all = after ? listAround(ctx.text, view.units, after) : (many ?? (unit ? listAround(ctx.text, view.units, unit) : undefined));
      if (all && date) {
        for (const u of all) addEvent(ctx, u.key, { kind: "dissolved", date: date.value, unit: idOf(ctx, u.key) }, view, date, false);
        if (date.start > dissolved.end) for (const g of gappedAfter(ctx.text, view.tokens, view.units, view.dates, date)) addEvent(ctx, g.unit.key, { kind: "dissolved", date: g.date.value, unit: idOf(ctx, g.unit.key) }, view, g.date, false);
      }
    }
    const moved = has(MOVE_CUES);
    const unitHere = view.units[0] ?? anaphor(ctx, view, lastUnit);
    const movedOn = moved && servable(moved)[0];
    if (movedOn && unitHere) pendingMoves.push({ unitKey: unitHere.key, date: movedOn, span });
    const extended = has(EXTEND_CUES);
    if (extended) {
      const unit = subject(extended.start);
      const deadline = view.dates.find((d) => d.start > extended.start);
      if (unit && deadline && lastDate) {
        addEvent(ctx, unit.key, { kind: "deadline-extended", date: lastDate.value, unit: idOf(ctx, unit.key), deadline: deadline.value }, view, lastDate, true);
      }
    }
    // "the 1st and 2nd battalions were merged into the 5th Regiment": the event goes on the first
    // merged unit only, so a timeline of all units' events tells it once
    const mergeCue = has(MERGE_CUES);
    const merge = mergeCue && readMerge(ctx.text, view.tokens, view.units, group(mergeCue.start));
    if (merge) {
      const date = nearest(merge.cue) ?? lastDate;
      const [first] = merge.units;
      if (date && first) {
        const event: LineageEvent = { kind: "merged", date: date.value, units: merge.units.map((u) => idOf(ctx, u.key)), into: idOf(ctx, merge.into.key) };
        addEvent(ctx, first.key, event, view, date, !view.dates.includes(date));
      }
    }
    // "the Azov Regiment was renamed the 12th Special Forces Brigade": the subject goes on as the unit after the cue
    const redesignation = !refuted && readRedesignation(ctx.text, view.tokens, view.units, (i) => !hedged(view.tokens, i));
    if (redesignation) {
      const unit = subject(redesignation.cue.start);
      const date = nearest(redesignation.cue) ?? lastDate;
      if (unit && date && unit.key !== redesignation.to.key) {
        addEvent(ctx, unit.key, { kind: "redesignated", date: date.value, from: idOf(ctx, unit.key), to: idOf(ctx, redesignation.to.key) }, view, date, !view.dates.includes(date));
      }
    }
    const integrated = !merge && has(INTEGRATE_CUES);
    const into = integrated && view.tokens.find((t) => t.lower === "into" && t.start > integrated.start);
    if (integrated && into) {
      const target = view.units.find((u) => u.start > into.start);
      const many = group(integrated.start);
      const one = many ? undefined : subject(integrated.start);
      // "won an extension until February 15, but its troops were integrated into …": at the deadline
      const date = servable(integrated).at(-1) ?? (extended && view.dates.find((d) => d.start > extended.start)) ?? lastDate;
      for (const unit of many ?? (one ? [one] : [])) {
        if (!target || !date || unit.key === target.key) continue;
        const inferredDate = !servable(integrated).includes(date);
        addEvent(ctx, unit.key, { kind: "integrated", date: date.value, unit: idOf(ctx, unit.key), into: idOf(ctx, target.key) }, view, date, inferredDate);
        for (const move of pendingMoves.filter((m) => m.unitKey === unit.key)) {
          addEvent(ctx, unit.key, { kind: "transferred", date: move.date.value, from: idOf(ctx, unit.key), to: idOf(ctx, target.key) }, { ...view, span: move.span }, move.date, false);
        }
      }
    }
    // "was resubordinated to X", "became part of X", "transferred from X to Y"
    const resub = has(RESUBORDINATE_CUES) ?? partOf(view.tokens) ?? placedUnder(view.tokens) ?? has(TRANSFER_CUES);
    const to = resub && view.tokens.find((t) => (t.lower === "to" || t.lower === "under" || (resub.lower === "part" && t.lower === "of")) && t.start > resub.start);
    if (resub && to) {
      const moved = TRANSFER_CUES.has(resub.lower);
      // a move's target stands right after "to" and owns no place ("to the 47th Brigade's sector" is a place)
      const target = moved ? unitRightAfter(ctx.text, view, to) : view.units.find((u) => u.start > to.start);
      const fromWord = view.tokens.find((t) => t.lower === "from" && t.start > resub.start && t.start < to.start);
      const origin = fromWord && view.units.find((u) => u.start > fromWord.start && u.end <= to.start);
      const date = nearest(resub);
      // a unit moved under a larger one is resubordinated; a move with no unit before the verb, or
      // of the people of one ("soldiers of the 3rd Battalion were transferred"), is of people
      // "In 2024 it was transferred to …": "it" is the unit in focus
      const many = group(resub.start);
      const before = many?.[0] ?? (moved ? (view.units.filter((u) => u.start < resub.start).at(-1) ?? (pronounBefore(view.tokens, resub.start) ? lastUnit : undefined)) : subject(resub.start));
      const ofPeople = moved && many === undefined && before !== undefined && peopleOf(view.tokens, before);
      const mover = ofPeople ? undefined : before;
      const left = origin ?? (ofPeople ? before : undefined);
      if (mover && target && date && mover.key !== target.key && (!moved || outranks(target, mover))) {
        const from = origin && origin.key !== mover.key && origin.key !== target.key ? { from: idOf(ctx, origin.key) } : {};
        for (const u of many ?? (moved ? [mover] : listAround(ctx.text, view.units, mover))) {
          if (u.key === target.key) continue;
          addEvent(ctx, u.key, { kind: "resubordinated", date: date.value, unit: idOf(ctx, u.key), ...from, to: idOf(ctx, target.key) }, view, date, false);
        }
      } else if (moved && mover === undefined && left && target && date && left.key !== target.key) {
        addEvent(ctx, left.key, { kind: "transferred", date: date.value, from: idOf(ctx, left.key), to: idOf(ctx, target.key) }, view, date, false);
      }
    }
    if (view.dates.length > 0) lastDate = view.dates[view.dates.length - 1];
    // a sentence whose subject pointed back keeps that list for the next: "They were … . They …"
    if (!pointedBack) listedSubjects = subjectList(ctx.text, view.tokens, view.units, view.dates);
    // the focus moves to a sentence's subject, its first unit ("The 2nd Battalion fought beside the
    // 3rd …"), also when a cue of the sentence read no event ("was expanded into a regiment")
    if (view.units.length > 0 && !focused) lastUnit = view.units[0];
  }
}

/**
 * The tokens that cue events, in text order; "became part of" and "placed under" cue by "part" and
 * "placed", the words the resubordination reader starts from.
 */
function eventCues(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, k) => {
    if (BECOME.has(t.lower) && tokens[k + 1]?.lower === "part") return false;
    return ALL_CUES.some((set) => set.has(t.lower)) || (t.lower === "part" && BECOME.has(tokens[k - 1]?.lower ?? "")) || (t.lower === "placed" && tokens[k + 1]?.lower === "under");
  });
}

const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "their", "new", "two", "three"]);
// Words of a time after a verb's article: "formed a year ago", "formed the same year" have no object
const TIME_NOUNS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "same", "following", "next", "previous", "last"]);

/**
 * The unit an active verb acts on: "formed the 1st Assault Battalion" — a unit that starts right
 * after the verb (past an article or "new"), when no auxiliary makes the verb passive. `null` when
 * the verb acts on something that is no unit named ("formed a drone company", "formed the backbone
 * of …"); `undefined` when it has no object: "The battalion, formed in 2022, joined the brigade".
 */
function objectOf(view: SentenceView, verb: Token): SentenceView["units"][number] | null | undefined {
  const i = view.tokens.indexOf(verb);
  if (i <= 0 || isPassive(view.tokens, i)) return undefined;
  let k = i + 1;
  while (k < i + 3 && OBJECT_OPENERS.has(view.tokens[k]?.lower ?? "")) k++;
  const at = view.tokens[k];
  if (at === undefined) return undefined;
  const unit = view.units.find((u) => u.start === at.start);
  // "formed at least four assault detachments", "raised some 2,000 troops": a count is an object,
  // and names a unit only when one of the next few words starts it
  if (unit === undefined && k === i + 1 && countOpensAt(view.tokens, k)) {
    const end = view.tokens[k + COUNT_REACH]?.end ?? view.span.end;
    return view.units.find((u) => u.start > at.start && u.start < end) ?? null;
  }
  if (unit !== undefined || k === i + 1) return unit;
  // "formed two years ago", "formed that same day": a time, not an object
  const next = view.tokens[i + 1] as Token;
  if (view.dates.some((d) => d.start === next.start) || TIME_NOUNS.has(at.lower) || TIME_NOUNS.has(view.tokens[k + 1]?.lower ?? "")) return undefined;
  return null;
}

const COUNT_REACH = 4;
const COUNT_STARTS: ReadonlySet<string> = new Set(["more", "over", "fewer", "up", "dozens", "hundreds", "thousands", "several", "many", "few"]);

/** Whether a count starts at token `k`: a number, a number word, or a hedge ("at least", "about", "some"). */
function countOpensAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const lower = t.lower;
  if (t.kind === "number" || SMALL_NUMBER_WORDS.has(lower) || HEDGE_WORDS.has(lower) || VAGUE_AMOUNTS.has(lower) || PLURAL_AMOUNTS.has(lower) || COUNT_STARTS.has(lower)) return true;
  const next = tokens[k + 1]?.lower;
  return lower === "at" && (next === "least" || next === "most");
}

/**
 * The unit that reports what "it" did when "it" follows a reporting verb, "the 47th Brigade said
 * (that) it had formed …": the last unit written before that verb in the sentence.
 */
function reportingUnit(view: SentenceView, before: number): SentenceView["units"][number] | undefined {
  let k = subjectIndexBefore(view.tokens, before) - 1;
  if (view.tokens[k]?.lower === "that") k--;
  const verb = view.tokens[k];
  if (verb === undefined || !CUE_VERBS.has(verb.lower)) return undefined;
  return view.units.filter((u) => u.end <= verb.start).at(-1);
}

/** Whether "it" is the subject of the verb at `offset`, past auxiliaries and adverbs ("it was later disbanded"). */
function pronounBefore(tokens: readonly Token[], offset: number): boolean {
  return tokens[subjectIndexBefore(tokens, offset)]?.lower === "it";
}

// Moves that may put a unit under another; "redeployed" and "relocated" move it on the map only.
const TRANSFER_CUES: ReadonlySet<string> = new Set(["move", "moved", "transfer", "transferred", "transfers"]);
// Nouns for the people of a unit: "soldiers of the 3rd Battalion were transferred" moves people.
const PEOPLE_NOUNS = new Set(["soldiers", "troops", "fighters", "men", "personnel", "servicemen", "volunteers", "members", "marines", "paratroopers", "crews", "remnants", "elements"]);

/** Whether `unit` stands after "soldiers of", "troops from" …: the sentence speaks of its people. */
function peopleOf(tokens: readonly Token[], unit: { start: number }): boolean {
  const i = tokens.findIndex((t) => t.start >= unit.start);
  let k = i - 1;
  if (tokens[k]?.lower === "the") k--;
  const preposition = tokens[k]?.lower;
  return (preposition === "of" || preposition === "from") && PEOPLE_NOUNS.has(tokens[k - 1]?.lower ?? "");
}

/** The unit that starts right after the token `to` (past "the"), unless it owns what follows ("the 47th Brigade's sector"). */
function unitRightAfter(text: string, view: SentenceView, to: Token): SentenceView["units"][number] | undefined {
  const i = view.tokens.indexOf(to);
  const at = view.tokens[view.tokens[i + 1]?.lower === "the" ? i + 2 : i + 1];
  const unit = at && view.units.find((u) => u.start === at.start);
  return unit && !ownsWhatFollows(text, unit) ? unit : undefined;
}

/** "placed under (the command of) X": the token "placed", which takes its target after "under". */
function placedUnder(tokens: readonly Token[]): Token | undefined {
  return tokens.find((t, k) => t.lower === "placed" && tokens[k + 1]?.lower === "under");
}

/**
 * Whether the unit a cue is about comes after it: a noun cue before "of" ("the creation of X"), a
 * participle opening the sentence ("Formed in 2022, the 3rd Battalion …") or after "its" ("since
 * its formation, X").
 */
function opensOnto(tokens: readonly Token[], cue: Token): boolean {
  const i = tokens.indexOf(cue);
  return (tokens[i + 1]?.lower === "of" && NOMINAL_CUES.has(cue.lower)) || i === 0 || tokens[i - 1]?.lower === "its";
}
const NOMINAL_CUES = new Set(["creation", "establishment", "formation"]);

/** "became part of": the token "part", which takes its target after "of". */
function partOf(tokens: readonly Token[]): Token | undefined {
  const i = tokens.findIndex((t, k) => t.lower === "part" && BECOME.has(tokens[k - 1]?.lower ?? "") && tokens[k + 1]?.lower === "of");
  return tokens[i];
}

/** Whether `a` is a larger echelon than `b` (a brigade over a battalion). */
function outranks(a: { designation: UnitDesignation }, b: { designation: UnitDesignation }): boolean {
  const rank = (u: { designation: UnitDesignation }) => (u.designation.echelon === undefined ? 0 : ECHELON_TABLE[u.designation.echelon].rank);
  return rank(b) > 0 && rank(a) > rank(b);
}

const DETERMINERS = new Set(["the", "this", "that", "its"]);

/** Whether the verb at token `i` is passive: an auxiliary before it, perhaps with an adverb between ("was quietly disbanded"). */
function isPassive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (PASSIVE_AUXILIARIES.has(before)) return true;
  return before.endsWith("ly") && PASSIVE_AUXILIARIES.has(tokens[i - 2]?.lower ?? "");
}

/**
 * Whether the unit is the source of a reporting clause set in commas, "The 3rd Battalion, the 47th
 * Brigade said, was disbanded": no subject of the sentence's verb.
 */
function reportsInCommas(tokens: readonly Token[], u: { readonly start: number; readonly end: number }): boolean {
  const after = tokens.findIndex((t) => t.start >= u.end);
  if (after < 0 || !CUE_VERBS.has((tokens[after] as Token).lower)) return false;
  let before = after - 1;
  while (before >= 0 && (tokens[before] as Token).start >= u.start) before--;
  if (tokens[before]?.lower === "the") before--;
  return tokens[before]?.lower === ",";
}

/**
 * "The battalion", "its troops", "the company": a noun after a determiner, outside any designation,
 * points back at the last unit of that echelon (or name) named before; "its" / "it" at the unit in
 * focus — the one the narrative last spoke of.
 */
function anaphor(ctx: Context, view: SentenceView, focus: Context["order"][number] | undefined): Context["order"][number] | undefined {
  const outside = (t: Token): boolean => !view.units.some((u) => u.start <= t.start && t.end <= u.end);
  const word = view.tokens.find((t, i) => UNIT_ANAPHORS.has(t.lower) && outside(t) && DETERMINERS.has(view.tokens[i - 1]?.lower ?? ""));
  const its = view.tokens.some((t) => (t.lower === "its" || t.lower === "it") && outside(t));
  if (word === undefined && !its) return undefined;
  const earlier = ctx.order.filter((u) => u.end <= view.span.start);
  if (word !== undefined && word.lower !== "unit") {
    const match = [...earlier].reverse().find((u) => nounPointsAt(word.lower, u.designation));
    if (match) return match;
  }
  return focus;
}

function addEvent(ctx: Context, key: string, event: LineageEvent, view: SentenceView, date: DateMention, inferred: boolean): void {
  const draft = ctx.units.get(key);
  if (draft === undefined) return;
  if (draft.events.some((e) => e.kind === event.kind && JSON.stringify({ ...e, source: undefined }) === JSON.stringify({ ...event, source: undefined }))) return;
  if (draft.events.some((e) => e.kind === event.kind && (event.kind === "established" || event.kind === "dissolved"))) return;
  const withSource = { ...event, source: { articleId: ctx.articleId, span: { start: view.span.start, end: view.span.end } } } as LineageEvent;
  draft.events.push(withSource);
  const i = draft.events.length - 1;
  draft.sources.push(source(ctx, `$.events[${i}]`, view.span.start, view.span.end));
  draft.sources.push(source(ctx, `$.events[${i}].date`, date.start, date.end, inferred || date.inferred === true || date.yearInferred === true));
}
