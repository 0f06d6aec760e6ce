import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleDateValueSchema, ArticleSchema, LanguageTagSchema, QuoteSchema, type Article } from "../../src/index.js";
import { dateTimeProblem, formatArticle, languageTagProblem, parseArticle } from "../../src/article/index.js";
import { articleArbitrary, languageTagArbitrary } from "../../src/testing.js";

const valid = (): Article => {
  const r = parseArticle("Title\n\n“We held the bridge for a week,” Mara Lind says.", { language: "en" });
  if (!r.success) throw new Error(r.error.message);
  return r.data;
};

describe("ArticleSchema", () => {
  it("accepts every generated article", () => {
    fc.assert(
      fc.property(articleArbitrary(), (a) => {
        expect(ArticleSchema.safeParse(a).success).toBe(true);
      }),
    );
  });

  it("names the block whose text is not the slice its offsets give", () => {
    const a = valid();
    const block = a.blocks[0];
    if (block === undefined) throw new Error("unreachable");
    const bad = { ...a, blocks: [{ ...block, start: block.start + 1, end: block.end + 1 }] };
    const r = ArticleSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["blocks.0.text", `block 0 text is not text.slice(${block.start + 1}, ${block.end + 1})`]]);
  });

  it("refuses a quote whose speaker span does not match, and blocks out of order", () => {
    const a = valid();
    const q = a.quotes[0];
    if (q === undefined) throw new Error("unreachable");
    expect(ArticleSchema.safeParse({ ...a, quotes: [{ ...q, speakerStart: 0, speakerEnd: q.speaker?.length }] }).error?.issues[0]?.path).toEqual(["quotes", 0, "speaker"]);
    const [b] = a.blocks;
    if (b === undefined) throw new Error("unreachable");
    expect(ArticleSchema.safeParse({ ...a, blocks: [b, b] }).error?.issues[0]?.path).toEqual(["blocks", 1, "start"]);
    expect(QuoteSchema.safeParse({ text: "ab", start: 0, end: 2, speakerStart: 1, kind: "direct" }).success).toBe(false);
    expect(QuoteSchema.safeParse({ text: "ab", start: 0, end: 3, kind: "direct" }).success).toBe(false);
  });

  it("checks language tags and dates", () => {
    expect(ArticleSchema.safeParse({ ...valid(), language: "en_US" }).error?.issues[0]?.path).toEqual(["language"]);
    expect(ArticleSchema.safeParse({ ...valid(), dates: { published: { value: "2025-02-29", from: "caller" } } }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...valid(), dates: { published: { value: "2025-12", from: "caller" } } }).success).toBe(true);
  });
});

describe("language tags", () => {
  it("accepts generated well-formed tags", () => {
    fc.assert(
      fc.property(languageTagArbitrary(), (tag) => {
        expect(languageTagProblem(tag)).toBeUndefined();
      }),
    );
  });

  it.each(["en", "uk-UA", "sr-Latn-RS", "es-419", "de-CH-1996", "zh-yue-HK", "en-US-u-ca-gregory", "x-private", "en-x-osint"])("accepts %s", (tag) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(true);
  });

  it.each(["", "e", "en_GB", "en-", "-en", "toolongtag", "en-GBR-x", "en-a", "en-a-bb-a-cc", "1234", "en-US-x"])("refuses %j with a reason", (tag) => {
    expect(languageTagProblem(tag)).toMatch(/is not a BCP 47 language tag/);
  });
});

describe("article dates", () => {
  it.each(["2025-12-31T09:30:00Z", "2025-12-31T09:30:00.123+02:00", "2024-02-29T00:00:00-05:00", "2025", "2025-12", "2025-12-31"])("accepts %s", (d) => {
    expect(ArticleDateValueSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    ["2025-02-30T09:30:00Z", "February 2025 has 28 days"],
    ["2025-12-31T24:00:00Z", "out of range"],
    ["2025-12-31T09:30:00", "expected YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM"],
    ["2025-12-31T09:30:00+25:00", "offset out of range"],
  ])("refuses %s (%s)", (d, why) => {
    expect(dateTimeProblem(d)).toContain(why);
  });
});

describe("formatArticle", () => {
  it("parses back to the same headlines, blocks, byline, dateline, source and quotes", () => {
    fc.assert(
      fc.property(articleArbitrary(), (a) => {
        const r = parseArticle(formatArticle(a));
        expect(r.success).toBe(true);
        if (!r.success) return;
        const b = r.data;
        expect(b.headlines).toEqual(a.headlines);
        expect(b.blocks.map((x) => [x.kind, x.text])).toEqual(a.blocks.map((x) => [x.kind, x.text]));
        expect(b.byline).toBe(a.byline);
        expect(b.dateline).toEqual(a.dateline);
        expect(b.source).toEqual(a.source);
        expect(b.quotes.map((q) => [q.text, q.speaker, q.attribution])).toEqual(a.quotes.map((q) => [q.text, q.speaker, q.attribution]));
      }),
    );
  });
});
