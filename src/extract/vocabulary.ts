/**
 * Words just before a year-less date that say it comes after the narrative's last date ("an
 * extension until February 15" after "November 1, 2025" is 2026-02-15).
 */
export const FORWARD_CUES: ReadonlySet<string> = new Set([
  "until", "till", "til", "through", "by", "to", "later", "next", "extended", "extension", "postponed", "deadline", "following", "before",
  "will", "scheduled", "planned", "expected", "due", "upcoming",
]);

/** Words a narrative step starts with: "that same day", "the next day", "a year later" (or a count: "two months later"). */
export const RELATIVE_STARTS: ReadonlySet<string> = new Set(["that", "the", "a", "an"]);

/** Units a narrative step counts in ("two months later"), with the precision of the date it gives. */
export const RELATIVE_UNITS: ReadonlyMap<string, "day" | "month" | "year"> = new Map([
  ["day", "day"], ["days", "day"], ["week", "day"], ["weeks", "day"], ["month", "month"], ["months", "month"], ["year", "year"], ["years", "year"],
]);

/** Function words that never name what a quantity counts ("four of them", "one in ten"). */
export const NOT_A_COUNT_NOUN: ReadonlySet<string> = new Set([
  "of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "was", "were",
  "are", "be", "been", "had", "has", "have", "who", "which", "that", "than", "this", "these", "those", "it", "its", "they",
  "he", "she", "we", "you", "his", "her", "their", "our", "per", "more", "less", "other", "others", "times", "percent",
]);

/** Words that say a unit came into being ("the unit created in February 2022"). */
export const ESTABLISH_CUES: ReadonlySet<string> = new Set(["created", "established", "formed", "founded", "raised", "activated", "creation", "establishment", "formation"]);

/** Words that say a unit ceased ("announced the dissolution of", "was disbanded"). */
export const DISSOLVE_CUES: ReadonlySet<string> = new Set(["dissolved", "dissolves", "dissolve", "dissolution", "disbanded", "disbands", "disband", "disbandment", "deactivated", "inactivated", "abolished", "abolishes"]);

/** Words that, with "into", say a unit ceased and its people joined another ("integrated into"). */
export const INTEGRATE_CUES: ReadonlySet<string> = new Set(["integrated", "absorbed", "merged", "folded", "incorporated", "integration"]);

/** Words that, with two units or more and the one they formed, say the units merged ("merged into", "the merger of"). */
export const MERGE_CUES: ReadonlySet<string> = new Set(["merged", "merge", "merger", "merging", "combined", "amalgamated", "amalgamation"]);

/** Words that, with the unit named right after them, say a unit goes on as another ("redesignated as", "became the"). */
export const REDESIGNATE_CUES: ReadonlySet<string> = new Set([
  "renamed", "redesignated", "reorganized", "reorganised", "converted", "transformed", "reformed", "reflagged", "upgraded", "expanded", "became",
]);

/** Words that say a unit was ordered to move or its people moved ("an order: pack your bags and move"). */
export const MOVE_CUES: ReadonlySet<string> = new Set(["move", "moved", "relocate", "relocated", "relocation", "redeploy", "redeployed", "transfer", "transferred", "transfers"]);

/** Words that say a deadline moved ("an extension until February 15"). */
export const EXTEND_CUES: ReadonlySet<string> = new Set(["extension", "extended", "postponed", "deferred", "prolonged"]);

/** Words that say a unit was put under another ("resubordinated to", "placed under"). */
export const RESUBORDINATE_CUES: ReadonlySet<string> = new Set(["resubordinated", "reassigned", "subordinated", "attached"]);

/** Words that end a clause: a hedge reaches back over its own clause only ("was not disbanded in 2024 but integrated …"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(["but", ";", ",", "while", "whereas", "although", "though"]);

/** Auxiliaries before a passive verb ("was disbanded", "got absorbed"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been", "be", "being", "got"]);

/** Forms of "become" ("became part of", "it became the 3rd Army Corps"). */
export const BECOME: ReadonlySet<string> = new Set(["became", "become", "becomes", "becoming"]);

/** Nouns that point back at a unit named earlier ("the battalion", "its troops", "the Legion"). */
export const UNIT_ANAPHORS: ReadonlySet<string> = new Set(["battalion", "regiment", "brigade", "company", "division", "unit", "legion", "corps"]);

/** Subject pronouns that stand for one person ("He was assigned to …", "He was 27."). */
export const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(["he", "she"]);
