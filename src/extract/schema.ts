import { z } from "zod";
import { ArticleSchema } from "../article/schema.js";
import { DateModifierSchema, FractionSchema, IsoDurationSchema, PartialDateSchema, PrecisionSchema } from "../common/index.js";
import { ContractSchema } from "../contract/schema.js";
import { NationalityCodeSchema, PersonSchema, RankSchema, RoleSchema } from "../personnel/schema.js";
import { EchelonSchema, LineageEventSchema, QualifierSchema, SubordinationSchema, UnitDesignationSchema, UnitSchema, UnitTypeSchema } from "../unit/schema.js";

const spanned = { text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const FieldSourceSchema = z.object({ path: z.string().startsWith("$"), ...spanned, inferred: z.literal(true).optional() });

/**
 * The JSON contract of `musterroll extract` and of {@link musterroll/extract!extractRecords | extractRecords}: `{ article, mentions,
 * records }`. Use it to check an extraction you received, or the output of another tool that claims
 * to follow it.
 *
 * @example
 * ```ts
 * import { ExtractionSchema } from "musterroll";
 * import { extractRecords } from "musterroll/extract";
 * ExtractionSchema.parse(JSON.parse(JSON.stringify(extractRecords("On March 3, 2025, the 2nd Battalion was disbanded."))));
 * ```
 */
export const ExtractionSchema = z.object({
  article: ArticleSchema.optional(),
  mentions: z.object({
    dates: z.array(z.object({
      ...spanned, value: PartialDateSchema, precision: PrecisionSchema, modifier: DateModifierSchema.optional(),
      yearInferred: z.literal(true).optional(), inferred: z.literal(true).optional(),
    })),
    durations: z.array(z.object({ ...spanned, value: IsoDurationSchema, max: IsoDurationSchema.optional() })),
    quantities: z.array(z.object({
      ...spanned, min: z.number().nonnegative(), max: z.number().nonnegative().optional(), approximate: z.boolean(),
      unit: z.string().optional(), fraction: FractionSchema.optional(),
    })),
    units: z.array(z.object({
      ...spanned, number: z.number().int().optional(), echelon: EchelonSchema.optional(), types: z.array(UnitTypeSchema),
      qualifiers: z.array(QualifierSchema).optional(), name: z.string().optional(), parent: UnitDesignationSchema.optional(),
    })),
    people: z.array(z.object({
      ...spanned, name: z.string().optional(), alias: z.string().optional(), age: z.number().int().nonnegative().optional(),
      nationality: NationalityCodeSchema.optional(), role: RoleSchema.optional(),
    })),
    quotes: z.array(z.object({ ...spanned, speaker: z.string().optional() })),
  }),
  records: z.object({
    units: z.array(z.object({ record: UnitSchema, events: z.array(LineageEventSchema), subordination: z.array(SubordinationSchema), sources: z.array(FieldSourceSchema) })),
    people: z.array(z.object({ record: PersonSchema, unit: z.string().optional(), rank: RankSchema.optional(), sources: z.array(FieldSourceSchema) })),
    contracts: z.array(z.object({ record: ContractSchema, sources: z.array(FieldSourceSchema) })),
  }),
});
