// "He was 27.", "Petrenko, who was 27, died": an age told with a copula, after a pronoun that
// stands for a person. Quantities leave such a number out (it counts nothing); people take it as an
// age when the text makes plain whose it is.
import type { Token } from "../common/index.js";
import { ReportedAgeSchema } from "../personnel/schema.js";
import { SINGULAR_SUBJECTS } from "./vocabulary.js";

const COPULAS: ReadonlySet<string> = new Set(["was", "is"]);
/** Words after which an age may go on ("He was 27 and had two children", "when he died"). */
const AFTER_AGE: ReadonlySet<string> = new Set(["and", "when", "but"]);

/** An age told with a copula: its subject ("he", "she", "who"), the age, and where the age's words end. */
export interface CopulaAge {
  readonly subject: Token;
  readonly age: number;
  /** The number, or "27 years old" when the text says so. */
  readonly start: number;
  readonly end: number;
  /** The token after the age's words. */
  readonly next: Token | undefined;
}

/**
 * The age told by the lone number at token `i` after "he was", "she is", "who was" ("He was 27.",
 * "who was 27 years old,"), when a punctuation mark, "and", "when" or "but" (or the end) follows;
 * `undefined` when the number is anything else ("He was 1 of 27", "was 27th", "was 300 km away").
 *
 * @param tokens - the text's tokens.
 * @param i - the number's index.
 */
export function copulaAgeAt(tokens: readonly Token[], i: number): CopulaAge | undefined {
  const t = tokens[i] as Token | undefined;
  const subject = tokens[i - 2];
  if (t?.kind !== "number" || !ReportedAgeSchema.shape.age.safeParse(Number(t.lower)).success) return undefined;
  if (!COPULAS.has(tokens[i - 1]?.lower ?? "") || subject === undefined || !(SINGULAR_SUBJECTS.has(subject.lower) || subject.lower === "who")) return undefined;
  const old = tokens[i + 1]?.lower === "years" && tokens[i + 2]?.lower === "old" ? 2 : 0;
  const next = tokens[i + 1 + old];
  if (next !== undefined && next.kind !== "punct" && !AFTER_AGE.has(next.lower)) return undefined;
  return { subject, age: Number(t.lower), start: t.start, end: (tokens[i + old] as Token).end, next };
}
