/**
 * Unit designation parsing: musterroll's parseUnitDesignation on 5,000 generated designations
 * (long and short styles of unitDesignationArbitrary, plus Ukrainian compound forms), against the
 * tokenizer of compromise (`nlp.tokenize`) on the same strings — a peer that only splits the text
 * into terms, where musterroll also reads the whole designation. Also the prose scanner
 * findUnitDesignations against compromise's full `nlp()` on generated sentences.
 * Before timing, it checks that every generated designation parses back to its value.
 */
import fc from "fast-check";
import nlp from "compromise";
import { findUnitDesignations, formatUnitDesignation, parseUnitDesignation } from "../src/unit/index.js";
import { unitDesignationArbitrary } from "../src/testing.js";
import { report, time } from "./harness.js";

export function run(): void {
  const values = fc.sample(unitDesignationArbitrary(), { numRuns: 2_400, seed: 42 });
  const cyrillic = fc.sample(
    fc.tuple(fc.integer({ min: 1, max: 250 }), fc.constantFrom("ОМБр", "ОШБр", "ОГШБр", "ОТБр", "ОМПБр", "окрема механізована бригада", "бр")).map(([n, w]) => `${n} ${w}`),
    { numRuns: 200, seed: 7 },
  );
  const strings = [
    ...values.map((v) => formatUnitDesignation(v, { style: "long" })),
    ...values.map((v) => formatUnitDesignation(v, { style: "short" })),
    ...cyrillic,
  ];
  let wrong = 0;
  values.forEach((v, k) => {
    const r = parseUnitDesignation(strings[k] as string);
    if (!r.success || JSON.stringify(r.data) !== JSON.stringify(v)) wrong++;
  });
  console.log(`\nUnit designations: ${strings.length} strings, mean length ${(strings.join("").length / strings.length).toFixed(1)}; long-style values not read back: ${wrong}`);
  const ours = time("musterroll parseUnitDesignation", strings, (s: string) => parseUnitDesignation(s).success);
  const peer = time("compromise nlp.tokenize", strings, (s: string) => nlp.tokenize(s).length);
  report("Unit designation parsing", ours, peer);

  const sentences = values.slice(0, 1_000).map((v, k) => `On day ${k} the ${formatUnitDesignation(v)} was reported near the river, reports said.`);
  const scan = time("musterroll findUnitDesignations", sentences, (s: string) => findUnitDesignations(s).length, 5);
  const full = time("compromise nlp()", sentences, (s: string) => nlp(s).terms().length, 5);
  report("Finding designations in prose (per sentence)", scan, full);
  if (wrong > 0) process.exitCode = 1;
}
