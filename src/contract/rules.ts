import { partialDateProblem, type PartialDate } from "../common/index.js";
import {
  answerOf, daysBetween, daysOf, daysOfAnswer, earlier, later, reached, shift, type DateAnswer, type DayRange, type Days, type KnownDate,
} from "./dates.js";
import {
  ContractSchema, EligibilityClauseSchema, ServiceRecordSchema,
  type Contract, type CountedFrom, type EarliestOfTerm, type EligibilityClause, type ServiceRecord, type TerminationClause,
} from "./schema.js";
import type { CONDITIONS, PARTIES, RESET_TRIGGERS, TERM_EVENTS } from "./vocabulary.js";

/**
 * Options shared by the contract rules.
 *
 * @example
 * ```ts
 * import type { ContractRuleOptions } from "musterroll/contract";
 * const options: ContractRuleOptions = { by: "member", events: { demobilization: "2026-06" } };
 * ```
 */
export interface ContractRuleOptions {
  /** Whose right to end the contract is asked about; default `"member"`. */
  readonly by?: (typeof PARTIES)[number];
  /** The service record, for clauses that need continuous service. */
  readonly record?: ServiceRecord;
  /** Dates of the events open-ended terms run until, once they are known. */
  readonly events?: Partial<Record<(typeof TERM_EVENTS)[number], PartialDate>>;
}


/**
 * When a contract's term runs out, and why: `on` is the day the term is complete (start + term:
 * a three-year contract from 2024-05-18 runs out on 2027-05-18), `"never"` for an indefinite term,
 * `"unknown"` when the term or its event date is not known. An unknown end may still be bounded:
 * "three years or until the end of martial law, whichever comes first" runs out on a day not known
 * while martial law has no date, but `noLaterThan` start + three years.
 *
 * @example
 * ```ts
 * import type { TermEnd } from "musterroll/contract";
 * const end: TermEnd = { on: "2027-05-18", reason: "start 2024-05-18 + term P3Y" };
 * const bounded: TermEnd = { on: "unknown", noLaterThan: "2027-05-18", reason: "…" };
 * ```
 */
export interface TermEnd {
  /** The day the term runs out. */
  readonly on: DateAnswer | "never";
  /** When `on` is `"unknown"`: a day by which the term has surely run out, when one is known. */
  readonly noLaterThan?: KnownDate;
  /** How the answer was reached, in words. */
  readonly reason: string;
}

/**
 * The earliest day a party may end a contract early, the clause that allows it, and why.
 *
 * @example
 * ```ts
 * import type { EarliestTermination } from "musterroll/contract";
 * const e: EarliestTermination = { from: "2024-11-18", reason: "start 2024-05-18 + six months (P6M) of continuous service" };
 * ```
 */
export interface EarliestTermination {
  /** The first day the contract may be ended. */
  readonly from: DateAnswer | "never";
  /** When `from` is `"unknown"`: a day by which it may surely be ended, when one is known. */
  readonly noLaterThan?: KnownDate;
  /** How the answer was reached, in words. */
  readonly reason: string;
  /** The clause that gives the right, when one does. */
  readonly clause?: TerminationClause;
}

/**
 * Whether a contract may be ended on a day: `allowed` is `true`, `false`, or `"unknown"` when
 * partial dates or undated events leave it open; `from` is the first day it may be.
 *
 * @example
 * ```ts
 * import type { TerminationAnswer } from "musterroll/contract";
 * const a: TerminationAnswer = { allowed: false, from: "2024-11-18", reason: "…" };
 * ```
 */
export interface TerminationAnswer {
  /** Whether the contract may be ended on the day asked about. */
  readonly allowed: boolean | "unknown";
  /** The first day it may be ended (by a clause or because the term ran out). */
  readonly from: DateAnswer | "never";
  /** When `from` is `"unknown"`: a day by which it may surely be ended, when one is known. */
  readonly noLaterThan?: KnownDate;
  /** Why, in words. */
  readonly reason: string;
}

