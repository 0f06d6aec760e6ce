// People, from the descriptions the personnel reader found: one draft per person, however often the
// report describes them, with the unit the text places them in.
import { tokenize, type CalendarDate, type PartialDate, type Token } from "../common/index.js";
import type { Mention } from "../common/index.js";
import type { PersonDescription } from "../personnel/index.js";
import type { Person, Rank } from "../personnel/schema.js";
import { copulaAgeAt } from "./copula-ages.js";
import type { DraftPerson } from "./drafts.js";
import { FullNames } from "./full-names.js";
import { ownerUnit, type WrittenUnit } from "./owner.js";
import { bySentence, firstAfter, sentenceAt } from "./positions.js";
import { idOf, registerUnit, slug, source, type Context } from "./registry.js";
import { identifiedAs } from "./identified-as.js";
import { servedWith, type Described, type SurnameLookup } from "./served-with.js";
import { PASSIVE_AUXILIARIES, SINGULAR_SUBJECTS } from "./vocabulary.js";

/**
 * The person a sentence's subject word stands for: "he" or "she" for the one person described
 * before it in the sentence, else in the sentence before; a name for the person it describes; a
 * surname for the one person named before with it. Undefined when it stands for no one, or for
 * one of several.
 */
export type SubjectReader = (word: { readonly start: number; readonly end: number; readonly text: string; readonly lower: string }, sentence: number) => DraftPerson | undefined;

/** The people of a report, and a reader of the person a sentence's subject stands for. */
export interface People {
  readonly drafts: DraftPerson[];
  readonly subjectOf: SubjectReader;
}

export function readPeople(ctx: Context, found: Mention<PersonDescription>[], referenceDate: CalendarDate | undefined): People {
  const people: { draft: DraftPerson; sentence: number; first: number; end: number }[] = [];
  const sentenceOf = (offset: number): number => sentenceAt(ctx.sentences, offset);
  // the units as written, in text order (merging a person's unit appends to ctx.order)
  const written = ctx.order.slice();
  const named = new NameIndex<(typeof people)[number]>();
  const ids = new Set<string>();
  const fullNames = new FullNames(ctx.text);
  const described: Described[] = [];
  for (const m of found) {
    const p = m.value;
    const si = sentenceOf(m.start);
    if (p.name === undefined && (isGroup(ctx.text, p) || introducesSomeone(ctx.text, m.start))) continue;
    let target = p.name === undefined ? people[people.length - 1] : named.like(p.name.value);
    // a description without a name says more of the person just described, in the same paragraph:
    // "Lt. X, 29, said so.\n\nThe press officer, … her call sign "Lisa,"" is someone else
    if (p.name === undefined && (target === undefined || si - target.sentence > 1 || !compatible(target.draft.record, p) || paragraphBetween(ctx.text, described.at(-1)?.end ?? 0, m.start))) continue;
    // "Ivan Petrenko joined in 2023. Petrenko, 34, a medic, …": the surname stands for the full name
    const full = target === undefined && p.name !== undefined && !/\s/.test(p.name.value) ? fullNames.before(p.name.value, m.start) : undefined;
    if (full !== undefined) target = named.like(full.name);
    if (target === undefined) {
      const written = full ?? { name: p.name?.value as string, start: p.name?.start ?? m.start, end: p.name?.end ?? m.end };
      const name = written.name;
      let id = slug(name);
      for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
      ids.add(id);
      const record: Person = { id, name: { full: name, transliterations: [] }, aliases: [], reportedAges: [], nationalities: [], origins: [], roles: [] };
      target = { draft: { record, sources: [source(ctx, "$.record.name.full", written.start, written.end)] }, sentence: si, first: si, end: m.end };
      people.push(target);
      named.add(name, target);
    }
    merge(ctx, target.draft, p, referenceDate);
    if (p.unit === undefined && target.draft.unit === undefined) {
      // "Capt. Andriy Koval, the battalion's deputy commander": the possessive may stand before a role after the name
      const after = p.name === undefined ? [] : p.roles.filter((r) => r.start >= (p.name as { end: number }).end);
      for (const at of [m.start, ...after.map((r) => r.start)]) if (ownedBy(ctx, written, target.draft, at, si)) break;
    }
    target.sentence = si;
    if (p.unit !== undefined && target.draft.unit !== undefined) sharedUnit(ctx, described, si, m.start, p.unit, target.draft.unit);
    described.push({ start: m.start, end: m.end, sentence: si, draft: target.draft });
  }
  const bySurname = surnameIndex(people);
  assignedAfter(ctx, written, people, bySurname);
  servedWith(ctx, written, described, bySurname);
  identifiedAs(ctx, written, described);
  if (referenceDate !== undefined) agedByCopula(ctx, described, referenceDate);
  return { drafts: people.map((x) => x.draft), subjectOf: subjectReader(ctx, described, bySurname) };
}

