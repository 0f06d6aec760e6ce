/**
 * Words just before a year-less date that say it comes after the narrative's last date ("an
 * extension until February 15" after "November 1, 2025" is 2026-02-15).
 */
export const FORWARD_CUES: ReadonlySet<string> = new Set([
  "until", "till", "til", "through", "by", "to", "later", "next", "extended", "extension", "postponed", "deadline", "following", "before",
]);

/** Words that make a bare four-digit number a year in running text ("in 2023", "since 2022", "by 2025"). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  "in", "since", "until", "till", "by", "before", "after", "during", "of", "from", "through", "year", "around", "circa", "and", "to", "between",
]);

/** Units a narrative step counts in ("two months later"), with the precision of the date it gives. */
export const RELATIVE_UNITS: Readonly<Record<string, "day" | "month" | "year">> = {
  day: "day", days: "day", week: "day", weeks: "day", month: "month", months: "month", year: "year", years: "year",
};

/** Function words that never name what a quantity counts ("four of them", "one in ten"). */
export const NOT_A_COUNT_NOUN: ReadonlySet<string> = new Set([
  "of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "was", "were",
  "are", "be", "been", "had", "has", "have", "who", "which", "that", "than", "this", "these", "those", "it", "its", "they",
  "he", "she", "we", "you", "his", "her", "their", "our", "per", "more", "less", "other", "others", "times", "percent",
]);