/**
 * How much service is left before a party may leave: `until` that day, `days` from the day asked
 * about (zero once free), `"unbounded"` when the contract never ends. When `until` is unknown but
 * bounded (`noLaterThan`), `days` runs from zero to the days until that bound.
 *
 * @example
 * ```ts
 * import type { RemainingService } from "musterroll/contract";
 * const r: RemainingService = { until: "2024-11-18", days: { min: 30, max: 30 }, reason: "…" };
 * ```
 */
export interface RemainingService {
  /** The first day the party may leave. */
  readonly until: DateAnswer | "never";
  /** When `until` is `"unknown"`: a day by which the party may surely leave, when one is known. */
  readonly noLaterThan?: KnownDate;
  /** Days of service left. */
  readonly days: DayRange | "unknown" | "unbounded";
  /** Why, in words. */
  readonly reason: string;
}

const describeFrom = (from: CountedFrom): string =>
  typeof from === "string" ? (from === "start" ? "the contract's entry into force" : "its signature") : from.event;

function fail(where: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): never {
  const first = issues[0];
  const at = first && first.path.length > 0 ? ` at ${first.path.map(String).join(".")}` : "";
  throw new RangeError(`invalid ${where}${at}: ${first?.message ?? "unknown problem"}`);
}

function checked(contract: Contract): Contract {
  const parsed = ContractSchema.safeParse(contract);
  return parsed.success ? parsed.data : fail("contract", parsed.error.issues);
}

function checkedDate(on: PartialDate, name: string): Days {
  const problem = partialDateProblem(on);
  if (problem !== undefined) throw new RangeError(`invalid ${name}: ${problem}`);
  return daysOf(on);
}

function origin(contract: Contract, from: CountedFrom): Days | undefined {
  if (from === "start") return contract.start === undefined ? undefined : daysOf(contract.start);
  if (from === "signed") return contract.signed === undefined ? undefined : daysOf(contract.signed);
  return from.on === undefined ? undefined : daysOf(from.on);
}

/** The first day of the latest unbroken run of service in a record (a gap of a day or more breaks it). */
function lastRunStart(record: ServiceRecord): Days | undefined {
  const spells = record
    .map((s) => ({ from: daysOf(s.from), to: s.to === undefined ? undefined : daysOf(s.to) }))
    .sort((a, b) => a.from.lo - b.from.lo);
  let run: Days | undefined;
  let reachLo = -Infinity; // last day served so far: earliest and latest reading
  let reachHi = -Infinity;
  for (const s of spells) {
    if (run === undefined || s.from.lo > reachHi + 1) run = s.from; // surely a gap
    else if (s.from.hi > reachLo + 1) run = { lo: run.lo, hi: Math.max(run.hi, s.from.hi) }; // perhaps a gap
    reachLo = Math.max(reachLo, s.to === undefined ? Infinity : s.to.lo);
    reachHi = Math.max(reachHi, s.to === undefined ? Infinity : s.to.hi);
  }
  return run;
}

/**
 * When a contract's term runs out: start + term for a length of service (month ends constrained:
 * a six-month contract from 2024-08-31 runs out on 2025-02-28), the event's date for a term until an
 * event (from `options.events`), the first of its ends for an earliest-of, `"never"` for an
 * indefinite term, `"unknown"` when not known. A partial start gives the range of days the end can
 * be. An earliest-of with an undated event is `"unknown"`, but its length still bounds it: the
 * term has surely run out by start + length (`noLaterThan`).
 *
 * @param contract - the contract.
 * @param options - `events`: dates of the events open-ended terms run until.
 * @returns the day and how it was reached.
 * @throws {RangeError} when `contract` is not a valid {@link Contract}.
 * @example
 * ```ts
 * import type { Contract } from "musterroll";
 * import { endOfTerm } from "musterroll/contract";
 * const c: Contract = { id: "c1", person: "p1", employer: { unit: "u1" }, category: "contract", start: "2024-08-31", term: "P6M", clauses: [] };
 * endOfTerm(c).on;                                                      // "2025-02-28"
 * endOfTerm({ ...c, start: "2024-05" }).on;                             // { start: "2024-11-01", end: "2024-11-30" }
 * endOfTerm({ ...c, term: { until: "demobilization" } }).on;            // "unknown"
 * endOfTerm({ ...c, term: { earliestOf: ["P6M", { until: "demobilization" }] } }).noLaterThan; // "2025-02-28"
 * ```
 */
