import fc from "fast-check";
import { calendarDateArbitrary, partialDateArbitrary, type TextCase } from "../common/arbitraries.js";
import {
  comparePartialDates, duration, formatDurationPhrase, formatIsoDuration, fromEpochDay, toEpochDay, type Duration,
} from "../common/index.js";
import type { TermMentionValue } from "./parse.js";
import type { Regime } from "./regimes.js";
import type {
  AlternativeRequirement, Clause, Contract, CountedFrom, Employer, EventTerm, Pay, ServiceRecord, ServiceSpell, Term,
} from "./schema.js";
import {
  BENEFITS, CONDITIONS, CONTRACT_CATEGORIES, PARTIES, PAY_PERIODS, RESET_TRIGGERS, SPELL_REASONS, TERM_EVENTS,
} from "./vocabulary.js";

const word = fc.constantFrom("legion", "253rd-regiment", "brigade-129", "army", "p-17", "unit-a");
const label = fc.constantFrom("Ukrainian soldiers", "French soldiers", "regular troops", "U.S. soldiers");

function serviceDurationValue(): fc.Arbitrary<Duration> {
  return fc
    .record({
      years: fc.integer({ min: 0, max: 10 }),
      months: fc.integer({ min: 0, max: 18 }),
      weeks: fc.constantFrom(0, 0, 0, 1, 2, 6),
      days: fc.constantFrom(0, 0, 0, 1, 15, 90),
    })
    .filter((d) => d.years + d.months + d.weeks + d.days > 0)
    .map((d) => duration(d));
}

/**
 * Lengths of service as ISO strings ("P6M", "P3Y", "P1Y6M", "P90D"): positive, calendar-only,
 * at most 11 years and 6 months.
 *
 * @returns an arbitrary of strings that pass `ServiceDurationSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { serviceDurationArbitrary } from "musterroll/testing";
 * fc.sample(serviceDurationArbitrary(), 2); // e.g. ["P6M", "P3Y2W"]
 * ```
 */
export function serviceDurationArbitrary(): fc.Arbitrary<string> {
  return serviceDurationValue().map((d) => formatIsoDuration(d));
}

/**
 * Employers: a unit id, or an organisation and a country code.
 *
 * @returns an arbitrary of values that pass `EmployerSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { employerArbitrary } from "musterroll/testing";
 * fc.sample(employerArbitrary(), 1); // e.g. [{ unit: "legion" }]
 * ```
 */
export function employerArbitrary(): fc.Arbitrary<Employer> {
  return fc.oneof(
    word.map((unit) => ({ unit })),
    fc.record({ organisation: fc.constantFrom("Armed Forces of Ukraine", "French Army", "US Army"), country: fc.constantFrom("UA", "FR", "US", "RU", "GB") }),
  );
}

/**
 * Terms of every form: a length, an event, the earliest of two or three of those ("three years or
 * until the end of martial law, whichever comes first"), indefinite.
 *
 * @returns an arbitrary of values that pass `TermSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { termArbitrary } from "musterroll/testing";
 * fc.sample(termArbitrary(), 3); // e.g. ["P3Y", { until: "demobilization" }, { earliestOf: ["P3Y", { until: "end-of-martial-law" }] }]
 * ```
 */
export function termArbitrary(): fc.Arbitrary<Term> {
  const event = fc.constantFrom(...TERM_EVENTS).chain((until): fc.Arbitrary<EventTerm> =>
    until === "other"
      ? fc.constant({ until, text: "the end of the operation" })
      : fc.option(fc.constant("as announced"), { nil: undefined }).map((text) => (text === undefined ? { until } : { until, text })),
  );
  const earliest = fc.array(fc.oneof(serviceDurationArbitrary(), event), { minLength: 2, maxLength: 3 }).map((earliestOf) => ({ earliestOf }));
  return fc.oneof(
    { weight: 4, arbitrary: serviceDurationArbitrary() },
    { weight: 1, arbitrary: event },
    { weight: 1, arbitrary: earliest },
    { weight: 1, arbitrary: fc.constant("indefinite" as const) },
  );
}

