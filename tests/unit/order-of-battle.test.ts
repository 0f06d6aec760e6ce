import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderOfBattleDataSchema, type OrderOfBattleData, type Unit } from "../../src/index.js";
import { orderOfBattle, validateOrderOfBattle, type UnitTreeNode } from "../../src/unit/index.js";
import { orderOfBattleDataArbitrary } from "../../src/testing.js";

const unit = (id: string, echelon?: Unit["echelon"], names: Unit["names"] = []): Unit => ({
  id, names, types: [], qualifiers: [], identifiers: [], ...(echelon ? { echelon } : {}),
});

// The worked example of docs/units.md: a battalion integrated into a regiment of a brigade.
const example: OrderOfBattleData = {
  units: [
    unit("bn2", "battalion", [{ name: "2nd Battalion" }]),
    unit("regt253", "regiment", [{ name: "253rd Assault Regiment", from: "2025-06" }]),
    unit("bde129", "brigade", [{ name: "129th Territorial Defense Brigade" }]),
    unit("ilt", "unspecified", [{ name: "International Legion for Territorial Defense" }]),
    unit("ilt-successor", "brigade", [{ name: "International Legion" }]),
  ],
  edges: [
    { child: "bn2", parent: "bde129", relation: "organic", from: "2022-03" },
    { child: "regt253", parent: "bde129", relation: "organic", from: "2025-06" },
  ],
  events: [
    { kind: "established", date: "2025-06", unit: "regt253" },
    { kind: "integrated", date: "2025-07-01", unit: "bn2", into: "regt253" },
    { kind: "renamed", date: "2025-09", unit: "regt253", name: "253rd Separate Assault Regiment" },
    { kind: "redesignated", date: "2025-12-31", from: "ilt", to: "ilt-successor" },
  ],
};

const flatten = (forest: readonly UnitTreeNode[]): string[] => forest.flatMap((n) => [n.id, ...flatten(n.children)]);

describe("orderOfBattle — the worked example", () => {
  const orbat = orderOfBattle(example);

  it("answers what a unit was part of on a day, honestly for partial dates", () => {
    expect(orbat.parentAt("bn2", "2024-01-15")).toBe("bde129");
    expect(orbat.parentAt("bn2", "2025-07-02")).toBeUndefined();
    expect(orbat.parentAt("regt253", "2025-06-30")).toBe("bde129");
    expect(orbat.parentAt("regt253", "2025-06-15")).toBe("unknown");
    expect(orbat.parentAt("bn2", "2022")).toBe("unknown");
    expect(orbat.parentAt("nobody", "2024")).toBeUndefined();
  });

  it("lists children on a day", () => {
    expect(orbat.childrenAt("bde129", "2025-06-30").sort()).toEqual(["bn2", "regt253"]);
    expect(orbat.childrenAt("bde129", "2025-08")).toEqual(["regt253"]);
    expect(orbat.childrenAt("bde129", "2025-06-15")).toEqual(["bn2"]);
    expect(orbat.childrenAt("bde129", "2025-06-15", { includeUncertain: true }).sort()).toEqual(["bn2", "regt253"]);
  });

  it("knows when a unit exists", () => {
    expect(orbat.isActive("bn2", "2025-06-30")).toBe(true);
    expect(orbat.isActive("bn2", "2025-07-01")).toBe(false);
    expect(orbat.isActive("bn2", "2025-07")).toBe(false);
    expect(orbat.isActive("bn2", "2025")).toBe("unknown");
    expect(orbat.isActive("regt253", "2025-05")).toBe(false);
    expect(orbat.isActive("regt253", "2025-06")).toBe("unknown");
    expect(orbat.isActive("ilt", "2025-12-30")).toBe(true);
    expect(orbat.isActive("ilt", "2026")).toBe(false);
    expect(orbat.isActive("ilt-successor", "2026")).toBe(true);
    expect(orbat.isActive("nobody", "2026")).toBe("unknown");
    expect(() => orbat.isActive("bn2", "2025-02-30")).toThrow(RangeError);
  });

  it("follows names over time", () => {
    expect(orbat.nameAt("regt253", "2025-08")).toBe("253rd Assault Regiment");
    expect(orbat.nameAt("regt253", "2025-10")).toBe("253rd Separate Assault Regiment");
    expect(orbat.nameAt("regt253", "2025-09-10")).toBe("unknown");
    expect(orbat.nameAt("regt253", "2025-05")).toBeUndefined();
    expect(orbat.nameAt("bn2", "2024")).toBe("2nd Battalion");
  });

  it("draws the tree on a day", () => {
    expect(orbat.treeAt("2025-06-30")).toEqual([
      { id: "bde129", active: true, children: [{ id: "bn2", active: true, children: [] }, { id: "regt253", active: true, children: [] }] },
      { id: "ilt", active: true, children: [] },
    ]);
    const ids = flatten(orbat.treeAt("2026-01")).sort();
    expect(ids).toEqual(["bde129", "ilt-successor", "regt253"]);
  });

  it("traces lineage both ways", () => {
    expect(orbat.lineage("bn2")).toEqual({ predecessors: [], successors: [{ unit: "regt253", kind: "integrated", date: "2025-07-01", depth: 1 }] });
    expect(orbat.lineage("ilt-successor").predecessors).toEqual([{ unit: "ilt", kind: "redesignated", date: "2025-12-31", depth: 1 }]);
  });

  it("validates clean", () => {
    expect(OrderOfBattleDataSchema.safeParse(example).success).toBe(true);
    expect(validateOrderOfBattle(example)).toEqual([]);
  });
});