export function endOfTerm(contract: Contract, options: ContractRuleOptions = {}): TermEnd {
  return termEnd(checked(contract), options);
}

function termEnd(contract: Contract, options: ContractRuleOptions): TermEnd {
  const { term } = contract;
  if (term === undefined) return { on: "unknown", reason: `contract ${contract.id} states no term` };
  if (term === "indefinite") return { on: "never", reason: "the term is indefinite" };
  if (typeof term === "object" && "earliestOf" in term) return firstEnd(contract, term.earliestOf, options);
  const end = endOf(contract, term, options);
  return { on: end.days === undefined ? "unknown" : answerOf(end.days), reason: end.reason };
}

/** When one end of a term comes: start + a length, or an event's date; no days when that is not known. */
function endOf(contract: Contract, term: EarliestOfTerm["earliestOf"][number], options: ContractRuleOptions): { days?: Days; reason: string } {
  if (typeof term === "object") {
    const event = term.text ?? term.until;
    const date = options.events?.[term.until];
    if (date === undefined) return { reason: `the term runs until ${event}, which has no date yet` };
    return { days: checkedDate(date, `date of ${term.until}`), reason: `the term runs until ${event}, dated ${date}` };
  }
  if (contract.start === undefined) return { reason: `contract ${contract.id} states no start` };
  const end = shift(daysOf(contract.start), term);
  if (end === undefined) return { reason: `start ${contract.start} + term ${term} is beyond year 9999` };
  return { days: end, reason: `start ${contract.start} + term ${term}` };
}

/**
 * The end of an earliest-of term: the first of its ends once all are dated; else unknown, since an
 * undated event may come any day, but no later than the first of the ends that are dated.
 */
function firstEnd(contract: Contract, ends: EarliestOfTerm["earliestOf"], options: ContractRuleOptions): TermEnd {
  const found = ends.map((t) => endOf(contract, t, options));
  let first: Days | undefined;
  for (const { days } of found) if (days !== undefined) first = first === undefined ? days : earlier(first, days);
  const reason = `the term runs out at the first of ${found.map((f) => `[${f.reason}]`).join(" and ")}`;
  if (first === undefined) return { on: "unknown", reason };
  if (found.every((f) => f.days !== undefined)) return { on: answerOf(first), reason };
  const bound = answerOf(first);
  return { on: "unknown", noLaterThan: bound, reason: `${reason}; so no later than ${answerText(bound)}` };
}

function clauseFrom(contract: Contract, clause: TerminationClause, record: ServiceRecord | undefined): { days?: Days; reason: string } {
  let start = origin(contract, clause.countedFrom);
  const counted = `counted from ${describeFrom(clause.countedFrom)}`;
  if (start === undefined) return { reason: `${clause.minService} of service ${counted}, which has no date` };
  let reason = `${clause.minService} of ${clause.continuous ? "continuous " : ""}service ${counted}`;
  const run = clause.continuous && record !== undefined && record.length > 0 ? lastRunStart(record) : undefined;
  if (run !== undefined && (run.lo > start.lo || run.hi > start.hi)) {
    start = later(start, run);
    reason += `, restarted by a break in service (run from ${answerText(answerOf(run))})`;
  }
  let days = shift(start, clause.minService);
  if (days === undefined) return { reason: `${reason}: beyond year 9999` };
  const inForce = clause.basis?.inForce;
  if (inForce !== undefined && daysOf(inForce).hi > days.lo) {
    days = later(days, daysOf(inForce));
    reason += `, and not before the rule took effect on ${inForce}`;
  }
  return { days, reason };
}

const answerText = (a: DateAnswer | "never"): string => (typeof a === "string" ? a : `${a.start}…${a.end}`);

