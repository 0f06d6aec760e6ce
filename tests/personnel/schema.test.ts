import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aliasArbitrary, armedServiceArbitrary, assignmentArbitrary, assignmentReasonArbitrary, nationalityCodeArbitrary,
  personArbitrary, personDescriptionArbitrary, personNameArbitrary, placeOfOriginArbitrary, rankArbitrary,
  reportedAgeArbitrary, roleArbitrary, serviceHistoryArbitrary, transliterationArbitrary, unitLifetimeArbitrary,
} from "../../src/personnel/arbitraries.js";
import { PersonDescriptionSchema } from "../../src/personnel/description.js";
import {
  AliasSchema, ArmedServiceSchema, AssignmentReasonSchema, AssignmentSchema, NationalityCodeSchema, PersonNameSchema,
  PersonSchema, PlaceOfOriginSchema, RankSchema, ReportedAgeSchema, RoleSchema, ServiceHistorySchema,
  TransliterationSchema, UnitLifetimeSchema,
} from "../../src/personnel/schema.js";

const pairs = [
  ["NationalityCodeSchema", NationalityCodeSchema, nationalityCodeArbitrary()],
  ["TransliterationSchema", TransliterationSchema, transliterationArbitrary()],
  ["PersonNameSchema", PersonNameSchema, personNameArbitrary()],
  ["AliasSchema", AliasSchema, aliasArbitrary()],
  ["ReportedAgeSchema", ReportedAgeSchema, reportedAgeArbitrary()],
  ["PlaceOfOriginSchema", PlaceOfOriginSchema, placeOfOriginArbitrary()],
  ["RoleSchema", RoleSchema, roleArbitrary()],
  ["RankSchema", RankSchema, rankArbitrary()],
  ["ArmedServiceSchema", ArmedServiceSchema, armedServiceArbitrary()],
  ["PersonSchema", PersonSchema, personArbitrary()],
  ["AssignmentReasonSchema", AssignmentReasonSchema, assignmentReasonArbitrary()],
  ["AssignmentSchema", AssignmentSchema, assignmentArbitrary()],
  ["ServiceHistorySchema", ServiceHistorySchema, serviceHistoryArbitrary()],
  ["UnitLifetimeSchema", UnitLifetimeSchema, unitLifetimeArbitrary()],
  ["PersonDescriptionSchema", PersonDescriptionSchema, personDescriptionArbitrary()],
] as const;

describe("every personnel schema has an arbitrary whose values it accepts unchanged", () => {
  for (const [name, schema, arbitrary] of pairs) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          const parsed = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } }).safeParse(value);
          expect(parsed.error).toBeUndefined();
          expect(parsed.data).toEqual(value);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe("schemas reject bad values with messages naming value and rule", () => {
  it("country codes must be upper-case alpha-2 codes of the dataset", () => {
    const r = NationalityCodeSchema.safeParse("dk");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('"dk" is not an ISO 3166-1 alpha-2 code');
    expect(NationalityCodeSchema.safeParse("XX").success).toBe(false);
    expect(NationalityCodeSchema.parse("FO")).toBe("FO");
  });

  it("a reported age must be a whole number 0–130 with a real partial date", () => {
    expect(ReportedAgeSchema.safeParse({ age: 45.5, asOf: "2025" }).success).toBe(false);
    expect(ReportedAgeSchema.safeParse({ age: 131, asOf: "2025" }).success).toBe(false);
    const bad = ReportedAgeSchema.safeParse({ age: 45, asOf: "2025-02-30" });
    expect(bad.error?.issues[0]?.path).toEqual(["asOf"]);
    expect(bad.error?.issues[0]?.message).toContain("February 2025 has 28 days");
  });

  it("person arrays default to empty and names must not be blank", () => {
    const p = PersonSchema.parse({ id: "karl", name: { full: "Karl" } });
    expect(p).toEqual({ id: "karl", name: { full: "Karl", transliterations: [] }, aliases: [], reportedAges: [], nationalities: [], origins: [], roles: [] });
    const blank = PersonSchema.safeParse({ id: "x", name: { full: "  " } });
    expect(blank.error?.issues[0]?.path).toEqual(["name", "full"]);
    expect(blank.error?.issues[0]?.message).toBe("a name must not be empty");
  });

  it("roles, ranks, alias kinds and reasons come from their tables", () => {
    expect(RoleSchema.safeParse("astronaut").success).toBe(false);
    expect(RankSchema.safeParse("Sgt.").success).toBe(false);
    expect(AliasSchema.safeParse({ value: "Viking", kind: "handle" }).success).toBe(false);
    expect(AssignmentReasonSchema.safeParse("retired").success).toBe(false);
  });

  it("script codes follow ISO 15924 shape", () => {
    expect(TransliterationSchema.safeParse({ script: "cyrl", text: "x" }).error?.issues[0]?.message).toContain("ISO 15924");
  });
});
