import { describe, expectTypeOf, it } from "vitest";
import {
  UnitDesignationSchema, type LineageEvent, type Mention, type ParseResult, type UnitDesignation,
} from "../../src/index.js";
import {
  parseUnitDesignation, findUnitDesignations, orderOfBattle, validateOrderOfBattle, type OrderOfBattleIssue, type Tristate,
} from "../../src/unit/index.js";
import type { z } from "zod";

describe("unit types", () => {
  it("parsers keep the result contract", () => {
    expectTypeOf(parseUnitDesignation).returns.toEqualTypeOf<ParseResult<UnitDesignation>>();
    expectTypeOf(findUnitDesignations).returns.toEqualTypeOf<Mention<UnitDesignation>[]>();
    expectTypeOf<z.infer<typeof UnitDesignationSchema>>().toEqualTypeOf<UnitDesignation>();
  });

  it("lineage events and issues narrow on their key", () => {
    expectTypeOf<Extract<LineageEvent, { kind: "merged" }>["units"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Extract<LineageEvent, { kind: "integrated" }>["into"]>().toEqualTypeOf<string>();
    const parents = (i: OrderOfBattleIssue) => (i.code === "two_organic_parents" ? i.parents : undefined);
    expectTypeOf(parents).returns.toEqualTypeOf<readonly [string, string] | undefined>();
    // @ts-expect-error: a merged event has no single `unit`
    const wrong = (e: Extract<LineageEvent, { kind: "merged" }>) => e.unit;
    void wrong;
  });

  it("date queries may answer unknown", () => {
    const orbat = orderOfBattle({ units: [], edges: [], events: [] });
    expectTypeOf(orbat.isActive("a", "2025")).toEqualTypeOf<Tristate>();
    expectTypeOf(orbat.parentAt("a", "2025")).toEqualTypeOf<string | undefined>();
    expectTypeOf(validateOrderOfBattle).returns.toEqualTypeOf<OrderOfBattleIssue[]>();
  });
});
