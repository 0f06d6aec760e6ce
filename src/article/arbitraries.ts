import fc from "fast-check";
import { formatDatePhrase } from "../common/index.js";
import { calendarDateArbitrary } from "../common/arbitraries.js";
import { parseArticle } from "./parse.js";
import type { Article, Attribution, BlockKind } from "./schema.js";

/**
 * A generated article text and what {@link parseArticle} must read from it: the headline, every
 * block (kind and span) and every quote (span, speaker and how it was attributed).
 *
 * @example
 * ```ts
 * import type { GeneratedArticle } from "musterroll/testing";
 * const g: GeneratedArticle = {
 *   text: "Crossing held\n\nThe convoy arrived late.\n", headline: "Crossing held",
 *   blocks: [{ kind: "paragraph", start: 15, end: 39 }], quotes: [],
 * };
 * ```
 */
export interface GeneratedArticle {
  readonly text: string;
  readonly headline: string;
  readonly byline?: string;
  readonly source?: string;
  readonly datelinePlace?: string;
  readonly blocks: readonly { readonly kind: BlockKind; readonly start: number; readonly end: number }[];
  readonly quotes: readonly {
    readonly start: number;
    readonly end: number;
    readonly speaker: string;
    readonly attribution: Attribution;
  }[];
}

const WOMEN = ["Mara", "Lena", "Ines", "Karin", "Sofia", "Olena", "Ruth"];
const MEN = ["Oleh", "Tomas", "Petro", "Dmytro", "Anders", "Luis", "Jonas"];
const SURNAMES = ["Lind", "Koval", "Berg", "Moreno", "Hale", "Sato", "Petrenko", "Novak", "Dahl", "Quist"];
const STARTERS = ["The", "Supplies", "Training", "Morale", "Rotation", "Command", "Evacuation", "Recruitment"];
const WORDS = [
  "unit", "moved", "north", "river", "crossing", "convoy", "arrived", "late", "after", "shelling", "volunteers",
  "trained", "for", "weeks", "near", "village", "drones", "were", "scarce", "every", "night", "orders", "changed",
  "again", "fuel", "ran", "low", "battalion", "waited", "outside", "town", "medics", "worked", "without", "rest",
];
const PLACES = ["KRAMATORSK", "KYIV", "KHARKIV", "ODESA", "DNIPRO", "WASHINGTON", "VILNIUS"];
const AGENCIES = ["Reuters", "AP", "AFP"];
const SOURCES = ["Field Desk", "Frontline Wire", "Harbor Post"];

type Person = { readonly name: string; readonly pronoun: "he" | "she" };

const personArb: fc.Arbitrary<Person> = fc.oneof(
  fc.tuple(fc.constantFrom(...WOMEN), fc.constantFrom(...SURNAMES)).map(([f, l]) => ({ name: `${f} ${l}`, pronoun: "she" as const })),
  fc.tuple(fc.constantFrom(...MEN), fc.constantFrom(...SURNAMES)).map(([f, l]) => ({ name: `${f} ${l}`, pronoun: "he" as const })),
);
const wordsArb = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max });
const sentenceArb = fc.tuple(fc.constantFrom(...STARTERS), wordsArb(2, 8)).map(([s, w]) => `${s} ${w.join(" ")}.`);
const quoteWordsArb = fc.tuple(fc.constantFrom(...STARTERS), wordsArb(3, 9)).map(([s, w]) => `${s} ${w.join(" ")}`);
const headingArb = fc.tuple(fc.constantFrom(...STARTERS), wordsArb(1, 4)).map(([s, w]) => `${s} ${w.join(" ")}`);
const marksArb = fc.constantFrom(["“", "”"], ["\"", "\""], ["«", "»"], ["‘", "’"]);

type QuoteForm = "after-named" | "after-inverted" | "before-named" | "after-pronoun" | "elided";
type ParagraphPlan = {
  readonly lead: readonly string[];
  readonly quote?: { readonly form: QuoteForm; readonly person: Person; readonly words: string; readonly more: string; readonly marks: readonly string[] };
};

