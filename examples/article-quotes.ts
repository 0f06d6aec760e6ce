/**
 * From a pasted article to who said what, and on to ninjs and schema.org.
 * Run: npx tsx examples/article-quotes.ts [path/to/article.txt]
 *
 * Reads examples/sample-article.txt (an invented report about a fictional volunteer company:
 * a headline printed twice, section headings, quotes attributed by name, by pronoun and with an
 * elided subject, and a source line), or the file given on the command line.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArticle, toNinjs, toSchemaOrg } from "musterroll/article";

export const SAMPLE = new URL("./sample-article.txt", import.meta.url);

export function answers(path: string | URL = SAMPLE) {
  const text = readFileSync(path, "utf8");
  const result = parseArticle(text, { language: "en", genre: "report" });
  if (!result.success) throw new Error(`${result.error.code} at ${result.error.offset}: ${result.error.message}`);
  const article = result.data;
  const ninjs = toNinjs(article, { version: "3" });
  const jsonLd = toSchemaOrg(article);
  return {
    headline: article.headlines[0]?.value,
    sections: article.blocks.filter((b) => b.kind === "heading").map((b) => b.text),
    counts: { blocks: article.blocks.length, words: article.wordCount, characters: article.characterCount },
    source: article.source,
    quotes: article.quotes.map((q) => ({
      speaker: q.speaker ?? "(unattributed)",
      how: q.attribution,
      cue: q.cue,
      kind: q.kind,
      // The speaker span points at the written name, even when the quote said only "she says".
      speakerAt: q.speakerStart,
      words: q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text,
    })),
    ninjs: { uri: ninjs.uri, keys: Object.keys(ninjs) },
    schemaOrgQuotations: Array.isArray(jsonLd["hasPart"]) ? jsonLd["hasPart"].length : 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.dir(answers(process.argv[2] ?? SAMPLE), { depth: 6 });
