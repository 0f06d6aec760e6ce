// "Two battalions of the 72nd Brigade", "a company of the 3rd Battalion": a part of a unit the text
// does not name. What the sentence says happened to the part (disbanded, reassigned) did not
// happen to the unit after "of", so that unit is written down as the parent of an unnamed child.
import { ECHELONS, ECHELON_TABLE } from "../unit/index.js";

/** Single words that name a part of a unit, singular and plural ("battalion", "batteries", "units"). */
const PART_NOUNS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const e of ECHELONS) {
    const row = ECHELON_TABLE[e];
    // a team's "crew" and a company's "troop" also name a unit's people ("troops of the 3rd
    // Battalion were transferred"), which events read as people moved; above a corps the words
    // name authority or ground ("placed under the command of", "the front of")
    const rank = ECHELON_TABLE[e].rank;
    if (e !== "unspecified" && (rank < 2 || rank > ECHELON_TABLE.corps.rank)) continue;
    for (const w of [row.long, ...row.words]) {
      const lower = w.toLowerCase();
      if (lower.includes(" ") || lower === "troop") continue;
      words.add(lower);
      words.add(lower.endsWith("s") ? lower : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`);
    }
  }
  words.add("subunit").add("subunits");
  return words;
})();

const LOOK_BACK = 40;
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/**
 * Whether the unit written at `start` is the whole a part of it belongs to: "two battalions of the
 * 72nd Brigade", "a battery of the 45th Artillery Brigade", "units of the 20th Army". It reads the
 * words before `start` back to front, at most a few of them, so it stays linear.
 */
export function wholeOfPart(text: string, start: number): boolean {
  const floor = Math.max(0, start - LOOK_BACK);
  const words: string[] = [];
  let end = start;
  while (words.length < 3) {
    while (end > floor && (text[end - 1] as string).trim() === "") end--;
    let at = end;
    while (at > floor && isLetter(text[at - 1] as string)) at--;
    if (at === end) break;
    words.push(text.slice(at, end).toLowerCase());
    end = at;
  }
  const [last, second, third] = words;
  const noun = last === "the" && second === "of" ? third : last === "of" ? second : undefined;
  return noun !== undefined && PART_NOUNS.has(noun);
}
