import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rememberWords } from "../../src/extract/word-memo.js";

describe("rememberWords", () => {
  it("answers as the test does, asking it once per word", () => {
    let asked = 0;
    const vowel = rememberWords((w) => {
      asked++;
      return /^[aeiou]/.test(w);
    });
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 3 })), (words) => {
      for (const w of words) expect(vowel(w)).toBe(/^[aeiou]/.test(w));
    }));
    asked = 0;
    vowel("zebra");
    vowel("zebra");
    expect(asked).toBeLessThanOrEqual(1);
  });

  it("stays right after forgetting, when more words than it keeps have been asked", () => {
    const even = rememberWords((w) => w.length % 2 === 0);
    for (let i = 0; i < 50_000; i++) expect(even(`w${i}`)).toBe(`w${i}`.length % 2 === 0);
  });
});
