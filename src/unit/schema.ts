import { z } from "zod";
import { comparePartialDates, CountryCodeSchema, PartialDateSchema, SpanSchema } from "../common/index.js";
import { ECHELONS, QUALIFIERS, UNIT_TYPES } from "./vocabulary.js";

/**
 * A unit's size: team … command, or `unspecified`. See {@link musterroll/unit!ECHELON_TABLE | ECHELON_TABLE} for codes and words.
 *
 * @example
 * ```ts
 * import { EchelonSchema } from "musterroll";
 * EchelonSchema.parse("brigade");
 * ```
 */
export const EchelonSchema = z.enum(ECHELONS);
/**
 * A unit's size; see {@link EchelonSchema}.
 *
 * @example
 * ```ts
 * import type { Echelon } from "musterroll";
 * const e: Echelon = "battalion";
 * ```
 */
export type Echelon = z.infer<typeof EchelonSchema>;

/**
 * What a unit does: infantry, mechanized, assault, territorial-defense … See {@link musterroll/unit!UNIT_TYPE_TABLE | UNIT_TYPE_TABLE}.
 *
 * @example
 * ```ts
 * import { UnitTypeSchema } from "musterroll";
 * UnitTypeSchema.parse("air-assault");
 * ```
 */
export const UnitTypeSchema = z.enum(UNIT_TYPES);
/**
 * A unit type; see {@link UnitTypeSchema}.
 *
 * @example
 * ```ts
 * import type { UnitType } from "musterroll";
 * const t: UnitType = "mechanized";
 * ```
 */
export type UnitType = z.infer<typeof UnitTypeSchema>;

/**
 * A word of status that is not a type: separate, guards, reserve … See {@link musterroll/unit!QUALIFIER_TABLE | QUALIFIER_TABLE}.
 *
 * @example
 * ```ts
 * import { QualifierSchema } from "musterroll";
 * QualifierSchema.parse("separate");
 * ```
 */
export const QualifierSchema = z.enum(QUALIFIERS);
/**
 * A qualifier; see {@link QualifierSchema}.
 *
 * @example
 * ```ts
 * import type { Qualifier } from "musterroll";
 * const q: Qualifier = "guards";
 * ```
 */
export type Qualifier = z.infer<typeof QualifierSchema>;

const NAME_FORBIDDEN = new Set(['"', "“", "”", "„", "«", "»", "(", ")", "\n", "\r", "\t"]);

/**
 * The proper name in a designation ("Azov", "International Legion for Territorial Defense"): no
 * outer white space, no quotation marks, parentheses or line breaks, at most 200 characters.
 *
 * @example
 * ```ts
 * import { DesignationNameSchema } from "musterroll";
 * DesignationNameSchema.safeParse(" Azov").success; // false
 * ```
 */
export const DesignationNameSchema = z
  .string()
  .min(1)
  .max(200)
  .check((ctx) => {
    const v = ctx.value;
    if (v.trim() !== v) ctx.issues.push({ code: "custom", input: v, message: `name ${JSON.stringify(v)} must not begin or end with white space` });
    for (const c of v) {
      if (NAME_FORBIDDEN.has(c)) {
        ctx.issues.push({ code: "custom", input: v, message: `name ${JSON.stringify(v)} must not contain ${JSON.stringify(c)}` });
        return;
      }
    }
  });

/**
 * A note the designation parser attaches to a value it accepted but that was not written
 * correctly, such as a wrong ordinal suffix ("15nd").
 *
 * @example
 * ```ts
 * import { DesignationWarningSchema } from "musterroll";
 * DesignationWarningSchema.parse({ code: "ordinal_suffix", message: '"15nd" should be "15th"', offset: 0 });
 * ```
 */
export const DesignationWarningSchema = z.strictObject({
  /** What kind of slip. */
  code: z.literal("ordinal_suffix"),
  /** What was written and what was meant. */
  message: z.string(),
  /** Index in the parsed text. */
  offset: z.number().int().nonnegative(),
});
/**
 * A parser warning; see {@link DesignationWarningSchema}.
 *
 * @example
 * ```ts
 * import type { DesignationWarning } from "musterroll";
 * const w: DesignationWarning = { code: "ordinal_suffix", message: "…", offset: 0 };
 * ```
 */
