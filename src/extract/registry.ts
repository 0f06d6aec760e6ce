// The units of a report as extractRecords builds them: one draft per unit however often and however
// it is written, keyed by number, echelon, types and parent, or by the words of its name.
import type { Span } from "../common/index.js";
import { formatUnitDesignation, parseUnitDesignation } from "../unit/index.js";
import type { Subordination, Unit, UnitDesignation, UnitType } from "../unit/schema.js";
import type { DateMention } from "./dates.js";
import type { DraftUnit, FieldSource } from "./drafts.js";
import { NameKeys } from "./name-keys.js";
import type { WrittenUnit } from "./owner.js";
import { wholeOfPart } from "./partitives.js";

export interface Context {
  readonly text: string;
  readonly articleId: string;
  readonly sentences: Span[];
  readonly dates: DateMention[];
  readonly units: Map<string, DraftUnit>;
  /** Every unit as written, a chain's parents after it with the chain's span and `parent: true`. */
  readonly order: PlacedUnit[];
  /** The record ids given out so far, so that a new one is unique without a look at every unit. */
  readonly ids: Set<string>;
  /** For a numbered unit's key without its parent, the key with the parent it was named with last. */
  readonly placed: Map<string, string>;
  /** Where each key stands in `order`, so that re-keying a unit touches only its own entries. */
  readonly positions: Map<string, number[]>;
  /** The keys of units known by name alone, by their words. */
  readonly names: NameKeys;
  /** For the key of a second name ("also known as the Kantemirovskaya Division"), the key of the unit it names. */
  readonly aliases: Map<string, string>;
  /** The numbered units met so far, by number and echelon ("47|brigade"), with the types each was given. */
  readonly numbered: Map<string, NumberedUnit[]>;
  /** Every set of types the report gives each number and echelon, in chains too (see {@link typeSets}). */
  readonly typeSets: Map<string, readonly UnitType[][]>;
}

/** A numbered unit met so far; `open` when fuller mentions later may still be this unit. */
interface NumberedUnit {
  readonly base: string;
  readonly types: Set<UnitType>;
  readonly open: boolean;
}

const slotOf = (d: UnitDesignation): string => `${d.number}|${d.echelon}`;

/**
 * For each number and echelon ("3|brigade"), the sets of types a report's designations give it,
 * parents of chains included: what tells, before a bare "the 3rd Brigade" is registered, whether
 * the report goes on to name one fuller 3rd Brigade or two.
 */
export function typeSets(designations: readonly { readonly value: UnitDesignation }[]): Map<string, UnitType[][]> {
  const sets = new Map<string, UnitType[][]>();
  for (const m of designations) {
    for (let d: UnitDesignation | undefined = m.value; d !== undefined; d = d.parent) {
      if (d.number === undefined || d.echelon === undefined || d.name !== undefined) continue;
      const slot = slotOf(d);
      const types = d.types;
      const list = sets.get(slot) ?? [];
      if (!list.some((t) => t.length === types.length && t.every((x) => types.includes(x)))) list.push([...types]);
      sets.set(slot, list);
    }
  }
  return sets;
}

/**
 * A unit as written, and whether it is written as the whole of a part the text does not name ("two
 * battalions of the 72nd Brigade"): not what an event of the sentence is about, but still the unit
 * a later "its" or an assignment points at.
 */
export interface PlacedUnit extends WrittenUnit {
  readonly whole?: true;
}

export const source = (ctx: Context, path: string, start: number, end: number, inferred = false): FieldSource => ({
  path, start, end, text: ctx.text.slice(start, end), ...(inferred ? { inferred: true as const } : {}),
});

export const idOf = (ctx: Context, key: string): string => ctx.units.get(key)?.record.id ?? key;

const STOP = new Set(["the", "of", "for", "and"]);
const contentWords = (name: string): string[] => name.toLowerCase().split(/\s+/).filter((w) => w !== "" && !STOP.has(w));

export function slug(text: string): string {
  // a Latin letter's accents are dropped, not made hyphens ("Andrés Mejía" is andres-mejia); other
  // scripts' marks are letters of their own (Ukrainian й, ї), so they are put back together
  const s = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-|-$/g, "");
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
    for (const i of at) ctx.order[i] = { ...(ctx.order[i] as PlacedUnit), key };
    ctx.positions.delete(base);
    ctx.positions.set(key, at);
  }
  ctx.placed.set(base, key);
  return key;
}