/**
 * The earliest day a party (default the member) may end a contract early under its termination
 * clauses: the clock start (`countedFrom`) + `minService`, restarted by the last break in service
 * when the clause needs continuous service and `options.record` is given, and never before the
 * clause's legal basis took effect. Without a clause for the party, the end of the term.
 *
 * @param contract - the contract.
 * @param options - `by` (default `"member"`), `record`, `events`.
 * @returns the first day, the clause and how it was reached.
 * @throws {RangeError} when `contract` is not a valid {@link Contract}.
 * @example
 * ```ts
 * import { earliestTermination } from "musterroll/contract";
 * earliestTermination({
 *   id: "c1", person: "p1", employer: { unit: "u1" }, category: "foreign-volunteer", start: "2024-05-18", term: "P3Y",
 *   clauses: [{ kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" }],
 * }).from; // "2024-11-18"
 * ```
 */
export function earliestTermination(contract: Contract, options: ContractRuleOptions = {}): EarliestTermination {
  return earliest(checked(contract), options);
}

function earliest(contract: Contract, options: ContractRuleOptions): EarliestTermination {
  const by = options.by ?? "member";
  const record = options.record === undefined ? undefined : checkedRecord(options.record);
  const clauses = contract.clauses.filter(
    (c): c is TerminationClause => c.kind === "termination" && (c.by === by || c.by === "either"),
  );
  if (clauses.length === 0) {
    const end = termEnd(contract, options);
    return {
      from: end.on,
      ...(end.noLaterThan === undefined ? {} : { noLaterThan: end.noLaterThan }),
      reason: `no termination clause lets the ${by} end the contract early; it binds until the term runs out (${end.reason})`,
    };
  }
  let best: { days: Days; reason: string; clause: TerminationClause } | undefined;
  for (const clause of clauses) {
    const { days, reason } = clauseFrom(contract, clause, record);
    if (days === undefined) return { from: "unknown", reason, clause };
    if (best === undefined || days.hi < best.days.lo) best = { days, reason, clause };
    else if (days.lo < best.days.hi) best = { days: earlier(best.days, days), reason: `${best.reason}; or ${reason}`, clause: best.clause };
  }
  if (best === undefined) return { from: "unknown", reason: "no termination clause applies" };
  return { from: answerOf(best.days), reason: best.reason, clause: best.clause };
}

function checkedRecord(record: ServiceRecord): ServiceRecord {
  const parsed = ServiceRecordSchema.safeParse(record);
  return parsed.success ? parsed.data : fail("service record", parsed.error.issues);
}

const or3 = (a: boolean | "unknown", b: boolean | "unknown"): boolean | "unknown" =>
  a === true || b === true ? true : a === false && b === false ? false : "unknown";

function truthOn(on: Days, from: DateAnswer | "never"): boolean | "unknown" {
  if (from === "never") return false;
  if (from === "unknown") return "unknown";
  return reached(on, daysOfAnswer(from));
}

function earliestOf(a: DateAnswer | "never", b: DateAnswer | "never"): DateAnswer | "never" {
  if (a === "never") return b;
  if (b === "never") return a;
  if (a === "unknown" || b === "unknown") return "unknown";
  return answerOf(earlier(daysOfAnswer(a), daysOfAnswer(b)));
}

/** Three-valued truth of "the term has run out by `on`": an unknown end is surely past once its bound is reached. */
function termOver(on: Days, end: TermEnd): boolean | "unknown" {
  if (end.on !== "unknown" || end.noLaterThan === undefined) return truthOn(on, end.on);
  return reached(on, daysOfAnswer(end.noLaterThan)) === true ? true : "unknown";
}

/** The first of the days known among answers and bounds, or `undefined` when none is known. */
function firstKnown(days: readonly (DateAnswer | "never" | undefined)[]): KnownDate | undefined {
  let first: Days | undefined;
  for (const d of days) {
    if (d === undefined || d === "never" || d === "unknown") continue;
    first = first === undefined ? daysOfAnswer(d) : earlier(first, daysOfAnswer(d));
  }
  return first === undefined ? undefined : answerOf(first);
}