export type DesignationWarning = z.infer<typeof DesignationWarningSchema>;

/**
 * A unit designation as written in a report: "253rd Assault Regiment of the 129th Territorial
 * Defense Brigade" is `{ number: 253, types: ["assault"], echelon: "regiment", parent: { number:
 * 129, … } }`. `types` and `qualifiers` are kept in table order without repeats; `name` is a proper
 * name ("Azov", "H" in "H Company"); `parent` is the unit the designation says it belongs to.
 *
 * @example
 * ```ts
 * import { UnitDesignationSchema } from "musterroll";
 * UnitDesignationSchema.parse({ number: 2, echelon: "battalion", types: [], qualifiers: [] });
 * ```
 */
export const UnitDesignationSchema: z.ZodType<UnitDesignation> = z
  .object({
    /** The unit's number (253 in "253rd"). */
    number: z.number().int().min(1).max(99_999).optional(),
    /** The unit's size. */
    echelon: EchelonSchema.optional(),
    /** What the unit does, in table order. */
    types: z.array(UnitTypeSchema),
    /** Status words, in table order. */
    qualifiers: z.array(QualifierSchema),
    /** A proper name ("Azov"), or a letter ("H" in "H Company"). */
    name: DesignationNameSchema.optional(),
    /** The unit the designation places this one in. */
    parent: z.lazy(() => UnitDesignationSchema).optional(),
    /** What the parser accepted but flags ("15nd"). */
    warnings: z.array(DesignationWarningSchema).optional(),
  })
  .refine((d) => d.number !== undefined || d.echelon !== undefined || d.types.length > 0 || d.qualifiers.length > 0 || d.name !== undefined, {
    message: "a designation needs at least a number, an echelon, a type, a qualifier or a name",
  });

/**
 * A unit designation; see {@link UnitDesignationSchema}.
 *
 * @example
 * ```ts
 * import type { UnitDesignation } from "musterroll";
 * const d: UnitDesignation = { number: 3, qualifiers: ["separate"], types: ["assault"], echelon: "brigade" };
 * ```
 */
export interface UnitDesignation {
  /** The unit's number (253 in "253rd"). */
  readonly number?: number | undefined;
  /** The unit's size. */
  readonly echelon?: Echelon | undefined;
  /** What the unit does, in {@link UNIT_TYPES} order. */
  readonly types: readonly UnitType[];
  /** Status words, in {@link QUALIFIERS} order. */
  readonly qualifiers: readonly Qualifier[];
  /** A proper name ("Azov"), or a letter ("H" in "H Company"). */
  readonly name?: string | undefined;
  /** The unit the designation places this one in. */
  readonly parent?: UnitDesignation | undefined;
  /** What the parser accepted but flags ("15nd"). */
  readonly warnings?: readonly DesignationWarning[] | undefined;
}

/**
 * A unit's identifier in a collection. Any non-empty string without outer white space.
 *
 * @example
 * ```ts
 * import { UnitIdSchema } from "musterroll";
 * UnitIdSchema.parse("ua-129-tdf-bde");
 * ```
 */
export const UnitIdSchema = z.string().min(1).max(200).refine((s) => s.trim() === s, { message: "a unit id must not begin or end with white space" });
/**
 * A unit id; see {@link UnitIdSchema}.
 *
 * @example
 * ```ts
 * import type { UnitId } from "musterroll";
 * const id: UnitId = "ua-3-sep-aslt-bde";
 * ```
 */
export type UnitId = z.infer<typeof UnitIdSchema>;

const dateRange = <T extends { from?: string | undefined; to?: string | undefined }>(r: T): boolean =>
  r.from === undefined || r.to === undefined || comparePartialDates(r.from, r.to) !== "after";
const RANGE_MESSAGE = { message: "`from` must not be after `to`", path: ["to"] };

/**
 * A name a unit carried, with the dates it carried it: `from` is the first day, `to` the first
 * day it no longer did (both partial dates, both optional).
 *
 * @example
 * ```ts
 * import { UnitNameSchema } from "musterroll";
 * UnitNameSchema.parse({ name: "129th Territorial Defense Brigade", from: "2022-02" });
 * ```
 */
