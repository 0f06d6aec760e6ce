import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceSpans } from "../../src/extract/sentences.js";

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end).trimEnd());

describe("sentenceSpans", () => {
  it("ends a sentence at a period before a capital, but not at a title's period", () => {
    expect(sentences("Its commander, Col. Ivan Bondar, spoke. Dr. Ann Reid and Lt. Col. Oleh Kim agreed. Sgt. Tom Reyes left.")).toEqual([
      "Its commander, Col. Ivan Bondar, spoke.", "Dr. Ann Reid and Lt. Col. Oleh Kim agreed.", "Sgt. Tom Reyes left.",
    ]);
  });

  it("ends one after a name's Jr., and after a word that only ends like a title", () => {
    expect(sentences("They met John Smith Jr. The unit left. It went to the capitol. Troops followed.")).toEqual([
      "They met John Smith Jr.", "The unit left.", "It went to the capitol.", "Troops followed.",
    ]);
  });

  it("covers the text in order, each span trimmed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let last = 0;
        for (const s of sentenceSpans(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text[s.start]).not.toMatch(/\s/);
          last = s.end;
        }
      }),
    );
  });
});
