import { z } from "zod";
import { CountryCodeSchema, PartialDateSchema } from "../common/index.js";
import {
  ClauseSchema, ContractSchema, EventTermSchema, ServiceDurationSchema,
  type Contract, type Employer,
} from "./schema.js";
import { CONTRACT_CATEGORIES } from "./vocabulary.js";

/**
 * The terms a regime allows: the first contract's length, the shortest and longest lengths of
 * any contract, and the event contracts are held until regardless of their length.
 *
 * @example
 * ```ts
 * import { RegimeTermsSchema } from "musterroll/contract";
 * RegimeTermsSchema.parse({ shortest: "P1Y", longest: "P10Y" });
 * ```
 */
export const RegimeTermsSchema = z.strictObject({
  /** The first contract's length. */
  first: ServiceDurationSchema.optional(),
  /** The shortest length allowed. */
  shortest: ServiceDurationSchema.optional(),
  /** The longest length allowed. */
  longest: ServiceDurationSchema.optional(),
  /** The event contracts are held until, whatever their length. */
  heldUntil: EventTermSchema.optional(),
});

/**
 * A country's rules for one kind of service contract, as a fixture: the terms allowed, the clauses
 * every such contract carries, and a summary in plain words. Fixtures state facts as reported; the
 * law changes, so check `asOf` before relying on one.
 *
 * @example
 * ```ts
 * import { RegimeSchema, UKRAINE_FOREIGN_VOLUNTEERS } from "musterroll/contract";
 * RegimeSchema.parse(UKRAINE_FOREIGN_VOLUNTEERS);
 * ```
 */
export const RegimeSchema = z.strictObject({
  /** The regime's identifier. */
  id: z.string().min(1),
  /** The country, ISO 3166-1 alpha-2. */
  country: CountryCodeSchema,
  /** A name. */
  name: z.string().min(1),
  /** The kind of service. */
  category: z.enum(CONTRACT_CATEGORIES),
  /** The date the facts are stated as of. */
  asOf: PartialDateSchema,
  /** The terms allowed. */
  terms: RegimeTermsSchema,
  /** The clauses every such contract carries. */
  clauses: z.array(ClauseSchema),
  /** The rules in plain words. */
  summary: z.string().min(1),
});

/**
 * A country's rules for one kind of service contract; see {@link RegimeSchema}.
 *
 * @example
 * ```ts
 * import type { Regime } from "musterroll/contract";
 * const id: Regime["id"] = "ua-foreign-volunteers";
 * ```
 */
export type Regime = z.infer<typeof RegimeSchema>;

/**
 * Ukraine, foreigners serving under contract in the Armed Forces. Terms of one to ten years. Since
 * the amended law took effect on 18 May 2024 a foreigner may end the contract after six months of
 * continuous service. Pay equals that of Ukrainian soldiers. Citizenship may be sought after three
 * years of service counted from the contract's entry into force, or one year under martial law; a
 * new contract (as a transfer to another unit brings) restarts that count.
 *
 * @example
 * ```ts
 * import { UKRAINE_FOREIGN_VOLUNTEERS, contractUnder, canTerminate } from "musterroll/contract";
 * const c = contractUnder(UKRAINE_FOREIGN_VOLUNTEERS, { id: "c1", person: "p1", employer: { unit: "legion" }, start: "2024-06-01", term: "P3Y" });
 * canTerminate(c, "2024-12-01").allowed; // true
 * ```
 */
export const UKRAINE_FOREIGN_VOLUNTEERS: Regime = {
  id: "ua-foreign-volunteers",
  country: "UA",
  name: "Ukraine: foreigners under contract in the Armed Forces",
  category: "foreign-volunteer",
  asOf: "2024-05-18",
  terms: { shortest: "P1Y", longest: "P10Y" },
  clauses: [
    {
      kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start",
      basis: { text: "amended law on military duty and service, provision on foreigners", inForce: "2024-05-18" },
    },
    { kind: "payParity", with: "Ukrainian soldiers" },
    {
      kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["new-contract"],
      alternatives: [{ requiredService: "P1Y", when: "martial-law" }],
    },
  ],
  summary:
    "Contracts of one to ten years. A foreigner may end the contract once six months of continuous service are done " +
    "(rule in force from 18 May 2024). Same pay as Ukrainian soldiers. Citizenship after three years counted from the " +
    "contract's entry into force, one year under martial law; a new contract starts the count again.",
};

/**
 * France, the Foreign Legion. The first contract runs five years; later contracts run six months to
 * five years. A legionnaire may request naturalisation after three years of service.
 *
 * @example
 * ```ts
 * import { FRENCH_FOREIGN_LEGION, contractUnder, endOfTerm } from "musterroll/contract";
 * endOfTerm(contractUnder(FRENCH_FOREIGN_LEGION, { id: "l1", person: "p1", employer: { unit: "legion" }, start: "2024-02-29" })).on; // "2029-02-28"
 * ```
 */
