import type { z } from "zod";
import { jsonPath, toInterval, type PartialDate } from "../common/index.js";
import { birthIntervalFromAge } from "./age.js";
import { countryInfo } from "./countries.js";
import { PersonSchema, ServiceHistorySchema, type Assignment, type UnitLifetime } from "./schema.js";

/**
 * Where an issue is, as a JSON path from the validated value: `["assignments", 1, "to"]`.
 *
 * @example
 * ```ts
 * import { jsonPath } from "musterroll";
 * import type { IssuePath } from "musterroll/personnel";
 * const path: IssuePath = ["assignments", 1, "to"];
 * jsonPath(path); // "$.assignments[1].to"
 * ```
 */
export type IssuePath = readonly (string | number)[];


/**
 * What every personnel validation issue has: where it is and what is wrong.
 *
 * @example
 * ```ts
 * import type { PersonnelIssueBase } from "musterroll/personnel";
 * const where: PersonnelIssueBase = { path: ["assignments", 0, "to"], message: "$.assignments[0].to: …" };
 * ```
 */
export interface PersonnelIssueBase {
  /** Where the problem is. */
  readonly path: IssuePath;
  /** What is wrong, naming the values, the rule and the JSON path. */
  readonly message: string;
}

/**
 * A problem in a service record, keyed by `code`:
 * - `schema`: the value does not have the shape of ServiceHistorySchema (a zod issue).
 * - `date_order`: an assignment ends before it starts.
 * - `overlap`: two assignments certainly share more than a handover day and neither is `concurrent`.
 * - `before_unit_established`: an assignment certainly starts before its unit existed.
 * - `after_unit_dissolved`: an assignment certainly runs on after its unit was dissolved.
 * - `unknown_unit`: unit lifetimes were given but not for this unit.
 * - `end_reason_without_end`: the reason is an ending (discharged, deserted, contract-ended) but `to` is missing.
 *
 * @example
 * ```ts
 * import { validateServiceHistory, type ServiceHistoryIssue } from "musterroll/personnel";
 * const issues: readonly ServiceHistoryIssue[] = validateServiceHistory({
 *   personId: "p1",
 *   assignments: [{ unitId: "u1", from: "2024-05", to: "2023-01" }],
 * });
 * issues[0]?.code; // "date_order"
 * ```
 */
export type ServiceHistoryIssue =
  | (PersonnelIssueBase & {
      /** The value is not a ServiceHistory. */
      readonly code: "schema";
    })
  | (PersonnelIssueBase & {
      /** The assignment ends before it starts. */
      readonly code: "date_order";
      /** The assignment's `from`. */
      readonly from: PartialDate;
      /** The assignment's `to`. */
      readonly to: PartialDate;
    })
  | (PersonnelIssueBase & {
      /** Two assignments overlap; `path` is the later one. */
      readonly code: "overlap";
      /** Path of the assignment it overlaps. */
      readonly otherPath: IssuePath;
    })
  | (PersonnelIssueBase & {
      /** The assignment starts before its unit existed. */
      readonly code: "before_unit_established";
      /** The unit. */
      readonly unitId: string;
      /** When the unit was established. */
      readonly established: PartialDate;
    })
  | (PersonnelIssueBase & {
      /** The assignment runs on after its unit was dissolved. */
      readonly code: "after_unit_dissolved";
      /** The unit. */
      readonly unitId: string;
      /** When the unit was dissolved. */
      readonly dissolved: PartialDate;
    })
  | (PersonnelIssueBase & {
      /** No lifetime was given for the unit. */
      readonly code: "unknown_unit";
      /** The unit. */
      readonly unitId: string;
    })
  | (PersonnelIssueBase & {
      /** An ending reason without an end date. */
      readonly code: "end_reason_without_end";
      /** The reason given. */
      readonly reason: string;
    });

/**
 * When each unit existed, as an order of battle says: a Map or plain object keyed by unit id, or a
 * lookup function.
 *
 * @example
 * ```ts
 * import type { UnitLifetimes } from "musterroll/personnel";
 * const lifetimes: UnitLifetimes = { "ua-2-bn": { established: "2022-03", dissolved: "2025-12-31" } };
 * ```
 */
export type UnitLifetimes =
  | ReadonlyMap<string, UnitLifetime>
  | Readonly<Record<string, UnitLifetime>>
  | ((unitId: string) => UnitLifetime | undefined);

/**
 * Options of {@link validateServiceHistory}.
 *
 * @example
 * ```ts
 * import type { ServiceHistoryValidationOptions } from "musterroll/personnel";
 * const options: ServiceHistoryValidationOptions = { unitLifetimes: new Map([["u1", { established: "2022" }]]) };
 * ```
 */
export interface ServiceHistoryValidationOptions {
  /** When given, assignments are checked against the lifetime of their unit. */
  readonly unitLifetimes?: UnitLifetimes;
}

