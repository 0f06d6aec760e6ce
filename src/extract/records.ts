import { parseArticle } from "../article/index.js";
import type { Article } from "../article/schema.js";
import { tokenize, type CalendarDate, type PartialDate, type Span, type Token } from "../common/index.js";
import { findClauses, findContractTerms } from "../contract/index.js";
import type { Clause, Contract } from "../contract/schema.js";
import { countriesForName, countriesForNationality, pickCountry, type PersonDescription } from "../personnel/index.js";
import type { Person, Rank } from "../personnel/schema.js";
import { ECHELON_TABLE, formatUnitDesignation, parseUnitDesignation } from "../unit/index.js";
import type { LineageEvent, Subordination, Unit, UnitDesignation } from "../unit/schema.js";
import type { Mention } from "../common/index.js";
import type { Mentions } from "./mentions.js";
import { NameKeys } from "./name-keys.js";
import { nounPointsAt, ownerUnit, type WrittenUnit } from "./owner.js";
import { scanMentions } from "./scan.js";
import type { DateMention } from "./dates.js";
import { sentenceSpans } from "./sentences.js";
import {
  DISSOLVE_CUES, ESTABLISH_CUES, EXTEND_CUES, INTEGRATE_CUES, MOVE_CUES, RESUBORDINATE_CUES, UNIT_ANAPHORS,
} from "./vocabulary.js";

/**
 * Where one field of a draft record came from: a JSON path into the record and the span of the text
 * that says it. `inferred` marks a value the text implies rather than states (a date taken from the
 * narrative, a year-less date's year).
 *
 * @example
 * ```ts
 * import type { FieldSource } from "musterroll/extract";
 * const s: FieldSource = { path: "$.events[0].date", start: 277, end: 294, text: "December 31, 2025" };
 * ```
 */
export interface FieldSource {
  /** JSON path of the field in the draft ("$.record.names[0].name", "$.events[1].date"). */
  readonly path: string;
  /** Index of the first character of the evidence. */
  readonly start: number;
  /** Index after its last character. */
  readonly end: number;
  /** The evidence, `text.slice(start, end)`. */
  readonly text: string;
  /** The value is implied by the text, not stated. */
  readonly inferred?: true;
}

/**
 * A unit read from a report, with what happened to it and what it belonged to.
 *
 * @example
 * ```ts
 * import type { DraftUnit } from "musterroll/extract";
 * const d: DraftUnit = {
 *   record: { id: "2nd-battalion", names: [{ name: "2nd Battalion" }], number: 2, echelon: "battalion", types: [], qualifiers: [], identifiers: [] },
 *   events: [], subordination: [], sources: [],
 * };
 * ```
 */
export interface DraftUnit {
  /** The unit; passes `UnitSchema`. */
  readonly record: Unit;
  /** Lineage events about it; each passes `LineageEventSchema`. */
  readonly events: LineageEvent[];
  /** Edges with this unit as child; each passes `SubordinationSchema`. */
  readonly subordination: Subordination[];
  /** Where each field came from. */
  readonly sources: FieldSource[];
}

/**
 * A person read from a report, with the unit the text places them in and the rank it gives them.
 * Rank and unit stand beside the record, not in it: a `Person` holds what is true of the person,
 * and a rank is held in a unit for a time (an `Assignment`), which a report rarely dates.
 *
 * @example
 * ```ts
 * import type { DraftPerson } from "musterroll/extract";
 * const d: DraftPerson = {
 *   record: { id: "karl", name: { full: "Karl", transliterations: [] }, aliases: [], reportedAges: [{ age: 53, asOf: "2026-01-05" }], nationalities: ["US"], origins: [], roles: ["combat-medic"] },
 *   sources: [],
 * };
 * ```
 */
export interface DraftPerson {
  /** The person; passes `PersonSchema`. */
  readonly record: Person;
  /** The id of the draft unit the text places them in. */
  readonly unit?: string;
  /** The rank the text gives them ("Col." → "colonel"), as of the report. */
  readonly rank?: Rank;
  /** Where each field came from. */
  readonly sources: FieldSource[];
}

/**
 * A service contract read from a report: the terms and clauses it states for a group of people.
 *
 * @example
 * ```ts
 * import type { DraftContract } from "musterroll/extract";
 * const d: DraftContract = {
 *   record: { id: "contract-1", person: "foreign-volunteers", employer: { unit: "legion" }, category: "foreign-volunteer", term: "P3Y", clauses: [] },
 *   sources: [],
 * };
 * ```
 */
