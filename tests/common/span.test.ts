import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { isMentionOf, mentionOf, mentionSchema, SpanSchema } from "../../src/index.js";
import { spanArbitrary } from "../../src/testing.js";

describe("spans and mentions", () => {
  it("builds mentions whose text is the slice", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (source, a, b) => {
        const start = Math.min(a, b) % (source.length + 1);
        const end = Math.min(Math.max(a, b) % (source.length + 1) + start, source.length);
        const m = mentionOf(source, Math.min(start, end), end, null);
        expect(m.text).toBe(source.slice(m.start, m.end));
        expect(isMentionOf(source, m)).toBe(true);
        expect(mentionSchema(z.null()).safeParse(m).success).toBe(true);
      }),
    );
  });

  it("every generated span passes the schema", () => {
    fc.assert(fc.property(spanArbitrary(100), (s) => SpanSchema.safeParse(s).success));
  });

  it("rejects broken spans and mentions clearly", () => {
    expect(SpanSchema.safeParse({ start: 5, end: 2 }).error?.issues[0]?.message).toBe("span end must not be before its start");
    expect(() => mentionOf("abc", 2, 9, 0)).toThrow(/span \[2, 9\) is not inside a text of length 3/);
    expect(mentionSchema(z.string()).safeParse({ text: "ab", start: 0, end: 3, value: "" }).success).toBe(false);
    expect(isMentionOf("abc", { text: "x", start: 0, end: 1 })).toBe(false);
  });
});