export const UnitNameSchema = z
  .object({
    /** The name. */
    name: z.string().min(1).max(300),
    /** First day it was carried. */
    from: PartialDateSchema.optional(),
    /** First day it no longer was. */
    to: PartialDateSchema.optional(),
  })
  .refine(dateRange, RANGE_MESSAGE);
/**
 * A dated name; see {@link UnitNameSchema}.
 *
 * @example
 * ```ts
 * import type { UnitName } from "musterroll";
 * const n: UnitName = { name: "Azov Regiment", to: "2023-02" };
 * ```
 */
export type UnitName = z.infer<typeof UnitNameSchema>;

/**
 * An identifier of a unit in another system, checked per scheme: a Wikidata QID ("Q105761478"), a
 * military unit number ("А1314", "в/ч 12345" → write "12345"), a 20-digit 2525D SIDC, an ACLED
 * actor name, or any other scheme (`other`, with the scheme named in `label`).
 *
 * @example
 * ```ts
 * import { UnitIdentifierSchema } from "musterroll";
 * UnitIdentifierSchema.parse({ scheme: "military-unit-number", value: "А1314" });
 * ```
 */
export const UnitIdentifierSchema = z.discriminatedUnion("scheme", [
  z.strictObject({
    /** Wikidata. */
    scheme: z.literal("wikidata"),
    /** The QID. */
    value: z.string().regex(/^Q[1-9]\d{0,11}$/, "a Wikidata QID is Q followed by digits"),
  }),
  z.strictObject({
    /** A military unit number. */
    scheme: z.literal("military-unit-number"),
    /** The number. */
    value: z.string().regex(/^[A-Z\u0410-\u042FІЇЄҐ]?\d{4,5}$/u, "a military unit number is an optional capital letter and 4–5 digits"),
  }),
  z.strictObject({
    /** A 2525D SIDC. */
    scheme: z.literal("sidc"),
    /** The code. */
    value: z.string().regex(/^\d{20}$/, "a 2525D/APP-6D SIDC is 20 digits"),
  }),
  z.strictObject({
    /** An ACLED actor. */
    scheme: z.literal("acled"),
    /** The actor name. */
    value: z.string().min(1).max(300),
  }),
  z.strictObject({
    /** Any other scheme. */
    scheme: z.literal("other"),
    /** The scheme's name. */
    label: z.string().min(1).max(100),
    /** The identifier. */
    value: z.string().min(1).max(300),
  }),
]);
/**
 * An external identifier; see {@link UnitIdentifierSchema}.
 *
 * @example
 * ```ts
 * import type { UnitIdentifier } from "musterroll";
 * const q: UnitIdentifier = { scheme: "wikidata", value: "Q105761478" };
 * ```
 */
export type UnitIdentifier = z.infer<typeof UnitIdentifierSchema>;



/**
 * A unit: its id, names over time, and what its designation says (number, echelon, types,
 * qualifiers), with country, branch and external identifiers.
 *
 * @example
 * ```ts
 * import { UnitSchema } from "musterroll";
 * UnitSchema.parse({
 *   id: "ua-129-td-bde", names: [{ name: "129th Territorial Defense Brigade" }], number: 129,
 *   echelon: "brigade", types: ["territorial-defense"], qualifiers: ["separate"], country: "UA",
 *   identifiers: [{ scheme: "military-unit-number", value: "А7045" }],
 * });
 * ```
 */
export const UnitSchema = z.strictObject({
  /** The unit's id in the collection. */
  id: UnitIdSchema,
  /** Names over time. */
  names: z.array(UnitNameSchema),
  /** A short name ("129 TDF Bde"). */
  shortName: z.string().min(1).max(100).optional(),
  /** The unit's number. */
  number: z.number().int().min(1).max(99_999).optional(),
  /** The unit's size. */
  echelon: EchelonSchema.optional(),
  /** What it does. */
  types: z.array(UnitTypeSchema),
  /** Status words. */
  qualifiers: z.array(QualifierSchema),
  /** ISO 3166-1 alpha-2 code of the country it belongs to. */
  country: CountryCodeSchema.optional(),
  /** Service branch in free words ("Ground Forces", "Territorial Defense Forces"). */
  branch: z.string().min(1).max(100).optional(),
  /** Identifiers in other systems. */
  identifiers: z.array(UnitIdentifierSchema),
});
/**
 * A unit; see {@link UnitSchema}.
 *
 * @example
 * ```ts
 * import type { Unit } from "musterroll";
 * const u: Unit = { id: "u1", names: [{ name: "2nd Battalion" }], echelon: "battalion", types: [], qualifiers: [], identifiers: [] };
 * ```
 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * Where a record came from: an article id and, optionally, the span of the article text.
 *
 * @example
 * ```ts
 * import { RecordSourceSchema } from "musterroll";
 * RecordSourceSchema.parse({ articleId: "a1", span: { start: 10, end: 42 } });
 * ```
 */
