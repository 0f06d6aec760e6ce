/**
 * Person descriptions: musterroll's parsePersonDescription on 3,000 descriptions written by
 * describePerson from generated people (with ranks and services), against compromise's
 * `nlp(s).people()` on the same strings — a peer that finds person names only, where musterroll
 * also reads ages, nationalities, roles, aliases, ranks and origins. Then findPersonDescriptions
 * against `nlp(s).people()` on generated sentences. Before timing, it checks that every
 * description reads back to the person's name, aliases, age, nationalities and roles.
 */
import fc from "fast-check";
import nlp from "compromise";
import { describePerson, findPersonDescriptions, parsePersonDescription, statedAge } from "../src/personnel/index.js";
import { armedServiceArbitrary, personArbitrary, rankArbitrary } from "../src/testing.js";
import { report, time } from "./harness.js";

export function run(): void {
  const cases = fc.sample(
    fc.tuple(personArbitrary(), fc.option(rankArbitrary(), { nil: undefined }), fc.option(armedServiceArbitrary(), { nil: undefined })),
    { numRuns: 3_000, seed: 42 },
  );
  const strings = cases.map(([p, rank, service]) => describePerson(p, rank === undefined ? {} : service === undefined ? { rank } : { rank, service }));
  let wrong = 0;
  cases.forEach(([p], k) => {
    const r = parsePersonDescription(strings[k] as string);
    const same = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
    if (!r.success || r.data.name?.value !== p.name.full || r.data.age?.value !== statedAge(p)
      || JSON.stringify(r.data.aliases.map((m) => m.value)) !== JSON.stringify(p.aliases)
      || !same(r.data.nationalities.map((m) => m.value), p.nationalities) || !same(r.data.roles.map((m) => m.value), p.roles)) wrong++;
  });
  console.log(`\nPerson descriptions: ${strings.length} strings, mean length ${(strings.join("").length / strings.length).toFixed(1)}; not read back: ${wrong}`);
  const ours = time("musterroll parsePersonDescription", strings, (s: string) => parsePersonDescription(s).success);
  const peer = time("compromise nlp(s).people()", strings, (s: string) => nlp(s).people().length, 5);
  report("Person descriptions", ours, peer);

  const sentences = strings.slice(0, 1_000).map((s, k) => `On day ${k} the brigade said ${s}. The unit was reported near the river, officials said.`);
  const scan = time("musterroll findPersonDescriptions", sentences, (s: string) => findPersonDescriptions(s).length, 5);
  const full = time("compromise nlp(s).people()", sentences, (s: string) => nlp(s).people().length, 5);
  report("Finding descriptions in prose (per sentence)", scan, full);
  if (wrong > 0) process.exitCode = 1;
}
