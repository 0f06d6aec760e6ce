import { z } from "zod";
import { mentionSchema, type Mention } from "../common/index.js";
import {
  AliasSchema,
  ArmedServiceSchema,
  NationalityCodeSchema,
  PlaceOfOriginSchema,
  RankSchema,
  RoleSchema,
  type Alias,
  type ArmedService,
  type NationalityCode,
  type PlaceOfOrigin,
  type Rank,
  type Role,
} from "./schema.js";
import { UnitDesignationSchema, type UnitDesignation } from "./unit-link.js";

/**
 * What a report's description of a person says, each fact with the span of text that says it:
 * "Army Staff Sgt. Hilbert Caesar, 26" has a service, a rank, a name and an age. Single facts
 * (name, age, rank, service, unit) keep the first mention; lists keep every mention in text order.
 *
 * @example
 * ```ts
 * import { PersonDescriptionSchema } from "musterroll/personnel";
 * PersonDescriptionSchema.parse({
 *   name: { text: "Karl", start: 0, end: 4, value: "Karl" },
 *   aliases: [], nationalities: [], origins: [], roles: [],
 * });
 * ```
 */
export const PersonDescriptionSchema = z.object({
  /** The name as written. */
  name: mentionSchema(z.string().min(1)).optional(),
  /** Aliases with their cue. */
  aliases: z.array(mentionSchema(AliasSchema)),
  /** Age in years. */
  age: mentionSchema(z.number().int().min(0).max(130)).optional(),
  /** Nationality words as ISO 3166-1 alpha-2 codes. */
  nationalities: z.array(mentionSchema(NationalityCodeSchema)),
  /** Places of origin with their cue. */
  origins: z.array(mentionSchema(PlaceOfOriginSchema)),
  /** Occupational roles. */
  roles: z.array(mentionSchema(RoleSchema)),
  /** Rank. */
  rank: mentionSchema(RankSchema).optional(),
  /** Armed service written before the rank. */
  service: mentionSchema(ArmedServiceSchema).optional(),
  /** The unit the person serves in. */
  unit: mentionSchema(UnitDesignationSchema).optional(),
});

/**
 * A parsed person description; see {@link PersonDescriptionSchema}. Written out (rather than
 * inferred) so that every field is a {@link Mention}.
 *
 * @example
 * ```ts
 * import { parsePersonDescription, type PersonDescription } from "musterroll/personnel";
 * const r = parsePersonDescription("Karl, a 53-year-old American combat medic");
 * const d: PersonDescription | undefined = r.success ? r.data : undefined;
 * d?.age?.value; // 53
 * ```
 */
export interface PersonDescription {
  /** The person's name as written ("Volodymyr Zelenski"). */
  readonly name?: Mention<string>;
  /** Aliases with their cue: "nom de guerre Viking", "call sign 'Moses'". */
  readonly aliases: readonly Mention<Alias>[];
  /** Age in years: "53-year-old", "45 years old", "29" in "John Smith, 29,". */
  readonly age?: Mention<number>;
  /** Nationality words as ISO 3166-1 alpha-2 codes: "American" → US, "Dane" → DK. */
  readonly nationalities: readonly Mention<NationalityCode>[];
  /** Places of origin with their cue: "from the Faroe Islands", "Jamaica native", "of Texas". */
  readonly origins: readonly Mention<PlaceOfOrigin>[];
  /** Occupational roles: "combat medic", "chief of staff", "president". */
  readonly roles: readonly Mention<Role>[];
  /** Rank: "Sgt.", "Staff Sgt.", "Lt. Col.". */
  readonly rank?: Mention<Rank>;
  /** Armed service written before the rank: "Army", "Marine". */
  readonly service?: Mention<ArmedService>;
  /** The unit the person serves in: "2nd Battalion" in "chief of staff of the 2nd Battalion". */
  readonly unit?: Mention<UnitDesignation>;
}
