import { describe, expect, it } from "vitest";
import type { Article } from "../../src/index.js";
import { formatArticle, parseArticle } from "../../src/article/index.js";

describe("formatArticle", () => {
  it("keeps a first heading that repeats the headline (found by the round-trip property, seed 1889736590)", () => {
    const article: Article = {
      text: "", headlines: [{ role: "main", value: "Rotation town" }], dates: {}, authors: [], quotes: [],
      blocks: [{ kind: "heading", text: "Rotation town", start: 0, end: 0 }, { kind: "paragraph", text: "The convoy arrived late.", start: 0, end: 0 }],
      characterCount: 0, wordCount: 0,
    };
    const parsed = parseArticle(formatArticle(article));
    expect(parsed.success && parsed.data.blocks.map((b) => [b.kind, b.text])).toEqual([["heading", "Rotation town"], ["paragraph", "The convoy arrived late."]]);
  });
});
