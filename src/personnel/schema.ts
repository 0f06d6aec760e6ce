import { z } from "zod";
import { CountryCodeSchema, PartialDateSchema } from "../common/index.js";
import { ALIAS_CUES, RANKS, ROLE_WORDS, SERVICE_WORDS, type AliasKindId, type ArmedServiceId, type RankId, type RoleId } from "./vocabulary.js";

const keysOf = <K extends string>(table: Record<K, unknown>) => Object.keys(table) as [K, ...K[]];

/**
 * An ISO 3166-1 alpha-2 code present in the `world-countries` dataset ("US", "FO", "XK").
 *
 * @example
 * ```ts
 * import { NationalityCodeSchema } from "musterroll";
 * NationalityCodeSchema.parse("FO");             // "FO"
 * NationalityCodeSchema.safeParse("XX").success; // false
 * ```
 */
export const NationalityCodeSchema = CountryCodeSchema;

/**
 * An ISO 3166-1 alpha-2 code; see {@link NationalityCodeSchema}.
 *
 * @example
 * ```ts
 * import type { NationalityCode } from "musterroll";
 * const dk: NationalityCode = "DK";
 * ```
 */
export type NationalityCode = z.infer<typeof NationalityCodeSchema>;

/**
 * An ISO 15924 script code: four letters, the first upper case ("Cyrl", "Latn", "Arab").
 *
 * @example
 * ```ts
 * import { ScriptCodeSchema } from "musterroll";
 * ScriptCodeSchema.parse("Cyrl");
 * ```
 */
export const ScriptCodeSchema = z.string().regex(/^[A-Z][a-z]{3}$/, "expected an ISO 15924 script code such as \"Cyrl\" or \"Latn\"");

/**
 * A name written in another script, or romanised by a named system.
 *
 * @example
 * ```ts
 * import { TransliterationSchema } from "musterroll";
 * TransliterationSchema.parse({ script: "Cyrl", text: "Андрій Співак" });
 * ```
 */
export const TransliterationSchema = z.strictObject({
  /** ISO 15924 script of `text`. */
  script: ScriptCodeSchema,
  /** The name in that script. */
  text: z.string().min(1),
  /** Romanisation system, when known ("BGN/PCGN", "ISO 9", "KMU 2010"). */
  system: z.string().min(1).optional(),
});

/**
 * A transliteration; see {@link TransliterationSchema}.
 *
 * @example
 * ```ts
 * import type { Transliteration } from "musterroll";
 * const t: Transliteration = { script: "Latn", text: "Volodymyr Zelenskyy", system: "KMU 2010" };
 * ```
 */
export type Transliteration = z.infer<typeof TransliterationSchema>;

/**
 * A person's name: the full name as reported, its parts when known, and the same name in other
 * scripts.
 *
 * @example
 * ```ts
 * import { PersonNameSchema } from "musterroll";
 * PersonNameSchema.parse({ full: "Andrii Spivak", given: "Andrii", family: "Spivak", transliterations: [] });
 * ```
 */
export const PersonNameSchema = z.strictObject({
  /** The full name as reported ("Andrii Spivak"). */
  full: z.string().trim().min(1, "a name must not be empty"),
  /** Given name, when known. */
  given: z.string().min(1).optional(),
  /** Family name, when known. */
  family: z.string().min(1).optional(),
  /** The name in other scripts or romanisations. */
  transliterations: z.array(TransliterationSchema).default([]),
});

/**
 * A person's name; see {@link PersonNameSchema}.
 *
 * @example
 * ```ts
 * import type { PersonName } from "musterroll";
 * const n: PersonName = { full: "Karl", transliterations: [] };
 * ```
 */
export type PersonName = z.infer<typeof PersonNameSchema>;

/**
 * What kind of other name a person goes by: a nom de guerre, a radio call sign, a nickname or a
 * pseudonym (the ids of {@link ALIAS_CUES}).
 *
 * @example
 * ```ts
 * import { AliasKindSchema } from "musterroll";
 * AliasKindSchema.parse("call-sign");
 * ```
 */
export const AliasKindSchema = z.enum(keysOf<AliasKindId>(ALIAS_CUES));

/**
 * An alias kind; see {@link AliasKindSchema}.
 *
 * @example
 * ```ts
 * import type { AliasKind } from "musterroll";
 * const kind: AliasKind = "nom-de-guerre";
 * ```
 */
export type AliasKind = z.infer<typeof AliasKindSchema>;

/**
 * Another name a person goes by.
 *
 * @example
 * ```ts
 * import { AliasSchema } from "musterroll";
 * AliasSchema.parse({ value: "Viking", kind: "nom-de-guerre" });
 * ```
 */
export const AliasSchema = z.strictObject({
  /** The alias as written, without quotes ("Viking"). */
  value: z.string().trim().min(1, "an alias must not be empty"),
  /** What kind of alias it is. */
  kind: AliasKindSchema,
});

/**
 * An alias; see {@link AliasSchema}.
 *
 * @example
 * ```ts
 * import type { Alias } from "musterroll";
 * const a: Alias = { value: "Moses", kind: "call-sign" };
 * ```
 */
