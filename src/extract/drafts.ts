// The public shapes of extractRecords' output: draft records, each field with its source.
import type { Article } from "../article/schema.js";
import type { CalendarDate } from "../common/index.js";
import type { Contract } from "../contract/schema.js";
import type { Person, Rank } from "../personnel/schema.js";
import type { LineageEvent, Subordination, Unit } from "../unit/schema.js";
import type { Mentions } from "./mentions.js";

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
  /** The article's date: ages are "as of" it and year-less dates fall back on it. Default: the article's published date when the text gives one, else its updated date. */
  readonly referenceDate?: CalendarDate;
  /** The id lineage events and edges cite as their source. Default: the article's id or derived URI. */
  readonly articleId?: string;
}