export interface DraftContract {
  /** The contract; passes `ContractSchema`. */
  readonly record: Contract;
  /** Where each field came from. */
  readonly sources: FieldSource[];
}

/**
 * The result of {@link extractRecords}: the article, every mention, and the draft records.
 *
 * @example
 * ```ts
 * import { extractRecords, type Extraction } from "musterroll/extract";
 * const x: Extraction = extractRecords("The 2nd Battalion was disbanded on March 3, 2025.");
 * x.records.units[0]?.events[0]?.kind; // "dissolved"
 * ```
 */
export interface Extraction {
  /** The parsed article, when the text reads as one. */
  readonly article?: Article;
  /** Every mention with its span. */
  readonly mentions: Mentions;
  /** Draft records that pass the schemas. */
  readonly records: {
    readonly units: DraftUnit[];
    readonly people: DraftPerson[];
    readonly contracts: DraftContract[];
  };
}

/**
 * Options of {@link extractRecords}.
 *
 * @example
 * ```ts
 * import type { ExtractRecordsOptions } from "musterroll/extract";
 * const options: ExtractRecordsOptions = { referenceDate: "2026-01-05", articleId: "legion-report" };
 * ```
 */
export interface ExtractRecordsOptions {
  /** The article's date: ages are "as of" it and year-less dates fall back on it. Default: the article's published date when the text gives one. */
  readonly referenceDate?: CalendarDate;
  /** The id lineage events and edges cite as their source. Default: the article's id or derived URI. */
  readonly articleId?: string;
}

interface Context {
  readonly text: string;
  readonly articleId: string;
  readonly sentences: Span[];
  readonly dates: DateMention[];
  readonly units: Map<string, DraftUnit>;
  /** Every unit as written, a chain's parents after it with the chain's span and `parent: true`. */
  readonly order: WrittenUnit[];
  /** The record ids given out so far, so that a new one is unique without a look at every unit. */
  readonly ids: Set<string>;
  /** For a numbered unit's key without its parent, the key with the parent it was named with last. */
  readonly placed: Map<string, string>;
  /** Where each key stands in `order`, so that re-keying a unit touches only its own entries. */
  readonly positions: Map<string, number[]>;
  /** The keys of units known by name alone, by their words. */
  readonly names: NameKeys;
}

const source = (ctx: Context, path: string, start: number, end: number, inferred = false): FieldSource => ({
  path, start, end, text: ctx.text.slice(start, end), ...(inferred ? { inferred: true as const } : {}),
});

/**
 * Reads a report into draft records with provenance: units with their lineage events (established,
 * dissolved, transferred, deadline-extended, integrated, resubordinated) and subordination edges;
 * people with name, alias, age as of the article's date, nationality, role and unit; contracts with
 * their term and clauses; and the article itself. Every draft passes the library's schemas; every
 * field names the span of text it came from, and values the text only implies are marked `inferred`.
 *
 * The rules are sentence-level and documented in the Extraction guide: an event needs a cue word, a
 * unit in the same sentence (or a noun such as "the battalion" pointing back at one) and a date
 * (in the sentence, or the narrative's last date, marked inferred).
 *
 * @param input - the article as plain text, or an `Article` already parsed.
 * @param options - reference date and article id.
 * @returns the article, the mentions and the draft records.
 * @example
 * ```ts
 * import { extractRecords } from "musterroll/extract";
 * const x = extractRecords("On March 3, 2025, the 2nd Battalion was disbanded.");
 * x.records.units[0]?.events; // [{ kind: "dissolved", date: "2025-03-03", unit: "2nd-battalion", source: { ... } }]
 * ```
 */
export function extractRecords(input: string | Article, options: ExtractRecordsOptions = {}): Extraction {
  const parsed = typeof input === "string" ? parseArticle(input) : { success: true as const, data: input };
  const article = parsed.success ? parsed.data : undefined;
  const text = typeof input === "string" ? input : input.text;
  const published = article?.dates.published?.value;
  const referenceDate = options.referenceDate ?? (typeof published === "string" && published.length >= 10 ? published.slice(0, 10) : undefined);
  const { mentions, designations, descriptions } = scanMentions(text, referenceDate ? { referenceDate } : {});
  const ctx: Context = {
    text, articleId: options.articleId ?? article?.id ?? "article", sentences: sentenceSpans(text), dates: mentions.dates,
    units: new Map(), order: [], ids: new Set(), placed: new Map(), positions: new Map(), names: new NameKeys(),
  };
  for (const m of designations) registerUnit(ctx, m.value, m.start, m.end, m.text);
  readEvents(ctx);
  const people = readPeople(ctx, descriptions, referenceDate);
  const contracts = readContracts(ctx, text);
  return {
    ...(article ? { article } : {}),
    mentions,
    records: { units: [...ctx.units.values()], people, contracts },
  };
}

