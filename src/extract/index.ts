/**
 * Extraction: mentions (dates, durations, quantities, units, people, quotes) and draft records
 * with provenance from a whole report, and a pretty summary. `ExtractionSchema`, the JSON contract
 * of an extraction, is in the root entry, `musterroll`.
 *
 * @module musterroll/extract
 */
export type { DateMention } from "./dates.js";
export type { DurationMention } from "./durations.js";
export type { QuantityMention } from "./quantities.js";
export * from "./mentions.js";
export * from "./records.js";
export * from "./pretty.js";
