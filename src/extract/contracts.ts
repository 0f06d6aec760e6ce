// The report's contract regime: its term and clauses, and who employs the people it covers.
import type { Mention } from "../common/index.js";
import { findClauses, findContractTerms } from "../contract/index.js";
import type { Clause, Contract } from "../contract/schema.js";
import { countriesForName, countriesForNationality, pickCountry } from "../personnel/index.js";
import type { DraftContract, FieldSource } from "./drafts.js";
import { idOf, source, type Context } from "./registry.js";

const FOREIGN = /\b(?:foreign|foreigners|international|legion|volunteers)\b/i;

export function readContracts(ctx: Context, text: string): DraftContract[] {
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
    ...(term !== undefined ? { term: term.value.term } : {}),
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