export type Alias = z.infer<typeof AliasSchema>;

/**
 * An age a source reported, and the date it was true on (usually the publication date). Ages are
 * whole years, 0–130.
 *
 * @example
 * ```ts
 * import { ReportedAgeSchema } from "musterroll";
 * ReportedAgeSchema.parse({ age: 53, asOf: "2025-12-31" });
 * ```
 */
export const ReportedAgeSchema = z.strictObject({
  /** Whole years, 0–130. */
  age: z.number().int().min(0).max(130),
  /** The date the age was true on, usually the report's date. */
  asOf: PartialDateSchema,
});

/**
 * A reported age; see {@link ReportedAgeSchema}.
 *
 * @example
 * ```ts
 * import type { ReportedAge } from "musterroll";
 * const a: ReportedAge = { age: 45, asOf: "2025-12" };
 * ```
 */
export type ReportedAge = z.infer<typeof ReportedAgeSchema>;

/**
 * Where a person comes from: the place as reported, the country it is or lies in when the text
 * tells (a country, a territory, or a state or province: "Austin, Texas" → US), and the state a
 * territory belongs to ("Faroe Islands" → FO, territory of DK).
 *
 * @example
 * ```ts
 * import { PlaceOfOriginSchema } from "musterroll";
 * PlaceOfOriginSchema.parse({ name: "Faroe Islands", country: "FO", territoryOf: "DK" });
 * PlaceOfOriginSchema.parse({ name: "Texas" });
 * ```
 */
export const PlaceOfOriginSchema = z.strictObject({
  /** The place as reported ("Faroe Islands", "Texas"). */
  name: z.string().trim().min(1, "a place name must not be empty"),
  /** The ISO 3166-1 code of the country the place is or lies in. */
  country: NationalityCodeSchema.optional(),
  /** For a territory, the state it belongs to. */
  territoryOf: NationalityCodeSchema.optional(),
});

/**
 * A place of origin; see {@link PlaceOfOriginSchema}.
 *
 * @example
 * ```ts
 * import type { PlaceOfOrigin } from "musterroll";
 * const p: PlaceOfOrigin = { name: "El Salvador", country: "SV" };
 * ```
 */
export type PlaceOfOrigin = z.infer<typeof PlaceOfOriginSchema>;

/**
 * An occupational role (an id of {@link ROLE_WORDS}: "combat-medic", "chief-of-staff" …).
 *
 * @example
 * ```ts
 * import { RoleSchema } from "musterroll";
 * RoleSchema.parse("drone-operator");
 * ```
 */
export const RoleSchema = z.enum(keysOf<RoleId>(ROLE_WORDS));

/**
 * An occupational role; see {@link RoleSchema}.
 *
 * @example
 * ```ts
 * import type { Role } from "musterroll";
 * const r: Role = "combat-medic";
 * ```
 */
export type Role = z.infer<typeof RoleSchema>;

/**
 * A rank (an id of {@link RANKS}: "sergeant", "staff-sergeant", "lieutenant-colonel" …).
 *
 * @example
 * ```ts
 * import { RankSchema } from "musterroll";
 * RankSchema.parse("staff-sergeant");
 * ```
 */
export const RankSchema = z.enum(keysOf<RankId>(RANKS));

/**
 * A rank; see {@link RankSchema}.
 *
 * @example
 * ```ts
 * import type { Rank } from "musterroll";
 * const r: Rank = "corporal";
 * ```
 */
export type Rank = z.infer<typeof RankSchema>;

/**
 * An armed service (an id of {@link SERVICE_WORDS}: "army", "marine-corps" …).
 *
 * @example
 * ```ts
 * import { ArmedServiceSchema } from "musterroll";
 * ArmedServiceSchema.parse("marine-corps");
 * ```
 */
export const ArmedServiceSchema = z.enum(keysOf<ArmedServiceId>(SERVICE_WORDS));

/**
 * An armed service; see {@link ArmedServiceSchema}.
 *
 * @example
 * ```ts
 * import type { ArmedService } from "musterroll";
 * const s: ArmedService = "army";
 * ```
 */
export type ArmedService = z.infer<typeof ArmedServiceSchema>;

/**
 * A person, in the spirit of Popolo's Person: names, aliases, what is known of the birth date,
 * ages reported by sources, nationalities, places of origin and roles. Arrays default to empty.
 *
 * @example
 * ```ts
 * import { PersonSchema } from "musterroll";
 * const karl = PersonSchema.parse({
 *   id: "karl",
 *   name: { full: "Karl" },
 *   reportedAges: [{ age: 53, asOf: "2025-12-31" }],
 *   nationalities: ["US"],
 *   roles: ["combat-medic"],
 * });
 * karl.aliases; // []
 * ```
 */