// ---------- units ----------

const STOP = new Set(["the", "of", "for", "and"]);
const ALL_CUES = [ESTABLISH_CUES, DISSOLVE_CUES, INTEGRATE_CUES, MOVE_CUES, EXTEND_CUES, RESUBORDINATE_CUES];
const HEDGES = new Set(["not", "never", "no", "if", "unless", "whether", "would", "could", "might", "may", "n't"]);
const contentWords = (name: string): string[] => name.toLowerCase().split(/\s+/).filter((w) => w !== "" && !STOP.has(w));

function slug(text: string): string {
  const s = text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return s === "" ? "unit" : s.slice(0, 80);
}

function nameOf(d: UnitDesignation): string | undefined {
  return d.name === undefined ? undefined : String(d.name);
}

/** The key two mentions of one unit share: its number, echelon and types, or its name's words. */
function unitKey(ctx: Context, d: UnitDesignation): string {
  const name = nameOf(d);
  if (name !== undefined && d.number === undefined) {
    const words = contentWords(name);
    return ctx.names.find(words) ?? `name:${words.join(" ")}`;
  }
  return `unit:${d.number ?? ""}|${d.echelon ?? ""}|${d.types.join(",")}|${name ?? ""}`;
}

/**
 * A numbered unit's key with the parent its chain gives it: "1st Battalion, 5th Marines" and "1st
 * Battalion, 7th Marines" are two units. A mention without a parent is the unit of that number
 * named last with one; a mention with a parent claims the unit named before without one, while
 * no other parent has been given for that number.
 */
function keyWithin(ctx: Context, base: string, parent: UnitDesignation | undefined): string {
  if (!base.startsWith("unit:")) return base;
  if (parent === undefined) return ctx.units.has(base) ? base : (ctx.placed.get(base) ?? base);
  const key = `${base}<${unitKey(ctx, { ...parent, parent: undefined })}`;
  const bare = ctx.units.get(base);
  if (!ctx.units.has(key) && bare !== undefined && !ctx.placed.has(base)) {
    ctx.units.delete(base);
    ctx.units.set(key, bare);
    const at = ctx.positions.get(base) ?? [];
    for (const i of at) ctx.order[i] = { ...(ctx.order[i] as WrittenUnit), key };
    ctx.positions.delete(base);
    ctx.positions.set(key, at);
  }
  ctx.placed.set(base, key);
  return key;
}

/** Splits "253rd Assault Regiment of the 129th … Brigade" into the unit's own words and its parent's. */
function splitChain(written: string, d: UnitDesignation): { own: string; rest: string } | undefined {
  if (d.parent === undefined) return { own: written, rest: "" };
  for (const sep of [", ", " of the ", " of "]) {
    for (let at = written.indexOf(sep); at !== -1; at = written.indexOf(sep, at + 1)) {
      const own = written.slice(0, at);
      const parsed = parseUnitDesignation(own);
      if (parsed.success && parsed.data.number === d.number && parsed.data.echelon === d.echelon) return { own, rest: written.slice(at + sep.length) };
    }
  }
  return undefined;
}

/**
 * The unit's name as the report writes it, when that names this one unit: not a number alone out
 * of a list ("the 47th and 93rd brigades") nor a plural ("93rd Brigades").
 */
function asWritten(written: string | undefined, d: UnitDesignation): string | undefined {
  if (written === undefined || written === "") return undefined;
  const parsed = parseUnitDesignation(written);
  if (!parsed.success || parsed.data.echelon !== d.echelon) return undefined;
  const last = (text: string) => text.slice(text.lastIndexOf(" ") + 1).toLowerCase();
  const singular = last(formatUnitDesignation(d, { style: "long" }));
  const word = last(written);
  return word === `${singular}s` || word === `${singular.slice(0, -1)}ies` ? undefined : written;
}

