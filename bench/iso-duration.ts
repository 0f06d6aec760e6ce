/**
 * ISO 8601 duration parsing: musterroll's parseIsoDuration (temporal profile) vs temporal-polyfill's
 * Temporal.Duration.from on the same strings — valid ones of every spelling and near misses.
 * Before timing, it checks that both agree on validity for every string.
 */
import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { parseIsoDuration } from "../src/index.js";
import { isoDurationStringArbitrary } from "../src/testing.js";
import { report, time } from "./harness.js";

export function run(): void {
  const valid = fc.sample(isoDurationStringArbitrary(), { numRuns: 20_000, seed: 42 });
  const piece = fc.constantFrom("P", "T", "Y", "M", "W", "D", "H", "S", "1", "12", ".5", ",", "-");
  const nearMiss = fc.sample(fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join("")), { numRuns: 5_000, seed: 7 });
  const strings = [...valid, ...nearMiss];
  const theirs = (s: string): boolean => {
    try {
      Temporal.Duration.from(s);
      return true;
    } catch {
      return false;
    }
  };
  let disagreements = 0;
  for (const s of strings) if (parseIsoDuration(s).success !== theirs(s)) disagreements++;
  const validCount = strings.filter(theirs).length;
  console.log(`\nISO durations: ${strings.length} strings (${validCount} valid per Temporal), disagreements on validity: ${disagreements}`);
  const ours = time("musterroll parseIsoDuration", strings, (s: string) => parseIsoDuration(s).success);
  const peer = time("temporal-polyfill Temporal.Duration.from", strings, theirs);
  report("ISO 8601 duration parsing", ours, peer, 5);
  if (disagreements > 0) process.exitCode = 1;
}
