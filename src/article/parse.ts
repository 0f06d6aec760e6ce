import { fail, ok, parseDatePhrase, quote, type CalendarDate, type ParseResult } from "../common/index.js";
import { creditsStaff, looksLikeByline, parseByline } from "./byline.js";
import { parseDateline } from "./dateline.js";
import { endsWithClosingPunctuation, isListItem, layoutUnits, type Unit } from "./layout.js";
import { scanQuoteMarks } from "./marks.js";
import { findQuotes } from "./quotes.js";
import type { Article, ArticleDate, Author, Block, BlockKind, Dateline, Genre, Headline, OrganizationRef } from "./schema.js";
import { countCharacters, countWords, isQuoteMark } from "./tokens.js";
import { languageTagProblem } from "./values.js";
import { CAPTION_MARKERS, SOURCE_LABELS } from "./vocabulary.js";

/**
 * Options of {@link parseArticle}.
 *
 * @example
 * ```ts
 * import type { ParseArticleOptions } from "musterroll/article";
 * const options: ParseArticleOptions = { referenceDate: "2025-12-31", language: "en" };
 * ```
 */
export interface ParseArticleOptions {
  /** The date a year-less dateline ("KYIV, Dec 31 –") is read against. */
  readonly referenceDate?: CalendarDate;
  /** BCP 47 tag of the text's language, recorded as given. */
  readonly language?: string;
  /**
   * Whether the first line is the headline; `false` for a bare body. By default it is, unless it is
   * a paragraph that opens with a dateline ("KYIV, March 4, 2025 — The brigade said …"): a story
   * pasted without its headline.
   */
  readonly headline?: boolean;
  /** The article's URI, recorded as given. */
  readonly uri?: string;
  /** The genre, recorded as given. */
  readonly genre?: Genre;
}

const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;
const SHORT_LINE = 80;
const URL_PATTERN = /https?:\/\/\S+/;
const PUBLISHED_LABELS = ["first published", "published on", "published", "posted on", "posted"];
const MODIFIED_LABELS = ["last updated", "updated on", "updated", "modified"];