function registerUnit(ctx: Context, d: UnitDesignation, start: number, end: number, written?: string, isParent = false): string {
  const own: UnitDesignation = { ...d, parent: undefined };
  const key = keyWithin(ctx, unitKey(ctx, own), d.parent);
  const parts = written === undefined ? undefined : splitChain(written, d);
  // Records keep the name as the report writes it ("12th Rifle Regiment"), not a normalised form.
  const label = asWritten(parts?.own.replace(/^the\s+/i, ""), own) ?? formatUnitDesignation(own, { style: "long" });
  let draft = ctx.units.get(key);
  if (draft === undefined) {
    let id = slug(label);
    for (let n = 2; ctx.ids.has(id); n++) id = `${slug(label)}-${n}`;
    ctx.ids.add(id);
    const record: Unit = {
      id, names: [{ name: label }], types: [...d.types], qualifiers: [...d.qualifiers], identifiers: [],
      ...(d.number !== undefined ? { number: d.number } : {}), ...(d.echelon !== undefined ? { echelon: d.echelon } : {}),
    };
    draft = { record, events: [], subordination: [], sources: [source(ctx, "$.record.names[0].name", start, end)] };
    ctx.units.set(key, draft);
    if (key.startsWith("name:")) ctx.names.add(key, key.slice(5).split(" "));
  } else if (label.length > (draft.record.names[0]?.name.length ?? 0)) {
    // The fullest form names the unit; a shorter one becomes its short name.
    const shorter = draft.record.names[0]?.name;
    const names = [{ name: label }];
    (draft as { record: Unit }).record = { ...draft.record, names, ...(shorter ? { shortName: shorter.slice(0, 100) } : {}) };
    draft.sources.push(source(ctx, "$.record.names[0].name", start, end));
  }
  const at = ctx.positions.get(key);
  if (at === undefined) ctx.positions.set(key, [ctx.order.length]);
  else at.push(ctx.order.length);
  ctx.order.push({ key, start, end, designation: own, ...(isParent ? { parent: true as const } : {}) });
  if (d.parent !== undefined) {
    const parentId = registerUnit(ctx, d.parent, start, end, parts?.rest, true);
    if (!draft.subordination.some((e) => e.parent === parentId)) {
      draft.subordination.push({ child: draft.record.id, parent: parentId, relation: "organic", source: { articleId: ctx.articleId, span: { start, end } } });
      draft.sources.push(source(ctx, `$.subordination[${draft.subordination.length - 1}]`, start, end));
    }
  }
  return draft.record.id;
}

// ---------- events ----------

interface SentenceView {
  readonly span: Span;
  readonly tokens: Token[];
  readonly units: Context["order"];
  readonly dates: DateMention[];
}

/** The index of the sentence holding `offset` (-1 when none does), by binary search. */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Items grouped by the sentence they start in, in their own order: one pass, not one per sentence. */
function bySentence<T extends { readonly start: number }>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  for (const item of items) groups[sentenceAt(sentences, item.start)]?.push(item);
  return groups;
}

