import { z } from "zod";
import { partialDateProblem, PartialDateSchema } from "../common/index.js";
import { ARTICLE_GENRES } from "./vocabulary.js";
import { languageTagProblem, dateTimeProblem } from "./values.js";

/**
 * What a headline is: the `main` headline, a `sub` headline (dek, standfirst) or an
 * `alternative` one (a social or SEO headline, the repeated headline of a scraped page).
 *
 * @example
 * ```ts
 * import { HeadlineRoleSchema } from "musterroll";
 * HeadlineRoleSchema.parse("sub");
 * ```
 */
export const HeadlineRoleSchema = z.enum(["main", "sub", "alternative"]);

/**
 * A headline with its role.
 *
 * @example
 * ```ts
 * import { HeadlineSchema } from "musterroll";
 * HeadlineSchema.parse({ role: "main", value: "Volunteer unit disbanded" });
 * ```
 */
export const HeadlineSchema = z.strictObject({
  role: HeadlineRoleSchema,
  value: z.string().min(1),
});

/**
 * A headline with its role; see {@link HeadlineSchema}.
 *
 * @example
 * ```ts
 * import type { Headline } from "musterroll";
 * const h: Headline = { role: "main", value: "Volunteer unit disbanded" };
 * ```
 */
export type Headline = z.infer<typeof HeadlineSchema>;

/**
 * A well-formed BCP 47 language tag ("en", "uk-UA", "sr-Latn-RS", "es-419"). Checks the
 * grammar of RFC 5646 (language, extlang, script, region, variants, extensions, private use),
 * not the IANA registry; irregular grandfathered tags ("i-klingon") are refused.
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from "musterroll";
 * LanguageTagSchema.parse("uk-UA");
 * LanguageTagSchema.safeParse("english").success; // false
 * ```
 */
export const LanguageTagSchema = z.string().check((ctx) => {
  const problem = languageTagProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});

/**
 * A date as precise as its source: a partial date ("2025", "2025-12", "2025-12-31") or an RFC
 * 3339 date-time with its offset ("2025-12-31T09:30:00+02:00").
 *
 * @example
 * ```ts
 * import { ArticleDateValueSchema } from "musterroll";
 * ArticleDateValueSchema.parse("2025-12-31T09:30:00Z");
 * ArticleDateValueSchema.parse("2025-12");
 * ```
 */
export const ArticleDateValueSchema = z.string().check((ctx) => {
  const problem = ctx.value.includes("T") ? dateTimeProblem(ctx.value) : partialDateProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});

/**
 * Where a date of an article came from: the `dateline`, a line of the `text` ("Published 31
 * December 2025"), the page `metadata`, an imported `ninjs` or `schema.org` record, or the
 * `caller` who passed it in.
 *
 * @example
 * ```ts
 * import { DateProvenanceSchema } from "musterroll";
 * DateProvenanceSchema.parse("dateline");
 * ```
 */
export const DateProvenanceSchema = z.enum(["dateline", "text", "metadata", "ninjs", "schema.org", "caller"]);

/**
 * A date of the article with where it came from; `start`/`end` locate it in the article text
 * when it was read from there.
 *
 * @example
 * ```ts
 * import { ArticleDateSchema } from "musterroll";
 * ArticleDateSchema.parse({ value: "2025-12-31", from: "dateline", start: 7, end: 13 });
 * ```
 */
export const ArticleDateSchema = z
  .object({
    value: ArticleDateValueSchema,
    from: DateProvenanceSchema,
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .refine((d) => (d.start === undefined) === (d.end === undefined) && (d.start ?? 0) <= (d.end ?? 0), {
    message: "a date span needs both start and end, with start <= end",
    path: ["end"],
  });

/**
 * A date of the article with where it came from; see {@link ArticleDateSchema}.
 *
 * @example
 * ```ts
 * import type { ArticleDate } from "musterroll";
 * const d: ArticleDate = { value: "2025-12-31", from: "caller" };
 * ```
 */
export type ArticleDate = z.infer<typeof ArticleDateSchema>;

/**
 * The dates of an article: first `published`, last `modified`, and when the content was
 * `created` (for a re-published piece).
 *
 * @example
 * ```ts
 * import { ArticleDatesSchema } from "musterroll";
 * ArticleDatesSchema.parse({ published: { value: "2025-12-31T08:00:00Z", from: "metadata" } });
 * ```
 */
export const ArticleDatesSchema = z.strictObject({
  published: ArticleDateSchema.optional(),
  modified: ArticleDateSchema.optional(),
  created: ArticleDateSchema.optional(),
});

/**
 * The dates of an article; see {@link ArticleDatesSchema}.
 *
 * @example
 * ```ts
 * import type { ArticleDates } from "musterroll";
 * const dates: ArticleDates = {};
 * ```
 */
export type ArticleDates = z.infer<typeof ArticleDatesSchema>;

/**
 * A person credited with the article, their `role` ("correspondent", "photographer") and the
 * organisation they wrote for.
 *
 * @example
 * ```ts
 * import { AuthorSchema } from "musterroll";
 * AuthorSchema.parse({ name: "Jane Doe", affiliation: "Reuters" });
 * ```
 */
export const AuthorSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  affiliation: z.string().min(1).optional(),
});