/**
 * Pay: a rate, a parity, or both.
 *
 * @returns an arbitrary of values that pass `PaySchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { payArbitrary } from "musterroll/testing";
 * fc.sample(payArbitrary(), 1); // e.g. [{ parity: "Ukrainian soldiers" }]
 * ```
 */
export function payArbitrary(): fc.Arbitrary<Pay> {
  const rate = fc.record({
    amount: fc.integer({ min: 0, max: 200_000 }),
    currency: fc.constantFrom("UAH", "EUR", "USD", "RUB"),
    per: fc.constantFrom(...PAY_PERIODS),
  });
  return fc.oneof(
    rate.map((r) => ({ rate: r })),
    label.map((parity) => ({ parity })),
    fc.tuple(rate, label).map(([r, parity]) => ({ rate: r, parity })),
  );
}

function countedFromArbitrary(): fc.Arbitrary<CountedFrom> {
  return fc.oneof(
    fc.constantFrom("start" as const, "signed" as const),
    fc.record({ event: fc.constant("arrival at the unit"), on: partialDateArbitrary({ minYear: 2000, maxYear: 2030 }) }),
  );
}

function alternativeArbitrary(): fc.Arbitrary<AlternativeRequirement> {
  return fc.record({ requiredService: serviceDurationArbitrary(), when: fc.constantFrom(...CONDITIONS) });
}

/**
 * Clauses of every kind.
 *
 * @returns an arbitrary of values that pass `ClauseSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { clauseArbitrary } from "musterroll/testing";
 * fc.sample(clauseArbitrary(), 1); // e.g. [{ kind: "probation", length: "P3M" }]
 * ```
 */
export function clauseArbitrary(): fc.Arbitrary<Clause> {
  const d = serviceDurationArbitrary();
  const basis = fc.option(
    fc.record({ text: fc.constant("a law"), inForce: partialDateArbitrary({ minYear: 2000, maxYear: 2030 }) }),
    { nil: undefined },
  );
  const withBasis = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    fc.tuple(arb, basis).map(([c, b]) => (b === undefined ? c : { ...c, basis: b }));
  return fc.oneof(
    withBasis(terminationClauseArbitrary()),
    d.map((length) => ({ kind: "probation" as const, length })),
    fc.record({ length: d, shortest: fc.option(d, { nil: undefined }), max: fc.option(fc.nat(5), { nil: undefined }) }).map(({ length, shortest, max }) => ({
      kind: "renewal" as const, length, ...(shortest === undefined ? {} : { shortest }), ...(max === undefined ? {} : { max }),
    })),
    label.map((w) => ({ kind: "payParity" as const, with: w })),
    withBasis(eligibilityClauseArbitrary()),
    fc.constantFrom("foreigners may sign only one contract", "may not serve abroad").map((text) => ({ kind: "restriction" as const, text })),
  );
}

/**
 * Termination clauses.
 *
 * @returns an arbitrary of values that pass `TerminationClauseSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { terminationClauseArbitrary } from "musterroll/testing";
 * fc.sample(terminationClauseArbitrary(), 1);
 * ```
 */
export function terminationClauseArbitrary(): fc.Arbitrary<Extract<Clause, { kind: "termination" }>> {
  return fc
    .record({
      by: fc.constantFrom(...PARTIES),
      minService: serviceDurationArbitrary(),
      continuous: fc.boolean(),
      countedFrom: countedFromArbitrary(),
      notice: fc.option(serviceDurationArbitrary(), { nil: undefined }),
    })
    .map(({ notice, ...c }) => ({ kind: "termination" as const, ...c, ...(notice === undefined ? {} : { notice }) }));
}

/**
 * Eligibility clauses, with and without a known requirement, resets and alternatives.
 *
 * @returns an arbitrary of values that pass `EligibilityClauseSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { eligibilityClauseArbitrary } from "musterroll/testing";
 * fc.sample(eligibilityClauseArbitrary(), 1);
 * ```
 */