/**
 * Whether a party (default the member) may end a contract on a day: yes once a termination clause
 * allows it or the term has run out, no before both, `"unknown"` when partial dates or an undated
 * event leave it open. Monotone: once allowed, allowed on every later day.
 *
 * @param contract - the contract.
 * @param on - the day asked about (a partial date: "2024-12" asks about every day of December).
 * @param options - `by`, `record`, `events`.
 * @returns `{ allowed, from, reason }`.
 * @throws {RangeError} when `contract` is not a valid {@link Contract} or `on` is not a partial date.
 * @example
 * ```ts
 * import type { Contract } from "musterroll";
 * import { canTerminate } from "musterroll/contract";
 * const c: Contract = {
 *   id: "c1", person: "p1", employer: { unit: "u1" }, category: "foreign-volunteer", start: "2024-05-18", term: "P3Y",
 *   clauses: [{ kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" }],
 * };
 * canTerminate(c, "2024-10-01").allowed; // false
 * canTerminate(c, "2024-11").allowed;    // "unknown": 2024-11-18 falls inside November
 * canTerminate(c, "2024-12").allowed;    // true
 * ```
 */
export function canTerminate(contract: Contract, on: PartialDate, options: ContractRuleOptions = {}): TerminationAnswer {
  const valid = checked(contract);
  const day = checkedDate(on, "day asked about");
  const byClause = earliest(valid, options);
  const end = termEnd(valid, options);
  const hasClause = byClause.clause !== undefined;
  const allowed = or3(hasClause ? truthOn(day, byClause.from) : false, termOver(day, end));
  const from = hasClause ? earliestOf(byClause.from, end.on) : end.on;
  // the first day is not known, but a clause or the term that is dated bounds it
  const bound = from === "unknown" ? firstKnown([hasClause ? byClause.from : undefined, end.on, end.noLaterThan]) : undefined;
  const verdict = allowed === true ? "may end it" : allowed === false ? "may not end it yet" : "may or may not end it";
  const reason = hasClause ? `${byClause.reason}; term: ${end.reason}` : byClause.reason;
  return { allowed, from, ...(bound === undefined ? {} : { noLaterThan: bound }), reason: `on ${on} the ${options.by ?? "member"} ${verdict}: ${reason}` };
}

/**
 * How much service is left on a day before a party (default the member) may leave: the days from
 * `on` to the first day {@link canTerminate} allows, zero once allowed.
 *
 * @param contract - the contract.
 * @param on - the day asked about.
 * @param options - `by`, `record`, `events`.
 * @returns the day the party may leave and the days until then.
 * @throws {RangeError} when `contract` is not a valid {@link Contract} or `on` is not a partial date.
 * @example
 * ```ts
 * import { remainingService } from "musterroll/contract";
 * remainingService(
 *   { id: "c1", person: "p1", employer: { unit: "u1" }, category: "contract", start: "2024-01-01", term: "P1Y", clauses: [] },
 *   "2024-12-01",
 * ).days; // { min: 31, max: 31 }
 * ```
 */
export function remainingService(contract: Contract, on: PartialDate, options: ContractRuleOptions = {}): RemainingService {
  const answer = canTerminate(contract, on, options);
  const day = daysOf(on);
  if (answer.from === "never") return { until: "never", days: "unbounded", reason: answer.reason };
  if (answer.from === "unknown" && answer.noLaterThan !== undefined) {
    // an undated event may have come already, so as few as no days may be left
    const most = daysBetween(day, daysOfAnswer(answer.noLaterThan)).max;
    return { until: "unknown", noLaterThan: answer.noLaterThan, days: { min: 0, max: most }, reason: answer.reason };
  }
  if (answer.from === "unknown") return { until: "unknown", days: "unknown", reason: answer.reason };
  return { until: answer.from, days: daysBetween(day, daysOfAnswer(answer.from)), reason: answer.reason };
}

/**
 * A restart of an eligibility clock found in a service record.
 *
 * @example
 * ```ts
 * import type { ClockReset } from "musterroll/contract";
 * const reset: ClockReset = { on: "2025-11-01", trigger: "new-contract", certain: true };
 * ```
 */
export interface ClockReset {
  /** The `from` of the spell that restarted the clock. */
  readonly on: PartialDate | "unknown";
  /** Which event restarted it. */
  readonly trigger: (typeof RESET_TRIGGERS)[number];
  /** `false` when partial dates leave open whether it came before the day asked about. */
  readonly certain: boolean;
}

