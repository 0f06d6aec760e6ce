import type { Span } from "../common/index.js";

const isUpper = (c: string): boolean => c !== c.toLowerCase();

/**
 * Sentence spans in one pass: a sentence ends at a line break, or at ". ", "! ", "? " (also after
 * a closing quote) followed by a capital letter or an opening quote.
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