function lookup(lifetimes: UnitLifetimes, unitId: string): UnitLifetime | undefined {
  if (typeof lifetimes === "function") return lifetimes(unitId);
  if (lifetimes instanceof Map) return lifetimes.get(unitId);
  const table = lifetimes as Readonly<Record<string, UnitLifetime>>;
  return Object.hasOwn(table, unitId) ? table[unitId] : undefined;
}

function schemaIssues(error: z.ZodError): ServiceHistoryIssue[] {
  return error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
    return { code: "schema", path, message: `${jsonPath(path)}: ${i.message}` };
  });
}

/** The last day an assignment may have begun and the first day it may have ended (∞ while ongoing). */
function certainSpan(a: Assignment): { latestStart: string; earliestEnd: string } {
  return { latestStart: toInterval(a.from).end, earliestEnd: a.to === undefined ? "\uffff" : toInterval(a.to).start };
}

const ENDINGS = new Set(["discharged", "deserted", "contract-ended"]);

/**
 * Checks a service record: its shape, then that every assignment ends after it starts, that no two
 * assignments overlap unless one is marked `concurrent`, that an ending reason comes with an end
 * date, and — when unit lifetimes are given — that each assignment lies inside its unit's lifetime.
 *
 * Partial dates are judged honestly: an issue is reported only when it holds for every day the
 * dates cover ("2025" to "2025-06" is fine; "2025-07" to "2025-06" is not). A missing `to` means the
 * assignment is ongoing. Two assignments that share only the handover day do not overlap.
 *
 * @param record - the value to check (anything; it is parsed with ServiceHistorySchema first).
 * @param options - unit lifetimes from an order of battle.
 * @returns every issue found, empty when the record is valid.
 * @example
 * ```ts
 * import { validateServiceHistory } from "musterroll/personnel";
 * validateServiceHistory(
 *   { personId: "p1", assignments: [
 *     { unitId: "u1", from: "2022-03", to: "2023-06" },
 *     { unitId: "u2", from: "2023-01" },
 *   ] },
 *   { unitLifetimes: { u1: { established: "2022-02" }, u2: { established: "2023-03" } } },
 * ).map((i) => i.code); // ["overlap", "before_unit_established"]
 * ```
 */
export function validateServiceHistory(record: unknown, options: ServiceHistoryValidationOptions = {}): readonly ServiceHistoryIssue[] {
  const parsed = ServiceHistorySchema.safeParse(record);
  if (!parsed.success) return schemaIssues(parsed.error);
  const issues: ServiceHistoryIssue[] = [];
  const assignments = parsed.data.assignments;
  const ordered: boolean[] = [];
  assignments.forEach((a, i) => {
    const path = ["assignments", i] as const;
    const wellOrdered = a.to === undefined || toInterval(a.to).end >= toInterval(a.from).start;
    ordered.push(wellOrdered);
    if (!wellOrdered && a.to !== undefined) {
      issues.push({ code: "date_order", path: [...path, "to"], from: a.from, to: a.to,
        message: `${jsonPath([...path, "to"])}: assignment ends (${a.to}) before it starts (${a.from}); "to" must not be earlier than "from"` });
    }
    if (a.reason !== undefined && ENDINGS.has(a.reason) && a.to === undefined) {
      issues.push({ code: "end_reason_without_end", path: [...path, "to"], reason: a.reason,
        message: `${jsonPath([...path, "reason"])}: reason "${a.reason}" ends an assignment, but "to" is missing` });
    }
  });
  for (let i = 0; i < assignments.length; i++) {
    for (let j = i + 1; j < assignments.length; j++) {
      const a = assignments[i];
      const b = assignments[j];
      if (a === undefined || b === undefined || !ordered[i] || !ordered[j] || a.concurrent === true || b.concurrent === true) continue;
      const x = certainSpan(a);
      const y = certainSpan(b);
      if (x.latestStart < y.earliestEnd && y.latestStart < x.earliestEnd) {
        issues.push({ code: "overlap", path: ["assignments", j], otherPath: ["assignments", i],
          message: `${jsonPath(["assignments", j])} (${b.unitId}, from ${b.from}${b.to === undefined ? ", ongoing" : ` to ${b.to}`}) overlaps ${jsonPath(["assignments", i])} (${a.unitId}, from ${a.from}${a.to === undefined ? ", ongoing" : ` to ${a.to}`}); end one first or mark one "concurrent": true` });
      }
    }
  }
  if (options.unitLifetimes !== undefined) {
    const lifetimes = options.unitLifetimes;
    assignments.forEach((a, i) => issues.push(...lifetimeIssues(a, i, lookup(lifetimes, a.unitId))));
  }
  return issues;
}

