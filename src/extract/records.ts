import { parseArticle } from "../article/index.js";
import { ArticleSchema, type Article } from "../article/schema.js";
import { jsonPath } from "../common/index.js";
import { readContracts } from "./contracts.js";
import type { Extraction, ExtractRecordsOptions } from "./drafts.js";
import { readEvents } from "./events.js";
import { readMemberships, readPossessed } from "./memberships.js";
import { NameKeys } from "./name-keys.js";
import { readPeople } from "./people.js";
import { keyAt, registerAlias, registerUnit, typeSets, type Context } from "./registry.js";
import { scanMentions } from "./scan.js";
import { sentenceSpans } from "./sentences.js";
import { namesAgain } from "./unit-aliases.js";
import { readUnitNumbers } from "./unit-numbers.js";
import { writtenInList } from "./unit-lists.js";

export type { DraftContract, DraftPerson, DraftUnit, Extraction, ExtractRecordsOptions, FieldSource } from "./drafts.js";

/**
 * Reads a report into draft records with provenance: units with their lineage events (established,
 * dissolved, transferred, deadline-extended, integrated, resubordinated) and subordination edges;
 * people with name, alias, age as of the article's date, nationality, role and unit; contracts with
 * their term and clauses; and the article itself. Every draft passes the library's schemas; every
 * field names the span of text it came from, and values the text only implies are marked `inferred`.
 *
 * The rules are sentence-level and documented in the Extraction guide: an event needs a cue word, a
 * unit in the same sentence (or a noun such as "the battalion", or "they" after a sentence whose
 * subject lists units, pointing back) and a date (the nearest of the cue's clause, one that opens
 * the sentence, or for some events the narrative's last date, marked inferred). A date dates one
 * cue only: "The battalion, formed in 2022, was disbanded this week" dates no disbanding in 2022.
 *
 * @param input - the article as plain text, or an `Article` already parsed.
 * @param options - reference date and article id.
 * @returns the article, the mentions and the draft records.
 * @throws {RangeError} when `input` is neither a string nor a valid `Article` (data from elsewhere is
 * checked against `ArticleSchema` first; the message names the first bad field's JSON path).
 * @example
 * ```ts
 * import { extractRecords } from "musterroll/extract";
 * const x = extractRecords("On March 3, 2025, the 2nd Battalion was disbanded.");
 * x.records.units[0]?.events; // [{ kind: "dissolved", date: "2025-03-03", unit: "2nd-battalion", source: { ... } }]
 * ```
 */
export function extractRecords(input: string | Article, options: ExtractRecordsOptions = {}): Extraction {
  const given = typeof input === "string" ? undefined : checkedArticle(input);
  const parsed = given === undefined ? parseArticle(input as string) : { success: true as const, data: given };
  const text = given?.text ?? (input as string);
  // an article that prints only when it was updated is as of that day
  const dates = parsed.success ? parsed.data.dates : undefined;
  const dated = [dates?.published?.value, dates?.modified?.value].find((d) => typeof d === "string" && d.length >= 10);
  const referenceDate = options.referenceDate ?? dated?.slice(0, 10);
  const { mentions, designations, descriptions, quotesAName } = scanMentions(text, referenceDate ? { referenceDate } : {});
  // the article's quotations, like the mentions, leave out quoted names (call sign "Viking,")
  const article = parsed.success ? { ...parsed.data, quotes: parsed.data.quotes.filter((q) => !quotesAName(q)) } : undefined;
  const ctx: Context = {
    text, articleId: options.articleId ?? article?.id ?? "article", sentences: sentenceSpans(text), dates: mentions.dates,
    units: new Map(), order: [], ids: new Set(), placed: new Map(), positions: new Map(), names: new NameKeys(), aliases: new Map(), numbered: new Map(),
    typeSets: typeSets(designations),
  };
  let previous: (typeof designations)[number] | undefined;
  designations.forEach((m, i) => {
    const of = previous !== undefined && namesAgain(text, previous.end, m.start) ? keyAt(ctx, previous.start) : undefined;
    if (of === undefined) registerUnit(ctx, m.value, m.start, m.end, writtenInList(text, designations, i));
    else registerAlias(ctx, of, m.value, m.start, m.end, m.text);
    previous = m;
  });
  readUnitNumbers(ctx);
  readEvents(ctx);
  readMemberships(ctx);
  readPossessed(ctx);
  const people = readPeople(ctx, descriptions, referenceDate);
  const contracts = readContracts(ctx, text, people.subjectOf);
  return {
    ...(article ? { article } : {}),
    mentions,
    records: { units: [...ctx.units.values()], people: people.drafts, contracts },
  };
}

function checkedArticle(input: unknown): Article {
  const checked = ArticleSchema.safeParse(input);
  if (checked.success) return checked.data;
  const first = checked.error.issues[0];
  throw new RangeError(`invalid article at ${jsonPath(first?.path ?? [])}: ${first?.message ?? "unknown problem"}`);
}
