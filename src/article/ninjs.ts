import { parseArticle } from "./parse.js";
import { ArticleSchema, GenreSchema, HeadlineRoleSchema, type Article, type ArticleDate, type Author, type Headline, type OrganizationRef } from "./schema.js";
import { asRecord, bodyText, derivedUri, htmlToText, JsonReader, type ImportIssue, type ImportResult } from "./adapt.js";
import { dateTimeProblem } from "./values.js";

/**
 * A ninjs news item as plain JSON (version 2.x property names are lower case, 3.x camel case).
 *
 * @example
 * ```ts
 * import type { NinjsObject } from "musterroll/article";
 * const item: NinjsObject = { uri: "urn:example:1", type: "text" };
 * ```
 */
export type NinjsObject = { readonly uri: string } & Readonly<Record<string, unknown>>;

/**
 * Options of {@link toNinjs}: the ninjs major version to write, "2" (schema 2.4) or "3"
 * (schema 3.3, the default).
 *
 * @example
 * ```ts
 * import type { ToNinjsOptions } from "musterroll/article";
 * const options: ToNinjsOptions = { version: "2" };
 * ```
 */
export interface ToNinjsOptions {
  readonly version?: "2" | "3";
}

const STANDARD = {
  "2": { version: "2.4", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json#" },
  "3": { version: "3.3", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#" },
} as const;

// Property names that differ between ninjs 2.x (lower case) and 3.x (camel case).
const KEYS = {
  "2": { contentType: "contenttype", charCount: "charcount", wordCount: "wordcount", firstCreated: "firstcreated", versionCreated: "versioncreated", contentCreated: "contentcreated", infoSources: "infosources", altIds: "altids" },
  "3": { contentType: "contentType", charCount: "charCount", wordCount: "wordCount", firstCreated: "firstCreated", versionCreated: "versionCreated", contentCreated: "contentCreated", infoSources: "infoSources", altIds: "altIds" },
} as const;

const fullDateTime = (d: ArticleDate | undefined): string | undefined =>
  d !== undefined && dateTimeProblem(d.value) === undefined ? d.value : undefined;

/**
 * Writes an article as an IPTC ninjs news item: uri (a `urn:musterroll:article:` hash of the
 * text when the article has none), headlines with roles, language, the body as one text/plain
 * body with character and word counts, `by` (the byline, or the author names), authors as
 * people with rel "author", `located` (the dateline place), first/version/content created
 * (published/modified/created when they are full date-times: ninjs has no partial dates),
 * genres, the source, publisher and dateline agency as info sources, `id` as an alternative id.
 * Quotes have no ninjs field: they are found again in the body on import.
 *
 * @param article - the article.
 * @param options - the ninjs major version.
 * @returns the ninjs object; it validates against the IPTC ninjs JSON Schema of that version.
 * @example
 * ```ts
 * import { parseArticle, toNinjs } from "musterroll/article";
 * const r = parseArticle("Unit disbanded\n\nBy Jane Doe\n\nThe unit was disbanded.");
 * if (r.success) toNinjs(r.data, { version: "3" }).headlines; // [{ role: "main", value: "Unit disbanded" }]
 * ```
 */
export function toNinjs(article: Article, options: ToNinjsOptions = {}): NinjsObject {
  const version = options.version ?? "3";
  const k = KEYS[version];
  const body = bodyText(article);
  const sources: { name?: string; role: string; uri?: string }[] = [];
  const org = (o: OrganizationRef | undefined, role: string) => {
    if (o !== undefined) sources.push({ role, ...(o.name ? { name: o.name } : {}), ...(o.url ? { uri: o.url } : {}) });
  };
  org(article.source, "source");
  org(article.publisher, "publisher");
  if (article.dateline?.agency) sources.push({ name: article.dateline.agency, role: "agency" });
  const by = article.byline ?? (article.authors.length > 0 ? article.authors.map((a) => a.name).join(", ") : undefined);
  const dates: [string, string | undefined][] = [
    [k.firstCreated, fullDateTime(article.dates.published)],
    [k.versionCreated, fullDateTime(article.dates.modified)],
    [k.contentCreated, fullDateTime(article.dates.created)],
  ];
  return {
    uri: article.uri ?? derivedUri(article),
    type: "text",
    standard: { name: "ninjs", ...STANDARD[version] },
    ...(article.language ? { language: article.language } : {}),
    ...Object.fromEntries(dates.filter((d): d is [string, string] => d[1] !== undefined)),
    headlines: article.headlines.map((h) => ({ role: h.role, value: h.value })),
    ...(body
      ? { bodies: [{ role: "main", [k.contentType]: "text/plain", [k.charCount]: article.characterCount, [k.wordCount]: article.wordCount, value: body }] }
      : {}),
    ...(by ? { by } : {}),
    ...(article.authors.length > 0 ? { people: article.authors.map((a) => ({ name: a.name, rel: "author" })) } : {}),
    ...(article.dateline?.place ? { located: article.dateline.place } : {}),
    ...(article.genre ? { genres: [{ name: article.genre, literal: article.genre }] } : {}),
    ...(sources.length > 0 ? { [k.infoSources]: sources } : {}),
    ...(article.id ? { [k.altIds]: [{ role: "id", value: article.id }] } : {}),
  };
}

function readDate(r: JsonReader, obj: Readonly<Record<string, unknown>>, keys: readonly string[], issues: ImportIssue[]): ArticleDate | undefined {
  const value = r.string(obj, [], ...keys);
  if (value === undefined) return undefined;
  const problem = dateTimeProblem(value);
  if (problem !== undefined) {
    issues.push({ code: "invalid_value", path: [keys.find((key) => obj[key] !== undefined) ?? keys[0] ?? ""], message: problem });
    return undefined;
  }
  return { value, from: "ninjs" };
}

/**
 * Reads an IPTC ninjs news item (2.x or 3.x property names) into an article: the body (the
 * text/plain body, else the first body, HTML turned into text) is parsed with
 * {@link parseArticle} without a headline, so blocks, dateline and quotes are found again; then
 * the ninjs headlines, language, dates, `by`, people with rel "author", `located`, genres and
 * info sources take their place.
 *
 * @param input - parsed JSON, not trusted.
 * @returns the article, or every problem with its JSON path (a missing `uri`, a wrong type, a
 *   date that is not RFC 3339).
 * @example
 * ```ts
 * import { fromNinjs } from "musterroll/article";
 * const r = fromNinjs({ uri: "urn:example:1", headlines: [{ role: "main", value: "Unit disbanded" }],
 *   bodies: [{ value: "The unit was disbanded." }] });
 * // r.success === true; r.data.blocks[0].text === "The unit was disbanded."
 * ```
 */
export function fromNinjs(input: unknown): ImportResult<Article> {
  const r = new JsonReader();
  const obj = r.record(input, []);
  if (obj === undefined) return { success: false, issues: r.issues };
  const issues = r.issues;
  const uri = r.string(obj, [], "uri");
  if (uri === undefined && obj["uri"] === undefined) issues.push({ code: "missing", path: ["uri"], message: "ninjs requires uri, the item's identifier" });
  else if (uri !== undefined && !URL.canParse(uri)) issues.push({ code: "invalid_value", path: ["uri"], message: `uri ${JSON.stringify(uri.slice(0, 60))} is not a URI` });
  const headlines: Headline[] = [];
  r.array(obj, [], "headlines")?.items.forEach((item, i) => {
    const h = r.record(item, ["headlines", i]);
    const value = h ? r.string(h, ["headlines", i], "value") : undefined;
    if (h && value === undefined) issues.push({ code: "missing", path: ["headlines", i, "value"], message: "a ninjs headline requires value" });
    const role = h ? r.string(h, ["headlines", i], "role") : undefined;
    if (value) headlines.push({ role: HeadlineRoleSchema.safeParse(role).data ?? (headlines.length === 0 ? "main" : "alternative"), value });
  });
  let body = "";
  const bodies = r.array(obj, [], "bodies");
  const records = (bodies?.items ?? []).map((b, i) => r.record(b, ["bodies", i]));
  const plain = records.find((b) => b !== undefined && /^text\/plain/.test(String(b["contentType"] ?? b["contenttype"] ?? "text/plain")));
  const chosen = plain ?? records[0];
  if (chosen !== undefined) {
    const value = r.string(chosen, ["bodies", records.indexOf(chosen)], "value") ?? "";
    const type = String(chosen["contentType"] ?? chosen["contenttype"] ?? "text/plain");
    body = /html/.test(type) ? htmlToText(value) : value;
  }
  const language = r.string(obj, [], "language");
  const published = readDate(r, obj, ["firstCreated", "firstcreated"], issues);
  const modified = readDate(r, obj, ["versionCreated", "versioncreated"], issues);
  const created = readDate(r, obj, ["contentCreated", "contentcreated"], issues);
  const by = r.string(obj, [], "by");
  const located = r.string(obj, [], "located");
  const authors: Author[] = [];
  r.array(obj, [], "people")?.items.forEach((p, i) => {
    const rec = r.record(p, ["people", i]);
    const name = rec ? r.string(rec, ["people", i], "name") : undefined;
    if (rec && name && (rec["rel"] === undefined || rec["rel"] === "author")) authors.push({ name });
  });
  let genre: Article["genre"];
  r.array(obj, [], "genres")?.items.forEach((g, i) => {
    const rec = r.record(g, ["genres", i]);
    const parsed = GenreSchema.safeParse(rec?.["name"] ?? rec?.["literal"]);
    if (parsed.success && genre === undefined) genre = parsed.data;
  });
  let source: OrganizationRef | undefined;
  let publisher: OrganizationRef | undefined;
  let agency: string | undefined;
  const info = r.array(obj, [], "infoSources", "infosources");
  info?.items.forEach((s, i) => {
    const rec = r.record(s, [info.key, i]);
    if (!rec) return;
    const name = r.string(rec, [info.key, i], "name");
    const url = r.string(rec, [info.key, i], "uri");
    const ref: OrganizationRef = { ...(name ? { name } : {}), ...(url && URL.canParse(url) ? { url } : {}) };
    if (rec["role"] === "source") source = ref;
    else if (rec["role"] === "publisher") publisher = ref;
    else if (rec["role"] === "agency" && name) agency = name;
  });
  let id: string | undefined;
  const alt = r.array(obj, [], "altIds", "altids");
  alt?.items.forEach((a) => {
    const rec = asRecord(a);
    if (rec?.["role"] === "id" && typeof rec["value"] === "string" && rec["value"]) id = rec["value"];
  });
  if (issues.length > 0) return { success: false, issues };
  const parsed = parseArticle(body, { headline: false, ...(published ? { referenceDate: published.value.slice(0, 10) } : {}) });
  const base: Article = parsed.success
    ? parsed.data
    : { text: body, headlines: [], dates: {}, authors: [], blocks: [], characterCount: 0, wordCount: 0, quotes: [] };
  const dateline = base.dateline || located || agency ? { ...base.dateline, ...(located ? { place: located } : {}), ...(agency ? { agency } : {}) } : undefined;
  const article: Article = {
    ...base,
    ...(id ? { id } : {}),
    ...(uri ? { uri } : {}),
    headlines,
    ...(language ? { language } : {}),
    dates: {
      ...base.dates,
      ...(published ? { published } : {}),
      ...(modified ? { modified } : {}),
      ...(created ? { created } : {}),
    },
    authors: authors.length > 0 ? authors : base.authors,
    ...(by ? { byline: by } : {}),
    ...(dateline ? { dateline } : {}),
    ...(publisher ? { publisher } : {}),
    ...(source ? { source } : {}),
    ...(genre ? { genre } : {}),
  };
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    return { success: false, issues: checked.error.issues.map((i) => ({ code: "invalid_value", path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })) };
  }
  return { success: true, data: checked.data };
}
