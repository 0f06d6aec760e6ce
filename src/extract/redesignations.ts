// Redesignations: a unit goes on as another ("the Azov Regiment was renamed the 12th Special
// Forces Brigade", "redesignated as", "reorganized into", "became the 3rd Army Corps").
import type { Token } from "../common/index.js";
import type { WrittenUnit } from "./owner.js";
import { ownsWhatFollows } from "./unit-lists.js";
import { REDESIGNATE_CUES } from "./vocabulary.js";

// what may stand between the cue and the unit it names: "renamed as the", "reorganized into a"
const LINKS: ReadonlySet<string> = new Set(["as", "into", "to", "the", "a", "an", "new"]);
const MAX_LINKS = 3;

/**
 * The redesignation a sentence states: its cue and the unit the subject goes on as, named right
 * after the cue (past "as", "into", "to" and articles). "Became" counts only before a unit ("became
 * the 3rd Army Corps", not "became part of"); a cue with no unit after it ("expanded into a
 * corps") states none, nor does a unit that owns what follows ("became the 5th Battalion's reserve").
 */
export function readRedesignation(text: string, tokens: readonly Token[], units: readonly WrittenUnit[], isFree: (i: number) => boolean): { cue: Token; to: WrittenUnit } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i] as Token;
    if (!REDESIGNATE_CUES.has(cue.lower) || !isFree(i)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + MAX_LINKS && LINKS.has((tokens[k] as Token).lower)) k++;
    const at = tokens[k];
    const to = at && units.find((u) => u.start === at.start);
    // "became the 5th Battalion's reserve" names no new designation
    if (to !== undefined && !ownsWhatFollows(text, to)) return { cue, to };
  }
  return undefined;
}
