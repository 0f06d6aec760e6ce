import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datePhraseCodec, durationPhraseCodec, formatIsoDuration } from "../../src/index.js";
import { durationArbitrary, partialDateArbitrary } from "../../src/testing.js";

describe("phrase codecs", () => {
  it("decode phrases to record values and encode them back", () => {
    expect(durationPhraseCodec.decode("a year and a half")).toBe("P1Y6M");
    expect(durationPhraseCodec.encode("P1Y6M")).toBe("one year and six months");
    expect(datePhraseCodec.decode("Dec. 31, 2025")).toBe("2025-12-31");
    expect(datePhraseCodec.decode("February 2022")).toBe("2022-02");
    expect(datePhraseCodec.encode("2022-02")).toBe("February 2022");
  });

  it("report bad phrases with the parser's message", () => {
    expect(durationPhraseCodec.safeDecode("a month and a half").error?.issues[0]?.message).toMatch(/no exact length/);
    expect(datePhraseCodec.safeDecode("February 30, 2025").error?.issues[0]?.message).toMatch(/February 2025 has 28 days/);
    expect(datePhraseCodec.safeDecode("February 15").success).toBe(false);
  });

  it("round-trip every value", () => {
    fc.assert(
      fc.property(durationArbitrary(), (d) => {
        const iso = formatIsoDuration(d);
        expect(durationPhraseCodec.decode(durationPhraseCodec.encode(iso))).toBe(iso);
      }),
    );
    fc.assert(fc.property(partialDateArbitrary({ minYear: 1000, maxYear: 2999 }), (d) => datePhraseCodec.decode(datePhraseCodec.encode(d)) === d));
  });
});
