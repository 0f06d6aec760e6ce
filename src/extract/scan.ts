// The one pass behind extractMentions, which also hands extractRecords the domain finders' own
// results, so a report is not read for units and people twice.
import { findQuotes } from "../article/index.js";
import { tokenize, type Mention } from "../common/index.js";
import { findPersonDescriptions, type PersonDescription } from "../personnel/index.js";
import { findUnitDesignations } from "../unit/index.js";
import type { UnitDesignation } from "../unit/schema.js";
import { Claims } from "./claims.js";
import { claimClockTimes } from "./clock.js";
import { findDates } from "./dates.js";
import { findDurations } from "./durations.js";
import type { ExtractMentionsOptions, Mentions, PersonMention, QuoteMention, UnitMention } from "./mentions.js";
import { findQuantities } from "./quantities.js";

/** The mentions, and the unit designations and person descriptions they were made from. */
export interface Scan {
  readonly mentions: Mentions;
  readonly designations: Mention<UnitDesignation>[];
  readonly descriptions: Mention<PersonDescription>[];
}

/** See extractMentions, whose rules this is. */
export function scanMentions(text: string, options: ExtractMentionsOptions = {}): Scan {
  const claims = new Claims(tokenize(text));
  const designations = findUnitDesignations(text);
  const units = designations.map((m): UnitMention => {
    claims.takeSpan(m.start, m.end);
    const d = m.value;
    return {
      text: m.text, start: m.start, end: m.end, types: d.types,
      ...(d.number !== undefined ? { number: d.number } : {}),
      ...(d.echelon !== undefined ? { echelon: d.echelon } : {}),
      ...(d.qualifiers.length > 0 ? { qualifiers: d.qualifiers } : {}),
      ...(d.name !== undefined ? { name: typeof d.name === "string" ? d.name : String(d.name) } : {}),
      ...(d.parent !== undefined ? { parent: d.parent } : {}),
    };
  });
  const descriptions = findPersonDescriptions(text, { units: designations });
  // an age is never a count: "Maria Lopez, 31," gives no quantity 31
  for (const m of descriptions) if (m.value.age !== undefined) claims.takeSpan(m.value.age.start, m.value.age.end);
  // a time of day is no count and no length of time: "at 3 a.m.", "1400 hours"
  claimClockTimes(claims);
  const dates = findDates(text, claims, options.referenceDate);
  const durations = findDurations(text, claims);
  const quantities = findQuantities(text, claims);
  const people = descriptions.map((m): PersonMention => {
    const p = m.value;
    return {
      text: m.text, start: m.start, end: m.end,
      ...(p.name ? { name: p.name.value } : {}),
      ...(p.aliases[0] ? { alias: p.aliases[0].value.value } : {}),
      ...(p.age ? { age: p.age.value } : {}),
      ...(p.nationalities[0] ? { nationality: p.nationalities[0].value } : {}),
      ...(p.roles[0] ? { role: p.roles[0].value } : {}),
    };
  });
  // a quoted name inside a designation (155th Mechanized Brigade "Anne of Kyiv") is no quotation;
  // both lists are in text order and designations do not overlap, so one pointer walks them
  let u = 0;
  const inUnit = (q: { start: number; end: number }): boolean => {
    while (u < designations.length && (designations[u] as Mention<UnitDesignation>).end < q.end) u++;
    const d = designations[u];
    return d !== undefined && d.start <= q.start && q.end <= d.end;
  };
  const quotes = findQuotes(text).filter((q) => !inUnit(q)).map((q): QuoteMention => ({
    text: q.text, start: q.start, end: q.end, ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
  }));
  return { mentions: { dates, durations, quantities, units, people, quotes }, designations, descriptions };
}