function subjectReader(ctx: Context, described: readonly Described[], bySurname: SurnameLookup): SubjectReader {
  const inSentence = bySentence(ctx.sentences, described);
  const byEnd = new Map(described.map((d) => [d.end, d]));
  return (word, si) => {
    if (SINGULAR_SUBJECTS.has(word.lower)) return new OnlyPerson(inSentence[si] ?? []).before(word.start) ?? onlyPersonOf(ctx.text, inSentence[si - 1] ?? []);
    return byEnd.get(word.end)?.draft ?? bySurname(word.text, si);
  };
}

// a copula and a digit: the only sentences worth tokenizing for an age told with a copula
const COPULA_DIGIT = /\b(?:was|is)\s\d/;

/**
 * "Ivan Petrenko died in May. He was 27.", "Ivan Petrenko, who was 27, died": an age told with a
 * copula goes to the one person "he" or "she" can stand for — the only person described earlier in
 * the sentence, else in the sentence before — or to the person "who" follows. An age "when he
 * enlisted" is of another time, and an age that contradicts one the text gave is left out.
 */
function agedByCopula(ctx: Context, described: readonly Described[], referenceDate: CalendarDate): void {
  const inSentence = bySentence(ctx.sentences, described);
  const byEnd = new Map(described.map((d) => [d.end, d]));
  ctx.sentences.forEach((span, si) => {
    if (!COPULA_DIGIT.test(ctx.text.slice(span.start, span.end))) return;
    const tokens = tokenize(ctx.text, span.start, span.end);
    const here = new OnlyPerson(inSentence[si] ?? []);
    const before = onlyPersonOf(ctx.text, inSentence[si - 1] ?? []);
    for (let i = 2; i < tokens.length; i++) {
      const a = copulaAgeAt(tokens, i);
      if (a === undefined || a.next?.lower === "when") continue;
      const draft = a.subject.lower === "who"
        ? (tokens[i - 3]?.lower === "," ? byEnd.get((tokens[i - 3] as Token).start)?.draft : undefined)
        : here.before(a.subject.start) ?? before;
      const ages = draft?.record.reportedAges ?? [];
      if (draft !== undefined && ages.every((x) => x.age === a.age)) addAge(ctx, draft, a.age, a, referenceDate);
    }
  });
}

/**
 * The one person a sentence's descriptions (in text order) describe before an offset, if they
 * describe one: for each description, the person when all up to it share one. A binary search per
 * question keeps a sentence of many ages linear.
 */
class OnlyPerson {
  private readonly ends: number[] = [];
  private readonly only: (DraftPerson | undefined)[] = [];

  constructor(described: readonly Described[]) {
    let one = described[0]?.draft;
    for (const d of described) {
      if (d.draft !== one) one = undefined;
      this.ends.push(d.end);
      this.only.push(one);
    }
  }

  before(offset: number): DraftPerson | undefined {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : this.only[lo - 1];
  }
}

// "Ivan Petrenko and Oleh Bondar died": a description joined to someone the reader may not have taken for a person
const JOINED = /^,?\s+(?:and|or|&)\s/;

/**
 * The one person all of a sentence's descriptions describe, if they describe one and none is
 * joined to more words by "and" ("Ivan Petrenko and Oleh Bondar died"): "he" may then stand for
 * someone the reader did not take for a person.
 */
function onlyPersonOf(text: string, described: readonly Described[]): DraftPerson | undefined {
  const first = described[0]?.draft;
  if (first === undefined || !described.every((d) => d.draft === first)) return undefined;
  return described.some((d) => JOINED.test(text.slice(d.end, d.end + 6))) ? undefined : first;
}

/** Records an age the text gives at `at`, as of the reference date, once. */
function addAge(ctx: Context, draft: DraftPerson, age: number, at: { start: number; end: number }, referenceDate: CalendarDate): void {
  const ages = draft.record.reportedAges as Person["reportedAges"][number][];
  if (ages.some((x) => x.age === age)) return;
  ages.push({ age, asOf: referenceDate as PartialDate });
  draft.sources.push(source(ctx, `$.record.reportedAges[${ages.length - 1}]`, at.start, at.end));
}

const PLURAL_SUBJECTS = new Set(["both", "they", "the"]);

/**
 * A look-up of the one person named before a sentence whose name ends with a surname ("Hale" for
 * "Marcus L. Hale"); none when two people named before share it ("Ivan and Olena Petrenko"). An
 * index, so each look-up costs the same however many people the report names.
 */
function surnameIndex(people: readonly { draft: DraftPerson; first: number }[]): SurnameLookup {
  const bySurname = new Map<string, { draft: DraftPerson; first: number }[]>();
  for (const p of people) {
    const full = p.draft.record.name.full;
    const surname = full.slice(full.lastIndexOf(" ") + 1);
    const list = bySurname.get(surname);
    if (list === undefined) bySurname.set(surname, [p]);
    else list.push(p);
  }
  // people are in the order the text first names them, so the first two tell one from several
  return (surname, si) => {
    if (surname === undefined || !/^\p{Lu}/u.test(surname)) return undefined;
    const [one, two] = bySurname.get(surname) ?? [];
    return one !== undefined && one.first < si && (two === undefined || two.first >= si) ? one.draft : undefined;
  };
}
const ASSIGNMENT_CUES = new Set(["assigned", "attached", "served", "serving"]);

