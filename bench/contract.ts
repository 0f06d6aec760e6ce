/**
 * Clause finding: musterroll's findClauses + findContractTerms over prose vs compromise's sentence
 * splitting of the same prose (the least an NLP pass does), and the contract rules per call.
 * Run: npx tsx bench/contract.ts (or npm run bench -- contract)
 */
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import nlp from "compromise";
import type { Contract, EligibilityClause } from "../src/index.js";
import { canTerminate, eligibilityProgress, findClauses, findContractTerms } from "../src/contract/index.js";
import { clauseTextArbitrary, contractArbitrary, serviceRecordArbitrary } from "../src/testing.js";
import { report, time } from "./harness.js";

const FILLER = [
  "The battalion moved south in the spring.",
  "Officials did not comment on the figures, which were never published.",
  "Several units were merged into a regiment with very different missions.",
  "Recruitment, training and command were designed for volunteers from abroad.",
];

export function run(): void {
  const clauses = fc.sample(clauseTextArbitrary(), { numRuns: 400, seed: 5 }).map((c) => c.text);
  const paragraphs = clauses.map((c, i) => `${FILLER[i % FILLER.length]} ${c} ${FILLER[(i + 1) % FILLER.length]}`);
  const found = paragraphs.reduce((n, p) => n + findClauses(p).length, 0);
  const bytes = paragraphs.reduce((n, p) => n + p.length, 0) / paragraphs.length;
  console.log(`\nContract clauses: ${paragraphs.length} paragraphs (${bytes.toFixed(0)} chars each), ${found} clauses found (${clauses.length} stated)`);
  const ours = time("findClauses + findContractTerms", paragraphs, (p: string) => findClauses(p).length + findContractTerms(p).length);
  const peer = time("compromise sentences()", paragraphs, (p: string) => nlp(p).sentences().length);
  report("clause finding per paragraph", ours, peer);

  const contracts = fc.sample(contractArbitrary(), { numRuns: 2_000, seed: 9 });
  const rules = time("canTerminate", contracts, (c: Contract) => canTerminate(c, "2025-06-15").allowed);
  console.log(`  ${rules.name.padEnd(40)} ${rules.perOpNs.toFixed(0).padStart(8)} ns/op`);
  const clause: EligibilityClause = { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["new-contract", "transfer"], alternatives: [] };
  const cases = fc.sample(fc.tuple(contractArbitrary(), serviceRecordArbitrary()), { numRuns: 2_000, seed: 11 });
  const progress = time("eligibilityProgress", cases, ([c, r]: [Contract, never]) => eligibilityProgress(c, r, clause, "2026-01").accrued);
  console.log(`  ${progress.name.padEnd(40)} ${progress.perOpNs.toFixed(0).padStart(8)} ns/op`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) run();
