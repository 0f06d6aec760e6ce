/**
 * The words the contract domain knows: the categories, parties, events and benefits of the schema,
 * and the cue words {@link findClauses} reads. One table per concept; every parser in `contract/`
 * reads these tables and nothing else. Number words and duration units are not here: they belong
 * to the common duration phrase parser.
 */

/**
 * Kinds of service a contract can be for.
 *
 * @example
 * ```ts
 * import { CONTRACT_CATEGORIES } from "musterroll/contract";
 * CONTRACT_CATEGORIES.includes("foreign-volunteer"); // true
 * ```
 */
export const CONTRACT_CATEGORIES = ["foreign-volunteer", "contract", "conscript", "reservist", "private-military"] as const;

/**
 * Who may end a contract under a termination clause.
 *
 * @example
 * ```ts
 * import { PARTIES } from "musterroll/contract";
 * PARTIES; // ["member", "employer", "either"]
 * ```
 */
export const PARTIES = ["member", "employer", "either"] as const;

/**
 * The events an open-ended term can run until.
 *
 * @example
 * ```ts
 * import { TERM_EVENTS } from "musterroll/contract";
 * TERM_EVENTS.includes("demobilization"); // true
 * ```
 */
export const TERM_EVENTS = ["demobilization", "end-of-martial-law", "end-of-hostilities", "other"] as const;

/**
 * What an eligibility clock leads to. `unspecified` is for text that names a clock but not its
 * benefit ("the counter reset after the transfer").
 *
 * @example
 * ```ts
 * import { BENEFITS } from "musterroll/contract";
 * BENEFITS.includes("citizenship"); // true
 * ```
 */
export const BENEFITS = ["citizenship", "residence", "pension", "other", "unspecified"] as const;

/**
 * Service-record events that restart an eligibility clock.
 *
 * @example
 * ```ts
 * import { RESET_TRIGGERS } from "musterroll/contract";
 * RESET_TRIGGERS.includes("transfer"); // true
 * ```
 */
export const RESET_TRIGGERS = ["transfer", "new-contract", "break-in-service"] as const;

/**
 * Circumstances under which a shorter (alternative) eligibility requirement applies.
 *
 * @example
 * ```ts
 * import { CONDITIONS } from "musterroll/contract";
 * CONDITIONS.includes("martial-law"); // true
 * ```
 */
export const CONDITIONS = ["martial-law", "hostilities", "mobilization", "other"] as const;

/**
 * Why a span of service in a service record began.
 *
 * @example
 * ```ts
 * import { SPELL_REASONS } from "musterroll/contract";
 * SPELL_REASONS.includes("transfer"); // true
 * ```
 */
export const SPELL_REASONS = ["enlistment", "transfer", "new-contract", "renewal", "return", "other"] as const;

/**
 * The periods a rate of pay is quoted per.
 *
 * @example
 * ```ts
 * import { PAY_PERIODS } from "musterroll/contract";
 * PAY_PERIODS.includes("month"); // true
 * ```
 */
export const PAY_PERIODS = ["hour", "day", "week", "month", "year", "contract"] as const;

/** Verbs that end a contract ("terminate their contract", "leave after six months"). */
export const TERMINATION_VERBS: ReadonlySet<string> = new Set([
  "terminate", "terminates", "terminated", "terminating", "end", "ends", "ended", "ending", "leave", "leaves",
  "quit", "quits", "break", "breaks", "cancel", "cancels", "cancelled", "canceled", "rescind", "rescinds", "exit",
  "resign", "resigns", "withdraw", "withdraws",
]);

/** Termination verbs that need no object ("they may leave after six months"). */
export const LEAVING_VERBS: ReadonlySet<string> = new Set(["leave", "leaves", "quit", "quits", "resign", "resigns", "exit", "withdraw", "withdraws"]);

/** Negations before a termination verb that turn "before" into a minimum ("cannot leave before six months"). */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "cannot", "can't", "can\u2019t"]);

/** Words before a termination verb that make the employer, not the member, the one who ends it. */
export const EMPLOYER_WORDS: ReadonlySet<string> = new Set([
  "commander", "commanders", "command", "employer", "employers", "ministry", "army", "unit", "units", "company",
]);

/** Adjectives that make a service requirement continuous. */
export const CONTINUITY_WORDS: ReadonlySet<string> = new Set(["continuous", "uninterrupted", "consecutive", "unbroken"]);

/** Nouns for pay ("the same salary as …"). */
export const PAY_WORDS: ReadonlySet<string> = new Set([
  "salary", "salaries", "pay", "wage", "wages", "allowance", "allowances", "remuneration", "compensation", "money",
]);