/**
 * Where an eligibility clock stands on a day. Days count whole days of service from the clock's
 * start up to (not including) the day asked about.
 *
 * @example
 * ```ts
 * import type { EligibilityProgress } from "musterroll/contract";
 * const p: EligibilityProgress = {
 *   required: "P3Y", origin: "2025-11-01", served: { min: 900, max: 900 }, accrued: { min: 30, max: 30 },
 *   remaining: { min: 1066, max: 1066 }, eligibleOn: "2028-11-01", resets: [], reason: "…",
 * };
 * ```
 */
export interface EligibilityProgress {
  /** The requirement that applies (the shortest whose condition holds). */
  readonly required: string | "unknown";
  /** The day the clock last (re)started. */
  readonly origin: DateAnswer;
  /** Service in the record since the clock first started, resets ignored. */
  readonly served: DayRange | "unknown";
  /** Service that counts since the last restart; never more than `served`. */
  readonly accrued: DayRange | "unknown";
  /** Service still needed. */
  readonly remaining: DayRange | "unknown";
  /** The day the requirement is met if service goes on as the record says. */
  readonly eligibleOn: DateAnswer;
  /** The restarts found. */
  readonly resets: readonly ClockReset[];
  /** How the answer was reached, in words. */
  readonly reason: string;
}

/**
 * Options of {@link eligibilityProgress}.
 *
 * @example
 * ```ts
 * import type { EligibilityOptions } from "musterroll/contract";
 * const underMartialLaw: EligibilityOptions = { conditions: ["martial-law"] };
 * ```
 */
export interface EligibilityOptions {
  /** Conditions in force, which make the clause's matching alternatives apply. */
  readonly conditions?: readonly (typeof CONDITIONS)[number][];
}

interface Scenario {
  readonly origin: number;
  readonly served: number;
  readonly accrued: number;
  readonly requiredDays: number | undefined;
  readonly eligibleOn: number | undefined;
  readonly resets: ReadonlyMap<number, (typeof RESET_TRIGGERS)[number]>;
}

/**
 * Where an eligibility clock stands on a day: the service accrued since the clock last started,
 * what remains, and the day the requirement is met if service continues as the record says. The
 * clock starts at the clause's `countedFrom` and restarts at every spell whose start is one of the
 * clause's `resetsOn` events (a transfer; a new contract — a spell under another contract; a break
 * in service — a gap before the spell). A restart into `contract` itself counts from the
 * contract's entry into force (`start`). An empty record means continuous service from the start.
 * Partial dates give ranges: each answer is computed for the earliest and the latest reading.
 *
 * @param contract - the contract whose clock is asked about.
 * @param record - the person's service spells (any order).
 * @param clause - the eligibility clause.
 * @param on - the day asked about.
 * @param options - `conditions` in force (e.g. `["martial-law"]`).
 * @returns the progress; see {@link EligibilityProgress}.
 * @throws {RangeError} when an input is invalid.
 * @example
 * ```ts
 * import type { Contract, EligibilityClause, ServiceRecord } from "musterroll";
 * import { eligibilityProgress } from "musterroll/contract";
 * const clause: EligibilityClause = { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["new-contract"], alternatives: [] };
 * const c2: Contract = { id: "c2", person: "p1", employer: { unit: "253rd" }, category: "foreign-volunteer", start: "2025-11-01", clauses: [clause] };
 * const record: ServiceRecord = [
 *   { contractId: "c1", from: "2023-11-01", to: "2025-10-31", reason: "enlistment" },
 *   { contractId: "c2", from: "2025-11-01", reason: "transfer" },
 * ];
 * eligibilityProgress(c2, record, clause, "2025-12-01").eligibleOn; // "2028-11-01"
 * ```
 */
