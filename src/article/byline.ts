import { fail, ok, quote, type ParseResult } from "../common/index.js";
import type { Author } from "./schema.js";
import { isAllCaps, isCapitalized } from "./tokens.js";
import { NEWS_AGENCIES } from "./vocabulary.js";

const BY_PREFIXES = ["written by ", "words by ", "reporting by ", "by "];
const ROLE_WORDS = [
  "correspondent", "reporter", "editor", "writer", "photographer", "contributor", "columnist", "analyst",
  "journalist", "staff", "producer", "fellow", "researcher", "bureau chief",
];
const ORG_WORDS = ["news", "times", "post", "press", "agency", "service", "media", "journal", "herald", "tribune", "radio", "tv", "gazette", "review"];
const MAX_BYLINE = 200;
// The credits of wire copy after the first: the words, and the part they give the person named.
const CREDITS: readonly (readonly [string, string | undefined])[] = [
  ["additional reporting by ", "contributor"], ["reporting by ", undefined], ["writing by ", "writer"],
  ["editing by ", "editor"], ["compiled by ", "compiler"], ["photographs by ", "photographer"], ["photos by ", "photographer"],
];

/**
 * Whether a line starts like a byline ("By Jane Doe", "BY JANE DOE", "Written by …").
 *
 * @param line - one line of text.
 * @returns `true` when the line opens with a byline prefix followed by a capitalised word.
 * @example
 * ```ts
 * import { looksLikeByline } from "musterroll/article";
 * looksLikeByline("By Jane Doe and John Roe"); // true
 * looksLikeByline("By the end of the year, …"); // false
 * ```
 */
export function looksLikeByline(line: string): boolean {
  if (line.length > MAX_BYLINE) return false;
  const lower = line.toLowerCase();
  const prefix = BY_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix === undefined) return false;
  const rest = line.slice(prefix.length).trimStart();
  const first = rest.split(/[\s,]/, 1)[0] ?? "";
  const bar = rest.indexOf("|");
  const beforeBar = (bar < 0 ? rest : rest.slice(0, bar)).trimEnd();
  return isCapitalized(first) && !".!?".includes(beforeBar.slice(-1) || "x") && first.toLowerCase() !== "the";
}

const STAFF_WORDS: ReadonlySet<string> = new Set(ROLE_WORDS.flatMap((w) => [w, `${w}s`]));

/**
 * Whether a byline credits a desk rather than a person ("By Staff Writer", "By Reuters Staff", "By
 * Kyiv Independent staff"): it looks like a byline and holds a role word. Such a line is still the
 * article's byline, though it names no author.
 *
 * @param line - one line of text.
 * @returns `true` for a byline with a role word.
 */
export function creditsStaff(line: string): boolean {
  return looksLikeByline(line) && line.toLowerCase().split(/\P{L}+/u).some((w) => STAFF_WORDS.has(w));
}

function titleCase(name: string): string {
  return name.split(" ").map((w) => (isAllCaps(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(" ");
}

/**
 * Reads the authors of a byline: "By Jane Doe and John Roe", "By Jane Doe, John Roe & Max Roe",
 * "By JANE DOE, Reuters" (affiliation), "By Jane Doe, defence correspondent" (role), "By Jane Doe
 * in Kyiv", "By Jane Doe | Reuters". All-capital names are title-cased. The credits of wire copy
 * name each person's part ("Reporting by Jane Doe; Editing by John Roe": John Roe, editor), and
 * what follows a bar after a name may be left out when it names no one ("| Published 3 hours ago").
 *
 * @param text - the byline, with or without its "By".
 * @returns the authors in order, or `no_match` when no name is found, `empty` on blank text.
 * @example
 * ```ts
 * import { parseByline } from "musterroll/article";
 * const r = parseByline("By Jane Doe and John Roe, Reuters");
 * // r.data → [{ name: "Jane Doe", affiliation: "Reuters" }, { name: "John Roe", affiliation: "Reuters" }]
 * ```
 */
export function parseByline(text: string): ParseResult<Author[]> {
  if (text.trim().length === 0) return fail("empty", "expected a byline, got an empty string", text, 0);
  if (text.length > MAX_BYLINE) return fail("out_of_range", `a byline is at most ${MAX_BYLINE} characters, got ${text.length}`, text, MAX_BYLINE);
  let rest = text.trim();
  const lower = rest.toLowerCase();
  const prefix = BY_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix !== undefined) rest = rest.slice(prefix.length);
  else if (lower === "by" || lower === "written by") rest = "";
  // the separators are kept (odd indices): what follows a bar may be page furniture, not a name
  const pieces = rest.split(/([,;|/&]|\band\b)/);
  const authors: { name: string; role?: string; affiliation?: string }[] = [];
  let pendingAffiliation = 0;
  for (let k = 0; k < pieces.length; k += 2) {
    let segment = (pieces[k] ?? "").trim();
    if (segment.length === 0) continue;
    const afterBar = pieces[k - 1] === "|";
    // "Reporting by Jane Doe; Editing by John Roe": a wire credit names its person and their part
    const credit = CREDITS.find(([words]) => segment.toLowerCase().startsWith(words));
    if (credit !== undefined) segment = segment.slice(credit[0].length).trim();
    const low = segment.toLowerCase();
    const agency = NEWS_AGENCIES.get(low);
    const words = segment.split(/\s+/);
    if (agency !== undefined || ORG_WORDS.some((w) => words.some((x) => x.toLowerCase() === w))) {
      for (let i = pendingAffiliation; i < authors.length; i++) {
        const a = authors[i];
        if (a !== undefined) a.affiliation = agency ?? segment;
      }
      pendingAffiliation = authors.length;
      continue;
    }
    if (!isCapitalized(segment) || ROLE_WORDS.some((w) => low.includes(w))) {
      const last = authors[authors.length - 1];
      if (last !== undefined && last.role === undefined) last.role = segment;
      continue;
    }
    const inAt = words.findIndex((w, i) => i > 0 && (w === "in" || w === "at"));
    const nameWords = inAt > 0 ? words.slice(0, inAt) : words;
    if (nameWords.length > 5 || !nameWords.every((w) => isCapitalized(w) || ["de", "van", "von", "der", "da", "bin", "al"].includes(w))) {
      // "By Jane Doe | Published 3 hours ago": a page's furniture after a bar is no author
      if (afterBar && authors.length > 0) continue;
      return fail("syntax", `${quote(segment)} in byline ${quote(text)} is not a name: expected up to five capitalised words`, text, Math.max(0, text.indexOf(segment)));
    }
    authors.push({ name: titleCase(nameWords.join(" ")), ...(credit?.[1] === undefined ? {} : { role: credit[1] }) });
  }
  if (authors.length === 0) return fail("no_match", `byline ${quote(text)} names no author`, text, 0);
  return ok(authors.map((a) => ({ name: a.name, ...(a.role ? { role: a.role } : {}), ...(a.affiliation ? { affiliation: a.affiliation } : {}) })));
}
