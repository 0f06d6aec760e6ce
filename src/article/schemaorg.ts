import { parseArticle } from "./parse.js";
import { ArticleDateValueSchema, ArticleSchema, GenreSchema, type Article, type ArticleDate, type Author, type Headline, type OrganizationRef } from "./schema.js";
import { asRecord, bodyText, JsonReader, type ImportIssue, type ImportResult } from "./adapt.js";

/**
 * A schema.org NewsArticle as JSON-LD.
 *
 * @example
 * ```ts
 * import type { SchemaOrgNewsArticle } from "musterroll/article";
 * const doc: SchemaOrgNewsArticle = { "@context": "https://schema.org", "@type": "NewsArticle" };
 * ```
 */
export type SchemaOrgNewsArticle = { readonly "@context": "https://schema.org"; readonly "@type": "NewsArticle" } & Readonly<Record<string, unknown>>;

const ARTICLE_TYPES = new Set([
  "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "Report",
]);

const organization = (o: OrganizationRef) => ({ "@type": "Organization", ...(o.name ? { name: o.name } : {}), ...(o.url ? { url: o.url } : {}) });

/**
 * Writes an article as schema.org NewsArticle JSON-LD: `@id`/`url` (the URI), `identifier`,
 * `headline` and `alternativeHeadline`, `inLanguage`, `datePublished`/`dateModified`/
 * `dateCreated` (partial dates kept, as schema.org Date allows), `author` as Person items with
 * `jobTitle` and `affiliation`, `creditText` (the byline), `dateline` (as written) and
 * `locationCreated`, `publisher`, `isBasedOn` (the source), `genre`, `articleBody`,
 * `wordCount`, and every attributed quote as a `Quotation` in `hasPart` with its
 * `spokenByCharacter`.
 *
 * @param article - the article.
 * @returns the JSON-LD object.
 * @example
 * ```ts
 * import { parseArticle, toSchemaOrg } from "musterroll/article";
 * const r = parseArticle("Unit disbanded\n\n“We were not told,” Mara Lind says.");
 * if (r.success) toSchemaOrg(r.data).hasPart; // [{ "@type": "Quotation", text: "We were not told,", … }]
 * ```
 */
export function toSchemaOrg(article: Article): SchemaOrgNewsArticle {
  const main = article.headlines.find((h) => h.role === "main");
  const others = article.headlines.filter((h) => h !== main).map((h) => h.value);
  const dateline = article.blocks.find((b) => b.kind === "dateline");
  const body = bodyText(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    ...(article.uri ? { "@id": article.uri, url: article.uri } : {}),
    ...(article.id ? { identifier: article.id } : {}),
    ...(main ? { headline: main.value } : {}),
    ...(others.length === 1 ? { alternativeHeadline: others[0] } : others.length > 1 ? { alternativeHeadline: others } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    ...(article.dates.published ? { datePublished: article.dates.published.value } : {}),
    ...(article.dates.modified ? { dateModified: article.dates.modified.value } : {}),
    ...(article.dates.created ? { dateCreated: article.dates.created.value } : {}),
    ...(article.authors.length > 0
      ? {
          author: article.authors.map((a) => ({
            "@type": "Person",
            name: a.name,
            ...(a.role ? { jobTitle: a.role } : {}),
            ...(a.affiliation ? { affiliation: { "@type": "Organization", name: a.affiliation } } : {}),
          })),
        }
      : {}),
    ...(article.byline ? { creditText: article.byline } : {}),
    ...(dateline ? { dateline: dateline.text } : {}),
    ...(article.dateline?.place ? { locationCreated: { "@type": "Place", name: article.dateline.place } } : {}),
    ...(article.publisher ? { publisher: organization(article.publisher) } : {}),
    ...(article.source ? { isBasedOn: { "@type": "CreativeWork", ...(article.source.name ? { name: article.source.name } : {}), ...(article.source.url ? { url: article.source.url } : {}) } } : {}),
    ...(article.genre ? { genre: article.genre } : {}),
    ...(body ? { articleBody: body } : {}),
    wordCount: article.wordCount,
    ...(article.quotes.length > 0
      ? {
          hasPart: article.quotes.map((q) => ({
            "@type": "Quotation",
            text: q.text,
            ...(q.speaker ? { spokenByCharacter: { "@type": "Person", name: q.speaker } } : {}),
          })),
        }
      : {}),
  };
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const name = asRecord(value)?.["name"];
  return typeof name === "string" ? name : undefined;
}

function orgOf(value: unknown): OrganizationRef | undefined {
  const rec = asRecord(value);
  const name = rec ? nameOf(rec) : typeof value === "string" ? value : undefined;
  const url = rec?.["url"];
  const ref: OrganizationRef = { ...(name ? { name } : {}), ...(typeof url === "string" && URL.canParse(url) ? { url } : {}) };
  return rec !== undefined || name ? ref : undefined;
}

function findArticleNode(input: unknown): Readonly<Record<string, unknown>> | undefined {
  const rec = asRecord(input);
  if (rec === undefined) return undefined;
  const type = rec["@type"];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) return rec;
  const graph = rec["@graph"];
  return Array.isArray(graph) ? graph.map(findArticleNode).find((n) => n !== undefined) : undefined;
}

