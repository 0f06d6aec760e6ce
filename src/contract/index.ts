/**
 * Contracts: find clauses and terms in text, format clauses, answer "when may this volunteer
 * leave?" with the term, termination and eligibility rules, check contracts, and the regime fixtures.
 * The contract schemas are in the root entry, `musterroll`.
 *
 * @module musterroll/contract
 */
export {
  CONTRACT_CATEGORIES, CONTRACT_WORDS, PARTIES, TERM_EVENTS, BENEFITS, RESET_TRIGGERS, CONDITIONS, SPELL_REASONS, PAY_PERIODS,
} from "./vocabulary.js";
export type { DateAnswer, DayRange, KnownDate } from "./dates.js";
export * from "./rules.js";
export * from "./parse.js";
export * from "./format.js";
export * from "./regimes.js";
export * from "./check.js";