function readEvents(ctx: Context): void {
  const pendingMoves: { unitKey: string; date: DateMention; span: Span }[] = [];
  let lastDate: DateMention | undefined;
  let lastUnit: Context["order"][number] | undefined;
  const unitsIn = bySentence(ctx.sentences, ctx.order);
  const datesIn = bySentence(ctx.sentences, ctx.dates);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const span = ctx.sentences[si] as Span;
    // a unit that spans more than one sentence can only start in the one before
    const near = [...(unitsIn[si - 1] ?? []), ...(unitsIn[si] ?? [])];
    const view: SentenceView = {
      span,
      tokens: tokenize(ctx.text, span.start, span.end),
      // a chain acts through its first unit: "The 3rd Battalion of the 155th Brigade was disbanded"
      units: (unitsIn[si] ?? []).filter((u) => u.parent !== true && u.end <= span.end && !near.some((o) => o !== u && o.start <= u.start && o.end >= u.end && o.end - o.start > u.end - u.start)),
      dates: (datesIn[si] ?? []).filter((d) => d.end <= span.end),
    };
    // A cue under a negation or a condition states nothing: "which has not been disbanded", "if … is disbanded".
    const has = (cues: ReadonlySet<string>): Token | undefined =>
      view.tokens.find((t, i) => cues.has(t.lower) && !view.tokens.slice(Math.max(0, i - 5), i).some((b) => HEDGES.has(b.lower)));
    const subject = (before?: number): Context["order"][number] | undefined => {
      // "… from the Azov Regiment, and in 2025 it became part of …": "it" is the unit in focus
      if (before !== undefined && lastUnit !== undefined && pronounBefore(view.tokens, before)) return lastUnit;
      const inSentence = view.units.filter((u) => before === undefined || u.start < before);
      const found = inSentence[inSentence.length - 1] ?? anaphor(ctx, view, lastUnit);
      if (found !== undefined) lastUnit = found;
      return found;
    };
    // A date belongs to the cue nearest to it ("On December 31, 2025, … the dissolution of X, the unit
    // created in February 2022"): each cue takes the nearest of its own dates.
    const cues = view.tokens.filter((t) => ALL_CUES.some((set) => set.has(t.lower)));
    const gap = (d: DateMention, t: Token): number => (d.start >= t.end ? d.start - t.end : t.start - d.end);
    const nearest = (cue: Token): DateMention | undefined => {
      const own = view.dates.filter((d) => cues.every((other) => other === cue || gap(d, cue) <= gap(d, other)));
      const pool = own.length > 0 ? own : view.dates;
      return pool.reduce<DateMention | undefined>((best, d) => (best === undefined || gap(d, cue) < gap(best, cue) ? d : best), undefined);
    };
    const established = has(ESTABLISH_CUES);
    if (established) {
      // "the brigade formed the 1st Assault Battalion": an active verb's object, right after it
      const unit = objectOf(view, established) ?? subject(established.start);
      const date = nearest(established);
      if (unit && date) addEvent(ctx, unit.key, { kind: "established", date: date.value, unit: idOf(ctx, unit.key) }, view, date, false);
    }
    const dissolved = has(DISSOLVE_CUES);
    if (dissolved) {
      // "disbanded the 2nd Battalion", "the dissolution of X": the unit after the cue; "X was
      // disbanded … and its men moved to Y": the subject before a passive one
      const passive = isPassive(view.tokens, view.tokens.indexOf(dissolved)) && subject(dissolved.start) !== undefined;
      const after = passive ? undefined : view.units.find((u) => u.start > dissolved.start);
      const unit = after ?? subject(dissolved.start);
      const date = nearest(dissolved);
      if (unit && date) addEvent(ctx, unit.key, { kind: "dissolved", date: date.value, unit: idOf(ctx, unit.key) }, view, date, false);
    }
    const moved = has(MOVE_CUES);
    const unitHere = view.units[0] ?? anaphor(ctx, view, lastUnit);
    if (moved && unitHere && view.dates[0]) pendingMoves.push({ unitKey: unitHere.key, date: view.dates[0], span });
    const extended = has(EXTEND_CUES);
    if (extended) {
      const unit = subject(extended.start);
      const deadline = view.dates.find((d) => d.start > extended.start);
      if (unit && deadline && lastDate) {
        addEvent(ctx, unit.key, { kind: "deadline-extended", date: lastDate.value, unit: idOf(ctx, unit.key), deadline: deadline.value }, view, lastDate, true);
      }
    }
    const integrated = has(INTEGRATE_CUES);
    const into = integrated && view.tokens.find((t) => t.lower === "into" && t.start > integrated.start);
    if (integrated && into) {
      const target = view.units.find((u) => u.start > into.start);
      const unit = subject(integrated.start);
      const date = view.dates[view.dates.length - 1] ?? lastDate;
      if (unit && target && date && unit.key !== target.key) {
        const inferredDate = !view.dates.includes(date) || date.start > integrated.start === false;
        addEvent(ctx, unit.key, { kind: "integrated", date: date.value, unit: idOf(ctx, unit.key), into: idOf(ctx, target.key) }, view, date, inferredDate);
        for (const move of pendingMoves.filter((m) => m.unitKey === unit.key)) {
          addEvent(ctx, unit.key, { kind: "transferred", date: move.date.value, from: idOf(ctx, unit.key), to: idOf(ctx, target.key) }, { ...view, span: move.span }, move.date, false);
        }
      }
    }
    // "was resubordinated to X", "became part of X", "transferred from X to Y"
    const resub = has(RESUBORDINATE_CUES) ?? partOf(view.tokens) ?? has(MOVE_CUES);
    const to = resub && view.tokens.find((t) => (t.lower === "to" || t.lower === "under" || (resub.lower === "part" && t.lower === "of")) && t.start > resub.start);
    if (resub && to) {
      const target = view.units.find((u) => u.start > to.start);
      const fromWord = view.tokens.find((t) => t.lower === "from" && t.start > resub.start && t.start < to.start);
      const origin = fromWord && view.units.find((u) => u.start > fromWord.start && u.end <= to.start);
      const date = nearest(resub);
      const moved = MOVE_CUES.has(resub.lower);
      // a unit moved under a larger one is resubordinated; a move with no unit before the verb is of people
      const mover = moved ? view.units.filter((u) => u.start < resub.start).at(-1) : subject(resub.start);
      if (mover && target && date && mover.key !== target.key && (!moved || outranks(target, mover))) {
        const from = origin && origin.key !== mover.key && origin.key !== target.key ? { from: idOf(ctx, origin.key) } : {};
        addEvent(ctx, mover.key, { kind: "resubordinated", date: date.value, unit: idOf(ctx, mover.key), ...from, to: idOf(ctx, target.key) }, view, date, false);
      } else if (moved && mover === undefined && origin && target && date && origin.key !== target.key) {
        addEvent(ctx, origin.key, { kind: "transferred", date: date.value, from: idOf(ctx, origin.key), to: idOf(ctx, target.key) }, view, date, false);
      }
    }
    if (view.dates.length > 0) lastDate = view.dates[view.dates.length - 1];
    // the focus moves to a sentence's subject, its first unit ("The 2nd Battalion fought beside the 3rd …")
    if (view.units.length > 0 && !view.tokens.some((t) => ALL_CUES.some((set) => set.has(t.lower)))) lastUnit = view.units[0];
  }
}