/**
 * Reads schema.org JSON-LD (a NewsArticle or another Article type, alone or in an `@graph`)
 * into an article: `articleBody` is parsed with {@link parseArticle} without a headline (so
 * blocks, dateline and quotes are found again), then headline, alternativeHeadline,
 * inLanguage, the three dates, author (strings or Person items with jobTitle and affiliation),
 * creditText, locationCreated, publisher, isBasedOn, genre and `@id`/url take their place.
 *
 * @param input - parsed JSON, not trusted.
 * @returns the article, or every problem with its JSON path.
 * @example
 * ```ts
 * import { fromSchemaOrg } from "musterroll/article";
 * const r = fromSchemaOrg({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Unit disbanded",
 *   articleBody: "The unit was disbanded." });
 * // r.success === true; r.data.headlines → [{ role: "main", value: "Unit disbanded" }]
 * ```
 */
export function fromSchemaOrg(input: unknown): ImportResult<Article> {
  const r = new JsonReader();
  const obj = findArticleNode(input);
  if (obj === undefined) {
    const issue: ImportIssue = asRecord(input)
      ? { code: "invalid_value", path: ["@type"], message: `expected a NewsArticle or another schema.org Article type, got ${JSON.stringify(asRecord(input)?.["@type"] ?? null)}` }
      : { code: "invalid_type", path: [], expected: "object", message: `the input must be a JSON-LD object, got ${Array.isArray(input) ? "array" : input === null ? "null" : typeof input}` };
    return { success: false, issues: [issue] };
  }
  const issues = r.issues;
  const headlines: Headline[] = [];
  const headline = r.string(obj, [], "headline", "name");
  if (headline) headlines.push({ role: "main", value: headline });
  const alt = obj["alternativeHeadline"];
  for (const value of Array.isArray(alt) ? alt : alt === undefined ? [] : [alt]) {
    if (typeof value === "string" && value) headlines.push({ role: headlines.length === 1 && !Array.isArray(alt) ? "sub" : "alternative", value });
  }
  const date = (key: string): ArticleDate | undefined => {
    const value = r.string(obj, [], key);
    if (value === undefined) return undefined;
    const parsed = ArticleDateValueSchema.safeParse(value);
    if (!parsed.success) {
      issues.push({ code: "invalid_value", path: [key], message: parsed.error.issues[0]?.message ?? `${key} is not a date` });
      return undefined;
    }
    return { value, from: "schema.org" };
  };
  const published = date("datePublished");
  const modified = date("dateModified");
  const created = date("dateCreated");
  const authorsIn = obj["author"];
  const authors: Author[] = [];
  for (const a of Array.isArray(authorsIn) ? authorsIn : authorsIn === undefined ? [] : [authorsIn]) {
    const name = nameOf(a);
    if (!name) continue;
    const rec = asRecord(a);
    const role = rec?.["jobTitle"];
    const affiliation = nameOf(rec?.["affiliation"]);
    authors.push({ name, ...(typeof role === "string" && role ? { role } : {}), ...(affiliation ? { affiliation } : {}) });
  }
  const body = r.string(obj, [], "articleBody") ?? "";
  const language = r.string(obj, [], "inLanguage");
  const byline = r.string(obj, [], "creditText");
  const identifier = obj["identifier"];
  const uri = r.string(obj, [], "@id", "url");
  const place = nameOf(obj["locationCreated"]);
  const publisher = orgOf(obj["publisher"]);
  const source = orgOf(obj["isBasedOn"]);
  const genre = GenreSchema.safeParse(obj["genre"]);
  if (issues.length > 0) return { success: false, issues };
  const parsed = parseArticle(body, { headline: false, ...(published && /^\d{4}-\d{2}-\d{2}/.test(published.value) ? { referenceDate: published.value.slice(0, 10) } : {}) });
  const base: Article = parsed.success
    ? parsed.data
    : { text: body, headlines: [], dates: {}, authors: [], blocks: [], characterCount: 0, wordCount: 0, quotes: [] };
  const article: Article = {
    ...base,
    ...(typeof identifier === "string" && identifier ? { id: identifier } : {}),
    ...(uri && URL.canParse(uri) ? { uri } : {}),
    headlines,
    ...(language ? { language } : {}),
    dates: { ...base.dates, ...(published ? { published } : {}), ...(modified ? { modified } : {}), ...(created ? { created } : {}) },
    authors: authors.length > 0 ? authors : base.authors,
    ...(byline ? { byline } : {}),
    ...(place ? { dateline: { ...base.dateline, place } } : {}),
    ...(publisher ? { publisher } : {}),
    ...(source ? { source } : {}),
    ...(genre.success ? { genre: genre.data } : {}),
  };
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    return { success: false, issues: checked.error.issues.map((i) => ({ code: "invalid_value", path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })) };
  }
  return { success: true, data: checked.data };
}
