import { comparePartialDates, toInterval, type CalendarDate, type PartialDate } from "../common/index.js";
import type { Echelon, LineageEvent, OrderOfBattleData, UnitId } from "./schema.js";
import { endedBy, holdsAt, resolveEdges, unitsOf, type ResolvedEdge } from "./timeline.js";
import { ECHELON_TABLE } from "./vocabulary.js";

/**
 * What every {@link OrderOfBattleIssue} has.
 *
 * @example
 * ```ts
 * import type { OrderOfBattleIssueBase } from "musterroll/unit";
 * const base: OrderOfBattleIssueBase = { severity: "warning", message: "…", path: ["edges", 0] };
 * ```
 */
export interface OrderOfBattleIssueBase {
  /** `error` for data that cannot be true; `warning` for data that is odd but possible. */
  readonly severity: "error" | "warning";
  /** What is wrong, naming the units and dates. */
  readonly message: string;
  /** Where in the input: `["edges", 3, "parent"]`, `["events", 0]` … */
  readonly path: readonly (string | number)[];
}

/**
 * A problem {@link validateOrderOfBattle} found, keyed by `code`:
 * - `duplicate_unit`: two units share an id.
 * - `unknown_unit`: an edge or event names an id no unit has.
 * - `subordination_cycle`: on `date`, following parents from a unit leads back to it.
 * - `two_organic_parents`: on `date`, a unit is organic to two parents at once.
 * - `parent_echelon_not_higher` (warning): a parent is not larger than its child (a brigade under a battalion).
 * - `event_after_end`: an event names a unit after the event that ended it (dissolution, integration …).
 * - `lineage_cycle`: merged / integrated / split / redesignated events lead from a unit back to itself.
 *
 * @example
 * ```ts
 * import { validateOrderOfBattle, type OrderOfBattleIssue } from "musterroll/unit";
 * const issues: OrderOfBattleIssue[] = validateOrderOfBattle({ units: [], edges: [{ child: "a", parent: "b", relation: "organic" }], events: [] });
 * issues[0]?.code; // "unknown_unit"
 * ```
 */
export type OrderOfBattleIssue =
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "duplicate_unit";
      /** The id used twice. */
      readonly unit: UnitId;
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "unknown_unit";
      /** The id no unit has. */
      readonly unit: UnitId;
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "subordination_cycle";
      /** The units on the cycle, each the child of the next. */
      readonly units: readonly UnitId[];
      /** A day on which the cycle holds. */
      readonly date: CalendarDate;
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "two_organic_parents";
      /** The child. */
      readonly unit: UnitId;
      /** Two of its parents on `date`. */
      readonly parents: readonly [UnitId, UnitId];
      /** A day on which both edges hold. */
      readonly date: CalendarDate;
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "parent_echelon_not_higher";
      /** The child. */
      readonly unit: UnitId;
      /** The parent. */
      readonly parent: UnitId;
      /** The child's echelon. */
      readonly echelon: Echelon;
      /** The parent's echelon, not larger. */
      readonly parentEchelon: Echelon;
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "event_after_end";
      /** The unit named after it ended. */
      readonly unit: UnitId;
      /** The date of the late event. */
      readonly date: PartialDate;
      /** The date the unit ended. */
      readonly ended: PartialDate;
      /** The kind of event that ended it. */
      readonly endedBy: LineageEvent["kind"];
    })
  | (OrderOfBattleIssueBase & {
      /** What is wrong. */
      readonly code: "lineage_cycle";
      /** The units on the cycle, each a predecessor of the next. */
      readonly units: readonly UnitId[];
    });

/**
 * The codes of {@link OrderOfBattleIssue}.
 *
 * @example
 * ```ts
 * import type { OrderOfBattleIssueCode } from "musterroll/unit";
 * const code: OrderOfBattleIssueCode = "two_organic_parents";
 * ```
 */
export type OrderOfBattleIssueCode = OrderOfBattleIssue["code"];

// The days on which the set of edges in force can grow: the first day every edge certainly holds.
// Whatever holds together on some day holds together on one of these.
function checkpoints(edges: readonly ResolvedEdge[]): CalendarDate[] {
  const days = new Set<CalendarDate>(["0000-01-01"]);
  for (const e of edges) if (e.from !== undefined) days.add(toInterval(e.from).end);
  return [...days].sort();
}