export function eligibilityProgress(
  contract: Contract,
  record: ServiceRecord,
  clause: EligibilityClause,
  on: PartialDate,
  options: EligibilityOptions = {},
): EligibilityProgress {
  const valid = checked(contract);
  const spells = checkedRecord(record);
  const parsedClause = EligibilityClauseSchema.safeParse(clause);
  if (!parsedClause.success) fail("eligibility clause", parsedClause.error.issues);
  const day = checkedDate(on, "day asked about");
  const start = origin(valid, clause.countedFrom);
  if (start === undefined) {
    return {
      required: clause.requiredService ?? "unknown", origin: "unknown", served: "unknown", accrued: "unknown",
      remaining: "unknown", eligibleOn: "unknown", resets: [],
      reason: `the clock is counted from ${describeFrom(clause.countedFrom)}, which has no date`,
    };
  }
  const required = requirement(clause, options, start);
  const run = (late: boolean): Scenario => scenario(valid, spells, clause, late ? day.lo : day.hi, start, required, late);
  const low = run(true); // latest reading of every date: least service
  const high = run(false); // earliest reading: most service
  const resets = [...new Set([...high.resets.keys(), ...low.resets.keys()])].sort((a, b) => a - b).map((i) => ({
    on: spells[i]?.from ?? valid.start ?? "unknown",
    trigger: (high.resets.get(i) ?? low.resets.get(i)) as (typeof RESET_TRIGGERS)[number],
    certain: high.resets.has(i) && low.resets.has(i),
  }));
  const range = (a: number, b: number): DayRange => ({ min: Math.min(a, b), max: Math.max(a, b) });
  const remaining =
    low.requiredDays === undefined || high.requiredDays === undefined
      ? "unknown"
      : range(Math.max(0, high.requiredDays - high.accrued), Math.max(0, low.requiredDays - low.accrued));
  let eligibleOn: DateAnswer =
    low.eligibleOn === undefined || high.eligibleOn === undefined
      ? "unknown"
      : answerOf({ lo: Math.min(high.eligibleOn, low.eligibleOn), hi: Math.max(high.eligibleOn, low.eligibleOn) });
  const inForce = clause.basis?.inForce;
  if (inForce !== undefined && eligibleOn !== "unknown") eligibleOn = answerOf(later(daysOfAnswer(eligibleOn), daysOf(inForce)));
  const originDays = { lo: Math.min(high.origin, low.origin), hi: Math.max(high.origin, low.origin) };
  const reason =
    (required.iso === undefined ? "no service requirement is known" : `requirement ${required.iso}${required.why}`) +
    `, counted from ${describeFrom(clause.countedFrom)}` +
    (resets.length > 0 ? `, restarted ${resets.length} time(s), last on ${resets[resets.length - 1]?.on}` : "");
  return {
    required: required.iso ?? "unknown",
    origin: answerOf(originDays),
    served: range(low.served, high.served),
    accrued: range(low.accrued, high.accrued),
    remaining,
    eligibleOn,
    resets,
    reason,
  };
}

function requirement(clause: EligibilityClause, options: EligibilityOptions, start: Days): { iso?: string; why: string } {
  const held = new Set(options.conditions ?? []);
  const candidates = [
    ...(clause.requiredService === undefined ? [] : [{ iso: clause.requiredService, why: "" }]),
    ...clause.alternatives.filter((a) => held.has(a.when)).map((a) => ({ iso: a.requiredService, why: ` (under ${a.when})` })),
  ];
  let best: { iso: string; why: string; days: number } | undefined;
  for (const c of candidates) {
    const end = shift(start, c.iso);
    const days = end === undefined ? Infinity : end.lo - start.lo;
    if (best === undefined || days < best.days) best = { ...c, days };
  }
  return best === undefined ? { why: "" } : { iso: best.iso, why: best.why };
}

