import { compareDurations, toInterval } from "../common/index.js";
import type { Regime } from "./regimes.js";
import type { Contract } from "./schema.js";

/** The longest an earliest-of term can run: its shortest length; `undefined` for any other term or none. */
function longestRun(term: Contract["term"], at: string): string | undefined {
  if (typeof term !== "object" || !("earliestOf" in term)) return undefined;
  let shortest: string | undefined;
  for (const end of term.earliestOf) if (typeof end === "string" && (shortest === undefined || compareDurations(end, shortest, at) < 0)) shortest = end;
  return shortest;
}

/**
 * A problem with a contract that its schema cannot see: a term outside what its regime allows, a
 * category the regime is not for, a probation or minimum service that does not fit in the term.
 * Keyed by `code`; `path` points at the field, `message` names the value and the rule.
 *
 * @example
 * ```ts
 * import type { ContractIssue } from "musterroll/contract";
 * const issue: ContractIssue = { code: "term_too_long", path: ["term"], message: "term P12Y is longer than the regime's longest, P10Y" };
 * ```
 */
export type ContractIssue =
  | ContractIssueOf<"term_too_short" | "term_too_long", readonly ["term"]>
  | ContractIssueOf<"category_mismatch", readonly ["category"]>
  | ContractIssueOf<"probation_exceeds_term", readonly ["clauses", number, "length"]>
  | ContractIssueOf<"min_service_exceeds_term", readonly ["clauses", number, "minService"]>;

/**
 * The shape of every {@link ContractIssue}: a code, the path of the field, a message.
 *
 * @typeParam C - the codes.
 * @typeParam P - the path.
 * @example
 * ```ts
 * import type { ContractIssueOf } from "musterroll/contract";
 * const issue: ContractIssueOf<"term_too_long", readonly ["term"]> = { code: "term_too_long", path: ["term"], message: "…" };
 * ```
 */
export interface ContractIssueOf<C extends string, P extends readonly (string | number)[]> {
  /** Which rule is broken. */
  readonly code: C;
  /** Where in the contract. */
  readonly path: P;
  /** The value and the rule, in words. */
  readonly message: string;
}

/**
 * Checks a (schema-valid) contract for problems between its fields, and against a regime when one
 * is given. An empty array means none were found. An earliest-of term ("three years or until the
 * end of martial law, whichever comes first") may end any day, so it is never too short; its
 * shortest length is the longest it can run, and is checked as the term's length otherwise.
 *
 * @param contract - a contract that passed {@link musterroll!ContractSchema | ContractSchema}.
 * @param regime - the regime it is meant to follow, if any.
 * @returns the issues, in field order.
 * @example
 * ```ts
 * import { checkContract, contractUnder, UKRAINE_FOREIGN_VOLUNTEERS } from "musterroll/contract";
 * const c = contractUnder(UKRAINE_FOREIGN_VOLUNTEERS, { id: "c1", person: "p1", employer: { unit: "u1" }, start: "2024-06-01", term: "P12Y" });
 * checkContract(c, UKRAINE_FOREIGN_VOLUNTEERS)[0]?.code; // "term_too_long"
 * ```
 */
export function checkContract(contract: Contract, regime?: Regime): ContractIssue[] {
  const issues: ContractIssue[] = [];
  // lengths in years and months compare the same from any day but for a few days at month ends
  const at = toInterval(contract.start ?? contract.signed ?? "2001").start;
  const exact = typeof contract.term === "string" && contract.term !== "indefinite" ? contract.term : undefined;
  // an earliest-of may end any day its event comes, so only its shortest length bounds it, from above
  const term = exact ?? longestRun(contract.term, at);
  if (regime !== undefined && contract.category !== regime.category) {
    issues.push({ code: "category_mismatch", path: ["category"], message: `category ${contract.category} is not ${regime.category}, the category of ${regime.id}` });
  }
  if (regime !== undefined && term !== undefined) {
    const { shortest, longest } = regime.terms;
    if (shortest !== undefined && exact !== undefined && compareDurations(term, shortest, at) < 0) {
      issues.push({ code: "term_too_short", path: ["term"], message: `term ${term} is shorter than ${regime.id}'s shortest, ${shortest}` });
    }
    if (longest !== undefined && compareDurations(term, longest, at) > 0) {
      const what = exact === undefined ? `term may run ${term}, which` : `term ${term}`;
      issues.push({ code: "term_too_long", path: ["term"], message: `${what} is longer than ${regime.id}'s longest, ${longest}` });
    }
  }
  if (term === undefined) return issues;
  const named = exact === undefined ? `the longest the term can run, ${term}` : `the term ${exact}`;
  contract.clauses.forEach((clause, i) => {
    if (clause.kind === "probation" && compareDurations(clause.length, term, at) >= 0) {
      issues.push({ code: "probation_exceeds_term", path: ["clauses", i, "length"], message: `probation ${clause.length} is not shorter than ${named}` });
    }
    if (clause.kind === "termination" && compareDurations(clause.minService, term, at) >= 0) {
      issues.push({
        code: "min_service_exceeds_term",
        path: ["clauses", i, "minService"],
        message: `minimum service ${clause.minService} is not shorter than ${named}: the clause never applies`,
      });
    }
  });
  return issues;
}