/** Splits "253rd Assault Regiment of the 129th … Brigade" into the unit's own words and its parent's. */
function splitChain(written: string, d: UnitDesignation): { own: string; rest: string } | undefined {
  if (d.parent === undefined) return { own: written, rest: "" };
  const isOwn = (own: string): boolean => {
    const parsed = parseUnitDesignation(own);
    return parsed.success && parsed.data.number === d.number && parsed.data.echelon === d.echelon;
  };
  for (const sep of [", ", " of the ", " of "]) {
    for (let at = written.indexOf(sep); at !== -1; at = written.indexOf(sep, at + 1)) {
      if (isOwn(written.slice(0, at))) return { own: written.slice(0, at), rest: written.slice(at + sep.length) };
    }
  }
  // "the Black Sea Fleet's 810th Naval Infantry Brigade": the owner first, and the last owner's
  // unit is this one ("the 47th Brigade's 2nd Battalion's 3rd Company")
  for (const sep of ["'s ", "’s "]) {
    for (let at = written.lastIndexOf(sep); at !== -1; at = at === 0 ? -1 : written.lastIndexOf(sep, at - 1)) {
      if (isOwn(written.slice(at + sep.length))) return { own: written.slice(at + sep.length), rest: written.slice(0, at) };
    }
  }
  return undefined;
}

/**
 * The unit's name as the report writes it, when that names this one unit: not a number alone out
 * of a list ("the 47th and 93rd brigades"). A capitalised plural names each unit of its list in
 * the singular ("40th Naval Infantry Brigades" → "40th Naval Infantry Brigade", "4th BTGs" → "4th
 * BTG"); a lower-case one is no name.
 */
function asWritten(written: string | undefined, d: UnitDesignation): string | undefined {
  if (written === undefined || written === "") return undefined;
  const parsed = parseUnitDesignation(written);
  if (!parsed.success || parsed.data.echelon !== d.echelon) return undefined;
  const cut = written.lastIndexOf(" ") + 1;
  const singular = formatUnitDesignation(d, { style: "long" });
  const echelon = singular.slice(singular.lastIndexOf(" ") + 1);
  const word = written.slice(cut);
  // "3rd and 4th BTGs": an abbreviation's plural
  if (/^\p{Lu}{2,}s$/u.test(word)) return written.slice(0, -1);
  if (word.toLowerCase() !== `${echelon}s`.toLowerCase() && word.toLowerCase() !== `${echelon.slice(0, -1)}ies`.toLowerCase()) return written;
  return word[0] === echelon[0] ? `${written.slice(0, cut)}${echelon}` : undefined;
}

/** The name a record gives a unit written as `written` (the report's own words when they name this one unit). */
function labelOf(d: UnitDesignation, written: string | undefined): string {
  const own: UnitDesignation = { ...d, parent: undefined };
  const parts = written === undefined ? undefined : splitChain(written, d);
  // Records keep the name as the report writes it ("12th Rifle Regiment"), not a normalised form.
  // a name broken over lines is one name: "the 2nd\n  Battalion"
  return asWritten(parts?.own.replace(/^the\s+/i, "").replace(/\s+/g, " "), own) ?? formatUnitDesignation(own, { style: "long" });
}

/** The key a second name of a unit leads to, followed through a later re-keying by parent. */
function aliased(ctx: Context, key: string): string {
  const target = ctx.aliases.get(key);
  if (target === undefined) return key;
  return ctx.units.has(target) ? target : (ctx.placed.get(target) ?? target);
}

/**
 * The key of the unit a numbered mention names: its own, or that of the one unit met before with
 * its number and echelon whose types agree with it — "the 47th Brigade" after "the 47th Separate
 * Mechanized Brigade", and the other way round. Types agree when one's are all among the other's;
 * a mention that could be either of two such units keeps its own key: "the 3rd Brigade" after the
 * 3rd Assault and the 3rd Tank Brigade, and also before them, so neither fuller one is taken for it.
 */
function numberedKey(ctx: Context, own: UnitDesignation, base: string): string {
  if (own.number === undefined || own.echelon === undefined || own.name !== undefined) return base;
  const slot = slotOf(own);
  const met = ctx.numbered.get(slot) ?? [];
  const same = met.find((m) => m.base === base);
  const fuller = (m: NumberedUnit) => m.open && [...m.types].every((t) => own.types.includes(t));
  const agree = same !== undefined ? [same] : met.filter((m) => own.types.every((t) => m.types.has(t)) || fuller(m));
  if (agree.length === 1) {
    const found = agree[0] as NumberedUnit;
    for (const t of own.types) found.types.add(t);
    return found.base;
  }
  met.push({ base, types: new Set(own.types), open: agree.length === 0 && fullerForms(ctx, slot, own.types) < 2 });
  ctx.numbered.set(slot, met);
  return base;
}

/** How many different fuller forms of `types` the report gives the number and echelon of `slot`, counting only the fullest. */
function fullerForms(ctx: Context, slot: string, types: readonly UnitType[]): number {
  const supersets = (ctx.typeSets.get(slot) ?? []).filter((t) => t.length > types.length && types.every((x) => t.includes(x)));
  return supersets.filter((t) => !supersets.some((u) => u.length > t.length && t.every((x) => u.includes(x)))).length;
}

