import { z } from "zod";
import {
  CountryCodeSchema, IsoDurationSchema, PartialDateSchema, comparePartialDates, parseIsoDuration, partialDateProblem,
} from "../common/index.js";
import {
  BENEFITS, CONDITIONS, CONTRACT_CATEGORIES, PARTIES, PAY_PERIODS, RESET_TRIGGERS, SPELL_REASONS, TERM_EVENTS,
} from "./vocabulary.js";

/** The most days a service duration may stand for, so that every answer stays on the calendar. */
const MAX_SERVICE_DAYS = 100 * 366;

/**
 * Why an ISO duration cannot be a length of service, or `undefined` when it can: it must be
 * positive, calendar-only (years, months, weeks, days) and at most 100 years.
 *
 * @param text - an ISO 8601 duration string.
 * @returns a message naming the value and the rule, or `undefined`.
 * @example
 * ```ts
 * import { serviceDurationProblem } from "musterroll";
 * serviceDurationProblem("P6M");  // undefined
 * serviceDurationProblem("PT5H"); // '"PT5H" is not a length of service: …'
 * ```
 */
export function serviceDurationProblem(text: string): string | undefined {
  const parsed = parseIsoDuration(text);
  if (!parsed.success) return parsed.error.message;
  const d = parsed.data;
  const name = JSON.stringify(text);
  if (d.hours || d.minutes || d.seconds || d.nanoseconds) {
    return `${name} is not a length of service: only years, months, weeks and days are allowed`;
  }
  if (d.sign < 0 || (d.years | d.months | d.weeks | d.days) === 0) return `${name} is not a length of service: it must be positive`;
  const days = d.years * 366 + d.months * 31 + d.weeks * 7 + d.days;
  if (days > MAX_SERVICE_DAYS) return `${name} is not a length of service: it must be at most 100 years`;
  return undefined;
}

/**
 * A length of service as an ISO 8601 duration string: positive, in years, months, weeks and days
 * only, and at most 100 years ("P6M", "P3Y", "P1Y6M").
 *
 * @example
 * ```ts
 * import { ServiceDurationSchema } from "musterroll";
 * ServiceDurationSchema.parse("P3Y");
 * ServiceDurationSchema.safeParse("P0D").success; // false
 * ```
 */
export const ServiceDurationSchema = IsoDurationSchema.check((ctx) => {
  if (!parseIsoDuration(ctx.value).success) return; // IsoDurationSchema already reported it
  const problem = serviceDurationProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});

/**
 * A length of service; see {@link ServiceDurationSchema}.
 *
 * @example
 * ```ts
 * import type { ServiceDuration } from "musterroll";
 * const minService: ServiceDuration = "P6M";
 * ```
 */
export type ServiceDuration = z.infer<typeof ServiceDurationSchema>;

const text = z.string().trim().min(1);

const currencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/**
 * An ISO 4217 currency code ("UAH", "EUR", "USD"), checked against the currencies the runtime's
 * Unicode data knows.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from "musterroll";
 * CurrencyCodeSchema.parse("UAH");
 * CurrencyCodeSchema.safeParse("uah").success; // false
 * ```
 */
export const CurrencyCodeSchema = z.string().check((ctx) => {
  if (!currencies.has(ctx.value)) {
    ctx.issues.push({ code: "custom", message: `${JSON.stringify(ctx.value)} is not an ISO 4217 currency code`, input: ctx.value });
  }
});

/**
 * Who employs the member: a unit (by its identifier in your records) or an organisation in a country.
 *
 * @example
 * ```ts
 * import { EmployerSchema } from "musterroll";
 * EmployerSchema.parse({ unit: "ua-international-legion" });
 * EmployerSchema.parse({ organisation: "Armed Forces of Ukraine", country: "UA" });
 * ```
 */
