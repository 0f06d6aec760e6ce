// Where things stand in a report: which sentence holds an offset, and which written unit comes first
// after one. Binary searches, so that reading a report stays linear in its length.
import type { Span } from "../common/index.js";
import type { WrittenUnit } from "./owner.js";

/** The index of the sentence holding `offset` (-1 when none does), by binary search. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Items grouped by the sentence they start in, in their own order: one pass, not one per sentence. */
export function bySentence<T extends { readonly start: number }>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  for (const item of items) groups[sentenceAt(sentences, item.start)]?.push(item);
  return groups;
}

/** The index of the first unit, in text order, that starts after `offset`. */
export function firstAfter(units: readonly WrittenUnit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid] as WrittenUnit).start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