const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "their", "new", "two", "three"]);

/**
 * The unit an active verb acts on: "formed the 1st Assault Battalion", "raised a new battalion" —
 * a unit that starts right after the verb (past an article or "new"), when no auxiliary makes
 * the verb passive. "The battalion, formed in 2022, joined the brigade" has none.
 */
function objectOf(view: SentenceView, verb: Token): SentenceView["units"][number] | undefined {
  const i = view.tokens.indexOf(verb);
  if (i <= 0 || isPassive(view.tokens, i)) return undefined;
  let k = i + 1;
  while (k < i + 3 && OBJECT_OPENERS.has(view.tokens[k]?.lower ?? "")) k++;
  const at = view.tokens[k];
  return at === undefined ? undefined : view.units.find((u) => u.start === at.start);
}

/** Whether "it" is the subject of the verb at `offset`, past auxiliaries and adverbs ("it was later disbanded"). */
function pronounBefore(tokens: readonly Token[], offset: number): boolean {
  let i = tokens.findIndex((t) => t.start >= offset) - 1;
  if (i < 0) i = tokens.length - 1;
  while (i >= 0 && (PASSIVE_AUXILIARIES.has(tokens[i]?.lower ?? "") || BECOME.has(tokens[i]?.lower ?? "") || (tokens[i]?.lower ?? "").endsWith("ly") || tokens[i]?.lower === "then" || tokens[i]?.lower === "has" || tokens[i]?.lower === "had")) i--;
  return tokens[i]?.lower === "it";
}

const BECOME = new Set(["became", "become", "becomes", "becoming"]);

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
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "be", "being", "got"]);

/** Whether the verb at token `i` is passive: an auxiliary before it, perhaps with an adverb between ("was quietly disbanded"). */
function isPassive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (PASSIVE_AUXILIARIES.has(before)) return true;
  return before.endsWith("ly") && PASSIVE_AUXILIARIES.has(tokens[i - 2]?.lower ?? "");
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

const idOf = (ctx: Context, key: string): string => ctx.units.get(key)?.record.id ?? key;

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

// ---------- people ----------

function readPeople(ctx: Context, found: Mention<PersonDescription>[], referenceDate: CalendarDate | undefined): DraftPerson[] {
  const people: { draft: DraftPerson; sentence: number; end: number }[] = [];
  const sentenceOf = (offset: number): number => sentenceAt(ctx.sentences, offset);
  // the units as written, in text order (merging a person's unit appends to ctx.order)
  const written = ctx.order.slice();
  const named = new NameIndex<(typeof people)[number]>();
  const ids = new Set<string>();
  for (const m of found) {
    const p = m.value;
    const si = sentenceOf(m.start);
    if (p.name === undefined && (isGroup(ctx.text, p) || introducesSomeone(ctx.text, m.start))) continue;
    let target = p.name === undefined ? people[people.length - 1] : named.like(p.name.value);
    if (p.name === undefined && (target === undefined || si - target.sentence > 1 || !compatible(target.draft.record, p))) continue;
    if (target === undefined) {
      const name = p.name?.value as string;
      let id = slug(name);
      for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
      ids.add(id);
      const record: Person = { id, name: { full: name, transliterations: [] }, aliases: [], reportedAges: [], nationalities: [], origins: [], roles: [] };
      target = { draft: { record, sources: [source(ctx, "$.record.name.full", p.name?.start ?? m.start, p.name?.end ?? m.end)] }, sentence: si, end: m.end };
      people.push(target);
      named.add(name, target);
    }
    merge(ctx, target.draft, p, referenceDate);
    if (p.unit === undefined && target.draft.unit === undefined) ownedBy(ctx, written, target.draft, m.start, si);
    target.sentence = si;
  }
  assignedAfter(ctx, written, people);
  return people.map((x) => x.draft);
}

