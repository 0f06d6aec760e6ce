import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LineageEventSchema, SubordinationSchema, UnitDesignationSchema, UnitIdentifierSchema, UnitNameSchema, UnitSchema,
} from "../../src/index.js";
import { lineageEventArbitrary, subordinationArbitrary, unitArbitrary, unitIdentifierArbitrary } from "../../src/testing.js";

describe("unit schemas", () => {
  it.each([
    ["UnitSchema", UnitSchema, unitArbitrary()],
    ["UnitIdentifierSchema", UnitIdentifierSchema, unitIdentifierArbitrary()],
    ["SubordinationSchema", SubordinationSchema, subordinationArbitrary(["a", "b", "c"])],
    ["LineageEventSchema", LineageEventSchema, lineageEventArbitrary(["a", "b", "c"])],
  ] as const)("%s accepts its arbitrary and survives a JSON round trip", (_n, schema, arb) => {
    fc.assert(fc.property(arb as fc.Arbitrary<unknown>, (v) => {
      expect(schema.safeParse(v).success).toBe(true);
      expect(schema.parse(JSON.parse(JSON.stringify(v)))).toEqual(v);
    }));
  });

  it("rejects values that cannot be true, naming the field", () => {
    const issuePath = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues[0]?.path;
    expect(issuePath(SubordinationSchema.safeParse({ child: "a", parent: "a", relation: "organic" }))).toEqual(["parent"]);
    expect(issuePath(SubordinationSchema.safeParse({ child: "a", parent: "b", relation: "organic", from: "2025-03", to: "2025-01" }))).toEqual(["to"]);
    expect(SubordinationSchema.safeParse({ child: "a", parent: "b", relation: "organic", from: "2025-02-30" }).success).toBe(false);
    expect(issuePath(LineageEventSchema.safeParse({ kind: "merged", date: "2024", units: ["a", "b"], into: "a" }))).toEqual(["into"]);
    expect(LineageEventSchema.safeParse({ kind: "merged", date: "2024", units: ["a"], into: "b" }).success).toBe(false);
    expect(LineageEventSchema.safeParse({ kind: "exploded", date: "2024", unit: "a" }).success).toBe(false);
    expect(UnitIdentifierSchema.safeParse({ scheme: "wikidata", value: "Q0" }).success).toBe(false);
    expect(UnitIdentifierSchema.safeParse({ scheme: "military-unit-number", value: "А1314" }).success).toBe(true);
    expect(UnitIdentifierSchema.safeParse({ scheme: "sidc", value: "1003100018120500000" }).success).toBe(false);
    expect(UnitSchema.safeParse({ id: "u", names: [], types: [], qualifiers: [], identifiers: [], country: "XX" }).success).toBe(false);
    expect(UnitSchema.safeParse({ id: " u", names: [], types: [], qualifiers: [], identifiers: [] }).success).toBe(false);
    expect(UnitNameSchema.safeParse({ name: "A", from: "2025", to: "2024" }).success).toBe(false);
    expect(UnitDesignationSchema.safeParse({ types: [], qualifiers: [] }).success).toBe(false);
    expect(UnitDesignationSchema.safeParse({ types: [], qualifiers: [], name: 'Azov "X"' }).success).toBe(false);
    expect(UnitDesignationSchema.safeParse({ types: [], qualifiers: [], number: 0 }).success).toBe(false);
  });
});