export function eligibilityClauseArbitrary(): fc.Arbitrary<Extract<Clause, { kind: "eligibility" }>> {
  return fc
    .record({
      benefit: fc.constantFrom(...BENEFITS),
      requiredService: fc.option(serviceDurationArbitrary(), { nil: undefined }),
      countedFrom: countedFromArbitrary(),
      resetsOn: fc.uniqueArray(fc.constantFrom(...RESET_TRIGGERS), { maxLength: 3 }),
      alternatives: fc.array(alternativeArbitrary(), { maxLength: 2 }),
    })
    .map(({ requiredService, ...c }) => ({ kind: "eligibility" as const, ...c, ...(requiredService === undefined ? {} : { requiredService }) }));
}

/**
 * Contracts: every field form, partial dates of every precision, `signed` never after `start`.
 *
 * @returns an arbitrary of values that pass `ContractSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { contractArbitrary } from "musterroll/testing";
 * fc.sample(contractArbitrary(), 1);
 * ```
 */
export function contractArbitrary(): fc.Arbitrary<Contract> {
  const date = partialDateArbitrary({ minYear: 2000, maxYear: 2030 });
  return fc
    .record({
      id: fc.constantFrom("c1", "c2", "c3"),
      person: fc.constantFrom("p1", "p2"),
      employer: employerArbitrary(),
      category: fc.constantFrom(...CONTRACT_CATEGORIES),
      signed: fc.option(date, { nil: undefined }),
      start: fc.option(date, { nil: undefined, freq: 8 }),
      term: fc.option(termArbitrary(), { nil: undefined }),
      pay: fc.option(payArbitrary(), { nil: undefined }),
      clauses: fc.array(clauseArbitrary(), { maxLength: 4 }),
    })
    .map(({ signed, term, pay, start, ...c }) => ({
      ...c,
      ...(start === undefined ? {} : { start }),
      ...(signed === undefined || (start !== undefined && comparePartialDates(signed, start) === "after") ? {} : { signed }),
      ...(term === undefined ? {} : { term }),
      ...(pay === undefined ? {} : { pay }),
    }));
}

/**
 * Service spells: a contract and/or unit, a start, an end not before it (or none), a reason.
 *
 * @returns an arbitrary of values that pass `ServiceSpellSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { serviceSpellArbitrary } from "musterroll/testing";
 * fc.sample(serviceSpellArbitrary(), 1);
 * ```
 */
export function serviceSpellArbitrary(): fc.Arbitrary<ServiceSpell> {
  return fc
    .record({
      contractId: fc.option(fc.constantFrom("c1", "c2", "c3"), { nil: undefined }),
      unit: fc.option(word, { nil: undefined }),
      from: partialDateArbitrary({ minYear: 2000, maxYear: 2030 }),
      to: fc.option(partialDateArbitrary({ minYear: 2000, maxYear: 2030 }), { nil: undefined }),
      reason: fc.constantFrom(...SPELL_REASONS),
    })
    .map(({ contractId, unit, to, ...s }) => ({
      ...s,
      ...(contractId === undefined ? {} : { contractId }),
      ...(unit === undefined ? {} : { unit }),
      ...(to === undefined || comparePartialDates(s.from, to) === "after" ? {} : { to }),
    }));
}

/**
 * Service records as they occur: consecutive spells of day precision, some with gaps (breaks in
 * service), some starting with a transfer or a new contract, the last one perhaps still open.
 *
 * @param options - `contractIds` to draw from (default c1–c3).
 * @returns an arbitrary of values that pass `ServiceRecordSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { serviceRecordArbitrary } from "musterroll/testing";
 * fc.sample(serviceRecordArbitrary(), 1);
 * ```
 */
