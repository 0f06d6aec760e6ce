/**
 * `musterroll validate` throughput vs the bare loop a user would write (JSON.parse + safeParse per
 * line), on the same generated NDJSON of person records; goal ≥ 0.5×. Then peak RSS while
 * validating a generated file of ≥ 500 MB (written to a temporary folder, deleted afterwards),
 * sampled every 50 ms: it must stay flat, not grow with the file.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import fc from "fast-check";
import { validateNdjson } from "../src/cli/validate.js";
import { PersonSchema } from "../src/index.js";
import { personArbitrary } from "../src/testing.js";

async function writeFile(path: string, lines: readonly string[], bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  for (let i = 0; written < bytes; i++) {
    const line = `${lines[i % lines.length]}\n`;
    written += Buffer.byteLength(line);
    count++;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return count;
}

const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "musterroll-bench-"));
  try {
    const records = fc.sample(personArbitrary(), { numRuns: 5_000, seed: 11 }).map((p) => JSON.stringify(p));
    records.push('{"id":"bad","name":{"full":"X"},"birthDate":"2025-02-30"}');
    const small = join(dir, "people.ndjson");
    const count = await writeFile(small, records, 50_000_000);
    const mb = statSync(small).size / 1e6;

    let t0 = performance.now();
    const out = sink();
    const summary = await validateNdjson(createReadStream(small), PersonSchema, { onValid: (b) => void out.write(b), onInvalid: () => {} });
    const ours = performance.now() - t0;

    t0 = performance.now();
    let valid = 0;
    let rest = "";
    for await (const chunk of createReadStream(small, { encoding: "utf8" })) {
      const lines = (rest + (chunk as string)).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        try {
          if (PersonSchema.safeParse(JSON.parse(line)).success) valid++;
        } catch {
          // invalid JSON counts as invalid
        }
      }
    }
    const bare = performance.now() - t0;
    console.log(`\n## validate throughput (${mb.toFixed(0)} MB, ${count.toLocaleString("en-US")} person records)`);
    console.log(`  musterroll validateNdjson        ${(count / (ours / 1000)).toFixed(0).padStart(8)} records/s  (${summary.valid} valid, ${summary.invalid} invalid)`);
    console.log(`  JSON.parse + safeParse loop      ${(count / (bare / 1000)).toFixed(0).padStart(8)} records/s  (${valid} valid)`);
    console.log(`  ratio: ${(bare / ours).toFixed(2)}× the bare loop (goal ≥ 0.5×: ${bare / ours >= 0.5 ? "met" : "NOT met"})`);

    const bytes = Number(process.env.MUSTERROLL_BENCH_BYTES ?? 520_000_000);
    const big = join(dir, "big.ndjson");
    await writeFile(big, records, bytes);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(process.memoryUsage.rss()), 50);
    t0 = performance.now();
    const bigSummary = await validateNdjson(createReadStream(big), PersonSchema, { onValid: (b) => void out.write(b), onInvalid: () => {} });
    clearInterval(timer);
    const seconds = (performance.now() - t0) / 1000;
    const q = (p: number) => (samples.slice().sort((a, b) => a - b)[Math.floor((samples.length - 1) * p)] ?? 0) / 1e6;
    const firstTenth = samples.slice(0, Math.max(1, Math.floor(samples.length / 10)));
    const lastTenth = samples.slice(-Math.max(1, Math.floor(samples.length / 10)));
    const avg = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length / 1e6;
    console.log(`\n## peak RSS on ${(statSync(big).size / 1e6).toFixed(0)} MB (${bigSummary.lines.toLocaleString("en-US")} records, ${seconds.toFixed(1)} s)`);
    console.log(`  RSS median ${q(0.5).toFixed(0)} MB, max ${q(1).toFixed(0)} MB; first tenth avg ${avg(firstTenth).toFixed(0)} MB, last tenth avg ${avg(lastTenth).toFixed(0)} MB`);
    console.log(`  flat: ${avg(lastTenth) < avg(firstTenth) * 1.5 + 50 ? "yes" : "NO"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