export const EmployerSchema = z.union([
  z.strictObject({
    /** The unit's identifier in your records. */
    unit: text,
  }),
  z.strictObject({
    /** The organisation's name. */
    organisation: text,
    /** Its country, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema,
  }),
]);

/**
 * Who employs the member; see {@link EmployerSchema}.
 *
 * @example
 * ```ts
 * import type { Employer } from "musterroll";
 * const employer: Employer = { organisation: "French Army", country: "FR" };
 * ```
 */
export type Employer = z.infer<typeof EmployerSchema>;

/**
 * A term that runs until an event rather than for a length of time. `text` describes the event and
 * is required when `until` is `"other"`.
 *
 * @example
 * ```ts
 * import { EventTermSchema } from "musterroll";
 * EventTermSchema.parse({ until: "demobilization" });
 * EventTermSchema.safeParse({ until: "other" }).success; // false: say which event
 * ```
 */
export const EventTermSchema = z
  .strictObject({
    /** The event the term runs until. */
    until: z.enum(TERM_EVENTS),
    /** The event in words; required for `"other"`. */
    text: text.optional(),
  })
  .refine((t) => t.until !== "other" || t.text !== undefined, {
    message: 'a term until "other" needs a text naming the event',
    path: ["text"],
  });

/**
 * A term until an event; see {@link EventTermSchema}.
 *
 * @example
 * ```ts
 * import type { EventTerm } from "musterroll";
 * const term: EventTerm = { until: "end-of-martial-law" };
 * ```
 */
export type EventTerm = z.infer<typeof EventTermSchema>;

/**
 * A term that ends at the first of two or more ends: "three years or until the end of martial law,
 * whichever comes first". Each member is a length of service or an event term, in the order the
 * text gives them. Keeping only one member would state a wrong fact (a reader would think the
 * contract surely runs three years), so all are kept. A member is never `"indefinite"` (it could
 * never come first) nor an earliest-of itself: the earliest of earliests is one flat list, and
 * the schema takes only that list, so one term has one spelling. "Whichever comes later" is not
 * this shape: its end is bounded from below, not above.
 *
 * @example
 * ```ts
 * import { EarliestOfTermSchema } from "musterroll";
 * EarliestOfTermSchema.parse({ earliestOf: ["P3Y", { until: "end-of-martial-law" }] });
 * EarliestOfTermSchema.safeParse({ earliestOf: ["P3Y"] }).success; // false: at least two
 * ```
 */
export const EarliestOfTermSchema = z.strictObject({
  /** The ends, at least two: lengths of service and events, whichever comes first ends the term. */
  earliestOf: z.array(z.union([ServiceDurationSchema, EventTermSchema])).min(2),
});

/**
 * A term that ends at the first of its members; see {@link EarliestOfTermSchema}.
 *
 * @example
 * ```ts
 * import type { EarliestOfTerm } from "musterroll";
 * const term: EarliestOfTerm = { earliestOf: [{ until: "end-of-martial-law" }, "P5Y"] };
 * ```
 */
export type EarliestOfTerm = z.infer<typeof EarliestOfTermSchema>;

/**
 * How long a contract binds: a length of service ("P3Y"), until an event, the earliest of several
 * of those, or `"indefinite"`.
 *
 * @example
 * ```ts
 * import { TermSchema } from "musterroll";
 * TermSchema.parse("P3Y");
 * TermSchema.parse({ until: "demobilization" });
 * TermSchema.parse({ earliestOf: ["P3Y", { until: "end-of-martial-law" }] });
 * TermSchema.parse("indefinite");
 * ```
 */
export const TermSchema = z.union([z.literal("indefinite"), ServiceDurationSchema, EventTermSchema, EarliestOfTermSchema]);

/**
 * How long a contract binds; see {@link TermSchema}.
 *
 * @example
 * ```ts
 * import type { Term } from "musterroll";
 * const term: Term = "P5Y";
 * ```
 */
export type Term = z.infer<typeof TermSchema>;

/**
 * A rate of pay: an amount in an ISO 4217 currency per period.
 *
 * @example
 * ```ts
 * import { PayRateSchema } from "musterroll";
 * PayRateSchema.parse({ amount: 20000, currency: "UAH", per: "month" });
 * ```
 */
export const PayRateSchema = z.strictObject({
  /** The amount, not negative. */
  amount: z.number().finite().nonnegative(),
  /** ISO 4217 currency code. */
  currency: CurrencyCodeSchema,
  /** The period the amount is paid per. */
  per: z.enum(PAY_PERIODS),
});

/**
 * A rate of pay; see {@link PayRateSchema}.
 *
 * @example
 * ```ts
 * import type { PayRate } from "musterroll";
 * const rate: PayRate = { amount: 1800, currency: "EUR", per: "month" };
 * ```
 */
export type PayRate = z.infer<typeof PayRateSchema>;

/**
 * What a contract pays: a rate, parity with a group ("Ukrainian soldiers"), or both. At least one
 * must be given.
 *
 * @example
 * ```ts
 * import { PaySchema } from "musterroll";
 * PaySchema.parse({ parity: "Ukrainian soldiers" });
 * PaySchema.safeParse({}).success; // false
 * ```
 */
export const PaySchema = z
  .strictObject({
    /** A rate of pay. */
    rate: PayRateSchema.optional(),
    /** The group whose pay this equals ("Ukrainian soldiers"). */
    parity: text.optional(),
  })
  .refine((p) => p.rate !== undefined || p.parity !== undefined, { message: "pay needs a rate, a parity, or both" });

/**
 * What a contract pays; see {@link PaySchema}.
 *
 * @example
 * ```ts
 * import type { Pay } from "musterroll";
 * const pay: Pay = { parity: "Ukrainian soldiers" };
 * ```
 */
export type Pay = z.infer<typeof PaySchema>;

/**
 * Where a clock starts: the contract's entry into force (`start`), its signature (`signed`), or a
 * named event with its date when known.
 *
 * @example
 * ```ts
 * import { CountedFromSchema } from "musterroll";
 * CountedFromSchema.parse("start");
 * CountedFromSchema.parse({ event: "arrival at the training centre", on: "2024-06" });
 * ```
 */
export const CountedFromSchema = z.union([
  z.enum(["start", "signed"]),
  z.strictObject({
    /** The event in words. */
    event: text,
    /** Its date, when known. */
    on: PartialDateSchema.optional(),
  }),
]);

/**
 * Where a clock starts; see {@link CountedFromSchema}.
 *
 * @example
 * ```ts
 * import type { CountedFrom } from "musterroll";
 * const from: CountedFrom = "start";
 * ```
 */
export type CountedFrom = z.infer<typeof CountedFromSchema>;

/**
 * The law or order a clause rests on, and the day it took effect (a clause never applies before).
 *
 * @example
 * ```ts
 * import { LegalBasisSchema } from "musterroll";
 * LegalBasisSchema.parse({ text: "amended law on military service", inForce: "2024-05-18" });
 * ```
 */
export const LegalBasisSchema = z.strictObject({
  /** The law or order in words. */
  text,
  /** The day it took effect. */
  inForce: PartialDateSchema.optional(),
});

/**
 * The law or order a clause rests on; see {@link LegalBasisSchema}.
 *
 * @example
 * ```ts
 * import type { LegalBasis } from "musterroll";
 * const basis: LegalBasis = { text: "presidential decree", inForce: "2022-09-21" };
 * ```
 */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

const basis = {
  /** The law or order the clause rests on. */
  basis: LegalBasisSchema.optional(),
};

/**
 * Who may end the contract early, after how much service, counted from when, and with what notice.
 *
 * @example
 * ```ts
 * import { TerminationClauseSchema } from "musterroll";
 * TerminationClauseSchema.parse({ kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" });
 * ```
 */
export const TerminationClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("termination"),
  /** Who may end the contract. */
  by: z.enum(PARTIES),
  /** Service required before it may be ended. */
  minService: ServiceDurationSchema,
  /** Whether a break in service restarts the count. */
  continuous: z.boolean(),
  /** Where the count starts. */
  countedFrom: CountedFromSchema,
  /** Notice to give, recorded only. */
  notice: ServiceDurationSchema.optional(),
  ...basis,
});

/**
 * A trial period at the start of a contract.
 *
 * @example
 * ```ts
 * import { ProbationClauseSchema } from "musterroll";
 * ProbationClauseSchema.parse({ kind: "probation", length: "P3M" });
 * ```
 */
export const ProbationClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("probation"),
  /** How long probation lasts. */
  length: ServiceDurationSchema,
  ...basis,
});

