// "The 1st and 2nd Battalions fought near Bakhmut. They were disbanded in 2024.": a plural subject
// that points back at the units listed as the subject of the sentence before.
import { CUE_VERBS } from "../article/index.js";
import type { Token } from "../common/index.js";
import { onlyDatesBefore } from "./cue-dates.js";
import type { WrittenUnit } from "./owner.js";
import { listStartingAt } from "./unit-lists.js";
import { BECOME, CLAUSE_BREAKS, PASSIVE_AUXILIARIES, UNIT_ANAPHORS } from "./vocabulary.js";

/** "battalions", "companies", "corps": the plural of each noun that points back at a unit. */
const PLURAL_UNIT_NOUNS: ReadonlySet<string> = new Set(
  [...UNIT_ANAPHORS].map((w) => (w.endsWith("y") ? `${w.slice(0, -1)}ies` : w.endsWith("s") ? w : `${w}s`)),
);
/** Words before such a plural that make it point back: "the battalions", "both units", "the two units". */
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(["the", "both", "two", "these", "those"]);
/** What may stand between a subject and its verb: "they were both later disbanded", "it has been". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, ...BECOME, "has", "had", "have", "then", "later", "soon", "also"]);
/** Words that float after a plural subject ("they were both disbanded") or stand as one ("Both were disbanded"). */
const FLOATING = new Set(["both", "all"]);
/** Words after which a clause opens: the subject of a new clause may follow. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, "and", "then"]);

/**
 * The index of the token that is the subject of the verb at `offset`, past auxiliaries and
 * adverbs ("it was later disbanded", "they were both merged"); -1 when there is none.
 */
export function subjectIndexBefore(tokens: readonly Token[], offset: number): number {
  let i = tokens.findIndex((t) => t.start >= offset) - 1;
  if (i < -1) i = tokens.length - 1;
  // "they were both …": "both" floats after its subject; in "Both were …" it is the subject
  let floating = -1;
  for (; i >= 0; i--) {
    const word = (tokens[i] as Token).lower;
    if (FLOATING.has(word) && floating < 0) floating = i;
    else if (!BETWEEN_SUBJECT_AND_VERB.has(word) && !word.endsWith("ly")) break;
  }
  const word = tokens[i]?.lower ?? "";
  return floating >= 0 && word !== "they" && word !== "it" && !PLURAL_UNIT_NOUNS.has(word) ? floating : i;
}

/**
 * Whether the verb at `offset` has a plural subject that points back — "they", "both", "the two
 * units", "the battalions" — and that subject opens a clause: it starts the sentence, follows an
 * opening date ("In 2024 they were merged …", the `dates` of the sentence), a clause break, or a
 * reporting verb ("Officials said (that) they were disbanded").
 */
export function pluralSubjectBefore(tokens: readonly Token[], offset: number, dates: readonly { start: number; end: number }[]): boolean {
  const i = subjectIndexBefore(tokens, offset);
  const word = tokens[i]?.lower ?? "";
  let start = i;
  if (PLURAL_UNIT_NOUNS.has(word) && PLURAL_DETERMINERS.has(tokens[i - 1]?.lower ?? "")) {
    start = i - 1;
    if (tokens[start]?.lower === "two" && tokens[start - 1]?.lower === "the") start--;
  } else if (word !== "they" && word !== "both") return false;
  if (start === 0 || CLAUSE_OPENERS.has(tokens[start - 1]?.lower ?? "") || reports(tokens, start)) return true;
  return onlyDatesBefore(tokens, (tokens[start] as Token).start, dates);
}

/** Whether a reporting verb, perhaps with "that", stands right before token `k`: "said (that) they …". */
function reports(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower === "that" ? k - 2 : k - 1;
  return CUE_VERBS.has(tokens[before]?.lower ?? "");
}

/**
 * The units a sentence lists as its subject: a list of two or more units that opens it, perhaps
 * after a date ("In 2023 the 1st and 2nd Battalions fought …"); none when anything else stands
 * before it ("Russia shelled the 1st and 2nd Battalions"). `units` are the sentence's, in text order.
 */
export function subjectList(text: string, tokens: readonly Token[], units: readonly WrittenUnit[], dates: readonly { start: number; end: number }[]): WrittenUnit[] {
  const first = units[0];
  if (first === undefined) return [];
  if (!onlyDatesBefore(tokens, first.start, dates, FLOATING)) return [];
  const list = listStartingAt(text, units);
  return list.length >= 2 ? list : [];
}
