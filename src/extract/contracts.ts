// The report's contract regime (its term and clauses, and who employs the people it covers), and
// the contracts one person is said to have signed.
import type { Mention } from "../common/index.js";
import { findClauses, findContractTerms } from "../contract/index.js";
import type { Clause, Contract } from "../contract/schema.js";
import { countriesForName, countriesForNationality, pickCountry } from "../personnel/index.js";
import type { DraftContract, FieldSource } from "./drafts.js";
import { nounPointsAt } from "./owner.js";
import type { SubjectReader } from "./people.js";
import { personalTerms, type PersonalTerm } from "./personal-contracts.js";
import { firstAfter, sentenceAt } from "./positions.js";
import { idOf, source, type Context } from "./registry.js";
import { UNIT_ANAPHORS } from "./vocabulary.js";

const FOREIGN = /\b(?:foreign|foreigners|international|legion)\b/i;
// "Colombian volunteers", "an American volunteer": a nationality before "volunteer" says foreign;
// "volunteers" alone does not ("all volunteers served under the same conditions as regular troops")
const NATIONAL_VOLUNTEERS = /\b(\p{Lu}\p{L}+) volunteers?\b/gu;

/** Whether the report speaks of foreign volunteers. */
function speaksOfForeigners(text: string): boolean {
  if (FOREIGN.test(text)) return true;
  for (const m of text.matchAll(NATIONAL_VOLUNTEERS)) if (countriesForNationality(m[1] as string).length > 0) return true;
  return false;
}

export function readContracts(ctx: Context, text: string, subjectOf: SubjectReader): DraftContract[] {
  const clauses = findClauses(text);
  const terms = findContractTerms(text);
  if (clauses.length === 0 && terms.length === 0) return [];
  const personal = personalTerms(text, ctx.sentences, terms, ctx.dates, subjectOf);
  const theirs = new Set(personal.filter((p) => !p.shared).map((p) => p.term));
  const regimeTerms = terms.filter((t) => !theirs.has(t));
  const sources: FieldSource[] = [];
  const told = [...clauses, ...regimeTerms];
  const named = employingUnit(ctx, told);
  // "signed six-month contracts with the Defence Ministry": a force the contract's sentences name
  // employs before the unit the report names most
  const forceThere = named === undefined ? forceIn(ctx, text, told) : undefined;
  const top = named?.key ?? (forceThere === undefined ? mostNamed(ctx) : undefined);
  if (named !== undefined) sources.push(source(ctx, "$.record.employer", named.start, named.end, named.inferred));
  const force = forceThere ?? (top === undefined ? nationalForce(text) : undefined);
  if (force !== undefined) sources.push(source(ctx, "$.record.employer", force.start, force.end, force.inferred === true));
  const employer = top !== undefined ? { unit: idOf(ctx, top) } : force?.employer;
  if (employer === undefined) return []; // a contract needs an employer, and the report names none
  const foreign = speaksOfForeigners(text);
  const category = foreign ? "foreign-volunteer" : "contract";
  const drafts: DraftContract[] = [];
  // the report's regime: the terms and clauses no one person is said to have signed
  if (regimeTerms.length > 0 || clauses.length > 0) {
    const term = regimeTerms[0];
    const record: Contract = {
      id: "contract-1",
      person: foreign ? "foreign-volunteers" : "service-members",
      employer,
      category,
      ...(term !== undefined ? { term: term.value.term } : {}),
      clauses: dedupeClauses(clauses).map((c, i) => {
        sources.push(source(ctx, `$.record.clauses[${i}]`, c.start, c.end));
        return c.value;
      }),
    } as Contract;
    if (term !== undefined) sources.push(source(ctx, "$.record.term", term.start, term.end));
    drafts.push({ record, sources });
  }
  for (const p of personal) {
    if (p.person !== undefined) drafts.push(personalContract(ctx, p as Signed, `contract-${drafts.length + 1}`, category, employer, sources.filter((s) => s.path === "$.record.employer")));
  }
  return drafts;
}

/**
 * One person's contract: the unit its sentence names (or points back at), else the person's own
 * unit, else the regime's employer; the date of signing when the sentence gives one.
 */
type Signed = PersonalTerm & Required<Pick<PersonalTerm, "person" | "subject">>;

function personalContract(
  ctx: Context, p: Signed, id: string, category: Contract["category"], regimeEmployer: Contract["employer"], regimeSources: readonly FieldSource[],
): DraftContract {
  const sources: FieldSource[] = [source(ctx, "$.record.person", p.subject.start, p.subject.end, p.subject.pronoun)];
  const named = employingUnit(ctx, [p.term]);
  let employer = regimeEmployer;
  if (named !== undefined) {
    employer = { unit: idOf(ctx, named.key) };
    sources.push(source(ctx, "$.record.employer", named.start, named.end, named.inferred));
  } else if (p.person.unit !== undefined) {
    employer = { unit: p.person.unit };
    const placed = p.person.sources.find((s) => s.path === "$.unit");
    if (placed !== undefined) sources.push({ ...placed, path: "$.record.employer", inferred: true });
  } else sources.push(...regimeSources);
  sources.push(source(ctx, "$.record.term", p.term.start, p.term.end));
  if (p.signed !== undefined) sources.push(source(ctx, "$.record.signed", p.signed.start, p.signed.end, p.signed.inferred === true || p.signed.yearInferred === true));
  const record = {
    id, person: p.person.record.id, employer, category, ...(p.signed !== undefined ? { signed: p.signed.value } : {}), term: p.term.value.term, clauses: [],
  } as Contract;
  return { record, sources };
}