/** A headline with quote marks and spacing folded, to tell a printed-twice headline from a new line. */
export function normalizeHeadline(text: string): string {
  return text
    .replace(/[“”„«»"]/g, "\"")
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const isCaption = (line: string): boolean => {
  if (line.length > 300) return false;
  const lower = line.toLowerCase();
  return CAPTION_MARKERS.some((m) => lower.startsWith(m) || (m.length > 6 && lower.includes(m)));
};

function sourceLine(line: string): OrganizationRef | undefined {
  if (line.length > SHORT_LINE * 4) return undefined;
  let cut = line.length;
  while (cut > 0 && ".:".includes(line.charAt(cut - 1))) cut--;
  const lower = line.slice(0, cut).toLowerCase().trim();
  if (SOURCE_LABELS.has(lower)) return {};
  const colon = line.indexOf(":");
  if (colon < 0 || !SOURCE_LABELS.has(line.slice(0, colon).trim().toLowerCase())) return undefined;
  const rest = line.slice(colon + 1).trim();
  const url = URL_PATTERN.exec(rest)?.[0];
  const name = rest.replace(URL_PATTERN, "").replace(/\([^()]*\)|\[[^[\]]*\]/g, "").replace(/[()[\]]/g, "").trim();
  return { ...(name ? { name } : {}), ...(url && URL.canParse(url) ? { url } : {}) };
}

function publisherLine(line: string): OrganizationRef | undefined {
  if (line.length > SHORT_LINE * 2) return undefined;
  const copyright = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/i.exec(line);
  if (copyright) {
    let name = line.slice(copyright[0].length).trim();
    if (name.endsWith(".")) name = name.slice(0, -1);
    if (name.toLowerCase().endsWith("all rights reserved")) name = name.slice(0, -"all rights reserved".length).trim();
    if (name.endsWith(".")) name = name.slice(0, -1).trim();
    return name ? { name } : undefined;
  }
  if (endsWithClosingPunctuation(line)) return undefined;
  const bar = line.indexOf(" | ");
  if (bar > 0 && line.length <= SHORT_LINE) return { name: line.slice(0, bar).trim() };
  return undefined;
}

function dateLine(line: string, labels: readonly string[]): { value: string; offset: number; length: number } | undefined {
  const lower = line.toLowerCase();
  const label = labels.find((l) => lower.startsWith(l));
  if (label === undefined || line.length > SHORT_LINE * 2) return undefined;
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  const rest = line.slice(label.length);
  for (let m = re.exec(rest); m !== null && words.length < 9; m = re.exec(rest)) words.push({ start: m.index, end: m.index + m[0].length });
  let first = 0;
  while (first < words.length && /^(?:[:–—-]|on|at)$/i.test(rest.slice(words[first]?.start, words[first]?.end).replace(/:$/, ":"))) first++;
  for (let n = words.length; n > first; n--) {
    const from = words[first]?.start ?? 0;
    const to = (words[n - 1]?.end ?? 0);
    const phrase = rest.slice(from, to).replace(/[,.]$/, "").replace(/^:\s*/, "");
    const parsed = parseDatePhrase(phrase);
    if (parsed.success) return { value: parsed.data.value, offset: label.length + from + rest.slice(from, to).indexOf(phrase), length: phrase.length };
  }
  return undefined;
}

/**
 * The dates of a "Published …" / "Updated …" line, whose parts may share one line
 * ("Published 12 March 2025, 14:32 GMT | Updated 13 March 2025"); offsets index the line.
 */
function dateSegments(line: string): { kind: "published" | "modified"; value: string; offset: number; length: number }[] {
  const found: { kind: "published" | "modified"; value: string; offset: number; length: number }[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !SEGMENT_MARKS.has(line.charAt(i))) continue;
    const segment = line.slice(from, i);
    const lead = segment.length - segment.trimStart().length;
    const part = segment.trim();
    const published = dateLine(part, PUBLISHED_LABELS) ?? (dateLine(part, MODIFIED_LABELS) ? undefined : bareDate(part));
    const modified = published ? undefined : dateLine(part, MODIFIED_LABELS);
    const hit = published ?? modified;
    if (hit !== undefined) found.push({ kind: published ? "published" : "modified", value: hit.value, offset: from + lead + hit.offset, length: hit.length });
    from = i + 1;
  }
  return found;
}

const SEGMENT_MARKS = new Set(["|", "·", "•"]);

// what may follow a date on a line of its own: a time, perhaps its zone ("10:32 AM EDT", ", 14:32 GMT")
const TIME_AFTER = /^(?:[-,–—]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\(?[a-z]{2,5}\)?)?\.?$/i;

/**
 * A date on a line of its own in an article's front matter ("June 2, 2025", "Monday, 2 June 2025,
 * 14:32 GMT"): the publication date, when it names a day of a year; offsets index the line.
 */
function bareDate(line: string): { value: string; offset: number; length: number } | undefined {
  if (line.length > SHORT_LINE || !/\d{4}/.test(line)) return undefined;
  const hit = dateLine(line, [""]);
  if (hit === undefined || hit.value.length !== 10) return undefined;
  const rest = line.slice(hit.offset + hit.length).trim();
  return rest === "" || rest === "." || TIME_AFTER.test(rest) ? hit : undefined;
}

interface Classified {
  readonly headlines: Headline[];
  readonly blocks: Block[];
  byline?: string;
  authors: Author[];
  dateline?: Dateline;
  publisher?: OrganizationRef;
  source?: OrganizationRef;
  published?: ArticleDate;
  modified?: ArticleDate;
}

const unitText = (text: string, u: Unit): string => text.slice(u.start, u.end);

function readFront(text: string, units: readonly Unit[], useHeadline: boolean, out: Classified): number {
  let i = 0;
  const first = units[0];
  if (useHeadline && first !== undefined) {
    out.headlines.push({ role: "main", value: unitText(text, first) });
    i = 1;
    const sub = units[1];
    const subLine = sub === undefined ? "" : unitText(text, sub);
    const front = looksLikeByline(subLine) || dateSegments(subLine).length > 0;
    if (sub !== undefined && !sub.afterBlank && sub.lineCount === 1 && isHeadingLike(text, sub) && !front) {
      out.headlines.push({ role: "sub", value: unitText(text, sub) });
      i = 2;
    }
    const again = units[i];
    if (again !== undefined && normalizeHeadline(unitText(text, again)) === normalizeHeadline(unitText(text, first))) i++;
  }
  for (; i < units.length; i++) {
    const u = units[i];
    if (u === undefined) break;
    const line = unitText(text, u);
    const dates = dateSegments(line);
    if (looksLikeByline(line) && out.byline === undefined) {
      // "By Anna Kowalska | Published 14 June 2024": the byline ends at the mark before the dates
      const first = dates[0];
      const cut = first === undefined ? -1 : Math.max(...[...SEGMENT_MARKS].map((m) => line.lastIndexOf(m, first.offset)));
      const byline = cut > 0 ? line.slice(0, cut).trimEnd() : line;
      const parsed = parseByline(byline);
      // "By Staff Writer", "By Reuters Staff": a credit that names no one is still the byline, and
      // the front matter goes on after it
      if (!parsed.success && !creditsStaff(byline)) break;
      out.byline = byline;
      out.authors = parsed.success ? parsed.data : [];
      for (const d of cut > 0 ? dates : []) out[d.kind] ??= { value: d.value, from: "text", start: u.start + d.offset, end: u.start + d.offset + d.length };
    } else if (dates.length > 0 && dates.some((d) => !out[d.kind])) {
      for (const d of dates) out[d.kind] ??= { value: d.value, from: "text", start: u.start + d.offset, end: u.start + d.offset + d.length };
    } else if (isCaption(line)) {
      out.blocks.push({ kind: "caption", text: line, start: u.start, end: u.end });
    } else break;
  }
  return i;
}

function readTrailer(text: string, units: readonly Unit[], from: number, out: Classified): number {
  let end = units.length;
  const trailing: Block[] = [];
  while (end > from) {
    const u = units[end - 1];
    if (u === undefined) break;
    const line = unitText(text, u);
    const source = sourceLine(line);
    const publisher = source ? undefined : publisherLine(line);
    const labelBefore = end - 2 >= from ? units[end - 2] : undefined;
    if (source) {
      out.source = { ...source, ...out.source };
    } else if (publisher && !out.publisher) {
      out.publisher = publisher;
    } else if (isCaption(line)) {
      trailing.push({ kind: "caption", text: line, start: u.start, end: u.end });
    } else if (
      labelBefore !== undefined && sourceLine(unitText(text, labelBefore))?.name === undefined &&
      sourceLine(unitText(text, labelBefore)) !== undefined && line.length <= SHORT_LINE && !endsWithClosingPunctuation(line)
    ) {
      out.source = { name: line };
    } else break;
    end--;
  }
  for (let i = trailing.length - 1; i >= 0; i--) {
    const b = trailing[i];
    if (b) out.blocks.push(b);
  }
  return end;
}

function isHeadingLike(text: string, u: Unit): boolean {
  const line = unitText(text, u);
  return (
    u.lineCount === 1 && line.length <= HEADING_MAX_CHARS && countWords(line) <= HEADING_MAX_WORDS &&
    !endsWithClosingPunctuation(line) && !isListItem(line) && !/^\p{Ll}/u.test(line)
  );
}

function isWholeQuote(text: string, u: Unit): boolean {
  if (!isQuoteMark(text.charAt(u.start))) return false;
  const spans = scanQuoteMarks(text, u.start, u.end);
  const only = spans[0];
  if (spans.length !== 1 || only === undefined || only.open !== u.start || !only.closed) return false;
  return /^[\s.,!?…]*$/.test(text.slice(only.close + 1, u.end));
}

function readBody(text: string, units: readonly Unit[], from: number, to: number, referenceDate: CalendarDate | undefined, out: Classified): void {
  const body: Block[] = [];
  const push = (kind: BlockKind, start: number, end: number) => body.push({ kind, text: text.slice(start, end), start, end });
  let sawParagraph = false;
  for (let i = from; i < to; i++) {
    const u = units[i];
    if (u === undefined) break;
    const line = unitText(text, u);
    const next = i + 1 < to ? units[i + 1] : undefined;
    if (isCaption(line) && line.length <= 300) {
      push("caption", u.start, u.end);
    } else if (isListItem(line)) {
      let j = i;
      while (j + 1 < to && units[j + 1] !== undefined && isListItem(unitText(text, units[j + 1] as Unit))) j++;
      push("list", u.start, (units[j] as Unit).end);
      i = j;
      sawParagraph = true;
    } else if (isHeadingLike(text, u) && next !== undefined && !isHeadingLike(text, next) && !isCaption(unitText(text, next))) {
      push("heading", u.start, u.end);
    } else if (isWholeQuote(text, u)) {
      push("quote", u.start, u.end);
      sawParagraph = true;
    } else {
      const dateline = !sawParagraph && out.dateline === undefined ? parseDateline(line, referenceDate ? { referenceDate } : {}) : undefined;
      if (dateline?.success) {
        const d = dateline.data;
        out.dateline = d.dateline;
        push("dateline", u.start, u.start + d.end);
        if (d.dateline.date !== undefined && d.dateSpan && !out.published) {
          out.published = { value: d.dateline.date, from: "dateline", start: u.start + d.dateSpan.start, end: u.start + d.dateSpan.end };
        }
        let rest = u.start + d.end;
        while (rest < u.end && /\s/.test(text.charAt(rest))) rest++;
        if (rest < u.end) push("paragraph", rest, u.end);
      } else push("paragraph", u.start, u.end);
      sawParagraph = true;
    }
  }
  for (const b of body) out.blocks.push(b);
}

/** Whether the text's first line is a paragraph that opens with a dateline: a story with no headline. */
function opensWithDateline(text: string): boolean {
  const cut = text.indexOf("\n");
  const line = (cut < 0 ? text : text.slice(0, cut)).trim();
  const dateline = parseDateline(line);
  return dateline.success && dateline.data.end < line.length && endsWithClosingPunctuation(line);
}

/**
 * Reads a pasted plain-text article: the headline on the first line (a second line right under
 * it is a sub headline; a repeat of the headline, as scraped pages print it twice, is
 * dropped), a byline ("By Jane Doe and John Roe"), "Published …"/"Updated …" lines, a dateline
 * at the start of the first paragraph ("KYIV, Dec 31 (Reuters) –"), section headings (a short
 * line without closing punctuation followed by a paragraph), paragraphs (blank-line separated;
 * long lines without closing punctuation are soft-wrapped into one), lists, quote paragraphs,
 * photo-credit lines kept as captions, and trailing "source"/"Source: X" and publisher lines
 * ("Site name | tagline", "© 2025 Name"). Every block's `start`/`end` index the original text.
 * Quotes and their speakers come from {@link findQuotes} over the body (not headings, headline
 * or captions).
 *
 * @param text - the article as pasted, any string.
 * @param options - reference date for year-less datelines, and values recorded as given.
 * @returns the article, or `empty` for blank text, `syntax` for a bad `language` option.
 * @example
 * ```ts
 * import { parseArticle } from "musterroll/article";
 * const r = parseArticle("Unit disbanded\n\nBy Jane Doe\n\nKYIV, Dec 31 (Reuters) – The unit was disbanded.", {
 *   referenceDate: "2025-12-31",
 * });
 * // r.data.headlines[0].value === "Unit disbanded"; r.data.dateline → { place: "KYIV", date: "2025-12-31", agency: "Reuters" }
 * ```
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): ParseResult<Article> {
  if (text.trim().length === 0) return fail("empty", "expected an article, got an empty or blank text", text, 0);
  if (options.language !== undefined) {
    const problem = languageTagProblem(options.language);
    if (problem !== undefined) return fail("syntax", `option language: ${problem}`, text, 0);
  }
  if (options.uri !== undefined && !URL.canParse(options.uri)) return fail("syntax", `option uri ${quote(options.uri)} is not a URI`, text, 0);
  const headline = options.headline ?? !opensWithDateline(text);
  const units = layoutUnits(text, { firstLineAlone: headline });
  const out: Classified = { headlines: [], blocks: [], authors: [] };
  const bodyStart = readFront(text, units, headline, out);
  const bodyEnd = readTrailer(text, units, bodyStart, out);
  const reference = options.referenceDate ?? (out.published && /^\d{4}-\d{2}-\d{2}/.test(out.published.value) ? out.published.value.slice(0, 10) : undefined);
  readBody(text, units, bodyStart, bodyEnd, reference, out);
  const blocks = out.blocks.sort((a, b) => a.start - b.start);
  const counted = blocks.filter((b) => b.kind !== "caption");
  const regions = blocks.filter((b) => b.kind === "paragraph" || b.kind === "quote" || b.kind === "list");
  const article: Article = {
    ...(options.uri !== undefined ? { uri: options.uri } : {}),
    text,
    headlines: out.headlines,
    ...(options.language !== undefined ? { language: options.language } : {}),
    dates: { ...(out.published ? { published: out.published } : {}), ...(out.modified ? { modified: out.modified } : {}) },
    authors: out.authors,
    ...(out.byline !== undefined ? { byline: out.byline } : {}),
    ...(out.dateline ? { dateline: out.dateline } : {}),
    ...(out.publisher ? { publisher: out.publisher } : {}),
    ...(out.source ? { source: out.source } : {}),
    ...(options.genre !== undefined ? { genre: options.genre } : {}),
    blocks,
    characterCount: counted.reduce((n, b) => n + countCharacters(b.text), 0),
    wordCount: counted.reduce((n, b) => n + countWords(b.text), 0),
    quotes: findQuotes(text, { regions }),
  };
  return ok(article);
}