/** The index of the first unit, in text order, that starts after `offset`. */
function firstAfter(units: readonly WrittenUnit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid] as WrittenUnit).start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const SINGULAR_SUBJECTS = new Set(["he", "she"]);
const PLURAL_SUBJECTS = new Set(["both", "they", "the"]);
const ASSIGNMENT_CUES = new Set(["assigned", "attached", "served", "serving"]);

/**
 * A casualty release's "He was assigned to the 1st Battalion, …" or "Both were assigned to …":
 * a sentence whose subject is a pronoun (or "the soldiers") places the person, or every person,
 * of the sentence before it in the unit after the cue, unless the text already placed them.
 */
function assignedAfter(ctx: Context, written: readonly WrittenUnit[], people: readonly { draft: DraftPerson; sentence: number }[]): void {
  const peopleIn = new Map<number, DraftPerson[]>();
  for (const x of people) peopleIn.set(x.sentence, [...(peopleIn.get(x.sentence) ?? []), x.draft]);
  ctx.sentences.forEach((span, si) => {
    if (!/^\W*(?:he|she|both|they|the)\b/i.test(ctx.text.slice(span.start, span.start + 8))) return;
    const tokens = tokenize(ctx.text, span.start, Math.min(span.end, span.start + 400));
    const opener = tokens[0]?.lower ?? "";
    const plural = PLURAL_SUBJECTS.has(opener);
    if (!plural && !SINGULAR_SUBJECTS.has(opener)) return;
    // "The soldiers were assigned …": the article opens a plural noun, not any noun phrase
    if (opener === "the" && !(tokens[1]?.kind === "word" && tokens[1].lower.endsWith("s") && PASSIVE_AUXILIARIES.has(tokens[2]?.lower ?? ""))) return;
    const cue = tokens.slice(0, 8).find((t) => ASSIGNMENT_CUES.has(t.lower));
    let unit: WrittenUnit | undefined;
    for (let k = cue === undefined ? written.length : firstAfter(written, cue.start); k < written.length && cue !== undefined; k++) {
      const u = written[k] as WrittenUnit;
      if (u.start >= cue.end + 12) break;
      if (u.parent !== true && u.end <= span.end) {
        unit = u;
        break;
      }
    }
    if (cue === undefined || unit === undefined) return;
    const before = (peopleIn.get(si - 1) ?? []).filter((draft) => draft.unit === undefined);
    for (const draft of plural ? before : before.slice(-1)) {
      (draft as { unit?: string }).unit = idOf(ctx, unit.key);
      draft.sources.push(source(ctx, "$.unit", unit.start, unit.end, true));
    }
  });
}

/**
 * "Its commander, Col. Ivan Bondar": the unit a possessive before the description points back at,
 * named in this sentence or the two before (an abbreviation such as "Col." may end a sentence early).
 */
function ownedBy(ctx: Context, written: readonly WrittenUnit[], draft: DraftPerson, start: number, sentence: number): void {
  const floor = ctx.sentences[Math.max(0, sentence - 2)]?.start ?? 0;
  const owner = ownerUnit(ctx.text, start, written, floor);
  if (owner === undefined) return;
  (draft as { unit?: string }).unit = idOf(ctx, owner.unit.key);
  draft.sources.push(source(ctx, "$.unit", owner.start, owner.end, true));
}

/** The people met so far, by full name and by surname, so that each name is looked up at once. */
class NameIndex<T> {
  private readonly full = new Map<string, T>();
  private readonly surnames = new Map<string, T[]>();

  add(name: string, person: T): void {
    if (!this.full.has(name)) this.full.set(name, person);
    const surname = name.split(/\s+/).at(-1) ?? name;
    const list = this.surnames.get(surname);
    if (list === undefined) this.surnames.set(surname, [person]);
    else list.push(person);
  }

  /**
   * The person a name refers to: the one of that full name, or for a single word the one person
   * whose surname it is ("Santos, a combat medic, …" after "Spc. Maria L. Santos, 23").
   */
  like(name: string): T | undefined {
    const exact = this.full.get(name);
    if (exact !== undefined || /\s/.test(name)) return exact;
    const list = this.surnames.get(name);
    return list?.length === 1 ? list[0] : undefined;
  }
}

/** "Ukrainian soldiers": a description whose last role is written in the plural names a group. */
function isGroup(text: string, p: PersonDescription): boolean {
  const role = p.roles.at(-1);
  return role !== undefined && /[^s]s$/i.test(text.slice(role.start, role.end));
}

/**
 * "A 19-year-old drone operator was killed", "and a former British paratrooper": an indefinite
 * article, perhaps with one lower-case word after it, brings in someone new.
 */