/** The key of the unit the report names most often (the first of those named as often). */
function mostNamed(ctx: Context): string | undefined {
  const counts = new Map<string, number>();
  for (const u of ctx.order) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// How many units back a noun such as "the company" may point (keeps many contract sentences linear)
const POINT_BACK = 32;

/**
 * The unit the sentences that tell the contract speak of: one written there ("Volunteers of the
 * International Legion may terminate …"), or one a noun there points back at ("a Legion
 * spokesman said", "Like most of the company, he signed …"), the first met; undefined when those
 * sentences speak of no unit, and the employer is then the unit the report names most often.
 */
function employingUnit(ctx: Context, told: readonly { readonly start: number }[]): { key: string; start: number; end: number; inferred: boolean } | undefined {
  const units = ctx.order.filter((u) => u.parent !== true);
  const sentences = [...new Set(told.map((m) => sentenceAt(ctx.sentences, m.start)))].sort((a, b) => a - b);
  for (const si of sentences) {
    const span = ctx.sentences[si];
    if (span === undefined) continue;
    const from = firstAfter(units, span.start - 1);
    const here = units[from];
    if (here !== undefined && here.start < span.end) return { key: here.key, start: here.start, end: here.end, inferred: false };
    for (const word of ctx.text.slice(span.start, span.end).matchAll(/\p{L}+/gu)) {
      const noun = word[0].toLowerCase();
      if (!UNIT_ANAPHORS.has(noun)) continue;
      for (let k = from - 1; k >= Math.max(0, from - POINT_BACK); k--) {
        const u = units[k] as (typeof units)[number];
        if (noun === "unit" || nounPointsAt(noun, u.designation)) {
          const start = span.start + word.index;
          return { key: u.key, start, end: start + word[0].length, inferred: true };
        }
      }
    }
  }
  return undefined;
}

// "the Ukrainian army", "Ukraine's armed forces": a country's forces, written with its demonym or name
const NATIONAL_FORCE = /\b([A-Z]\p{L}+)(?:['’]s)? ([Aa]rmy|[Aa]rmed [Ff]orces|[Mm]ilitary|[Dd]efen[cs]e [Ff]orces|[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e)\b/gu;

interface Force {
  readonly employer: { organisation: string; country: string };
  readonly start: number;
  readonly end: number;
  /** The country is the one the report names with the same force elsewhere. */
  readonly inferred?: boolean;
}

// "the Defence Ministry" with no country: the country comes from where the report names it in full
const BARE_MINISTRY = /\b(?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e)\b/u;

/**
 * A national force the sentences that tell the contract name, the first met: "with Ukraine's
 * armed forces", or "with the Defence Ministry" when the report names whose ministry elsewhere
 * ("The Russian Defence Ministry did not respond"; the country is then `inferred`).
 */
function forceIn(ctx: Context, text: string, told: readonly { readonly start: number }[]): Force | undefined {
  const sentences = [...new Set(told.map((m) => sentenceAt(ctx.sentences, m.start)))].sort((a, b) => a - b);
  // the report's one full ministry, looked for once however many sentences name it bare
  let full: Force | null | undefined;
  for (const si of sentences) {
    const span = ctx.sentences[si];
    if (span === undefined) continue;
    const sentence = text.slice(span.start, span.end);
    const national = nationalForce(sentence);
    if (national !== undefined) return { ...national, start: span.start + national.start, end: span.start + national.end };
    const bare = BARE_MINISTRY.exec(sentence);
    if (bare === null) continue;
    full ??= [...nationalForces(text)].find((f) => BARE_MINISTRY.test(f.employer.organisation)) ?? null;
    if (full !== null) return { employer: full.employer, start: span.start + bare.index, end: span.start + bare.index + bare[0].length, inferred: true };
  }
  return undefined;
}

/** The first national force a report names, as a contract's employer, when it names no unit. */
function nationalForce(text: string): Force | undefined {
  for (const force of nationalForces(text)) return force;
  return undefined;
}

/** The national forces a text names, in text order. */
function* nationalForces(text: string): Generator<Force> {
  for (const m of text.matchAll(NATIONAL_FORCE)) {
    const word = m[1] as string;
    const country = pickCountry([...countriesForNationality(word), ...countriesForName(word)]);
    if (country === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    yield { employer: { organisation: text.slice(start, end), country }, start, end };
  }
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