describe("resubordination events", () => {
  const data: OrderOfBattleData = {
    units: [unit("bn", "battalion"), unit("a", "brigade"), unit("b", "brigade")],
    edges: [{ child: "bn", parent: "a", relation: "organic", from: "2023" }],
    events: [{ kind: "resubordinated", date: "2024-05-10", unit: "bn", from: "a", to: "b" }],
  };
  const orbat = orderOfBattle(data);
  it("ends the old edge and starts the new one on the event date", () => {
    expect(orbat.parentAt("bn", "2024-05-09")).toBe("a");
    expect(orbat.parentAt("bn", "2024-05-10")).toBe("b");
    expect(orbat.parentAt("bn", "2024-05")).toBe("unknown");
    expect(validateOrderOfBattle(data)).toEqual([]);
  });
});

describe("validateOrderOfBattle", () => {
  const codes = (data: OrderOfBattleData) => validateOrderOfBattle(data).map((i) => i.code);

  it("finds a subordination cycle on the day it forms", () => {
    const data: OrderOfBattleData = {
      units: [unit("a", "battalion"), unit("b", "regiment"), unit("c", "brigade")],
      edges: [
        { child: "a", parent: "b", relation: "organic" },
        { child: "b", parent: "c", relation: "organic" },
        { child: "c", parent: "a", relation: "attached", from: "2024-03", to: "2024-06" },
      ],
      events: [],
    };
    const issues = validateOrderOfBattle(data).filter((i) => i.code === "subordination_cycle");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "subordination_cycle", severity: "error", date: "2024-03-31" });
    expect(issues[0]?.message).toContain("2024-03-31");
  });

  it("does not call edges that only may overlap a cycle", () => {
    const data: OrderOfBattleData = {
      units: [unit("a"), unit("b")],
      edges: [
        { child: "a", parent: "b", relation: "organic", to: "2024" },
        { child: "b", parent: "a", relation: "organic", from: "2024" },
      ],
      events: [],
    };
    expect(codes(data)).toEqual([]);
  });

  it("finds two organic parents at once, and a parent not larger than its child", () => {
    const data: OrderOfBattleData = {
      units: [unit("bn", "battalion"), unit("x", "brigade"), unit("y", "company")],
      edges: [
        { child: "bn", parent: "x", relation: "organic", from: "2022" },
        { child: "bn", parent: "y", relation: "organic", from: "2023-02-01", to: "2023-03" },
        { child: "bn", parent: "x", relation: "opcon", from: "2023-02-01" },
      ],
      events: [],
    };
    const issues = validateOrderOfBattle(data);
    expect(issues.find((i) => i.code === "two_organic_parents")).toMatchObject({ unit: "bn", parents: ["x", "y"], date: "2023-02-01", path: ["edges", 1] });
    expect(issues.find((i) => i.code === "parent_echelon_not_higher")).toMatchObject({ severity: "warning", unit: "bn", parent: "y", path: ["edges", 1] });
  });

  it("finds events after a unit ended, unknown ids, duplicates and lineage cycles", () => {
    const data: OrderOfBattleData = {
      units: [unit("a"), unit("b"), unit("a")],
      edges: [{ child: "a", parent: "ghost", relation: "organic" }],
      events: [
        { kind: "dissolved", date: "2025-12-31", unit: "a" },
        { kind: "renamed", date: "2026-02", unit: "a", name: "A" },
        { kind: "redesignated", date: "2020", from: "b", to: "c" },
        { kind: "integrated", date: "2021", unit: "c", into: "b" },
      ],
    };
    const issues = validateOrderOfBattle(data);
    expect(issues.map((i) => i.code).sort()).toEqual(["duplicate_unit", "event_after_end", "event_after_end", "lineage_cycle", "unknown_unit", "unknown_unit", "unknown_unit"]);
    expect(issues.find((i) => i.code === "event_after_end" && i.unit === "b")).toMatchObject({ endedBy: "redesignated", path: ["events", 3, "into"] });
    expect(issues.find((i) => i.code === "event_after_end" && i.unit === "a")).toMatchObject({ unit: "a", date: "2026-02", ended: "2025-12-31", endedBy: "dissolved", path: ["events", 1, "unit"] });
    expect(issues.find((i) => i.code === "unknown_unit" && i.unit === "ghost")?.path).toEqual(["edges", 0, "parent"]);
    expect(issues.find((i) => i.code === "lineage_cycle")).toMatchObject({ units: ["b", "c"] });
  });

  it("does not report an event in the same month as the dissolution", () => {
    const data: OrderOfBattleData = { units: [unit("a")], edges: [], events: [{ kind: "dissolved", date: "2025-12-31", unit: "a" }, { kind: "renamed", date: "2025-12", unit: "a", name: "A" }] };
    expect(codes(data)).toEqual([]);
  });
});

