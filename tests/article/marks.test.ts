import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanQuoteMarks } from "../../src/article/marks.js";

const marksText = fc.array(fc.constantFrom(..."“”„«»‘’‚‹›\"' ab.,\n".split("")), { maxLength: 40 }).map((a) => a.join(""));

describe("scanQuoteMarks", () => {
  it("pairs marks of several kinds, nested quotes inside the outer one, in text order", () => {
    const text = "“One ‘two’ three,” she said. «Four» and „five“ — ‹six›";
    expect(scanQuoteMarks(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["One ‘two’ three,", "Four", "five", "six"]);
  });

  it("runs a quote left open to the region end, trimmed, and closes none at a mark of another kind", () => {
    const text = "He said: “We held the line  ";
    const [span] = scanQuoteMarks(text, 0, text.length);
    expect(span).toMatchObject({ open: 9, close: text.length, closed: false });
    expect(span && text.slice(span.start, span.end)).toBe("We held the line");
    expect(scanQuoteMarks("“a»", 0, 3).map((s) => s.closed)).toEqual([false]);
  });

  it("leaves out quotations with no words", () => {
    expect(scanQuoteMarks("a “  ", 0, 5)).toEqual([]);
    expect(scanQuoteMarks("a “” b", 0, 6)).toEqual([]);
    expect(scanQuoteMarks("a “” b “c”", 0, 10).map((s) => [s.start, s.end])).toEqual([[8, 9]]);
  });

  it("reads a region the same after a region left with marks open, deep or not", () => {
    fc.assert(
      fc.property(marksText, marksText, (first, second) => {
        const fresh = scanQuoteMarks(second, 0, second.length);
        scanQuoteMarks(first, 0, first.length);
        expect(scanQuoteMarks(second, 0, second.length)).toEqual(fresh);
      }),
    );
    // deeper than the stack kept between scans, and not
    for (const deep of ["“‘«„‚‹".repeat(30), "“‘«„‚‹".repeat(400)]) {
      expect(scanQuoteMarks(deep, 0, deep.length)).toHaveLength(1);
      expect(scanQuoteMarks("“We held,” he said.", 0, 19).map((s) => [s.open, s.close])).toEqual([[0, 9]]);
    }
  });

  it("finds quotations in order, none overlapping, each inside its region", () => {
    fc.assert(
      fc.property(marksText, fc.nat(), (text, cut) => {
        const start = text.length === 0 ? 0 : cut % text.length;
        const spans = scanQuoteMarks(text, start, text.length);
        spans.forEach((s, i) => {
          expect(s.open).toBeGreaterThanOrEqual(start);
          expect(s.start).toBeGreaterThan(s.open);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.close).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(s.open).toBeGreaterThanOrEqual((spans[i - 1] as { close: number }).close);
        });
      }),
    );
  });
});