function scenario(
  contract: Contract,
  record: ServiceRecord,
  clause: EligibilityClause,
  on: number,
  start: Days,
  required: { iso?: string },
  late: boolean,
): Scenario {
  const pick = (d: Days): number => (late ? d.hi : d.lo);
  const entry = contract.start === undefined ? undefined : pick(daysOf(contract.start));
  const source: ServiceRecord =
    record.length > 0 || contract.start === undefined ? record : [{ contractId: contract.id, from: contract.start, reason: "enlistment" }];
  // Latest reading: spells begin on their last possible day and end on their first; earliest: the reverse.
  const spells = source
    .map((s, index) => {
      const from = daysOf(s.from);
      const to = s.to === undefined ? undefined : daysOf(s.to);
      return { s, index, from: pick(from), end: to === undefined ? Infinity : (late ? to.lo : to.hi) + 1 };
    })
    .sort((a, b) => a.from - b.from || a.index - b.index);
  const first = pick(start);
  let originDay = first;
  const resets = new Map<number, (typeof RESET_TRIGGERS)[number]>();
  let reach = -Infinity;
  let previous: (typeof spells)[number] | undefined;
  for (const spell of spells) {
    if (spell.from >= on) break;
    const trigger = previous === undefined ? undefined : triggerOf(spell.s, previous.s, spell.from > reach, clause);
    if (trigger !== undefined) {
      // entering `contract` from another one: its clock counts from its entry into force
      const entering = spell.s.contractId === contract.id && previous?.s.contractId !== contract.id;
      const at = entering && entry !== undefined ? entry : spell.from;
      resets.set(spell.index, trigger);
      originDay = Math.max(originDay, at);
    }
    reach = Math.max(reach, spell.end);
    previous = spell;
  }
  const served = coveredDays(spells, first, on);
  const accrued = coveredDays(spells, originDay, on);
  let requiredDays: number | undefined;
  let eligibleOn: number | undefined;
  if (required.iso !== undefined) {
    const target = shift({ lo: originDay, hi: originDay }, required.iso);
    if (target !== undefined) {
      requiredDays = target.lo - originDay;
      eligibleOn = dayReaching(spells, originDay, requiredDays);
    }
  }
  return { origin: originDay, served, accrued, requiredDays, eligibleOn, resets };
}

function triggerOf(
  spell: ServiceRecord[number],
  previous: ServiceRecord[number],
  afterGap: boolean,
  clause: EligibilityClause,
): (typeof RESET_TRIGGERS)[number] | undefined {
  const resetsOn = new Set(clause.resetsOn);
  const newContract =
    spell.reason === "new-contract" ||
    (spell.contractId !== undefined && previous.contractId !== undefined && spell.contractId !== previous.contractId);
  if (resetsOn.has("new-contract") && newContract) return "new-contract";
  if (resetsOn.has("transfer") && spell.reason === "transfer") return "transfer";
  if (resetsOn.has("break-in-service") && afterGap) return "break-in-service";
  return undefined;
}

/** Days in [from, to) covered by at least one spell (spells sorted by start; `end` exclusive). */
function coveredDays(spells: readonly { from: number; end: number }[], from: number, to: number): number {
  let total = 0;
  let cursor = from;
  for (const s of spells) {
    const a = Math.max(s.from, cursor);
    const b = Math.min(s.end, to);
    if (b > a) {
      total += b - a;
      cursor = b;
    }
  }
  return total;
}

/** The day on which service since `from` reaches `needed` days, or undefined when the record stops short. */
function dayReaching(spells: readonly { from: number; end: number }[], from: number, needed: number): number | undefined {
  let total = 0;
  let cursor = from;
  for (const s of spells) {
    const a = Math.max(s.from, cursor);
    if (s.end <= a) continue;
    if (total + (s.end - a) >= needed) return a + (needed - total);
    total += s.end - a;
    cursor = s.end;
  }
  return needed === 0 ? from : undefined;
}

/**
 * When a contract's probation ends: start + the probation clause's length (the first day after
 * it), `"none"` when the contract has no probation clause.
 *
 * @param contract - the contract.
 * @returns the day probation ends, or `"none"`.
 * @throws {RangeError} when `contract` is not a valid {@link Contract}.
 * @example
 * ```ts
 * import { endOfProbation } from "musterroll/contract";
 * endOfProbation({
 *   id: "r1", person: "p1", employer: { unit: "u1" }, category: "contract", start: "2023-01-10",
 *   clauses: [{ kind: "probation", length: "P3M" }],
 * }); // "2023-04-10"
 * ```
 */
export function endOfProbation(contract: Contract): DateAnswer | "none" {
  const valid = checked(contract);
  const probation = valid.clauses.find((c) => c.kind === "probation");
  if (probation === undefined) return "none";
  if (valid.start === undefined) return "unknown";
  const end = shift(daysOf(valid.start), probation.length);
  return end === undefined ? "unknown" : answerOf(end);
}