function findCycle(parents: ReadonlyMap<UnitId, readonly UnitId[]>): UnitId[] | undefined {
  const state = new Map<UnitId, 1 | 2>(); // 1 on the stack, 2 done
  for (const root of parents.keys()) {
    if (state.has(root)) continue;
    const stack: { id: UnitId; next: number }[] = [{ id: root, next: 0 }];
    const path: UnitId[] = [root];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: UnitId; next: number };
      const ps = parents.get(top.id) ?? [];
      if (top.next >= ps.length) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const p = ps[top.next++] as UnitId;
      if (state.get(p) === 1) return path.slice(path.indexOf(p));
      if (state.has(p)) continue;
      state.set(p, 1);
      stack.push({ id: p, next: 0 });
      path.push(p);
    }
  }
  return undefined;
}

const cycleKey = (units: readonly UnitId[]): string => [...units].sort().join("\u0000");

function subordinationIssues(edges: readonly ResolvedEdge[]): OrderOfBattleIssue[] {
  const issues: OrderOfBattleIssue[] = [];
  const seenCycles = new Set<string>();
  const seenPairs = new Set<string>();
  for (const day of checkpoints(edges)) {
    const inForce = edges.filter((e) => holdsAt(e, day) === true);
    const parents = new Map<UnitId, UnitId[]>();
    for (const e of inForce) parents.set(e.child, [...(parents.get(e.child) ?? []), e.parent]);
    // remove cycles one at a time so that each is reported once
    for (let cycle = findCycle(parents); cycle !== undefined; cycle = findCycle(parents)) {
      const key = cycleKey(cycle);
      const first = inForce.find((e) => e.child === cycle[0] && e.parent === cycle[1 % cycle.length]);
      if (!seenCycles.has(key)) {
        seenCycles.add(key);
        issues.push({
          code: "subordination_cycle", severity: "error", units: cycle, date: day, path: first?.origin ?? [],
          message: `on ${day} the parents of ${cycle.join(" → ")} lead back to ${cycle[0]}`,
        });
      }
      const child = cycle[0] as UnitId;
      parents.set(child, (parents.get(child) ?? []).filter((p) => p !== cycle[1 % cycle.length]));
    }
    const organic = new Map<UnitId, ResolvedEdge[]>();
    for (const e of inForce) if (e.relation === "organic") organic.set(e.child, [...(organic.get(e.child) ?? []), e]);
    for (const [child, es] of organic) {
      const distinct = [...new Set(es.map((e) => e.parent))].sort();
      if (distinct.length < 2) continue;
      const pair: [UnitId, UnitId] = [distinct[0] as UnitId, distinct[1] as UnitId];
      const key = `${child}\u0000${pair.join("\u0000")}`;
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      const second = es.find((e) => e.parent === pair[1]);
      issues.push({
        code: "two_organic_parents", severity: "error", unit: child, parents: pair, date: day, path: second?.origin ?? [],
        message: `on ${day} ${child} is organic to both ${pair[0]} and ${pair[1]}`,
      });
    }
  }
  return issues;
}

function lineageIssues(events: readonly LineageEvent[]): OrderOfBattleIssue[] {
  const next = new Map<UnitId, UnitId[]>();
  const add = (a: UnitId, b: UnitId) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const e of events) {
    if (e.kind === "merged") for (const u of e.units) add(u, e.into);
    if (e.kind === "integrated") add(e.unit, e.into);
    if (e.kind === "split") for (const u of e.into) add(e.unit, u);
    if (e.kind === "redesignated") add(e.from, e.to);
  }
  const issues: OrderOfBattleIssue[] = [];
  for (let cycle = findCycle(next); cycle !== undefined; cycle = findCycle(next)) {
    issues.push({ code: "lineage_cycle", severity: "error", units: cycle, path: ["events"], message: `lineage events lead from ${cycle.join(" → ")} back to ${cycle[0]}` });
    const from = cycle[0] as UnitId;
    next.set(from, (next.get(from) ?? []).filter((u) => u !== cycle[1 % cycle.length]));
  }
  return issues;
}

