import fc from "fast-check";
import type { z } from "zod";
import { articleArbitrary } from "../article/arbitraries.js";
import { isoDurationStringArbitrary, partialDateArbitrary, quantityArbitrary } from "../common/arbitraries.js";
import { DateModifierSchema } from "../common/date/phrase-parse.js";
import { contractArbitrary } from "../contract/arbitraries.js";
import { nationalityCodeArbitrary, personArbitrary, roleArbitrary } from "../personnel/arbitraries.js";
import { lineageEventArbitrary, subordinationArbitrary, unitArbitrary, unitDesignationArbitrary } from "../unit/arbitraries.js";
import type { ExtractionSchema } from "./schema.js";

type Extraction = z.infer<typeof ExtractionSchema>;

const words = fc.string({ minLength: 1, maxLength: 24 });

/** A span shape: the text and offsets that would slice it from some source. */
const spanned = <T extends object>(value: fc.Arbitrary<T>) =>
  fc.tuple(words, fc.nat({ max: 100_000 }), value).map(([text, start, v]) => ({ text, start, end: start + text.length, ...v }));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops the keys whose value is undefined, as JSON would. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const dateMention = spanned(
  fc.record({ value: partialDateArbitrary(), modifier: optional(fc.constantFrom(...DateModifierSchema.options)), inferred: optional(fc.constant(true as const)) })
    .map(({ value, modifier, inferred }) => defined({ value, precision: value.length === 4 ? "year" as const : value.length === 7 ? "month" as const : "day" as const, modifier, inferred })),
);

const unitMention = spanned(unitDesignationArbitrary().map((d) => defined({
  number: d.number, echelon: d.echelon, types: d.types, qualifiers: d.qualifiers.length > 0 ? d.qualifiers : undefined, name: d.name === undefined ? undefined : String(d.name), parent: d.parent,
})));

const personMention = spanned(fc.record({
  name: optional(words), alias: optional(words), age: optional(fc.nat({ max: 130 })), nationality: optional(nationalityCodeArbitrary()), role: optional(roleArbitrary()),
}).map(defined));

const fieldSource = fc.tuple(fc.constantFrom("$.record.id", "$.record.term", "$.events[0].date"), words, fc.nat({ max: 100_000 }), fc.boolean())
  .map(([path, text, start, inferred]) => defined({ path, text, start, end: start + text.length, inferred: inferred ? true as const : undefined }));

/**
 * Values of the `musterroll extract` JSON contract (`ExtractionSchema`): mentions of every kind and
 * draft unit, person and contract records with their provenance, for testing code that consumes
 * extractions. Spans have the right shape but point into no particular text.
 *
 * @returns an arbitrary of extractions that pass `ExtractionSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { ExtractionSchema } from "musterroll";
 * import { extractionArbitrary } from "musterroll/testing";
 * fc.assert(fc.property(extractionArbitrary(), (x) => ExtractionSchema.safeParse(x).success));
 * ```
 */
export function extractionArbitrary(): fc.Arbitrary<Extraction> {
  const few = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });
  return fc.record({
    article: optional(articleArbitrary()),
    mentions: fc.record({
      dates: few(dateMention),
      durations: few(spanned(fc.record({ value: isoDurationStringArbitrary(), max: optional(isoDurationStringArbitrary()) }).map(defined))),
      quantities: few(spanned(quantityArbitrary())),
      units: few(unitMention),
      people: few(personMention),
      quotes: few(spanned(fc.record({ speaker: optional(words) }).map(defined))),
    }),
    records: fc.record({
      units: few(unitArbitrary().chain((record) => {
        // events and edges between this unit and others of the same report
        const ids = [record.id, `${record.id}-parent`, `${record.id}-successor`];
        return fc.record({ record: fc.constant(record), events: few(lineageEventArbitrary(ids)), subordination: few(subordinationArbitrary(ids)), sources: few(fieldSource) });
      })),
      people: few(fc.record({ record: personArbitrary(), unit: optional(words), sources: few(fieldSource) }).map(defined)),
      contracts: few(fc.record({ record: contractArbitrary(), sources: few(fieldSource) })),
    }),
  }).map((x) => defined(x) as Extraction);
}