/**
 * A person credited with the article; see {@link AuthorSchema}.
 *
 * @example
 * ```ts
 * import type { Author } from "musterroll";
 * const a: Author = { name: "Jane Doe" };
 * ```
 */
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The dateline of a report ("KYIV, Dec 31 (Reuters) –"): the place it was filed from, the
 * date it gives, and the agency named in brackets.
 *
 * @example
 * ```ts
 * import { DatelineSchema } from "musterroll";
 * DatelineSchema.parse({ place: "KYIV", date: "2025-12-31", agency: "Reuters" });
 * ```
 */
export const DatelineSchema = z.strictObject({
  place: z.string().min(1).optional(),
  date: PartialDateSchema.optional(),
  agency: z.string().min(1).optional(),
});

/**
 * The dateline of a report; see {@link DatelineSchema}.
 *
 * @example
 * ```ts
 * import type { Dateline } from "musterroll";
 * const d: Dateline = { place: "WASHINGTON", date: "2004-08-04" };
 * ```
 */
export type Dateline = z.infer<typeof DatelineSchema>;

/**
 * An organisation named by the article: its publisher or the source it credits. A bare
 * "source" link text gives a source with no name.
 *
 * @example
 * ```ts
 * import { OrganizationRefSchema } from "musterroll";
 * OrganizationRefSchema.parse({ name: "Reuters", url: "https://www.reuters.com/" });
 * ```
 */
export const OrganizationRefSchema = z.strictObject({
  name: z.string().min(1).optional(),
  url: z.url().optional(),
});

/**
 * An organisation named by the article; see {@link OrganizationRefSchema}.
 *
 * @example
 * ```ts
 * import type { OrganizationRef } from "musterroll";
 * const source: OrganizationRef = { name: "Reuters" };
 * ```
 */
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;

/**
 * The journalistic genre of an article.
 *
 * @example
 * ```ts
 * import { GenreSchema } from "musterroll";
 * GenreSchema.parse("analysis");
 * ```
 */
export const GenreSchema = z.enum(ARTICLE_GENRES);

/**
 * The journalistic genre of an article; see {@link GenreSchema}.
 *
 * @example
 * ```ts
 * import type { Genre } from "musterroll";
 * const g: Genre = "interview";
 * ```
 */
export type Genre = z.infer<typeof GenreSchema>;

/**
 * The kinds of block an article body is made of.
 *
 * @example
 * ```ts
 * import { BlockKindSchema } from "musterroll";
 * BlockKindSchema.parse("heading");
 * ```
 */
export const BlockKindSchema = z.enum(["heading", "paragraph", "quote", "list", "caption", "dateline"]);

/**
 * The kind of a block; see {@link BlockKindSchema}.
 *
 * @example
 * ```ts
 * import type { BlockKind } from "musterroll";
 * const k: BlockKind = "caption";
 * ```
 */
export type BlockKind = z.infer<typeof BlockKindSchema>;

const spanFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

/**
 * One block of the body, in reading order; `text` is exactly `article.text.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { BlockSchema } from "musterroll";
 * BlockSchema.parse({ kind: "paragraph", text: "The unit moved.", start: 10, end: 25 });
 * ```
 */
export const BlockSchema = z
  .object({ kind: BlockKindSchema, text: z.string().min(1), ...spanFields })
  .refine((b) => b.end - b.start === b.text.length, { message: "block text length must equal end - start", path: ["end"] });

/**
 * One block of the body; see {@link BlockSchema}.
 *
 * @example
 * ```ts
 * import type { Block } from "musterroll";
 * const b: Block = { kind: "heading", text: "Orders", start: 0, end: 6 };
 * ```
 */
export type Block = z.infer<typeof BlockSchema>;

/**
 * How a quote was tied to its speaker: the speaker is `named` next to the cue, a `pronoun`
 * resolved to an earlier person, a `nominal` description ("the Norwegian medic"), `elided`
 * (a cue with no subject takes the current speaker) or a `continuation`: the previous quote goes on,
 * or, for a quote left open at its paragraph's end, the next paragraph's quote names its speaker.
 *
 * @example
 * ```ts
 * import { AttributionSchema } from "musterroll";
 * AttributionSchema.parse("pronoun");
 * ```
 */
export const AttributionSchema = z.enum(["named", "pronoun", "nominal", "elided", "continuation"]);

/**
 * How a quote was tied to its speaker; see {@link AttributionSchema}.
 *
 * @example
 * ```ts
 * import type { Attribution } from "musterroll";
 * const a: Attribution = "named";
 * ```
 */
export type Attribution = z.infer<typeof AttributionSchema>;