export const RecordSourceSchema = z.strictObject({
  /** The id of the article. */
  articleId: z.string().min(1),
  /** The part of the article text. */
  span: SpanSchema.optional(),
});
/**
 * A record's source; see {@link RecordSourceSchema}.
 *
 * @example
 * ```ts
 * import type { RecordSource } from "musterroll";
 * const s: RecordSource = { articleId: "a1" };
 * ```
 */
export type RecordSource = z.infer<typeof RecordSourceSchema>;

/**
 * How a child is subordinated: `organic` (part of its parent), `attached`, or the command
 * relations `opcon`, `tacon`, `adcon`.
 *
 * @example
 * ```ts
 * import { SubordinationRelationSchema } from "musterroll";
 * SubordinationRelationSchema.parse("opcon");
 * ```
 */
export const SubordinationRelationSchema = z.enum(["organic", "attached", "opcon", "tacon", "adcon"]);
/**
 * A subordination relation; see {@link SubordinationRelationSchema}.
 *
 * @example
 * ```ts
 * import type { SubordinationRelation } from "musterroll";
 * const r: SubordinationRelation = "attached";
 * ```
 */
export type SubordinationRelation = z.infer<typeof SubordinationRelationSchema>;

/**
 * A dated edge of the order of battle: `child` is under `parent` from `from` (the first day)
 * until `to` (the first day it no longer is); either date may be missing (open).
 *
 * @example
 * ```ts
 * import { SubordinationSchema } from "musterroll";
 * SubordinationSchema.parse({ child: "bn2", parent: "regt253", relation: "organic", from: "2025-06" });
 * ```
 */
export const SubordinationSchema = z
  .object({
    /** The subordinate unit. */
    child: UnitIdSchema,
    /** The unit it is under. */
    parent: UnitIdSchema,
    /** How it is under it. */
    relation: SubordinationRelationSchema,
    /** First day in force (open when missing). */
    from: PartialDateSchema.optional(),
    /** First day no longer in force (open when missing). */
    to: PartialDateSchema.optional(),
    /** Where the edge was reported. */
    source: RecordSourceSchema.optional(),
  })
  .refine((e) => e.child !== e.parent, { message: "a unit cannot be subordinated to itself", path: ["parent"] })
  .refine(dateRange, RANGE_MESSAGE);
/**
 * A subordination edge; see {@link SubordinationSchema}.
 *
 * @example
 * ```ts
 * import type { Subordination } from "musterroll";
 * const e: Subordination = { child: "bn2", parent: "regt253", relation: "organic" };
 * ```
 */
export type Subordination = z.infer<typeof SubordinationSchema>;

const eventBase = {
  /** When it happened. */
  date: PartialDateSchema,
  /** Where it was reported. */
  source: RecordSourceSchema.optional(),
};
const ids = z.array(UnitIdSchema).min(2);

/**
 * What happened to units, a union on `kind`. Each event has a partial `date` and an optional
 * `source`:
 * - `established` / `dissolved`: `unit` begins / ceases to exist.
 * - `renamed`: `unit` takes `name`.
 * - `redesignated`: unit `from` continues as a new unit `to` (a new id, a new designation).
 * - `merged`: `units` (two or more) cease and form `into`.
 * - `split`: `unit` ceases and forms `into` (two or more).
 * - `integrated`: `unit` ceases; its personnel are absorbed by `into`.
 * - `resubordinated`: `unit` passes under `to` (from `from`, when known), as `relation` (organic by default).
 * - `transferred`: personnel (`count` when known) move from `from` to `to`; both go on existing.
 * - `deadline-extended`: a deadline of `unit` moves to `deadline` (from `previous`, when known).
 *
 * @example
 * ```ts
 * import { LineageEventSchema } from "musterroll";
 * LineageEventSchema.parse({ kind: "integrated", date: "2025-06", unit: "bn2", into: "regt253" });
 * ```
 */
