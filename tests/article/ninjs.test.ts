import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/index.js";
import { fromNinjs, parseArticle, toNinjs } from "../../src/article/index.js";
import { articleArbitrary } from "../../src/testing.js";

// The real IPTC schemas, kept as test data (see fixtures/README.md for the source).
const schema = (version: string) => JSON.parse(readFileSync(new URL(`./fixtures/ninjs-schema_${version}.json`, import.meta.url), "utf8")) as object;
// ajv is CommonJS: under ESM its class sits on `default` at run time, not in the types.
const Ajv = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv ships no formats; these two are the ones the ninjs schemas use (RFC 3986 URI, RFC 3339 date-time).
ajv.addFormat("uri", (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
ajv.addFormat("date-time", (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s));
// Tests run offline: a stand-in for the external GeoJSON schema the places property refers to.
ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json", type: "object" });
const validate = { "2": ajv.compile(schema("2.4")), "3": ajv.compile(schema("3.3")) };

function comparable(a: Article) {
  return {
    uri: a.uri,
    headlines: a.headlines,
    language: a.language,
    byline: a.byline,
    authors: a.authors.map((x) => x.name),
    place: a.dateline?.place,
    genre: a.genre,
    source: a.source,
    publisher: a.publisher,
    blocks: a.blocks.map((b) => [b.kind, b.text]),
    quotes: a.quotes.map((q) => [q.text, q.speaker, q.attribution, q.kind]),
    wordCount: a.wordCount,
    characterCount: a.characterCount,
  };
}

const sample = () => {
  const r = parseArticle(
    "Volunteers moved to the front\n\nBy Jane Doe, Reuters\n\nKRAMATORSK, Aug. 4, 2024 (Reuters) – The battalion moved at night.\n\nOrders\n\nMara Lind leads the company. “We were never told why,” she says.\n\nSource: Frontline Wire",
    { language: "en", genre: "report", uri: "https://news.example.org/a/1" },
  );
  if (!r.success) throw new Error(r.error.message);
  return { ...r.data, dates: { ...r.data.dates, modified: { value: "2024-08-05T10:00:00+03:00", from: "caller" as const } } };
};

describe("toNinjs", () => {
  it.each(["2", "3"] as const)("writes ninjs %s that the IPTC JSON Schema accepts", (version) => {
    const item = toNinjs(sample(), { version });
    const ok = validate[version](item);
    expect(validate[version].errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("writes the fields under each version's names", () => {
    const v3 = toNinjs(sample(), { version: "3" });
    const v2 = toNinjs(sample(), { version: "2" });
    expect(v3).toMatchObject({ uri: "https://news.example.org/a/1", type: "text", language: "en", by: "By Jane Doe, Reuters", located: "KRAMATORSK", versionCreated: "2024-08-05T10:00:00+03:00" });
    expect(v2).toMatchObject({ versioncreated: "2024-08-05T10:00:00+03:00" });
    expect(v2).not.toHaveProperty("versionCreated");
    expect(v3["bodies"]).toEqual([expect.objectContaining({ contentType: "text/plain", wordCount: sample().wordCount })]);
    expect(v3["infoSources"]).toEqual([
      { role: "source", name: "Frontline Wire" },
      { name: "Reuters", role: "agency" },
    ]);
    // A partial date has no ninjs field: the dateline date is not invented into a date-time.
    expect(v3).not.toHaveProperty("firstCreated");
  });

  it("derives a stable URN when the article has no URI", () => {
    const r = parseArticle("Title\n\nText.");
    if (!r.success) throw new Error("unreachable");
    const a = toNinjs(r.data).uri;
    expect(a).toMatch(/^urn:musterroll:article:[0-9a-f]{16}$/);
    expect(toNinjs(r.data).uri).toBe(a);
  });

  it("validates for every generated article, in both versions", () => {
    fc.assert(
      fc.property(articleArbitrary(), fc.constantFrom("2" as const, "3" as const), (article, version) => {
        expect(validate[version](toNinjs(article, { version }))).toBe(true);
      }),
    );
  });

  it("the schema fixture is the real one: it refuses what ninjs refuses", () => {
    expect(validate["3"]({ type: "text" })).toBe(false);
    expect(validate["3"]({ uri: "urn:x:1", headline: "not a ninjs field" })).toBe(false);
    expect(validate["2"]({ uri: "urn:x:1", firstCreated: "2024-01-01T00:00:00Z" })).toBe(false);
    expect(validate["3"]({ uri: "urn:x:1", urgency: 10 })).toBe(false);
    expect(validate["3"]({ uri: "urn:x:1", bodies: [{ value: "x", charCount: 1.5 }] })).toBe(false);
    expect(validate["2"]({ uri: "urn:x:1", bodies: [{ value: "x", charcount: 1.5 }] })).toBe(true);
  });
});

describe("fromNinjs", () => {
  it.each(["2", "3"] as const)("round-trips what ninjs %s holds", (version) => {
    fc.assert(
      fc.property(articleArbitrary(), (article) => {
        const back = fromNinjs(toNinjs(article, { version }));
        expect(back.success).toBe(true);
        if (back.success) expect(comparable(back.data)).toEqual(comparable(article));
      }),
    );
  });

  it("keeps full date-times and their provenance", () => {
    const back = fromNinjs(toNinjs(sample()));
    expect(back.success && back.data.dates.modified).toEqual({ value: "2024-08-05T10:00:00+03:00", from: "ninjs" });
    expect(back.success && back.data.dates.published).toMatchObject({ value: "2024-08-04", from: "dateline" });
  });

  it("reads an HTML body", () => {
    const r = fromNinjs({
      uri: "urn:example:2",
      headlines: [{ value: "Unit moved" }],
      bodies: [{ contentType: "text/html", value: "<h2>Orders</h2><p>Karin Dahl waited &amp; watched.</p><p>&ldquo;We left at night,&rdquo; she says.</p>" }],
    });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.blocks.map((b) => [b.kind, b.text])).toEqual([
        ["heading", "Orders"],
        ["paragraph", "Karin Dahl waited & watched."],
        ["paragraph", "“We left at night,” she says."],
      ]);
      expect(r.data.quotes[0]?.speaker).toBe("Karin Dahl");
    }
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ uri: fc.webUrl(), bodies: fc.array(fc.record({ value: fc.string(), contentType: fc.constantFrom("text/plain", "text/html") })) })), (json) => {
        expect(typeof fromNinjs(json).success).toBe("boolean");
      }),
    );
  });

  it("reports every problem with its JSON path", () => {
    expect(fromNinjs("nope")).toEqual({ success: false, issues: [expect.objectContaining({ code: "invalid_type", path: [] })] });
    const r = fromNinjs({ headlines: [{ role: "main" }, 3], firstCreated: "31 Dec 2025", bodies: "text", language: 7 });
    expect(r.success).toBe(false);
    if (!r.success) {
      const paths = r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
      expect(paths).toEqual(
        expect.arrayContaining(["missing@uri", "missing@headlines.0.value", "invalid_type@headlines.1", "invalid_type@bodies", "invalid_type@language", "invalid_value@firstCreated"]),
      );
      expect(r.issues.find((i) => i.path[0] === "firstCreated")?.message).toContain("31 Dec 2025");
    }
    const lang = fromNinjs({ uri: "urn:x:1", language: "en_GB" });
    expect(!lang.success && lang.issues[0]?.path).toEqual(["language"]);
  });
});