/**
 * A casualty release's "He was assigned to the 1st Battalion, …" or "Both were assigned to …":
 * a sentence whose subject is a pronoun (or "the soldiers") places the person, or every person,
 * of the sentence before it in the unit after the cue, unless the text already placed them; one
 * whose subject is the surname of someone named before ("Hale was assigned to …") places them.
 */
function assignedAfter(
  ctx: Context, written: readonly WrittenUnit[], people: readonly { draft: DraftPerson; sentence: number }[], bySurname: SurnameLookup,
): void {
  const peopleIn = new Map<number, DraftPerson[]>();
  for (const x of people) {
    const list = peopleIn.get(x.sentence);
    if (list === undefined) peopleIn.set(x.sentence, [x.draft]);
    else list.push(x.draft);
  }
  ctx.sentences.forEach((span, si) => {
    // the cue stands among the first words and its unit right after it: the opening is enough
    const tokens = tokenize(ctx.text, span.start, Math.min(span.end, span.start + 160));
    const opener = tokens[0]?.lower ?? "";
    const plural = PLURAL_SUBJECTS.has(opener);
    // "Hale was assigned to …": a surname of someone named before, as the subject of a passive
    const named = !plural && !SINGULAR_SUBJECTS.has(opener) && PASSIVE_AUXILIARIES.has(tokens[1]?.lower ?? "") ? bySurname(tokens[0]?.text, si) : undefined;
    if (!plural && !SINGULAR_SUBJECTS.has(opener) && named === undefined) return;
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
    const before = named !== undefined ? [named].filter((draft) => draft.unit === undefined) : (peopleIn.get(si - 1) ?? []).filter((draft) => draft.unit === undefined);
    for (const draft of plural ? before : before.slice(-1)) {
      (draft as { unit?: string }).unit = idOf(ctx, unit.key);
      draft.sources.push(source(ctx, "$.unit", unit.start, unit.end, true));
    }
  });
}

/**
 * "Its commander, Col. Ivan Bondar": the unit a possessive before `start` points back at, named in
 * this sentence or the two before (an abbreviation such as "Col." may end a sentence early).
 * Whether one did.
 */
function ownedBy(ctx: Context, written: readonly WrittenUnit[], draft: DraftPerson, start: number, sentence: number): boolean {
  const floor = ctx.sentences[Math.max(0, sentence - 2)]?.start ?? 0;
  const here = ctx.sentences[sentence];
  const previous = ctx.sentences[sentence - 1];
  const owner = ownerUnit(ctx.text, start, written, floor, here ? { start: here.start, ...(previous ? { previous: previous.start } : {}) } : undefined);
  if (owner === undefined) return false;
  (draft as { unit?: string }).unit = idOf(ctx, owner.unit.key);
  draft.sources.push(source(ctx, "$.unit", owner.start, owner.end, true));
  return true;
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

const MAX_LISTED_PEOPLE = 12;
// "both of the 1st Battalion", "all from the 3rd Brigade": the unit is every listed person's
const SHARED_UNIT = /\b(?:both|all)\s+(?:of|from|with|in)\s+(?:the\s+)?$/i;

/**
 * "Spc. Dana Ortiz, 24, and Pfc. Leo Grant, 20, both of the 1st Battalion": the unit the last
 * description gives after "both of" or "all of" is also that of the people listed before it in the
 * sentence, joined by commas and "and", who have none.
 */
function sharedUnit(ctx: Context, described: readonly Described[], si: number, start: number, unit: { start: number; end: number }, id: string): void {
  if (!SHARED_UNIT.test(ctx.text.slice(Math.max(0, unit.start - 20), unit.start))) return;
  let from = start;
  // a list is short: the walk back is bounded, so a sentence of endless lists stays linear
  for (let k = described.length - 1; k >= Math.max(0, described.length - MAX_LISTED_PEOPLE); k--) {
    const d = described[k] as Described;
    if (d.sentence !== si || !/^[\s,]*(?:and\s+)?$/.test(ctx.text.slice(d.end, from))) break;
    if (d.draft.unit === undefined) {
      (d.draft as { unit?: string }).unit = id;
      d.draft.sources.push(source(ctx, "$.unit", unit.start, unit.end));
    }
    from = d.start;
  }
}

/** Whether a blank line lies between `from` and `to`: a new paragraph. */
function paragraphBetween(text: string, from: number, to: number): boolean {
  return /\n[^\S\n]*\n/.test(text.slice(from, to));
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
  if (p.age !== undefined && referenceDate !== undefined) addAge(ctx, draft, p.age.value, p.age, referenceDate);
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