/** Words that close a noun phrase ("… as Ukrainian soldiers, but …"). */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  "but", "and", "or", "who", "which", "that", "while", "whereas", "although", "though", "except", "with", "if",
  "when", "because", "since", "after", "before", "plus",
]);

/** Words for a probation period. */
export const PROBATION_WORDS: ReadonlySet<string> = new Set(["probation", "probationary", "trial"]);

/** Verbs that renew a contract. */
export const RENEWAL_VERBS: ReadonlySet<string> = new Set([
  "renew", "renews", "renewed", "renewable", "extend", "extends", "extended", "extendable", "extensible", "prolong",
  "prolonged", "prolongs",
]);

/** Words naming a benefit an eligibility clock leads to. */
export const BENEFIT_WORDS: ReadonlyMap<string, (typeof BENEFITS)[number]> = new Map([
  ["citizenship", "citizenship"], ["nationality", "citizenship"], ["naturalisation", "citizenship"],
  ["naturalization", "citizenship"], ["naturalise", "citizenship"], ["naturalize", "citizenship"],
  ["naturalised", "citizenship"], ["naturalized", "citizenship"], ["passport", "citizenship"],
  ["residence", "residence"], ["residency", "residence"], ["pension", "pension"], ["pensions", "pension"],
  ["retirement", "pension"],
]);

/** Nouns for an eligibility clock ("the counter reset"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(["counter", "clock", "countdown", "count", "tally", "timer"]);

/** Verbs for a clock going back to zero. */
export const RESET_VERBS: ReadonlySet<string> = new Set([
  "reset", "resets", "resetting", "restart", "restarts", "restarted", "restarting", "zeroed",
]);

/** Words in a reset sentence that name what caused the reset. */
export const RESET_CAUSE_WORDS: ReadonlyMap<string, (typeof RESET_TRIGGERS)[number]> = new Map([
  ["transfer", "transfer"], ["transfers", "transfer"], ["transferred", "transfer"], ["transferring", "transfer"],
  ["reassignment", "transfer"], ["reassigned", "transfer"], ["move", "transfer"], ["moves", "transfer"],
  ["moved", "transfer"], ["moving", "transfer"], ["switch", "transfer"], ["switches", "transfer"], ["switched", "transfer"],
  ["break", "break-in-service"],
  ["gap", "break-in-service"], ["interruption", "break-in-service"],
]);

/**
 * Words for a contract, the anchor of term phrases ("three-year contracts").
 *
 * @example
 * ```ts
 * import { CONTRACT_WORDS } from "musterroll/contract";
 * CONTRACT_WORDS.has("enlistment"); // true
 * ```
 */
export const CONTRACT_WORDS: ReadonlySet<string> = new Set(["contract", "contracts", "enlistment", "enlistments"]);

/** Adjectives that may stand between a term and "contract" ("a five-year initial contract"). */
export const CONTRACT_ADJECTIVES: ReadonlySet<string> = new Set([
  "initial", "first", "new", "fresh", "renewed", "service", "military", "army", "fixed-term", "standard", "minimum",
  "further", "second", "subsequent",
]);

/** Adjectives that mark a first contract. */
export const INITIAL_WORDS: ReadonlySet<string> = new Set(["initial", "first"]);

/** Words naming the event an open-ended term runs until ("until the end of mobilisation"). */
export const TERM_EVENT_WORDS: ReadonlyMap<string, (typeof TERM_EVENTS)[number]> = new Map([
  ["mobilisation", "demobilization"], ["mobilization", "demobilization"], ["demobilisation", "demobilization"],
  ["demobilization", "demobilization"], ["hostilities", "end-of-hostilities"], ["war", "end-of-hostilities"],
  ["fighting", "end-of-hostilities"], ["conflict", "end-of-hostilities"],
]);

/**
 * Words that make a list of a term's ends the earliest of them: "whichever comes first", "whichever
 * is sooner", "or until martial law ends, if earlier".
 */
export const EARLIEST_WORDS: ReadonlySet<string> = new Set(["first", "sooner", "earlier", "earliest", "soonest", "shorter", "shortest"]);

/** Words that make a list of ends the latest of them ("whichever comes later"): no earliest-of. */
export const LATEST_WORDS: ReadonlySet<string> = new Set(["last", "later", "latest", "longer", "longest"]);

/** Words that say a term has no end ("an open-ended contract"). */
export const INDEFINITE_WORDS: ReadonlySet<string> = new Set(["indefinite", "open-ended", "permanent", "unlimited"]);

/** Modal phrases of a prohibition ("may not", "are barred from"), as word pairs. */
export const PROHIBITION_PAIRS: ReadonlySet<string> = new Set([
  "may not", "must not", "cannot", "can not", "not allowed", "not permitted", "prohibited from", "barred from",
  "forbidden to", "forbidden from", "may only", "can only", "only one",
]);
