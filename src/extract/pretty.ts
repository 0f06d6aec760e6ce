import { formatClause } from "../contract/index.js";
import { RANKS } from "../personnel/index.js";
import type { Term } from "../contract/schema.js";
import type { LineageEvent } from "../unit/schema.js";
import type { Extraction } from "./records.js";

/** A term in brief: "P3Y", "until end-of-hostilities", "P3Y or until end-of-martial-law, whichever comes first". */
function describeTerm(term: Term): string {
  if (typeof term === "string") return term;
  if ("earliestOf" in term) return `${term.earliestOf.map(describeTerm).join(" or ")}, whichever comes first`;
  return `until ${term.text ?? term.until}`;
}

function describeEvent(e: LineageEvent, name: (id: string) => string, owner: string): string {
  switch (e.kind) {
    case "established": return "established";
    case "dissolved": return "dissolved";
    case "renamed": return `renamed ${e.name}`;
    case "redesignated": return `redesignated as ${name(e.to)}`;
    case "merged": {
      const others = e.units.filter((u) => u !== owner).map(name);
      return `merged${others.length > 0 ? ` with ${others.join(", ")}` : ""} into ${name(e.into)}`;
    }
    case "split": return `split into ${e.into.map(name).join(", ")}`;
    case "integrated": return `integrated into ${name(e.into)}`;
    case "resubordinated": return `resubordinated to ${name(e.to)}`;
    case "transferred": return `personnel moved to ${name(e.to)}`;
    case "deadline-extended": return `deadline extended to ${e.deadline}`;
  }
}

/**
 * A readable summary of an extraction: units and what became of them, people, contracts, and a
 * timeline of dated events.
 *
 * @param x - what `extractRecords` returned.
 * @returns plain text, one line per fact.
 * @example
 * ```ts
 * import { extractRecords, formatExtraction } from "musterroll/extract";
 * console.log(formatExtraction(extractRecords("On March 3, 2025, the 2nd Battalion was disbanded.")));
 * ```
 */
export function formatExtraction(x: Extraction): string {
  const names = new Map(x.records.units.map((u) => [u.record.id, u.record.names[0]?.name ?? u.record.id]));
  const name = (id: string): string => names.get(id) ?? id;
  const out: string[] = [];
  const headline = x.article?.headlines.find((h) => h.role === "main")?.value;
  if (headline) out.push(headline, "=".repeat(Math.min(headline.length, 80)), "");
  out.push(`Units (${x.records.units.length})`);
  for (const u of x.records.units) {
    const parents = u.subordination.map((e) => `part of ${name(e.parent)}`);
    const numbers = u.record.identifiers.filter((i) => i.scheme === "military-unit-number").map((i) => ` (military unit ${i.value})`).join("");
    out.push(`  ${name(u.record.id)}${numbers}${parents.length ? ` — ${parents.join("; ")}` : ""}`);
    const byDate = [...u.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const e of byDate) out.push(`    ${e.date.padEnd(10)}  ${describeEvent(e, name, u.record.id)}`);
  }
  out.push("", `People (${x.records.people.length})`);
  for (const p of x.records.people) {
    const r = p.record;
    const facts = [
      r.aliases.length ? `alias ${r.aliases.map((a) => a.value).join(", ")}` : "",
      r.reportedAges.length ? `${r.reportedAges[0]?.age} years old as of ${r.reportedAges[0]?.asOf}` : "",
      r.nationalities.length ? r.nationalities.join("/") : "",
      r.roles.join(", "),
      p.unit ? `unit ${name(p.unit)}` : "",
    ].filter((f) => f !== "");
    const title = p.rank !== undefined ? `${RANKS[p.rank].title} ` : "";
    out.push(`  ${title}${r.name.full}${facts.length ? ` — ${facts.join("; ")}` : ""}`);
  }
  // a record holds an age only with the date it was true on; without the article's date the
  // ages stay in the mentions, and the reader is told how to keep them
  // (a person the text does not name has no record, so their age is no one's to keep)
  const recorded = x.records.people.some((p) => p.record.reportedAges.length > 0);
  const ages = x.mentions.people.filter((m) => m.age !== undefined && m.name !== undefined).map((m) => `${m.age} (“${m.text}”)`);
  if (!recorded && ages.length > 0) out.push(`  Ages read but not recorded, for want of the article's date (give a reference date): ${ages.join(", ")}`);
  out.push("", `Contracts (${x.records.contracts.length})`);
  // a contract one person signed names them; the report's regime covers a group
  const personName = new Map(x.records.people.map((p) => [p.record.id, p.record.name.full]));
  for (const c of x.records.contracts) {
    const r = c.record;
    const who = personName.get(r.person);
    const signed = r.signed !== undefined ? `, signed ${r.signed}` : "";
    out.push(`  ${who !== undefined ? `${who}: ` : ""}${r.category} with ${"unit" in r.employer ? name(r.employer.unit) : r.employer.organisation}${signed}${r.term !== undefined ? `, term ${describeTerm(r.term)}` : ""}`);
    for (const clause of r.clauses) out.push(`    ${formatClause(clause)}`);
  }
  const timeline = [
    ...x.records.units.flatMap((u) => u.events.map((e) => ({ date: e.date, what: `${name(u.record.id)} ${describeEvent(e, name, u.record.id)}` }))),
    ...x.records.contracts.flatMap((c) => {
      const who = personName.get(c.record.person);
      return c.record.signed === undefined || who === undefined ? [] : [{ date: c.record.signed, what: `${who} signed a contract` }];
    }),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  out.push("", "Timeline");
  for (const t of timeline) out.push(`  ${t.date.padEnd(10)}  ${t.what}`);
  out.push("", `Mentions: ${x.mentions.dates.length} dates, ${x.mentions.durations.length} durations, ${x.mentions.quantities.length} quantities, ${x.mentions.units.length} units, ${x.mentions.people.length} people, ${x.mentions.quotes.length} quotes`);
  return `${out.join("\n")}\n`;
}
