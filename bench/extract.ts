/**
 * Extraction throughput, in MB/s of text, against named peers in the same process:
 * chrono-node (dates only) and compromise (people and values). musterroll extracts all six kinds
 * (dates, durations, quantities, units, people, quotes). Goal: at least 2× chrono-node's throughput.
 * The texts: the seed report when ../shared/seed-article.txt exists, the bundled sample, and a
 * generated corpus of about 1 MB built from our own sentence templates.
 */
import { existsSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import nlp from "compromise";
import fc from "fast-check";
import { formatQuantity } from "../src/index.js";
import { formatUnitDesignation } from "../src/unit/index.js";
import { extractMentions } from "../src/extract/index.js";
import { datePhraseArbitrary, quantityArbitrary, unitDesignationArbitrary } from "../src/testing.js";

function corpus(bytes: number): string {
  const dates = fc.sample(datePhraseArbitrary(), { numRuns: 2_000, seed: 3 }).map((d) => d.text);
  const units = fc.sample(unitDesignationArbitrary(), { numRuns: 2_000, seed: 4 }).map((u) => formatUnitDesignation(u, { style: "long" }));
  const counts = fc.sample(quantityArbitrary(), { numRuns: 2_000, seed: 5 }).map((q) => formatQuantity(q));
  const names = ["Mara Lind", "Ola Berg", "Tomas Reyes", "Ines Duarte", "Piet Vos"];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = [
      `On ${dates[i % dates.length]}, the ${units[i % units.length]} was ordered to move after six months of service.`,
      `${names[i % names.length]}, a ${20 + (i % 40)}-year-old Colombian volunteer, said: “We held the line for ${counts[(i * 7) % counts.length]} days.”`,
      `About ${counts[i % counts.length]} fighters signed three-year contracts, and two-thirds of them stayed.`,
    ].join(" ");
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join("\n");
}

function mbPerSecond(text: string, run: (t: string) => unknown): number {
  // Warm up, then time batches of at least 200 ms each (a 5 KB text takes well under a
  // millisecond, so one call per sample would time the timer); the median of 5 batches counts.
  // The warm-up is 1.5 s for every contender: after 300 ms, musterroll's larger code was still
  // being optimised (its first two batches ran at 0.4× and 0.65× its steady rate), so a short warm-up timed
  // the compiler, not the reader.
  const warmUntil = performance.now() + 1_500;
  while (performance.now() < warmUntil) run(text);
  const rates: number[] = [];
  for (let r = 0; r < 5; r++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < 200) {
      run(text);
      calls++;
      elapsed = performance.now() - t0;
    }
    rates.push((text.length * calls) / 1e6 / (elapsed / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[2] as number;
}

export function run(): void {
  const texts: [string, string][] = [];
  const seed = new URL("../../shared/seed-article.txt", import.meta.url);
  if (existsSync(seed)) texts.push(["seed report (5 KB)", readFileSync(seed, "utf8")]);
  texts.push(["bundled sample", readFileSync(new URL("../examples/sample-article.txt", import.meta.url), "utf8")]);
  texts.push(["generated corpus (1 MB)", corpus(1_000_000)]);
  console.log("\n## Extraction throughput (MB/s, median of 5 batches of ≥ 200 ms)");
  for (const [name, text] of texts) {
    const ours = mbPerSecond(text, (t) => extractMentions(t));
    const chronoRate = mbPerSecond(text, (t) => chrono.parse(t));
    const compromiseRate = mbPerSecond(text, (t) => {
      const doc = nlp(t);
      return [doc.people().out("array"), doc.numbers().out("array")];
    });
    console.log(`  ${name}`);
    console.log(`    musterroll extractMentions (all six kinds)   ${ours.toFixed(2).padStart(7)} MB/s`);
    console.log(`    chrono-node parse (dates only)               ${chronoRate.toFixed(2).padStart(7)} MB/s   ratio ${(ours / chronoRate).toFixed(2)}× (goal ≥ 2×: ${ours / chronoRate >= 2 ? "met" : "NOT met"})`);
    console.log(`    compromise people()+numbers()                ${compromiseRate.toFixed(2).padStart(7)} MB/s   ratio ${(ours / compromiseRate).toFixed(2)}×`);
  }
}