describe("order of battle — properties", () => {
  const days = fc.record({ y: fc.integer({ min: 2013, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  const dates = fc.oneof(days, days.map((d) => d.slice(0, 7)), days.map((d) => d.slice(0, 4)));

  it("generates schema-valid data", () => {
    fc.assert(fc.property(orderOfBattleDataArbitrary(), (data) => OrderOfBattleDataSchema.safeParse(data).success));
  });

  it("treeAt is a forest holding every unit that may exist exactly once", () => {
    fc.assert(
      fc.property(orderOfBattleDataArbitrary(), dates, (data, date) => {
        const orbat = orderOfBattle(data);
        const ids = flatten(orbat.treeAt(date));
        expect(new Set(ids).size).toBe(ids.length);
        const expected = [...orbat.units.keys()].filter((id) => orbat.isActive(id, date) !== false);
        expect([...ids].sort()).toEqual(expected.sort());
      }),
    );
  });

  it("a unit has at most one organic parent on any day when validation finds no two parents", () => {
    fc.assert(
      fc.property(orderOfBattleDataArbitrary(), days, (data, day) => {
        if (validateOrderOfBattle(data).some((i) => i.code === "two_organic_parents")) return;
        const orbat = orderOfBattle(data);
        for (const id of orbat.units.keys()) {
          const parents = new Set(orbat.edges.filter((e) => e.child === id && e.relation === "organic" && orbat.childrenAt(e.parent, day).includes(id)).map((e) => e.parent));
          expect(parents.size).toBeLessThanOrEqual(1);
          const p = orbat.parentAt(id, day);
          if (parents.size === 1) expect(p === "unknown" || parents.has(p as string)).toBe(true);
        }
      }),
    );
  });

  it("no subordination cycle holds on any day when validation finds none", () => {
    fc.assert(
      fc.property(orderOfBattleDataArbitrary(), days, (data, day) => {
        if (validateOrderOfBattle(data).some((i) => i.code === "subordination_cycle")) return;
        const orbat = orderOfBattle(data);
        for (const start of orbat.units.keys()) {
          const seen = new Set<string>();
          let at: string | undefined = start;
          while (at !== undefined && !seen.has(at)) {
            seen.add(at);
            const p = orbat.parentAt(at, day);
            at = p === "unknown" ? undefined : p;
          }
          expect(at).toBeUndefined();
        }
      }),
    );
  });

  it("lineage never contains the unit itself, and is acyclic when validation finds no lineage cycle", () => {
    fc.assert(
      fc.property(orderOfBattleDataArbitrary(), (data) => {
        const orbat = orderOfBattle(data);
        const clean = !validateOrderOfBattle(data).some((i) => i.code === "lineage_cycle");
        for (const id of orbat.units.keys()) {
          const { predecessors, successors } = orbat.lineage(id);
          const before = new Set(predecessors.map((l) => l.unit));
          expect(before.has(id)).toBe(false);
          expect(successors.some((l) => l.unit === id)).toBe(false);
          if (clean) expect(successors.filter((l) => before.has(l.unit))).toEqual([]);
        }
      }),
    );
  });
});
