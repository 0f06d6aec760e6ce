// The one pass behind extractMentions, which also hands extractRecords the domain finders' own
// results, so a report is not read for units and people twice.
import { findQuotes } from "../article/index.js";
import { type Mention } from "../common/index.js";
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
  /** Whether a span lies inside a quoted name (a unit's or a person's alias), so is no quotation; ask in text order. */
  readonly quotesAName: (span: { readonly start: number; readonly end: number }) => boolean;
}

/** See extractMentions, whose rules this is. */
export function scanMentions(text: string, options: ExtractMentionsOptions = {}): Scan {
  const designations = findUnitDesignations(text);
  const units = designations.map((m): UnitMention => {
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
  // the value finders' tokens are read only now, after the unit and person finders, whose garbage
  // sets off most collections: made before them, the tokens lived through any of those and were copied
  const claims = Claims.of(text);
  for (const m of designations) claims.takeSpan(m.start, m.end);
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
  // a quoted name is no quotation: a unit's (155th Mechanized Brigade "Anne of Kyiv") or a person's
  // alias (call sign "Viking,"); both lists are in text order, so one pointer walks each
  const aliases: Mention<unknown>[] = [];
  for (const m of descriptions) aliases.push(...m.value.aliases);
  const quotesAName = quotedNames(designations, aliases);
  const quotes = findQuotes(text).filter((q) => !quotesAName(q)).map((q): QuoteMention => ({
    text: q.text, start: q.start, end: q.end, ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
  }));
  return { mentions: { dates, durations, quantities, units, people, quotes }, designations, descriptions, quotesAName: quotedNames(designations, aliases) };
}

/** See Scan.quotesAName: a fresh test (its pointers start at the text's beginning). */
function quotedNames(designations: readonly Mention<UnitDesignation>[], aliases: readonly { readonly start: number; readonly end: number }[]): Scan["quotesAName"] {
  const inUnit = within(designations);
  const inAlias = within(aliases);
  return (span) => inUnit(span) || inAlias(span);
}

/**
 * A test of whether a span lies inside one of `spans` (in text order, not overlapping), for spans
 * asked in text order: one pointer walks the list, so a report costs one pass.
 */
function within(spans: readonly { readonly start: number; readonly end: number }[]): (q: { readonly start: number; readonly end: number }) => boolean {
  let k = 0;
  return (q) => {
    while (k < spans.length && (spans[k] as { end: number }).end < q.end) k++;
    const span = spans[k];
    return span !== undefined && span.start <= q.start && q.end <= span.end;
  };
}
