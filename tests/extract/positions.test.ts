import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bySentence, firstAfter, sentenceAt } from "../../src/extract/positions.js";
import type { WrittenUnit } from "../../src/extract/owner.js";

/** Sentence spans in order with gaps between them, as sentenceSpans returns them. */
const spans = fc.array(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 20 })), { maxLength: 12 }).map((parts) => {
  let at = 0;
  return parts.map(([gap, length]) => {
    const start = at + gap;
    at = start + length;
    return { start, end: at };
  });
});

describe("positions", () => {
  it("sentenceAt finds what a scan from the first sentence finds (property)", () => {
    fc.assert(fc.property(spans, fc.nat({ max: 300 }), (sentences, offset) => {
      expect(sentenceAt(sentences, offset)).toBe(sentences.findIndex((s) => s.start <= offset && offset < s.end));
    }));
  });

  it("bySentence groups items as a filter per sentence would, in their own order (property)", () => {
    fc.assert(fc.property(spans, fc.array(fc.nat({ max: 300 }), { maxLength: 30 }), (sentences, starts) => {
      const items = starts.map((start, i) => ({ start, i }));
      const groups = bySentence(sentences, items);
      expect(groups).toEqual(sentences.map((s) => items.filter((x) => s.start <= x.start && x.start < s.end)));
    }));
  });

  it("firstAfter finds the first unit that starts after an offset", () => {
    const units = [3, 3, 10, 20].map((start) => ({ key: "k", start, end: start + 2, designation: { types: [], qualifiers: [] } })) as WrittenUnit[];
    expect([0, 2, 3, 9, 10, 25].map((offset) => firstAfter(units, offset))).toEqual([0, 0, 2, 2, 3, 4]);
  });
});