export const PersonSchema = z.strictObject({
  /** Your id for the person. */
  id: z.string().trim().min(1, "a person id must not be empty"),
  /** The person's name. */
  name: PersonNameSchema,
  /** Noms de guerre, call signs, nicknames and pseudonyms. */
  aliases: z.array(AliasSchema).default([]),
  /** Birth date as far as known ("1980", "1980-06"). */
  birthDate: PartialDateSchema.optional(),
  /** Ages sources reported, each as of a date. */
  reportedAges: z.array(ReportedAgeSchema).default([]),
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: z.array(NationalityCodeSchema).default([]),
  /** Where the person comes from. */
  origins: z.array(PlaceOfOriginSchema).default([]),
  /** Occupational roles. */
  roles: z.array(RoleSchema).default([]),
});

/**
 * A person; see {@link PersonSchema}.
 *
 * @example
 * ```ts
 * import type { Person } from "musterroll";
 * const p: Person = {
 *   id: "p1", name: { full: "Bjorn Kallsoy", transliterations: [] },
 *   aliases: [{ value: "Viking", kind: "nom-de-guerre" }], reportedAges: [],
 *   nationalities: ["DK"], origins: [{ name: "Faroe Islands", country: "FO", territoryOf: "DK" }], roles: [],
 * };
 * ```
 */
export type Person = z.infer<typeof PersonSchema>;

/**
 * Why an assignment began or ended.
 *
 * @example
 * ```ts
 * import { AssignmentReasonSchema } from "musterroll";
 * AssignmentReasonSchema.parse("transferred");
 * ```
 */
export const AssignmentReasonSchema = z.enum([
  "enlisted", "transferred", "integrated", "promoted", "discharged", "contract-ended", "deserted",
]);

/**
 * Why an assignment began or ended; see {@link AssignmentReasonSchema}.
 *
 * @example
 * ```ts
 * import type { AssignmentReason } from "musterroll";
 * const r: AssignmentReason = "contract-ended";
 * ```
 */
export type AssignmentReason = z.infer<typeof AssignmentReasonSchema>;

/**
 * One stretch of service in one unit (Popolo's Membership). `to` absent means the assignment is
 * ongoing. `concurrent: true` marks an assignment held alongside others (a secondment, a second
 * hat), which the overlap rule then allows.
 *
 * @example
 * ```ts
 * import { AssignmentSchema } from "musterroll";
 * AssignmentSchema.parse({ unitId: "ua-2-bn", role: "chief-of-staff", from: "2023-05", reason: "transferred" });
 * ```
 */
export const AssignmentSchema = z.strictObject({
  /** Id of the unit, as in your order of battle. */
  unitId: z.string().trim().min(1, "a unit id must not be empty"),
  /** Role held in the unit. */
  role: RoleSchema.optional(),
  /** Rank held during the assignment. */
  rank: RankSchema.optional(),
  /** First day, as far as known. */
  from: PartialDateSchema,
  /** Last day (inclusive); absent while ongoing. */
  to: PartialDateSchema.optional(),
  /** Why the assignment began or ended. */
  reason: AssignmentReasonSchema.optional(),
  /** Held alongside other assignments, so overlaps are expected. */
  concurrent: z.boolean().optional(),
});

/**
 * An assignment; see {@link AssignmentSchema}.
 *
 * @example
 * ```ts
 * import type { Assignment } from "musterroll";
 * const a: Assignment = { unitId: "ua-2-bn", from: "2023-05", to: "2024-01" };
 * ```
 */
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * A person's service history: assignments in the order they began. Structure only; the rules
 * (ordered dates, no overlaps, unit lifetimes) are checked by validateServiceHistory.
 *
 * @example
 * ```ts
 * import { ServiceHistorySchema } from "musterroll";
 * ServiceHistorySchema.parse({ personId: "karl", assignments: [{ unitId: "u1", from: "2022-03" }] });
 * ```
 */
export const ServiceHistorySchema = z.strictObject({
  /** Id of the person (a Person's `id`). */
  personId: z.string().trim().min(1, "a person id must not be empty"),
  /** Assignments in the order they began. */
  assignments: z.array(AssignmentSchema),
});

/**
 * A service record; see {@link ServiceHistorySchema}.
 *
 * @example
 * ```ts
 * import type { ServiceHistory } from "musterroll";
 * const r: ServiceHistory = { personId: "karl", assignments: [] };
 * ```
 */
export type ServiceHistory = z.infer<typeof ServiceHistorySchema>;

/**
 * When a unit existed, as far as an order of battle says.
 *
 * @example
 * ```ts
 * import { UnitLifetimeSchema } from "musterroll";
 * UnitLifetimeSchema.parse({ established: "2022-02", dissolved: "2025-12-31" });
 * ```
 */
export const UnitLifetimeSchema = z.strictObject({
  /** When the unit was formed. */
  established: PartialDateSchema.optional(),
  /** When the unit was dissolved (its last day). */
  dissolved: PartialDateSchema.optional(),
});

/**
 * A unit lifetime; see {@link UnitLifetimeSchema}.
 *
 * @example
 * ```ts
 * import type { UnitLifetime } from "musterroll";
 * const l: UnitLifetime = { established: "2022-03" };
 * ```
 */
export type UnitLifetime = z.infer<typeof UnitLifetimeSchema>;