export function serviceRecordArbitrary(options: { readonly contractIds?: readonly string[] } = {}): fc.Arbitrary<ServiceRecord> {
  const ids = options.contractIds ?? ["c1", "c2", "c3"];
  const piece = fc.record({
    gap: fc.constantFrom(0, 0, 0, 1, 30),
    length: fc.integer({ min: 1, max: 900 }),
    contractId: fc.constantFrom(...ids),
    reason: fc.constantFrom(...SPELL_REASONS),
  });
  return fc
    .tuple(calendarDateArbitrary({ minYear: 2015, maxYear: 2026 }), fc.array(piece, { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([first, pieces, open]) => spellsFrom(first, pieces, open));
}

function spellsFrom(
  first: string,
  pieces: readonly { gap: number; length: number; contractId: string; reason: ServiceSpell["reason"] }[],
  open: boolean,
): ServiceRecord {
  let day = toEpochDay(first);
  return pieces.map((p, i) => {
    const from = day + p.gap;
    const to = from + p.length - 1;
    day = to + 1;
    const last = i === pieces.length - 1 && open;
    return { contractId: p.contractId, from: fromEpochDay(from), ...(last ? {} : { to: fromEpochDay(to) }), reason: p.reason };
  });
}

/**
 * Regimes built from the arbitraries above.
 *
 * @returns an arbitrary of values that pass `RegimeSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { regimeArbitrary } from "musterroll/testing";
 * fc.sample(regimeArbitrary(), 1);
 * ```
 */
export function regimeArbitrary(): fc.Arbitrary<Regime> {
  return fc.record({
    id: fc.constantFrom("r1", "r2"),
    country: fc.constantFrom("UA", "FR", "RU", "US"),
    name: fc.constant("a regime"),
    category: fc.constantFrom(...CONTRACT_CATEGORIES),
    asOf: partialDateArbitrary({ minYear: 2000, maxYear: 2030 }),
    terms: fc.record({ first: serviceDurationArbitrary(), shortest: serviceDurationArbitrary() }, { requiredKeys: [] }),
    clauses: fc.array(clauseArbitrary(), { maxLength: 3 }),
    summary: fc.constant("rules in brief"),
  });
}

/**
 * Values of term mentions.
 *
 * @returns an arbitrary of values that pass `TermMentionValueSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { termMentionValueArbitrary } from "musterroll/testing";
 * fc.sample(termMentionValueArbitrary(), 1);
 * ```
 */
export function termMentionValueArbitrary(): fc.Arbitrary<TermMentionValue> {
  return fc.record({ term: termArbitrary(), bound: fc.constantFrom("exact" as const, "at-most" as const, "at-least" as const), initial: fc.boolean() });
}

/**
 * Sentences that state one clause, with the clause `findClauses` must read from them: lengths
 * written by the common duration phrase formatter, in words or digits, in varied wording.
 *
 * @returns an arbitrary of `{ text, value }`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { clauseTextArbitrary } from "musterroll/testing";
 * fc.sample(clauseTextArbitrary(), 1); // e.g. [{ text: "They may end their contract after 18 months of continuous service.", value: { kind: "termination", ... } }]
 * ```
 */
export function clauseTextArbitrary(): fc.Arbitrary<TextCase<Clause>> {
  const length = fc.tuple(serviceDurationValue(), fc.constantFrom("words" as const, "digits" as const)).map(([d, numbers]) => ({
    phrase: formatDurationPhrase(d, { numbers }),
    iso: formatIsoDuration(d),
  }));
  const subject = fc.constantFrom("They", "Foreign volunteers", "Recruits", "A legionnaire");
  const verb = fc.constantFrom("terminate", "end", "break", "cancel");
  const termination = fc.tuple(subject, verb, length, fc.boolean(), fc.boolean()).map(([s, v, l, continuous, only]) => ({
    text: `${s} can ${v} their contract ${only ? "only " : ""}after ${l.phrase} of ${continuous ? "continuous " : ""}service.`,
    value: { kind: "termination" as const, by: "member" as const, minService: l.iso, continuous, countedFrom: "start" as const },
  }));
  const probation = fc.tuple(subject, length).map(([s, l]) => ({
    text: `${s} serve a probation period of ${l.phrase}.`,
    value: { kind: "probation" as const, length: l.iso },
  }));
  const parity = fc.tuple(subject, fc.constantFrom("salary", "pay", "allowance"), label).map(([s, p, group]) => ({
    text: `${s} receive the same ${p} as ${group}, officials said.`,
    value: { kind: "payParity" as const, with: group },
  }));
  const eligibility = fc.tuple(subject, length).map(([s, l]) => ({
    text: `${s} may apply for citizenship after ${l.phrase} of service.`,
    value: { kind: "eligibility" as const, benefit: "citizenship" as const, requiredService: l.iso, countedFrom: "start" as const, resetsOn: [], alternatives: [] },
  }));
  return fc.oneof(termination, probation, parity, eligibility);
}

