import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleSchema, type Article } from "../../src/index.js";
import { parseArticle } from "../../src/article/index.js";
import { generatedArticleArbitrary } from "../../src/testing.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const SEED = new URL("../../../shared/seed-article.txt", import.meta.url);

function parsed(text: string, options: Parameters<typeof parseArticle>[1] = {}): Article {
  const r = parseArticle(text, options);
  if (!r.success) throw new Error(r.error.message);
  expect(ArticleSchema.safeParse(r.data).success).toBe(true);
  return r.data;
}

const kinds = (a: Article) => a.blocks.map((b) => [b.kind, b.text]);

describe("parseArticle: layout", () => {
  it("takes the first line as headline and drops a repeated headline (quote marks aside)", () => {
    const a = parsed("Unit disbanded: “It’s over”\n\nUnit disbanded: \"It's over\"\n\nThe unit was disbanded on Monday.");
    expect(a.headlines).toEqual([{ role: "main", value: "Unit disbanded: “It’s over”" }]);
    expect(kinds(a)).toEqual([["paragraph", "The unit was disbanded on Monday."]]);
  });

  it("reads a line right under the headline as a sub headline", () => {
    const a = parsed("Unit disbanded\nVolunteers face transfers\n\nThe unit was disbanded.");
    expect(a.headlines).toEqual([
      { role: "main", value: "Unit disbanded" },
      { role: "sub", value: "Volunteers face transfers" },
    ]);
  });

  it("finds section headings: short, no closing punctuation, followed by a paragraph", () => {
    const a = parsed("Title\n\nFirst paragraph here.\n\nOrders came late\n\nSecond paragraph.\n\n“A reckless use of people”\n\nThird one.\n\nNot a heading at the end");
    expect(kinds(a)).toEqual([
      ["paragraph", "First paragraph here."],
      ["heading", "Orders came late"],
      ["paragraph", "Second paragraph."],
      ["heading", "“A reckless use of people”"],
      ["paragraph", "Third one."],
      ["paragraph", "Not a heading at the end"],
    ]);
  });

  it("keeps two short lines in a row as paragraphs, not headings", () => {
    const a = parsed("Title\n\nOne short line\n\nAnother short line\n\nA paragraph.");
    expect(a.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("joins soft-wrapped lines into one paragraph and splits one-line paragraphs", () => {
    const wrapped = "Title\n\nThe company asked for more time before the transfer, but the brigade command\nset the date for the first week of April without any delay.\nA second paragraph on its own line.";
    const a = parsed(wrapped);
    expect(a.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(a.blocks[0]?.text).toContain("\nset the date");
  });

  it("reads lists, quote paragraphs and photo-credit captions", () => {
    const a = parsed("Title\n\nPhoto: Jane Roe / Reuters\n\nThe demands were:\n\n- water\n- internet\n- training\n\n“We sleep in a cold hangar with no heating.”\n\nVolunteers at the base in March. (AP Photo/John Roe)\n\nLast paragraph.");
    expect(a.blocks.map((b) => b.kind)).toEqual(["caption", "paragraph", "list", "quote", "caption", "paragraph"]);
    expect(a.blocks[2]?.text).toBe("- water\n- internet\n- training");
    expect(a.characterCount).toBe([...("The demands were:- water\n- internet\n- training“We sleep in a cold hangar with no heating.”Last paragraph.")].length);
  });

  it("reads bylines with affiliations and roles", () => {
    const a = parsed("Title\n\nBy Jane Doe and John Roe, Reuters\n\nText.");
    expect(a.byline).toBe("By Jane Doe and John Roe, Reuters");
    expect(a.authors).toEqual([
      { name: "Jane Doe", affiliation: "Reuters" },
      { name: "John Roe", affiliation: "Reuters" },
    ]);
    expect(parsed("Title\n\nBY JANE DOE, defence correspondent\n\nText.").authors).toEqual([{ name: "Jane Doe", role: "defence correspondent" }]);
    expect(parsed("Title\n\nBy the end of the year, the unit was gone.").byline).toBeUndefined();
  });

  it("reads datelines and keeps the paragraph after the dash", () => {
    const a = parsed("Title\n\nKYIV, Dec 31 (Reuters) – Ukraine disbanded the unit.", { referenceDate: "2025-12-31" });
    expect(a.dateline).toEqual({ place: "KYIV", date: "2025-12-31", agency: "Reuters" });
    expect(kinds(a)).toEqual([
      ["dateline", "KYIV, Dec 31 (Reuters) –"],
      ["paragraph", "Ukraine disbanded the unit."],
    ]);
    expect(a.dates.published).toMatchObject({ value: "2025-12-31", from: "dateline" });
    const p = a.dates.published;
    expect(p && a.text.slice(p.start, p.end)).toBe("Dec 31");
    expect(parsed("Title\n\nWASHINGTON, Aug. 4, 2004 – The Pentagon said.").dateline).toEqual({ place: "WASHINGTON", date: "2004-08-04" });
    expect(parsed("Title\n\nKRAMATORSK, Ukraine (AP) — The shelling went on.").dateline).toEqual({ place: "KRAMATORSK, Ukraine", agency: "Associated Press" });
    const noYear = parsed("Title\n\nKYIV, Dec 31 (Reuters) – Text.");
    expect(noYear.dateline).toEqual({ place: "KYIV", agency: "Reuters" });
    expect(parsed("Title\n\nPublished 30 December 2025\n\nKYIV, Dec 31 – Text.").dateline?.date).toBe("2025-12-31");
  });

  it("does not take a sentence with a dash for a dateline", () => {
    expect(parsed("Title\n\nThe company was folded – without notice – in the spring.").dateline).toBeUndefined();
  });

  it("reads published and updated lines", () => {
    const a = parsed("Title\n\nPublished: 31 December 2025 10:30 GMT\nUpdated January 2, 2026\n\nText.");
    expect(a.dates.published).toMatchObject({ value: "2025-12-31", from: "text" });
    expect(a.dates.modified).toMatchObject({ value: "2026-01-02", from: "text" });
    const m = a.dates.modified;
    expect(m && a.text.slice(m.start, m.end)).toBe("January 2, 2026");
  });

  it("reads a byline and a published | updated line right under the headline, not as a sub headline", () => {
    const a = parsed("Drone battalions struggle to recruit\nBy Olena Hrytsenko and Mark Daly\nPublished 12 March 2025, 14:32 GMT | Updated 13 March 2025\n\nThe battalion has fewer operators.");
    expect(a.headlines).toEqual([{ role: "main", value: "Drone battalions struggle to recruit" }]);
    expect(a.authors.map((x) => x.name)).toEqual(["Olena Hrytsenko", "Mark Daly"]);
    const { published, modified } = a.dates;
    expect(published && a.text.slice(published.start, published.end)).toBe("12 March 2025");
    expect(modified && a.text.slice(modified.start, modified.end)).toBe("13 March 2025");
    expect(parsed("Title\nUpdated 2 January 2026\n\nText.").headlines).toHaveLength(1);
  });

  it("reads a date on a line of its own as the published date", () => {
    const a = parsed("Foreign fighters face new rules\n\nBy Anna Kowalska\n\nJune 2, 2025\n\nThe rules changed in May.");
    const p = a.dates.published;
    expect([p?.value, p?.from, p && a.text.slice(p.start, p.end)]).toEqual(["2025-06-02", "text", "June 2, 2025"]);
    const under = parsed("Foreign fighters face new rules\nMonday, 2 June 2025, 14:32 GMT\n\nThe rules changed in May.");
    expect([under.headlines.length, under.dates.published?.value]).toEqual([1, "2025-06-02"]);
    expect(parsed("Title\n\nBy Anna Kowalska | Jun 2, 2025 at 10:32 a.m. EDT\n\nText.").dates.published?.value).toBe("2025-06-02");
    // a month, a sentence, a date with more words after it: no published date
    for (const text of ["Title\n\nJune 2025\n\nText.", "Title\n\nThe war began on June 2, 2025.\n\nText.", "Title\n\nJune 2, 2025 was a hard day\n\nText."]) {
      expect(parsed(text).dates.published, text).toBeUndefined();
    }
  });

  it("takes no headline from a story that opens with its dateline paragraph", () => {
    const a = parsed("KYIV, March 4, 2025 — The 47th Brigade said on Tuesday that its 2nd Battalion had been withdrawn.\n\nThe brigade was formed in 2022.");
    expect([a.headlines, a.dateline?.place, a.dates.published?.value, a.blocks.map((b) => b.kind)]).toEqual([[], "KYIV", "2025-03-04", ["dateline", "paragraph", "paragraph"]]);
    // a headline that happens to start like a dateline, and an explicit choice, stay as they were
    expect(parsed("KYIV, Dec 31 – Unit disbanded\n\nThe unit was disbanded.").headlines).toEqual([{ role: "main", value: "KYIV, Dec 31 – Unit disbanded" }]);
    expect(parsed("KYIV, March 4, 2025 — The brigade held.", { headline: true }).headlines).toHaveLength(1);
  });

  it("reads a staff credit as the byline, with no author, and the front matter after it", () => {
    for (const credit of ["By Staff Writer", "By Reuters Staff", "By Kyiv Independent staff"]) {
      const a = parsed(`Russia forms new division\n\n${credit}\n\nPublished 14 January 2026\n\nThe fleet merged two brigades.`);
      expect([a.byline, a.authors, a.dates.published?.value], credit).toEqual([credit, [], "2026-01-14"]);
    }
    // a sentence is no credit
    expect(parsed("Title\n\nBy Monday, the staff had left.\n\nText.").byline).toBeUndefined();
  });

  it("reads a byline and its dates on one line", () => {
    const a = parsed("Foreign fighters in Ukraine\n\nBy Anna Kowalska and Tom Reed | Reuters | Published 14 June 2024 | Updated 15 June 2024\n\nThe rules changed in May.");
    expect(a.authors).toEqual([{ name: "Anna Kowalska", affiliation: "Reuters" }, { name: "Tom Reed", affiliation: "Reuters" }]);
    expect(a.byline).toBe("By Anna Kowalska and Tom Reed | Reuters");
    const { published, modified } = a.dates;
    expect([published && a.text.slice(published.start, published.end), modified?.value]).toEqual(["14 June 2024", "2024-06-15"]);
  });

  it("reads trailing source and publisher lines", () => {
    expect(parsed("Title\n\nText.\n\nSource: Reuters https://www.reuters.com/x").source).toEqual({ name: "Reuters", url: "https://www.reuters.com/x" });
    const bare = parsed("Title\n\nText.\n\nsource\n\nFrontline Wire | Defence in depth");
    expect(bare.source).toEqual({});
    expect(bare.publisher).toEqual({ name: "Frontline Wire" });
    expect(kinds(bare)).toEqual([["paragraph", "Text."]]);
    expect(parsed("Title\n\nText.\n\nsource\n\nEl Diario").source).toEqual({ name: "El Diario" });
    expect(parsed("Title\n\nText.\n\n© 2025 Harbor Post. All rights reserved.").publisher).toEqual({ name: "Harbor Post" });
  });

  it("treats CRLF and CR line ends like LF", () => {
    const a = parsed("Title\r\n\r\nA heading\r\n\r\nA paragraph.\r\rAnother.");
    expect(kinds(a)).toEqual([
      ["heading", "A heading"],
      ["paragraph", "A paragraph."],
      ["paragraph", "Another."],
    ]);
  });

  it("reads a bare body with headline: false", () => {
    const a = parsed("A heading\n\nA paragraph.", { headline: false });
    expect(a.headlines).toEqual([]);
    expect(a.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph"]);
  });

  it("finds quotes only in the body, with speakers", () => {
    const a = parsed("“It is over,” the headline says\n\nKarin Dahl leads the company.\n\n“We were never told why,” she says.");
    expect(a.quotes.map((q) => [q.text, q.speaker, q.attribution])).toEqual([["We were never told why,", "Karin Dahl", "pronoun"]]);
  });
});

describe("parseArticle: bad input", () => {
  it("refuses blank text with code empty", () => {
    for (const text of ["", "   ", "\n\n\t\n"]) {
      const r = parseArticle(text);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error).toMatchObject({ code: "empty", offset: 0 });
    }
  });

  it("refuses a language that is not BCP 47 and a uri that is not a URI, naming the value", () => {
    const r = parseArticle("Title\n\nText.", { language: "english language" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe("syntax");
      expect(r.error.message).toContain("english language");
    }
    const u = parseArticle("Title\n\nText.", { uri: "not a uri" });
    expect(u.success).toBe(false);
  });

  it("reads a headline-only text as an article without blocks", () => {
    expect(parsed("Just a headline").blocks).toEqual([]);
  });
});

describe("parseArticle: the seed article", () => {
  it.runIf(existsSync(SEED))("reads the real article's headline, sections, trailer and quote speakers", () => {
    const text = readFileSync(SEED, "utf8");
    const a = parsed(text);
    expect(a.headlines).toHaveLength(1);
    expect(a.headlines[0]?.value).toBe(text.slice(0, text.indexOf("\n")));
    const headings = a.blocks.filter((b) => b.kind === "heading");
    expect(headings).toHaveLength(5);
    expect(headings.every((h) => text.slice(h.start, h.end) === h.text && !/[.!?]$/.test(h.text))).toBe(true);
    expect(a.blocks.filter((b) => b.kind === "paragraph").length).toBe(15);
    expect(a.source).toEqual({});
    expect(a.publisher?.name).toBeDefined();
    expect(a.blocks.some((b) => b.text === a.publisher?.name)).toBe(false);
    const speakers = a.quotes.map((q) => q.speaker);
    // Spivak is named once and then referred to by "he", an elided "regrets"; Karl by "he states".
    expect(speakers.filter((s) => s === "Andrii Spivak")).toHaveLength(3);
    expect(speakers.filter((s) => s === "Karl")).toHaveLength(2);
    expect(speakers.filter((s) => s === "Viking")).toHaveLength(2);
    expect(speakers.filter((s) => s === "Bjorn Kallsoy")).toHaveLength(1);
    expect(a.quotes.map((q) => q.attribution)).toContain("elided");
    // The two-word scare quote is left out; no quote is taken from a heading or the headline.
    expect(a.quotes.some((q) => q.text === "safe environment")).toBe(false);
    expect(a.quotes.every((q) => a.blocks.some((b) => b.kind === "paragraph" && b.start <= q.start && q.end <= b.end))).toBe(true);
  });
});

describe("parseArticle: properties", () => {
  it("recovers the structure and the quote speakers of a generated article", () => {
    fc.assert(
      fc.property(generatedArticleArbitrary(), (g) => {
        const a = parsed(g.text);
        expect(a.headlines[0]?.value).toBe(g.headline);
        expect(a.byline).toBe(g.byline);
        expect(a.source?.name).toBe(g.source);
        expect(a.dateline?.place).toBe(g.datelinePlace);
        expect(a.blocks.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(g.blocks);
        expect(a.quotes.map(({ start, end, speaker, attribution }) => ({ start, end, speaker, attribution }))).toEqual(g.quotes);
      }),
    );
  });

  it("slices every block, quote, speaker and date back to its text, on any string", () => {
    const pieces = ["Title", "\n", "\n\n", "By Jane Doe", "KYIV, Dec 31 (Reuters) – ", "“", "”", "\"", "«", "»", "he says", "Mara Lind", ".", "Source: X", "- item", "Photo: Y", "A short heading"];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.array(fc.constantFrom(...pieces)).map((p) => p.join(""))), (text) => {
        const r = parseArticle(text);
        if (!r.success) {
          expect(r.error.code).toBe("empty");
          return;
        }
        const a = r.data;
        expect(ArticleSchema.safeParse(a).success).toBe(true);
        for (const b of a.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
        for (const q of a.quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.speakerStart !== undefined) expect(text.slice(q.speakerStart, q.speakerEnd)).toBe(q.speaker);
        }
      }),
    );
  });

  it.each([
    ["megabytes of newlines", "\n"],
    ["repeated opening quote marks", "“"],
    ["repeated straight quotes", "\"a "],
    ["a paragraph per line", "a\n\n"],
    ["caption lines", "Photo: x\n"],
    ["attributed quotes", "“We held the bridge for a week,” Mara Lind says.\n\n"],
    ["one endless paragraph of names", "Mara Lind said "],
  ])("runs in linear time on %s", (_name, unit) => {
    expectLinear((n) => repeatTo(unit, n), (t) => parseArticle(t));
  });
});

describe("parseArticle: the sample article of the demo", () => {
  it("reads examples/sample-article.txt", () => {
    const text = readFileSync(new URL("../../examples/sample-article.txt", import.meta.url), "utf8");
    const a = parsed(text);
    expect(a.headlines).toHaveLength(1);
    expect(a.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["Orders without explanation", "A “family” scattered", "What comes next"]);
    expect(a.source).toEqual({ name: "Field Desk" });
    expect(a.quotes.map((q) => [q.speaker, q.attribution, q.cue])).toEqual([
      ["Maren Holt", "pronoun", "says"],
      ["Tomas Ferreira", "pronoun", "explains"],
      ["Tomas Ferreira", "elided", "warns"],
      ["Ferreira", "named", "recalls"],
      ["Jonah Reyes", "pronoun", "says"],
      ["Maren Holt", "pronoun", "insists"],
    ]);
  });
});

describe("parseArticle: long single lines", () => {
  it.each([
    ["dots before a source label", ".", "x"],
    ["open brackets in a trailing line", "Source: (", ""],
    ["dashes in a first paragraph", "A – ", ""],
  ])("runs in linear time on %s", (_name, unit, tail) => {
    expectLinear((n) => `Title\n\nText.\n\n${repeatTo(unit, n)}${tail}`, (t) => parseArticle(t));
  });
});