function lifetimeIssues(a: Assignment, i: number, life: UnitLifetime | undefined): ServiceHistoryIssue[] {
  const path = ["assignments", i] as const;
  if (life === undefined) {
    return [{ code: "unknown_unit", path: [...path, "unitId"], unitId: a.unitId,
      message: `${jsonPath([...path, "unitId"])}: unit "${a.unitId}" has no lifetime in the given order of battle` }];
  }
  const issues: ServiceHistoryIssue[] = [];
  const { latestStart, earliestEnd } = certainSpan(a);
  if (life.established !== undefined && latestStart < toInterval(life.established).start) {
    issues.push({ code: "before_unit_established", path: [...path, "from"], unitId: a.unitId, established: life.established,
      message: `${jsonPath([...path, "from"])}: assignment starts ${a.from}, before unit "${a.unitId}" was established (${life.established})` });
  }
  if (life.dissolved !== undefined && earliestEnd > toInterval(life.dissolved).end) {
    const when = a.to === undefined ? "is ongoing" : `ends ${a.to}`;
    issues.push({ code: "after_unit_dissolved", path: [...path, "to"], unitId: a.unitId, dissolved: life.dissolved,
      message: `${jsonPath([...path, "to"])}: assignment ${when}, after unit "${a.unitId}" was dissolved (${life.dissolved})` });
  }
  return issues;
}

/**
 * A problem in a person record, keyed by `code`:
 * - `schema`: the value does not have the shape of PersonSchema (a zod issue).
 * - `age_conflict`: a reported age contradicts the birth date or an earlier reported age.
 * - `territory_mismatch`: an origin's `territoryOf` is not the state the dataset table gives.
 *
 * @example
 * ```ts
 * import { validatePerson, type PersonIssue } from "musterroll/personnel";
 * const issues: readonly PersonIssue[] = validatePerson({
 *   id: "p1", name: { full: "Karl" }, birthDate: "1990", reportedAges: [{ age: 53, asOf: "2025-12-31" }],
 * });
 * issues[0]?.code; // "age_conflict"
 * ```
 */
export type PersonIssue =
  | (PersonnelIssueBase & {
      /** The value is not a Person. */
      readonly code: "schema";
    })
  | (PersonnelIssueBase & {
      /** A reported age contradicts the birth date or an earlier age. */
      readonly code: "age_conflict";
    })
  | (PersonnelIssueBase & {
      /** An origin names the wrong sovereign state. */
      readonly code: "territory_mismatch";
      /** The sovereign the dataset table gives, if any. */
      readonly expected: string | undefined;
    });

/**
 * Checks a person record: its shape, that reported ages agree with the birth date and with each
 * other, and that origins name the right sovereign state for a territory.
 *
 * @param person - the value to check (anything; it is parsed with PersonSchema first).
 * @returns every issue found, empty when the record is valid.
 * @example
 * ```ts
 * import { validatePerson } from "musterroll/personnel";
 * validatePerson({
 *   id: "p1", name: { full: "Bjorn Kallsoy" },
 *   reportedAges: [{ age: 45, asOf: "2025-12-31" }, { age: 40, asOf: "2025-06" }],
 * }).map((i) => i.code); // ["age_conflict"]
 * ```
 */
export function validatePerson(person: unknown): readonly PersonIssue[] {
  const parsed = PersonSchema.safeParse(person);
  if (!parsed.success) return schemaIssues(parsed.error) as PersonIssue[];
  const p = parsed.data;
  const issues: PersonIssue[] = [];
  let known = p.birthDate === undefined ? undefined : toInterval(p.birthDate);
  let knownFrom = p.birthDate === undefined ? "" : `the birth date ${p.birthDate}`;
  p.reportedAges.forEach((r, i) => {
    const path = ["reportedAges", i] as const;
    const implied = birthIntervalFromAge(r.age, r.asOf);
    const start = implied === undefined || known === undefined || implied.start > known.start ? implied?.start : known.start;
    const end = implied === undefined || known === undefined || implied.end < known.end ? implied?.end : known.end;
    if (implied === undefined || start === undefined || end === undefined || start > end) {
      const against = implied === undefined ? "no birth in years 0000–9999" : knownFrom;
      issues.push({ code: "age_conflict", path,
        message: `${jsonPath(path)}: age ${r.age} as of ${r.asOf} implies birth ${implied === undefined ? "before year 0000" : `${implied.start} … ${implied.end}`}, which contradicts ${against}` });
      return;
    }
    known = { start, end };
    knownFrom = knownFrom === "" ? `${jsonPath(path)}` : `${knownFrom} and ${jsonPath(path)}`;
  });
  p.origins.forEach((o, i) => {
    if (o.territoryOf === undefined) return;
    const expected = o.country === undefined ? undefined : countryInfo(o.country)?.sovereign;
    if (expected !== o.territoryOf) {
      const path = ["origins", i, "territoryOf"] as const;
      issues.push({ code: "territory_mismatch", path, expected,
        message: `${jsonPath(path)}: "${o.territoryOf}" is not the sovereign state of ${o.country ?? "an unknown country"} (expected ${expected ?? "none"})` });
    }
  });
  return issues;
}