export const LineageEventSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    /** The event kind. */
    kind: z.literal("established"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
  }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("dissolved"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
  }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("renamed"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
    /** The new name. */
    name: z.string().min(1).max(300),
  }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("redesignated"),
    ...eventBase,
    /** The unit that ceased. */
    from: UnitIdSchema,
    /** The unit it continued as. */
    to: UnitIdSchema,
  }).refine((e) => e.from !== e.to, { message: "a unit cannot be redesignated as itself", path: ["to"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("merged"),
    ...eventBase,
    /** The units that ceased (two or more). */
    units: ids,
    /** The unit they formed. */
    into: UnitIdSchema,
  }).refine((e) => !e.units.includes(e.into), { message: "`into` must not be one of the merged units", path: ["into"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("split"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
    /** The units it split into (two or more). */
    into: ids,
  }).refine((e) => !e.into.includes(e.unit), { message: "a unit cannot split into itself", path: ["into"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("integrated"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
    /** The unit that absorbed its personnel. */
    into: UnitIdSchema,
  }).refine((e) => e.unit !== e.into, { message: "a unit cannot be integrated into itself", path: ["into"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("resubordinated"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
    /** The previous parent, when known. */
    from: UnitIdSchema.optional(),
    /** The new parent. */
    to: UnitIdSchema,
    /** The relation to the new parent (organic when missing). */
    relation: SubordinationRelationSchema.optional(),
  }).refine((e) => e.unit !== e.to, { message: "a unit cannot be subordinated to itself", path: ["to"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("transferred"),
    ...eventBase,
    /** The unit personnel left. */
    from: UnitIdSchema,
    /** The unit they joined. */
    to: UnitIdSchema,
    /** How many people, when known. */
    count: z.number().int().nonnegative().optional(),
  }).refine((e) => e.from !== e.to, { message: "personnel cannot be transferred to the same unit", path: ["to"] }),
  z.strictObject({
    /** The event kind. */
    kind: z.literal("deadline-extended"),
    ...eventBase,
    /** The unit it happened to. */
    unit: UnitIdSchema,
    /** The new deadline. */
    deadline: PartialDateSchema,
    /** The deadline before, when known. */
    previous: PartialDateSchema.optional(),
  }),
]);
/**
 * A lineage event; see {@link LineageEventSchema}.
 *
 * @example
 * ```ts
 * import type { LineageEvent } from "musterroll";
 * const e: LineageEvent = { kind: "dissolved", date: "2025-12-31", unit: "ilt" };
 * ```
 */
export type LineageEvent = z.infer<typeof LineageEventSchema>;

/**
 * The kinds of {@link LineageEvent}.
 *
 * @example
 * ```ts
 * import type { LineageEventKind } from "musterroll";
 * const k: LineageEventKind = "merged";
 * ```
 */
export type LineageEventKind = LineageEvent["kind"];

/**
 * The input of an order of battle: units, subordination edges and lineage events.
 *
 * @example
 * ```ts
 * import { OrderOfBattleDataSchema } from "musterroll";
 * OrderOfBattleDataSchema.parse({ units: [], edges: [], events: [] });
 * ```
 */
export const OrderOfBattleDataSchema = z.strictObject({
  /** The units. */
  units: z.array(UnitSchema),
  /** Dated subordination edges. */
  edges: z.array(SubordinationSchema),
  /** Lineage events. */
  events: z.array(LineageEventSchema),
});
/**
 * Order-of-battle input; see {@link OrderOfBattleDataSchema}.
 *
 * @example
 * ```ts
 * import type { OrderOfBattleData } from "musterroll";
 * const data: OrderOfBattleData = { units: [], edges: [], events: [] };
 * ```
 */
export type OrderOfBattleData = z.infer<typeof OrderOfBattleDataSchema>;
