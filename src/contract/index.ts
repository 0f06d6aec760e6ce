export {
  CONTRACT_CATEGORIES, PARTIES, TERM_EVENTS, BENEFITS, RESET_TRIGGERS, CONDITIONS, SPELL_REASONS, PAY_PERIODS,
} from "./vocabulary.js";
export * from "./schema.js";
export type { DateAnswer, DayRange } from "./dates.js";
export * from "./rules.js";
export * from "./parse.js";
export * from "./format.js";
export * from "./regimes.js";
export * from "./check.js";