function afterEndIssues(events: readonly LineageEvent[]): OrderOfBattleIssue[] {
  const ends = new Map<UnitId, { date: PartialDate; kind: LineageEvent["kind"]; index: number }>();
  events.forEach((e, index) => {
    for (const id of endedBy(e)) {
      const known = ends.get(id);
      if (known === undefined || comparePartialDates(e.date, known.date) === "before") ends.set(id, { date: e.date, kind: e.kind, index });
    }
  });
  const issues: OrderOfBattleIssue[] = [];
  events.forEach((e, index) => {
    for (const { id, path } of unitsOf(e)) {
      const end = ends.get(id);
      if (end === undefined || end.index === index || comparePartialDates(e.date, end.date) !== "after") continue;
      issues.push({
        code: "event_after_end", severity: "error", unit: id, date: e.date, ended: end.date, endedBy: end.kind,
        path: ["events", index, ...path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
        message: `${e.kind} on ${e.date} names ${id}, which ceased on ${end.date} (${end.kind}, events[${end.index}])`,
      });
    }
  });
  return issues;
}

/**
 * Checks an order of battle for data that cannot be true (or is odd), with clear issues: what, where
 * (`path` into the input) and why. Finds duplicate and unknown ids, subordination cycles on any
 * date, two organic parents at once, parents not larger than their children (warning), events
 * after a unit ended, and cycles of lineage. Partial dates are read honestly: only what certainly
 * overlaps is reported. Time grows with edges × (units + edges).
 *
 * @param data - units, edges and events.
 * @returns the issues, errors and warnings together (empty when all is well).
 * @example
 * ```ts
 * import { validateOrderOfBattle } from "musterroll/unit";
 * const unit = (id: string) => ({ id, names: [], types: [], qualifiers: [], identifiers: [] });
 * validateOrderOfBattle({
 *   units: [unit("a"), unit("b")],
 *   edges: [{ child: "a", parent: "b", relation: "organic" }, { child: "b", parent: "a", relation: "organic", from: "2024" }],
 *   events: [],
 * }).map((i) => i.code); // ["subordination_cycle"]
 * ```
 */
export function validateOrderOfBattle(data: OrderOfBattleData): OrderOfBattleIssue[] {
  const issues: OrderOfBattleIssue[] = [];
  const units = new Map<UnitId, { echelon?: Echelon | undefined }>();
  data.units.forEach((u, k) => {
    if (units.has(u.id)) issues.push({ code: "duplicate_unit", severity: "error", unit: u.id, path: ["units", k, "id"], message: `unit id ${JSON.stringify(u.id)} is used twice` });
    else units.set(u.id, u);
  });
  const unknown = (id: UnitId, path: readonly (string | number)[]) => {
    if (!units.has(id)) issues.push({ code: "unknown_unit", severity: "error", unit: id, path, message: `${JSON.stringify(id)} at ${path.join(".")} is not the id of any unit` });
  };
  data.edges.forEach((e, k) => {
    unknown(e.child, ["edges", k, "child"]);
    unknown(e.parent, ["edges", k, "parent"]);
  });
  data.events.forEach((e, k) => {
    for (const { id, path } of unitsOf(e)) unknown(id, ["events", k, ...path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))]);
  });
  const edges = resolveEdges(data.edges, data.events);
  issues.push(...subordinationIssues(edges));
  for (const e of edges) {
    const child = units.get(e.child)?.echelon;
    const parent = units.get(e.parent)?.echelon;
    if (child === undefined || parent === undefined || child === "unspecified" || parent === "unspecified") continue;
    if (ECHELON_TABLE[parent].rank <= ECHELON_TABLE[child].rank) {
      issues.push({
        code: "parent_echelon_not_higher", severity: "warning", unit: e.child, parent: e.parent, echelon: child, parentEchelon: parent, path: e.origin,
        message: `${e.child} (${child}) is under ${e.parent}, a ${parent}: a parent is normally larger than its child`,
      });
    }
  }
  issues.push(...afterEndIssues(data.events), ...lineageIssues(data.events));
  return issues;
}
