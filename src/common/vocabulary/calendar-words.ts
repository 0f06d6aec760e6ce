// The month and weekday words the calendar readers know, as one table each. Kept apart from
// months.ts so that a finder can list every word (the package exports only the look-ups).
import { MONTH_NAMES, WEEKDAY_NAMES } from "./month-names.js";

/** Month words in lower case: full names, three-letter forms, "sept", each also with its period. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const full = name.toLowerCase();
    const short = full.slice(0, 3);
    const words = [full, short, `${short}.`];
    if (full === "september") words.push("sept", "sept.");
    return words.map((w) => [w, i + 1] as const);
  }),
);

/** Weekday words in lower case, Monday = 0: full names and their short forms, without a period. */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i] as const),
  ["mon", 0], ["tue", 1], ["tues", 1], ["wed", 2], ["thu", 3], ["thur", 3], ["thurs", 3], ["fri", 4], ["sat", 5], ["sun", 6],
]);

