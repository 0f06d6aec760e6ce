import type { Span } from "../common/index.js";
import { HONORIFICS, RANKS } from "../personnel/index.js";

const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isLetter = (c: string): boolean => c !== c.toUpperCase() || isUpper(c);

// "Col.", "Lt.", "Sgt.", "Dr.": a title's period is followed by a name, and ends no sentence
// ("Jr." and "Sr." close a name, so a capital after them may well start one)
const TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...Object.values(RANKS).flatMap((r) => r.abbreviations.flatMap((a) => a.split(" "))).filter((w) => w.endsWith(".")).map((w) => w.slice(0, -1).toLowerCase()),
].filter((w) => w !== "jr" && w !== "sr"));

/** Whether the word that ends at `dot` is a title abbreviation. */
function isTitleBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start <= 6 && isLetter(text[start - 1] as string)) start--;
  return start < dot && (start === 0 || !isLetter(text[start - 1] as string)) && TITLES.has(text.slice(start, dot).toLowerCase());
}

/**
 * Sentence spans in one pass: a sentence ends at a line break, or at ". ", "! ", "? " (also after
 * a closing quote) followed by a capital letter or an opening quote — but not at the period of a
 * title ("Col. Ivan Bondar", "Dr. Ann Reid").
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? "")) s++;
    if (end > s) spans.push({ start: s, end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    if (c === "." && isTitleBefore(text, i)) continue;
    let k = i + 1;
    while (k < text.length && "”\"’')".includes(text[k] as string)) k++;
    if (text[k] !== " ") continue;
    while (text[k] === " ") k++;
    const next = text[k] ?? "";
    if (isUpper(next) || "“\"‘«".includes(next)) {
      push(k);
      start = k;
      i = k - 1;
    }
  }
  push(text.length);
  return spans;
}
