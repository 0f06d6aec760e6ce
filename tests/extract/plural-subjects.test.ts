import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/common/index.js";
import { extractMentions } from "../../src/extract/index.js";
import { pluralSubjectBefore, subjectIndexBefore, subjectList } from "../../src/extract/plural-subjects.js";

const verbAt = (text: string, verb: string) => text.indexOf(verb);

describe("plural subjects", () => {
  it("finds the subject of a verb past auxiliaries, adverbs and a floating 'both'", () => {
    const at = (text: string, verb: string) => tokenize(text)[subjectIndexBefore(tokenize(text), verbAt(text, verb))]?.text;
    expect(at("it was later disbanded", "disbanded")).toBe("it");
    expect(at("they were both disbanded", "disbanded")).toBe("they");
    expect(at("Both were disbanded", "disbanded")).toBe("Both");
    expect(subjectIndexBefore(tokenize("disbanded"), 0)).toBe(-1);
  });

  it("takes 'they', 'both', 'the two units', 'the battalions' that open a clause", () => {
    const plural = (text: string, verb = "disbanded") => pluralSubjectBefore(tokenize(text), verbAt(text, verb), extractMentions(text).dates);
    for (const text of ["They were disbanded.", "In 2024 they were disbanded.", "On 3 May 2024, the two units were disbanded.", "Both battalions were disbanded.", "The companies were disbanded.", "It rained, and they were disbanded.", "Officials said they were disbanded.", "Officials said that they were disbanded."]) {
      expect(plural(text), text).toBe(true);
    }
    for (const text of ["It was disbanded.", "Officials told reporters they were disbanded.", "The unit was disbanded.", "Many battalions were disbanded.", "Officials said many were disbanded."]) expect(plural(text), text).toBe(false);
  });

  it("takes a list of two units or more that opens the sentence for its subject", () => {
    const list = (text: string) => {
      const m = extractMentions(text);
      const units = m.units.map((u, i) => ({ key: String(i), start: u.start, end: u.end, designation: { types: [], qualifiers: [] } }));
      return subjectList(text, tokenize(text), units, m.dates).map((u) => text.slice(u.start, u.end));
    };
    expect(list("The 1st and 2nd Battalions fought.")).toEqual(["1st", "2nd Battalions"]);
    expect(list("In 2023, both the 1st and 2nd Battalions fought.")).toEqual(["1st", "2nd Battalions"]);
    expect(list("Russia shelled the 1st and 2nd Battalions.")).toEqual([]);
    expect(list("The 1st Battalion fought beside the 2nd Battalion.")).toEqual([]);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.nat(70), (text, offset) => {
      const tokens = tokenize(text);
      expect(subjectIndexBefore(tokens, offset)).toBeLessThan(tokens.length);
      pluralSubjectBefore(tokens, offset, []);
    }));
  });
});