function introducesSomeone(text: string, start: number): boolean {
  return /(?:^|\P{L})(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a description without a name may say more about this person: nothing in it contradicts them. */
function compatible(person: Person, p: PersonDescription): boolean {
  const age = p.age?.value;
  if (age !== undefined && person.reportedAges.length > 0 && !person.reportedAges.some((a) => a.age === age)) return false;
  return p.nationalities.every((n) => person.nationalities.length === 0 || person.nationalities.includes(n.value));
}

function merge(ctx: Context, draft: DraftPerson, p: PersonDescription, referenceDate: CalendarDate | undefined): void {
  const r = draft.record as { -readonly [K in keyof Person]: Person[K] };
  const add = <T>(list: T[], value: T, path: string, at: { start: number; end: number }, same: (a: T) => boolean): void => {
    if (list.some(same)) return;
    list.push(value);
    draft.sources.push(source(ctx, `${path}[${list.length - 1}]`, at.start, at.end));
  };
  for (const a of p.aliases) add(r.aliases, a.value, "$.record.aliases", a, (x) => x.value === a.value.value);
  for (const n of p.nationalities) add(r.nationalities, n.value, "$.record.nationalities", n, (x) => x === n.value);
  for (const o of p.origins) add(r.origins, o.value, "$.record.origins", o, (x) => x.name === o.value.name);
  for (const role of p.roles) add(r.roles, role.value, "$.record.roles", role, (x) => x === role.value);
  if (p.age !== undefined && referenceDate !== undefined) {
    add(r.reportedAges, { age: p.age.value, asOf: referenceDate as PartialDate }, "$.record.reportedAges", p.age, (x) => x.age === p.age?.value);
  }
  if (p.rank !== undefined && draft.rank === undefined) {
    (draft as { rank?: Rank }).rank = p.rank.value;
    draft.sources.push(source(ctx, "$.rank", p.rank.start, p.rank.end));
  }
  if (p.unit !== undefined && draft.unit === undefined) {
    const key = registerUnit(ctx, p.unit.value, p.unit.start, p.unit.end);
    (draft as { unit?: string }).unit = key;
    draft.sources.push(source(ctx, "$.unit", p.unit.start, p.unit.end));
  }
}

// ---------- contracts ----------

const FOREIGN = /\b(?:foreign|foreigners|international|legion|volunteers)\b/i;

function readContracts(ctx: Context, text: string): DraftContract[] {
  const clauses = findClauses(text);
  const terms = findContractTerms(text);
  if (clauses.length === 0 && terms.length === 0) return [];
  // The employer is the unit the report names most often.
  const counts = new Map<string, number>();
  for (const u of ctx.order) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const sources: FieldSource[] = [];
  const force = top === undefined ? nationalForce(text) : undefined;
  if (force !== undefined) sources.push(source(ctx, "$.record.employer", force.start, force.end));
  const employer = top !== undefined ? { unit: idOf(ctx, top[0]) } : force?.employer;
  if (employer === undefined) return []; // a contract needs an employer, and the report names none
  const foreign = FOREIGN.test(text);
  const term = terms[0];
  const record: Contract = {
    id: "contract-1",
    person: foreign ? "foreign-volunteers" : "service-members",
    employer,
    category: foreign ? "foreign-volunteer" : "contract",
    ...(term !== undefined && typeof term.value.term === "string" ? { term: term.value.term } : {}),
    clauses: dedupeClauses(clauses).map((c, i) => {
      sources.push(source(ctx, `$.record.clauses[${i}]`, c.start, c.end));
      return c.value;
    }),
  } as Contract;
  if (term !== undefined) sources.push(source(ctx, "$.record.term", term.start, term.end));
  return [{ record, sources }];
}

// "the Ukrainian army", "Ukraine's armed forces": a country's forces, written with its demonym or name
const NATIONAL_FORCE = /\b([A-Z]\p{L}+)(?:['’]s)? ([Aa]rmy|[Aa]rmed [Ff]orces|[Mm]ilitary|[Dd]efen[cs]e [Ff]orces|[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e)\b/gu;

/** The first national force a report names, as a contract's employer, when it names no unit. */
function nationalForce(text: string): { employer: { organisation: string; country: string }; start: number; end: number } | undefined {
  for (const m of text.matchAll(NATIONAL_FORCE)) {
    const word = m[1] as string;
    const country = pickCountry([...countriesForNationality(word), ...countriesForName(word)]);
    if (country === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    return { employer: { organisation: text.slice(start, end), country }, start, end };
  }
  return undefined;
}

function dedupeClauses(found: Mention<Clause>[]): Mention<Clause>[] {
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = JSON.stringify(c.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