/**
 * How a contract may be renewed: for `length` (the longest renewal, or the only one), at least
 * `shortest` when a range is allowed, at most `max` times when limited.
 *
 * @example
 * ```ts
 * import { RenewalClauseSchema } from "musterroll";
 * RenewalClauseSchema.parse({ kind: "renewal", length: "P5Y", shortest: "P6M" });
 * ```
 */
export const RenewalClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("renewal"),
  /** The longest (or only) renewal length. */
  length: ServiceDurationSchema,
  /** The shortest renewal length, when a range is allowed. */
  shortest: ServiceDurationSchema.optional(),
  /** The most renewals allowed. */
  max: z.number().int().nonnegative().optional(),
  ...basis,
});

/**
 * Pay equal to that of a named group.
 *
 * @example
 * ```ts
 * import { PayParityClauseSchema } from "musterroll";
 * PayParityClauseSchema.parse({ kind: "payParity", with: "Ukrainian soldiers" });
 * ```
 */
export const PayParityClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("payParity"),
  /** The group whose pay this equals. */
  with: text,
  ...basis,
});

/**
 * A shorter requirement that replaces the usual one while a condition holds ("one year under
 * martial law").
 *
 * @example
 * ```ts
 * import { AlternativeRequirementSchema } from "musterroll";
 * AlternativeRequirementSchema.parse({ requiredService: "P1Y", when: "martial-law" });
 * ```
 */
