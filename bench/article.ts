/**
 * Articles and quotes: musterroll's parseArticle (layout, dateline, byline, quotes with speakers)
 * and findQuotes on 300 generated articles, against compromise's `nlp(text).quotations()` on the
 * same texts — a peer that finds quoted spans but attributes none. Before timing, it checks that
 * every generated article parses back to its known blocks and quote speakers, and reports how many
 * quotes compromise finds at all.
 */
import fc from "fast-check";
import nlp from "compromise";
import { findQuotes, parseArticle } from "../src/article/index.js";
import { generatedArticleArbitrary } from "../src/testing.js";
import { report, time } from "./harness.js";

export function run(): void {
  const articles = fc.sample(generatedArticleArbitrary(), { numRuns: 300, seed: 42 });
  const texts = articles.map((a) => a.text);
  let wrong = 0;
  let expected = 0;
  articles.forEach((g) => {
    const r = parseArticle(g.text);
    expected += g.quotes.length;
    if (!r.success) {
      wrong += g.quotes.length + 1;
      return;
    }
    const got = r.data.quotes.map((q) => `${q.start}:${q.speaker}`).join("|");
    if (got !== g.quotes.map((q) => `${q.start}:${q.speaker}`).join("|")) wrong++;
  });
  const peerFound = texts.reduce((n, t) => n + (nlp(t).quotations().out("array") as string[]).length, 0);
  console.log(`\n# article: ${articles.length} generated articles, ${expected} attributed quotes; articles read wrong: ${wrong}; compromise found ${peerFound} quoted spans (no speakers)`);
  const megabytes = texts.reduce((n, t) => n + t.length, 0) / articles.length / 1e6;
  const ours = time("musterroll parseArticle", texts, (t: string) => parseArticle(t).success);
  const quotesOnly = time("musterroll findQuotes", texts, (t: string) => findQuotes(t).length);
  const peer = time("compromise nlp().quotations()", texts, (t: string) => (nlp(t).quotations().out("array") as string[]).length, 5);
  report("parseArticle vs compromise quotations", ours, peer);
  report("findQuotes vs compromise quotations", quotesOnly, peer);
  console.log(`  parseArticle throughput: ${(megabytes / (ours.perOpNs / 1e9)).toFixed(1)} MB/s`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