/** Gives the unit's record the types and qualifiers a fuller mention adds ("Separate Mechanized"). */
function widen(draft: DraftUnit, d: UnitDesignation): void {
  const types = d.types.filter((t) => !draft.record.types.includes(t));
  const qualifiers = d.qualifiers.filter((q) => !draft.record.qualifiers.includes(q));
  if (types.length === 0 && qualifiers.length === 0) return;
  (draft as { record: Unit }).record = { ...draft.record, types: [...draft.record.types, ...types], qualifiers: [...draft.record.qualifiers, ...qualifiers] };
}

export function registerUnit(ctx: Context, d: UnitDesignation, start: number, end: number, written?: string, isParent = false): string {
  const own: UnitDesignation = { ...d, parent: undefined };
  const writtenKey = keyWithin(ctx, numberedKey(ctx, own, unitKey(ctx, own)), d.parent);
  const key = aliased(ctx, writtenKey);
  const parts = written === undefined ? undefined : splitChain(written, d);
  const label = labelOf(d, written);
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
  } else if (key === writtenKey && written !== undefined && label.length > (draft.record.names[0]?.name.length ?? 0)) {
    // The fullest form the report writes names the unit; a shorter one becomes its short name (a
    // second name written again is neither, and a form made up for want of the written one never
    // replaces a written one: "49th Separate Rifle Battalion" stays, not "… Infantry Battalion").
    const shorter = draft.record.names[0]?.name;
    const names = [{ name: label }, ...draft.record.names.slice(1)];
    (draft as { record: Unit }).record = { ...draft.record, names, ...(shorter ? { shortName: shorter.slice(0, 100) } : {}) };
    draft.sources.push(source(ctx, "$.record.names[0].name", start, end));
  }
  widen(draft, own);
  place(ctx, key, start, end, own, isParent);
  if (d.parent !== undefined) subordinate(ctx, draft, registerUnit(ctx, d.parent, start, end, parts?.rest, true), start, end);
  return draft.record.id;
}

function place(ctx: Context, key: string, start: number, end: number, own: UnitDesignation, isParent: boolean): void {
  const at = ctx.positions.get(key);
  if (at === undefined) ctx.positions.set(key, [ctx.order.length]);
  else at.push(ctx.order.length);
  const whole = !isParent && wholeOfPart(ctx.text, start);
  ctx.order.push({ key, start, end, designation: own, ...(isParent ? { parent: true as const } : {}), ...(whole ? { whole: true as const } : {}) });
}

/**
 * Registers `d`, written right after the unit of `ofKey` as another name of it ("the 4th Guards
 * Tank Division, also known as the Kantemirovskaya Division"): the unit gains the name, and later
 * mentions of either name are that unit. A name the report has already given a unit of its own is
 * registered as that unit, as before.
 */
export function registerAlias(ctx: Context, ofKey: string, d: UnitDesignation, start: number, end: number, written?: string): string {
  const own: UnitDesignation = { ...d, parent: undefined };
  const key = unitKey(ctx, own);
  const draft = ctx.units.get(ofKey);
  if (draft === undefined || key === ofKey || ctx.units.has(key) || ctx.aliases.has(key) || d.parent !== undefined) return registerUnit(ctx, d, start, end, written);
  ctx.aliases.set(key, ofKey);
  if (key.startsWith("name:")) ctx.names.add(key, key.slice(5).split(" "));
  const label = labelOf(d, written);
  if (!draft.record.names.some((n) => n.name === label)) {
    (draft as { record: Unit }).record = { ...draft.record, names: [...draft.record.names, { name: label }] };
    draft.sources.push(source(ctx, `$.record.names[${draft.record.names.length - 1}].name`, start, end));
  }
  place(ctx, ofKey, start, end, own, false);
  return draft.record.id;
}

/** The key of the unit registered last as written at `start` (not as a chain's parent). */
export function keyAt(ctx: Context, start: number): string | undefined {
  for (let i = ctx.order.length - 1; i >= 0; i--) {
    const u = ctx.order[i] as PlacedUnit;
    if (u.start === start && u.parent !== true) return u.key;
    if (u.start < start) return undefined;
  }
  return undefined;
}

/** Records that the unit of `draft` stands under `parentId` (organically part of it, unless told), said by the text from `start` to `end` (once per parent). */
export function subordinate(ctx: Context, draft: DraftUnit, parentId: string, start: number, end: number, relation: Subordination["relation"] = "organic"): void {
  if (parentId === draft.record.id || draft.subordination.some((e) => e.parent === parentId)) return;
  draft.subordination.push({ child: draft.record.id, parent: parentId, relation, source: { articleId: ctx.articleId, span: { start, end } } });
  draft.sources.push(source(ctx, `$.subordination[${draft.subordination.length - 1}]`, start, end));
}
