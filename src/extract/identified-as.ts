// "Three volunteers serving with the 59th Brigade were killed. They were identified as X, 34, and
// Y, 27": the people a sentence names as the members of the group the sentence before spoke of.
import { tokenize, type Token } from "../common/index.js";
import { countriesForName, countriesForNationality, pickCountry } from "../personnel/index.js";
import type { WrittenUnit } from "./owner.js";
import { firstAfter } from "./positions.js";
import { idOf, source, type Context } from "./registry.js";
import type { Described } from "./served-with.js";

const NAMING = new Set(["identified", "named"]);
const AUXILIARIES = new Set(["were", "been", "are"]);
// Plural nouns for people that a report counts and then names: "Two U.S. citizens", "the dead".
const GROUP_NOUNS = new Set([
  "volunteers", "soldiers", "fighters", "servicemen", "troops", "men", "women", "citizens", "nationals",
  "marines", "paratroopers", "recruits", "mercenaries", "veterans", "foreigners", "dead", "victims",
]);
// Words between a group's count and its noun that tell no nationality: "three foreign volunteers".
const NOT_NATIONAL = new Set(["foreign", "other", "more", "former", "young", "fellow"]);
// How far into a sentence the naming may stand, so a long sentence costs a bounded read.
const OPENING = 8;

/**
 * Gives the people a sentence names as a group the unit and the nationality of the group the
 * sentence before spoke of: "Two U.S. citizens serving with the 59th Brigade were killed. They
 * were identified as Daniel Reyes, 31, and Kyle Martin, 26." The naming sentence must open with
 * "They" or "The …" and "were identified (named) as"; the group is the first plural noun for
 * people in the sentence before ("volunteers", "citizens", or a nationality such as "Americans"),
 * its nationality the word before that noun, and its unit the one unit written in that sentence.
 * What a person's own description says is kept; what is given here is marked `inferred`.
 */
export function identifiedAs(ctx: Context, written: readonly WrittenUnit[], described: readonly Described[]): void {
  const units = written.filter((u) => u.parent !== true);
  let d = 0;
  ctx.sentences.forEach((span, si) => {
    while (d < described.length && (described[d] as Described).sentence < si) d++;
    const previous = ctx.sentences[si - 1];
    if (previous === undefined || described[d]?.sentence !== si) return;
    const tokens = tokenize(ctx.text, span.start, Math.min(span.end, span.start + 200));
    const as = namingAt(tokens);
    if (as === undefined) return;
    const named: Described[] = [];
    for (let k = d; k < described.length && (described[k] as Described).sentence === si; k++) {
      const p = described[k] as Described;
      const gap = ctx.text.slice(named.at(-1)?.end ?? as.end, p.start);
      if (!/^[\s,;]*(?:and\s+)?$/.test(gap)) break;
      named.push(p);
    }
    if (named.length === 0) return;
    const group = groupIn(ctx.text, previous.start, previous.end);
    if (group === undefined) return;
    // the one unit the sentence before names (walked from its first, so a long report stays linear)
    let unit: WrittenUnit | undefined;
    for (let k = firstAfter(units, previous.start - 1); k < units.length && (units[k] as WrittenUnit).start < previous.end; k++) {
      const u = units[k] as WrittenUnit;
      if (unit !== undefined && u.key !== unit.key) {
        unit = undefined;
        break;
      }
      unit = u;
    }
    for (const p of named) {
      if (unit !== undefined && p.draft.unit === undefined) {
        (p.draft as { unit?: string }).unit = idOf(ctx, unit.key);
        p.draft.sources.push(source(ctx, "$.unit", unit.start, unit.end, true));
      }
      const nationalities = p.draft.record.nationalities as string[];
      if (group.country !== undefined && nationalities.length === 0) {
        nationalities.push(group.country);
        p.draft.sources.push(source(ctx, "$.record.nationalities[0]", group.start, group.end, true));
      }
    }
  });
}

/** The token "as" of "They were identified as", "The dead have been named as", near a sentence's opening. */
function namingAt(tokens: readonly Token[]): Token | undefined {
  const opener = tokens[0]?.lower;
  if (opener !== "they" && opener !== "the") return undefined;
  for (let k = 2; k < Math.min(tokens.length - 1, OPENING); k++) {
    const t = tokens[k] as Token;
    if (NAMING.has(t.lower) && tokens[k + 1]?.lower === "as" && AUXILIARIES.has(tokens[k - 1]?.lower ?? "")) {
      // "The dead", "The two men": a group noun for people before the verb
      if (opener === "the" && !tokens.slice(1, k - 1).some((w) => GROUP_NOUNS.has(w.lower))) return undefined;
      return tokens[k + 1];
    }
  }
  return undefined;
}

/** The first group of people the sentence from `start` to `end` speaks of, and its country when it tells one. */
function groupIn(text: string, start: number, end: number): { country?: string; start: number; end: number } | undefined {
  const tokens = tokenize(text, start, Math.min(end, start + 400));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "Two Americans", "three Britons": a nationality's plural is the group and tells its country
    const own = t.kind === "word" && t.text[0] !== t.lower[0] && t.lower.endsWith("s") ? pickCountry(countriesForNationality(t.text)) : undefined;
    if (own !== undefined) return { country: own, start: t.start, end: t.end };
    if (!GROUP_NOUNS.has(t.lower)) continue;
    // "Two U.S. citizens", "three Colombian volunteers": the word before names the country
    const before = text.slice(start, t.start).trimEnd();
    const word = before.slice(before.lastIndexOf(" ") + 1);
    const country = NOT_NATIONAL.has(word.toLowerCase()) ? undefined : pickCountry([...countriesForNationality(word), ...countriesForName(word)]);
    return country === undefined ? { start: t.start, end: t.end } : { country, start: start + before.length - word.length, end: t.end };
  }
  return undefined;
}