export const AlternativeRequirementSchema = z.strictObject({
  /** The service required while the condition holds. */
  requiredService: ServiceDurationSchema,
  /** The condition. */
  when: z.enum(CONDITIONS),
  /** The condition in words. */
  text: text.optional(),
});

/**
 * A shorter requirement under a condition; see {@link AlternativeRequirementSchema}.
 *
 * @example
 * ```ts
 * import type { AlternativeRequirement } from "musterroll";
 * const underMartialLaw: AlternativeRequirement = { requiredService: "P1Y", when: "martial-law" };
 * ```
 */
export type AlternativeRequirement = z.infer<typeof AlternativeRequirementSchema>;

/**
 * A benefit earned by service: citizenship, residence, a pension. `requiredService` may be unknown
 * (text that only says a clock was reset); `resetsOn` lists the record events that restart the
 * clock; `condition` states in words what kind of service counts ("honorable service").
 *
 * @example
 * ```ts
 * import { EligibilityClauseSchema } from "musterroll";
 * EligibilityClauseSchema.parse({
 *   kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start",
 *   resetsOn: ["new-contract"], alternatives: [{ requiredService: "P1Y", when: "martial-law" }],
 * });
 * ```
 */
export const EligibilityClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("eligibility"),
  /** What the service leads to. */
  benefit: z.enum(BENEFITS),
  /** The service required, when known. */
  requiredService: ServiceDurationSchema.optional(),
  /** Where the clock starts. */
  countedFrom: CountedFromSchema,
  /** Record events that restart the clock. */
  resetsOn: z.array(z.enum(RESET_TRIGGERS)),
  /** Shorter requirements under conditions. */
  alternatives: z.array(AlternativeRequirementSchema),
  /** What kind of service counts, in words. */
  condition: text.optional(),
  ...basis,
});

/**
 * A rule that limits the member, in words ("foreigners may sign only one contract").
 *
 * @example
 * ```ts
 * import { RestrictionClauseSchema } from "musterroll";
 * RestrictionClauseSchema.parse({ kind: "restriction", text: "may sign only one contract" });
 * ```
 */
export const RestrictionClauseSchema = z.strictObject({
  /** The clause kind. */
  kind: z.literal("restriction"),
  /** The restriction in words. */
  text,
  ...basis,
});

/**
 * Any contract clause: a union on `kind` of termination, probation, renewal, payParity,
 * eligibility and restriction.
 *
 * @example
 * ```ts
 * import { ClauseSchema } from "musterroll";
 * ClauseSchema.parse({ kind: "probation", length: "P3M" });
 * ```
 */
export const ClauseSchema = z.discriminatedUnion("kind", [
  TerminationClauseSchema,
  ProbationClauseSchema,
  RenewalClauseSchema,
  PayParityClauseSchema,
  EligibilityClauseSchema,
  RestrictionClauseSchema,
]);

/**
 * Any contract clause; see {@link ClauseSchema}.
 *
 * @example
 * ```ts
 * import type { Clause } from "musterroll";
 * const clause: Clause = { kind: "payParity", with: "Ukrainian soldiers" };
 * ```
 */
export type Clause = z.infer<typeof ClauseSchema>;

/**
 * A termination clause; see {@link TerminationClauseSchema}.
 *
 * @example
 * ```ts
 * import type { TerminationClause } from "musterroll";
 * const c: TerminationClause = { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" };
 * ```
 */
export type TerminationClause = z.infer<typeof TerminationClauseSchema>;

/**
 * An eligibility clause; see {@link EligibilityClauseSchema}.
 *
 * @example
 * ```ts
 * import type { EligibilityClause } from "musterroll";
 * const c: EligibilityClause = { kind: "eligibility", benefit: "citizenship", requiredService: "P1Y", countedFrom: "start", resetsOn: [], alternatives: [] };
 * ```
 */
export type EligibilityClause = z.infer<typeof EligibilityClauseSchema>;

