// Merges: two or more units cease and form one. "The 1st and 2nd battalions were merged into the
// 5th Regiment", "X merged with Y to form Z", "the merger of X and Y into Z".
import type { Token } from "../common/index.js";
import type { WrittenUnit } from "./owner.js";
import { listEndingAt, listStartingAt } from "./unit-lists.js";
import { MERGE_CUES } from "./vocabulary.js";

/** Words after which the unit the merged ones form is named. */
const RESULT_WORDS: ReadonlySet<string> = new Set(["into", "form", "forming", "create", "creating", "became", "becoming"]);

/**
 * The merge a sentence states: its cue, the units that ceased (two or more, in text order) and the
 * unit they formed. The ceasing units are a list joined only by commas, "and" and "the", either
 * right before the cue or, after "merger of" / "with", right after it; the formed unit is the first
 * after "into", "to form" or "to create". Undefined when the sentence names fewer than two ceasing
 * units or no formed one ("X merged with Y" says nothing of what came of them). `subjects` are the
 * units a plural subject before the cue points back at ("In 2024 they were merged into …"), taken
 * when no unit stands before the cue.
 */
export function readMerge(
  text: string, tokens: readonly Token[], units: readonly WrittenUnit[], subjects?: readonly WrittenUnit[],
): { cue: Token; units: WrittenUnit[]; into: WrittenUnit } | undefined {
  const cue = tokens.find((t) => MERGE_CUES.has(t.lower));
  if (cue === undefined) return undefined;
  const result = tokens.find((t) => RESULT_WORDS.has(t.lower) && t.start > cue.start);
  const into = result && units.find((u) => u.start >= result.end);
  if (into === undefined) return undefined;
  const before = units.filter((u) => u.end <= cue.start);
  const between = units.filter((u) => u.start >= cue.end && u.end <= into.start);
  // "X merged with Y": the subject and the partner; "the merger of X and Y"; "X and Y merged"
  const partner = between.length > 0 && /^\s*with\b/i.test(text.slice(cue.end, between[0]?.start));
  const subject = before.length > 0 ? listEndingAt(text, before) : (subjects ?? []);
  const merged = partner ? [...subject, ...listStartingAt(text, between)] : subject.length > 0 ? subject : listStartingAt(text, between);
  const unique = merged.filter((u, k) => u.key !== into.key && merged.findIndex((o) => o.key === u.key) === k);
  return unique.length >= 2 ? { cue, units: unique, into } : undefined;
}
