// A second name given in apposition: "the 4th Guards Tank Division, also known as the
// Kantemirovskaya Division," names one unit twice, not two units.
import { tokenize, type Token } from "../common/index.js";

// What may stand before the naming verb ("also known as", "better known as", "formerly called").
const ADVERBS: ReadonlySet<string> = new Set(["also", "better", "often", "commonly", "otherwise", "sometimes", "formerly", "previously", "popularly", "widely"]);
// words that make what follows a former name on their own
const FORMER: ReadonlySet<string> = new Set(["formerly", "previously"]);
// "known as", "called", "nicknamed", "dubbed", "aka" / "a.k.a.", "named"
const NAMING: ReadonlySet<string> = new Set(["called", "nicknamed", "dubbed", "aka", "named"]);
// the gap between the two names is short; anything longer is another clause
const MAX_GAP = 40;

/**
 * Whether the text between two unit mentions (`from` to `to`) says the second is another name of
 * the first: a comma or an opening parenthesis, then "(also) known as", "called", "nicknamed",
 * "dubbed", "aka", "a.k.a.", "named" or "formerly" alone, and "the" at most.
 */
export function namesAgain(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP || to <= from) return false;
  const t = tokenize(text, from, to);
  let k = 0;
  const word = (): string => (t[k] as Token | undefined)?.lower ?? "";
  if (word() !== "," && word() !== "(") return false;
  k++;
  // "formerly the Azov Special Operations Detachment": a former name needs no naming verb
  const former = FORMER.has(word());
  if (ADVERBS.has(word())) k++;
  if (word() === "known" && t[k + 1]?.lower === "as") k += 2;
  else if (word() === "a" && t[k]?.dot && t[k + 1]?.lower === "k" && t[k + 1]?.dot && t[k + 2]?.lower === "a") k += 3;
  else if (NAMING.has(word())) k++;
  else if (!former) return false;
  if (word() === "the") k++;
  return k === t.length;
}