const paragraphArb: fc.Arbitrary<ParagraphPlan> = fc.record(
  {
    lead: fc.array(sentenceArb, { minLength: 0, maxLength: 3 }),
    quote: fc.record({
      form: fc.constantFrom<QuoteForm>("after-named", "after-inverted", "before-named", "after-pronoun", "elided"),
      person: personArb,
      words: quoteWordsArb,
      more: quoteWordsArb,
      marks: marksArb,
    }),
  },
  { requiredKeys: ["lead"] },
);

const sectionArb = fc.record({
  heading: fc.option(headingArb, { nil: undefined }),
  paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 3 }),
});

class Builder {
  text = "";
  readonly blocks: { kind: BlockKind; start: number; end: number }[] = [];
  readonly quotes: { start: number; end: number; speaker: string; attribution: Attribution }[] = [];
  add(s: string): number {
    const at = this.text.length;
    this.text += s;
    return at;
  }
  block(kind: BlockKind, s: string): number {
    const at = this.add(s);
    this.blocks.push({ kind, start: at, end: at + s.length });
    return at;
  }
}

function renderParagraph(b: Builder, p: ParagraphPlan, dateline: string | undefined): void {
  const start = b.text.length;
  if (dateline !== undefined) {
    b.block("dateline", dateline);
    b.add(" ");
  }
  const bodyStart = b.text.length;
  b.add(p.lead.join(" "));
  const q = p.quote;
  if (q) {
    if (b.text.length > bodyStart) b.add(" ");
    const [open = "“", close = "”"] = q.marks;
    const quoteAt = (content: string) => {
      b.add(open);
      const at = b.add(content);
      b.add(close);
      return { start: at, end: at + content.length };
    };
    const name = q.person.name;
    const speakerAt = (s: number) => ({ start: s, end: s + name.length });
    if (q.form === "after-named") {
      const span = quoteAt(`${q.words},`);
      b.add(" ");
      b.add(name);
      b.add(" says.");
      b.quotes.push({ ...span, speaker: name, attribution: "named" });
    } else if (q.form === "after-inverted") {
      const span = quoteAt(`${q.words},`);
      b.add(" said ");
      b.add(name);
      b.add(".");
      b.quotes.push({ ...span, speaker: name, attribution: "named" });
    } else if (q.form === "before-named") {
      b.add(name);
      b.add(" explains: ");
      const span = quoteAt(`${q.words}.`);
      b.quotes.push({ ...span, speaker: name, attribution: "named" });
    } else if (q.form === "after-pronoun") {
      const at = b.add(name);
      b.add(" joined the unit in spring. ");
      const span = quoteAt(`${q.words},`);
      b.add(` ${q.person.pronoun} says.`);
      b.quotes.push({ ...span, speaker: name, attribution: "pronoun" });
      void speakerAt(at);
    } else {
      const first = quoteAt(`${q.words},`);
      b.add(" ");
      b.add(name);
      b.add(" recalls. ");
      const second = quoteAt(`${q.more}.`);
      b.add(" adds.");
      b.quotes.push({ ...first, speaker: name, attribution: "named" }, { ...second, speaker: name, attribution: "elided" });
    }
  }
  if (b.text.length === bodyStart) b.add("The convoy arrived late.");
  b.blocks.push({ kind: "paragraph", start: bodyStart, end: b.text.length });
  void start;
}

/**
 * Generated plain-text articles in the shape {@link parseArticle} reads — headline (sometimes
 * printed twice), byline, a dateline, sections with headings, paragraphs with quotes attributed
 * before, after, inverted, by pronoun and by an elided subject, in “…”, "…", «…» and ‘…’, and a
 * source line — with the span of every block and quote known by construction.
 *
 * @returns an arbitrary of {@link GeneratedArticle}.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { generatedArticleArbitrary } from "musterroll/testing";
 * const [g] = fc.sample(generatedArticleArbitrary(), 1);
 * // parseArticle(g.text) finds g.blocks and g.quotes
 * ```
 */