export const FRENCH_FOREIGN_LEGION: Regime = {
  id: "fr-foreign-legion",
  country: "FR",
  name: "France: the Foreign Legion",
  category: "foreign-volunteer",
  asOf: "2025",
  terms: { first: "P5Y", shortest: "P6M", longest: "P5Y" },
  clauses: [
    { kind: "renewal", length: "P5Y", shortest: "P6M" },
    {
      kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: [], alternatives: [],
      condition: "the right to request naturalisation, not to receive it",
    },
  ],
  summary:
    "A first contract of five years; later contracts of six months to five years. Naturalisation may be requested " +
    "after three years of service.",
};

/**
 * Russia, contract service during mobilisation. Contracts of up to one year with a three-month
 * probation, held in force until mobilisation ends whatever their stated length.
 *
 * @example
 * ```ts
 * import { RUSSIA_CONTRACT_SERVICE, contractUnder, canTerminate } from "musterroll/contract";
 * const c = contractUnder(RUSSIA_CONTRACT_SERVICE, { id: "r1", person: "p1", employer: { unit: "u1" }, start: "2023-01-10" });
 * canTerminate(c, "2025-01-10").allowed; // "unknown": depends on when mobilisation ends
 * ```
 */
export const RUSSIA_CONTRACT_SERVICE: Regime = {
  id: "ru-contract-service",
  country: "RU",
  name: "Russia: contract service during mobilisation",
  category: "contract",
  asOf: "2025",
  terms: { first: "P1Y", longest: "P1Y", heldUntil: { until: "demobilization" } },
  clauses: [{ kind: "probation", length: "P3M" }],
  summary:
    "Contracts of up to one year, with a three-month probation. While mobilisation lasts, contracts stay in force " +
    "until it ends, whatever length was signed.",
};

/**
 * United States, enlistment. Eight years of total obligation, split between active duty and the
 * reserve. Naturalisation after one year of honorable service.
 *
 * @example
 * ```ts
 * import { US_ENLISTMENT, contractUnder, endOfTerm } from "musterroll/contract";
 * endOfTerm(contractUnder(US_ENLISTMENT, { id: "u1", person: "p1", employer: { unit: "army" }, start: "2025-07-01" })).on; // "2033-07-01"
 * ```
 */
export const US_ENLISTMENT: Regime = {
  id: "us-enlistment",
  country: "US",
  name: "United States: enlistment",
  category: "contract",
  asOf: "2025",
  terms: { first: "P8Y", shortest: "P8Y", longest: "P8Y" },
  clauses: [
    { kind: "restriction", text: "the part of the eight-year obligation not served on active duty is served in the reserve" },
    {
      kind: "eligibility", benefit: "citizenship", requiredService: "P1Y", countedFrom: "start", resetsOn: [], alternatives: [],
      condition: "honorable service",
    },
  ],
  summary: "An eight-year total obligation, split between active duty and the reserve. Naturalisation after one year of honorable service.",
};

/**
 * Every regime fixture, by id.
 *
 * @example
 * ```ts
 * import { REGIMES } from "musterroll/contract";
 * REGIMES.map((r) => r.id); // ["ua-foreign-volunteers", "fr-foreign-legion", "ru-contract-service", "us-enlistment"]
 * ```
 */
export const REGIMES: readonly Regime[] = [UKRAINE_FOREIGN_VOLUNTEERS, FRENCH_FOREIGN_LEGION, RUSSIA_CONTRACT_SERVICE, US_ENLISTMENT];

/**
 * What {@link contractUnder} needs besides the regime.
 *
 * @example
 * ```ts
 * import type { ContractFields } from "musterroll/contract";
 * const fields: ContractFields = { id: "c1", person: "p1", employer: { unit: "u1" }, start: "2024-06" };
 * ```
 */
export interface ContractFields {
  /** Identifier of the contract. */
  readonly id: string;
  /** Identifier of the person. */
  readonly person: string;
  /** Who employs them. */
  readonly employer: Employer;
  /** Entry into force, when known. */
  readonly start?: string;
  /** Signature date. */
  readonly signed?: string;
  /** The term; default: the regime's event term, else its first-contract length. */
  readonly term?: Contract["term"];
}

/**
 * Builds a contract under a regime: its category and clauses, the term given or the regime's.
 *
 * @param regime - the regime.
 * @param fields - id, person, employer, start, and optionally signed and term.
 * @returns a valid contract.
 * @throws {z.ZodError} when the fields do not make a valid contract.
 * @example
 * ```ts
 * import { contractUnder, US_ENLISTMENT } from "musterroll/contract";
 * contractUnder(US_ENLISTMENT, { id: "u1", person: "p1", employer: { unit: "army" }, start: "2025-07-01" }).term; // "P8Y"
 * ```
 */
export function contractUnder(regime: Regime, fields: ContractFields): Contract {
  const term = fields.term ?? regime.terms.heldUntil ?? regime.terms.first;
  return ContractSchema.parse({
    ...fields,
    category: regime.category,
    clauses: regime.clauses,
    ...(term === undefined ? {} : { term }),
  });
}