/**
 * A service contract: who (`person`, an identifier in your records) serves whom, in which
 * category, from when (`start`, the entry into force, a partial date; absent when not known — the
 * rules then answer `"unknown"`), for how long (`term`, absent when not known), for what pay, under
 * which clauses. `signed` must not be after `start`.
 *
 * @example
 * ```ts
 * import { ContractSchema } from "musterroll";
 * ContractSchema.parse({
 *   id: "c1", person: "p1", employer: { unit: "ua-international-legion" }, category: "foreign-volunteer",
 *   start: "2023-03", term: "P3Y", pay: { parity: "Ukrainian soldiers" },
 *   clauses: [{ kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" }],
 * });
 * ```
 */
export const ContractSchema = z
  .strictObject({
    /** The contract's identifier. */
    id: text,
    /** The person's identifier in your records. */
    person: text,
    /** Who employs them. */
    employer: EmployerSchema,
    /** The kind of service. */
    category: z.enum(CONTRACT_CATEGORIES),
    /** When it was signed. */
    signed: PartialDateSchema.optional(),
    /** When it entered into force; absent when a report does not say. */
    start: PartialDateSchema.optional(),
    /** How long it binds; absent when not known. */
    term: TermSchema.optional(),
    /** What it pays. */
    pay: PaySchema.optional(),
    /** Its clauses. */
    clauses: z.array(ClauseSchema),
  })
  .check((ctx) => {
    const { signed, start } = ctx.value;
    if (signed === undefined || start === undefined || !surelyAfter(signed, start)) return;
    ctx.issues.push({
      code: "custom",
      message: `signed ${signed} is after the start ${start}: a contract cannot be signed after it enters into force`,
      input: ctx.value,
      path: ["signed"],
    });
  });

/**
 * A service contract; see {@link ContractSchema}.
 *
 * @example
 * ```ts
 * import type { Contract } from "musterroll";
 * const c: Contract = { id: "c1", person: "p1", employer: { unit: "u1" }, category: "contract", start: "2024", clauses: [] };
 * ```
 */
export type Contract = z.infer<typeof ContractSchema>;

/**
 * One stretch of service in a service record: under which contract and/or in which unit, from
 * when, until when (absent while it lasts), and why it began. A gap between one spell's `to` and
 * the next spell's `from` is a break in service.
 *
 * @example
 * ```ts
 * import { ServiceSpellSchema } from "musterroll";
 * ServiceSpellSchema.parse({ contractId: "c2", unit: "253rd-regiment", from: "2025-11-01", reason: "transfer" });
 * ```
 */
export const ServiceSpellSchema = z
  .strictObject({
    /** The contract served under. */
    contractId: text.optional(),
    /** The unit served in. */
    unit: text.optional(),
    /** The first day. */
    from: PartialDateSchema,
    /** The last day served; absent while it lasts. */
    to: PartialDateSchema.optional(),
    /** Why the spell began. */
    reason: z.enum(SPELL_REASONS),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (to === undefined || !surelyAfter(from, to)) return;
    ctx.issues.push({ code: "custom", message: `spell ends ${to}, before it begins ${from}`, input: ctx.value, path: ["to"] });
  });

/**
 * One stretch of service; see {@link ServiceSpellSchema}.
 *
 * @example
 * ```ts
 * import type { ServiceSpell } from "musterroll";
 * const spell: ServiceSpell = { contractId: "c1", from: "2023-03-01", to: "2025-10-31", reason: "enlistment" };
 * ```
 */
export type ServiceSpell = z.infer<typeof ServiceSpellSchema>;

/**
 * A service record: the spells of one person's service, in any order.
 *
 * @example
 * ```ts
 * import { ServiceRecordSchema } from "musterroll";
 * ServiceRecordSchema.parse([{ from: "2023-03-01", to: "2025-10-31", reason: "enlistment" }]);
 * ```
 */
export const ServiceRecordSchema = z.array(ServiceSpellSchema);

/**
 * A service record; see {@link ServiceRecordSchema}.
 *
 * @example
 * ```ts
 * import type { ServiceRecord } from "musterroll";
 * const record: ServiceRecord = [];
 * ```
 */
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

/** Whether `a` is surely after `b`; false when either is not a partial date (its field check reports that). */
function surelyAfter(a: string, b: string): boolean {
  if (partialDateProblem(a) !== undefined || partialDateProblem(b) !== undefined) return false;
  return comparePartialDates(a, b) === "after";
}