export function generatedArticleArbitrary(): fc.Arbitrary<GeneratedArticle> {
  return fc
    .record({
      headline: headingArb,
      repeatHeadline: fc.boolean(),
      authors: fc.array(personArb, { minLength: 0, maxLength: 2 }),
      dateline: fc.option(
        fc.record({ place: fc.constantFrom(...PLACES), date: calendarDateArbitrary({ minYear: 1990, maxYear: 2030 }), agency: fc.option(fc.constantFrom(...AGENCIES), { nil: undefined }) }),
        { nil: undefined },
      ),
      sections: fc.array(sectionArb, { minLength: 1, maxLength: 4 }),
      source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
    })
    .map((plan) => {
      const b = new Builder();
      b.add(plan.headline);
      b.add("\n\n");
      if (plan.repeatHeadline) b.add(`${plan.headline}\n\n`);
      const byline = plan.authors.length > 0 ? `By ${plan.authors.map((a) => a.name).join(" and ")}` : undefined;
      if (byline) b.add(`${byline}\n\n`);
      const dateline = plan.dateline
        ? `${plan.dateline.place}, ${formatDatePhrase(plan.dateline.date)}${plan.dateline.agency ? ` (${plan.dateline.agency})` : ""} –`
        : undefined;
      let first = true;
      plan.sections.forEach((section, si) => {
        if (section.heading !== undefined && !(si === 0 && dateline !== undefined)) {
          b.block("heading", section.heading);
          b.add("\n\n");
        }
        for (const p of section.paragraphs) {
          renderParagraph(b, p, first ? dateline : undefined);
          first = false;
          b.add("\n\n");
        }
      });
      if (plan.source) b.add(`Source: ${plan.source}\n`);
      return {
        text: b.text,
        headline: plan.headline,
        ...(byline ? { byline } : {}),
        ...(plan.source ? { source: plan.source } : {}),
        ...(plan.dateline ? { datelinePlace: plan.dateline.place } : {}),
        blocks: b.blocks,
        quotes: b.quotes,
      };
    });
}

/**
 * Valid {@link Article} values: generated article texts read by {@link parseArticle}, with a
 * language, a URI and a genre added, so every field of the schema is exercised.
 *
 * @returns an arbitrary of articles that pass `ArticleSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { articleArbitrary } from "musterroll/testing";
 * const [a] = fc.sample(articleArbitrary(), 1);
 * ```
 */
export function articleArbitrary(): fc.Arbitrary<Article> {
  return fc
    .tuple(
      generatedArticleArbitrary(),
      fc.constantFrom("en", "en-GB", "uk-UA", "es-419", "sr-Latn-RS"),
      fc.constantFrom("report", "analysis", "interview", "feature") as fc.Arbitrary<"report" | "analysis" | "interview" | "feature">,
      fc.integer({ min: 1, max: 99999 }),
    )
    .map(([g, language, genre, n]) => {
      const r = parseArticle(g.text, { language, genre, uri: `https://news.example.org/articles/${n}` });
      if (!r.success) throw new Error(`generated article did not parse: ${r.error.message}`);
      return r.data;
    });
}

/**
 * Well-formed BCP 47 language tags: language, optional script and region, a variant, an
 * extension or private use.
 *
 * @returns an arbitrary of tags that pass `LanguageTagSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { languageTagArbitrary } from "musterroll/testing";
 * fc.sample(languageTagArbitrary(), 2); // e.g. ["uk-Cyrl-UA", "en-x-osint"]
 * ```
 */
export function languageTagArbitrary(): fc.Arbitrary<string> {
  const alpha = (min: number, max: number): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), { minLength: min, maxLength: max }).map((cs) => cs.join(""));
  return fc
    .record({
      language: fc.oneof(alpha(2, 3), alpha(5, 8)),
      script: fc.option(alpha(4, 4).map((s) => s.charAt(0).toUpperCase() + s.slice(1)), { nil: undefined }),
      region: fc.option(fc.oneof(alpha(2, 2).map((s) => s.toUpperCase()), fc.integer({ min: 100, max: 999 }).map(String)), { nil: undefined }),
      variant: fc.option(alpha(5, 8), { nil: undefined }),
      privateUse: fc.option(alpha(1, 8), { nil: undefined }),
    })
    .map((t) => [t.language, t.script, t.region, t.variant, t.privateUse ? `x-${t.privateUse}` : undefined].filter((x) => x !== undefined).join("-"));
}
