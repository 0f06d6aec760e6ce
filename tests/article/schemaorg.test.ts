import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/index.js";
import { fromSchemaOrg, parseArticle, toSchemaOrg } from "../../src/article/index.js";
import { articleArbitrary } from "../../src/testing.js";

const comparable = (a: Article) => ({
  uri: a.uri,
  headlines: a.headlines,
  language: a.language,
  byline: a.byline,
  authors: a.authors,
  place: a.dateline?.place,
  genre: a.genre,
  source: a.source,
  publisher: a.publisher,
  published: a.dates.published?.value,
  blocks: a.blocks.map((b) => [b.kind, b.text]),
  quotes: a.quotes.map((q) => [q.text, q.speaker, q.attribution, q.kind]),
  wordCount: a.wordCount,
});

describe("toSchemaOrg", () => {
  it("writes a NewsArticle with Quotation items and their speakers", () => {
    const r = parseArticle(
      "Crossing held\n\nBy Jane Doe, defence correspondent\n\nODESA, May 2, 2024 (AFP) – The unit held.\n\n“We held the bridge for a week,” Mara Lind says.\n\n© Harbor Post",
      { language: "en", uri: "https://news.example.org/a/2", genre: "report" },
    );
    if (!r.success) throw new Error(r.error.message);
    expect(toSchemaOrg(r.data)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": "https://news.example.org/a/2",
      url: "https://news.example.org/a/2",
      headline: "Crossing held",
      inLanguage: "en",
      datePublished: "2024-05-02",
      author: [{ "@type": "Person", name: "Jane Doe", jobTitle: "defence correspondent" }],
      creditText: "By Jane Doe, defence correspondent",
      dateline: "ODESA, May 2, 2024 (AFP) –",
      locationCreated: { "@type": "Place", name: "ODESA" },
      publisher: { "@type": "Organization", name: "Harbor Post" },
      genre: "report",
      articleBody: "ODESA, May 2, 2024 (AFP) – The unit held.\n\n“We held the bridge for a week,” Mara Lind says.",
      wordCount: r.data.wordCount,
      hasPart: [{ "@type": "Quotation", text: "We held the bridge for a week,", spokenByCharacter: { "@type": "Person", name: "Mara Lind" } }],
    });
  });
});

describe("fromSchemaOrg", () => {
  it("round-trips what schema.org holds", () => {
    fc.assert(
      fc.property(articleArbitrary(), (article) => {
        const back = fromSchemaOrg(JSON.parse(JSON.stringify(toSchemaOrg(article))));
        expect(back.success).toBe(true);
        if (back.success) expect(comparable(back.data)).toEqual(comparable(article));
      }),
    );
  });

  it("finds the article in an @graph and reads string authors", () => {
    const r = fromSchemaOrg({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "WebPage", name: "page" }, { "@type": ["ReportageNewsArticle"], headline: "Unit moved", author: "Jane Doe", articleBody: "The unit moved north." }],
    });
    expect(r.success && [r.data.headlines, r.data.authors, r.data.blocks.length]).toEqual([[{ role: "main", value: "Unit moved" }], [{ name: "Jane Doe" }], 1]);
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ "@type": fc.constant("NewsArticle"), articleBody: fc.string(), author: fc.jsonValue(), publisher: fc.jsonValue() })), (json) => {
        expect(typeof fromSchemaOrg(json).success).toBe("boolean");
      }),
    );
  });

  it("reports bad input with paths", () => {
    expect(fromSchemaOrg(null)).toEqual({ success: false, issues: [expect.objectContaining({ code: "invalid_type", path: [] })] });
    expect(fromSchemaOrg({ "@type": "Recipe" })).toEqual({ success: false, issues: [expect.objectContaining({ code: "invalid_value", path: ["@type"] })] });
    const r = fromSchemaOrg({ "@type": "NewsArticle", datePublished: "2025-02-30", headline: 5 });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["invalid_type", "headline"],
        ["invalid_value", "datePublished"],
      ]);
      expect(r.issues[1]?.message).toContain("2025-02-30");
    }
  });
});