/**
 * A quotation: its words (without the quote marks) and where they are, who said it
 * (`speaker` is exactly `text.slice(speakerStart, speakerEnd)` of the source, the name a
 * pronoun resolved to), the cue verb as written, and whether it is a whole utterance (`direct`)
 * or words woven into the reporter's sentence (`partial`).
 *
 * @example
 * ```ts
 * import { QuoteSchema } from "musterroll";
 * QuoteSchema.parse({
 *   text: "We hold the line.", start: 1, end: 18, speaker: "Mara Lind", speakerStart: 21,
 *   speakerEnd: 30, cue: "says", attribution: "named", kind: "direct",
 * });
 * ```
 */
export const QuoteSchema = z
  .object({
    text: z.string().min(1),
    ...spanFields,
    speaker: z.string().min(1).optional(),
    speakerStart: z.number().int().nonnegative().optional(),
    speakerEnd: z.number().int().nonnegative().optional(),
    cue: z.string().min(1).optional(),
    attribution: AttributionSchema.optional(),
    kind: z.enum(["direct", "partial"]),
  })
  .refine((q) => q.end - q.start === q.text.length, { message: "quote text length must equal end - start", path: ["end"] })
  .refine(
    (q) =>
      q.speakerStart === undefined && q.speakerEnd === undefined
        ? true
        : q.speaker !== undefined && q.speakerStart !== undefined && q.speakerEnd !== undefined &&
          q.speakerEnd - q.speakerStart === q.speaker.length,
    { message: "a speaker span needs speaker, speakerStart and speakerEnd, and its length must match", path: ["speakerEnd"] },
  );

/**
 * A quotation with its speaker; see {@link QuoteSchema}.
 *
 * @example
 * ```ts
 * import type { Quote } from "musterroll";
 * const q: Quote = { text: "We hold the line.", start: 1, end: 18, kind: "direct" };
 * ```
 */
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * An article as structured data. `text` is the article as it was read; every `start`/`end`
 * (blocks, quotes, speakers, dates) indexes it, so `text.slice(start, end)` gives back what was
 * read. Counts cover the body blocks except captions: `characterCount` in Unicode code points,
 * `wordCount` in runs of letters and digits.
 *
 * @example
 * ```ts
 * import { ArticleSchema } from "musterroll";
 * import { parseArticle } from "musterroll/article";
 * const result = parseArticle("Unit disbanded\n\nThe unit was disbanded.");
 * if (result.success) ArticleSchema.parse(result.data);
 * ```
 */
export const ArticleSchema = z
  .object({
    id: z.string().min(1).optional(),
    uri: z.url().optional(),
    text: z.string(),
    headlines: z.array(HeadlineSchema),
    language: LanguageTagSchema.optional(),
    dates: ArticleDatesSchema,
    authors: z.array(AuthorSchema),
    byline: z.string().min(1).optional(),
    dateline: DatelineSchema.optional(),
    publisher: OrganizationRefSchema.optional(),
    source: OrganizationRefSchema.optional(),
    genre: GenreSchema.optional(),
    blocks: z.array(BlockSchema),
    characterCount: z.number().int().nonnegative(),
    wordCount: z.number().int().nonnegative(),
    quotes: z.array(QuoteSchema),
  })
  .check((ctx) => {
    const a = ctx.value;
    const push = (message: string, path: (string | number)[]) =>
      ctx.issues.push({ code: "custom", message, input: a, path });
    let last = 0;
    a.blocks.forEach((b, i) => {
      if (a.text.slice(b.start, b.end) !== b.text) push(`block ${i} text is not text.slice(${b.start}, ${b.end})`, ["blocks", i, "text"]);
      if (b.start < last) push(`block ${i} starts at ${b.start}, before the end of the block before it (${last})`, ["blocks", i, "start"]);
      last = Math.max(last, b.end);
    });
    a.quotes.forEach((q, i) => {
      if (a.text.slice(q.start, q.end) !== q.text) push(`quote ${i} text is not text.slice(${q.start}, ${q.end})`, ["quotes", i, "text"]);
      if (q.speakerStart !== undefined && q.speakerEnd !== undefined && a.text.slice(q.speakerStart, q.speakerEnd) !== q.speaker) {
        push(`quote ${i} speaker is not text.slice(${q.speakerStart}, ${q.speakerEnd})`, ["quotes", i, "speaker"]);
      }
    });
    for (const key of ["published", "modified", "created"] as const) {
      const d = a.dates[key];
      if (d?.end !== undefined && d.end > a.text.length) push(`dates.${key} span ends after the text (${a.text.length})`, ["dates", key, "end"]);
    }
  });

/**
 * An article as structured data; see {@link ArticleSchema}.
 *
 * @example
 * ```ts
 * import type { Article } from "musterroll";
 * const empty: Article = {
 *   text: "", headlines: [], dates: {}, authors: [], blocks: [], characterCount: 0, wordCount: 0, quotes: [],
 * };
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
