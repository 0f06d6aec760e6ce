import { PartialDateSchema, toInterval, type PartialDate } from "../common/index.js";
import type { LineageEvent, OrderOfBattleData, Subordination, SubordinationRelation, Unit, UnitId } from "./schema.js";
import { and3, begunBy, endedBy, endsAfter, holdsAt, resolveEdges, startsBy, type ResolvedEdge, type Tristate } from "./timeline.js";

/**
 * One unit in {@link OrderOfBattle.treeAt}: its id, whether it certainly exists on the date
 * (`true`) or may (`"unknown"`), and its organic children.
 *
 * @example
 * ```ts
 * import type { UnitTreeNode } from "musterroll/unit";
 * const leaf: UnitTreeNode = { id: "bn2", active: true, children: [] };
 * ```
 */
export interface UnitTreeNode {
  /** The unit. */
  readonly id: UnitId;
  /** `true` when it certainly exists on the date, "unknown" when it may. */
  readonly active: true | "unknown";
  /** Its organic children on the date. */
  readonly children: readonly UnitTreeNode[];
}

/**
 * A step of a unit's lineage: the unit reached, the event kind and date that link it, and how many
 * steps away it is (1 = directly).
 *
 * @example
 * ```ts
 * import type { LineageLink } from "musterroll/unit";
 * const link: LineageLink = { unit: "regt253", kind: "integrated", date: "2025-06", depth: 1 };
 * ```
 */
export interface LineageLink {
  /** The predecessor or successor reached. */
  readonly unit: UnitId;
  /** The kind of the event of this step. */
  readonly kind: "merged" | "integrated" | "split" | "redesignated";
  /** The date of that event. */
  readonly date: PartialDate;
  /** Steps from the unit asked about (1 = directly). */
  readonly depth: number;
}

/**
 * What a unit came from and what became of it, nearest first.
 *
 * @example
 * ```ts
 * import type { Lineage } from "musterroll/unit";
 * const l: Lineage = { predecessors: [], successors: [{ unit: "regt253", kind: "integrated", date: "2025-06", depth: 1 }] };
 * ```
 */
export interface Lineage {
  /** Units this one came from, nearest first. */
  readonly predecessors: readonly LineageLink[];
  /** Units this one became or went into, nearest first. */
  readonly successors: readonly LineageLink[];
}

/**
 * Options of the parent and children queries.
 *
 * @example
 * ```ts
 * import type { SubordinationQueryOptions } from "musterroll/unit";
 * const o: SubordinationQueryOptions = { relation: "opcon", includeUncertain: true };
 * ```
 */
export interface SubordinationQueryOptions {
  /** Which relation to follow (default `organic`). */
  readonly relation?: SubordinationRelation;
  /** `childrenAt` only: also list children whose edge may hold ("unknown"). */
  readonly includeUncertain?: boolean;
}

/**
 * An order of battle that answers questions at a date. Dates are partial: an answer is `true`
 * or a value when it holds on every day of the date, and `"unknown"` when partial dates in the
 * records leave it open. `from` dates are first days; `to` dates and ending events (dissolved,
 * integrated, merged, split, redesignated) are the first day a thing no longer holds.
 *
 * @example
 * ```ts
 * import { orderOfBattle } from "musterroll/unit";
 * const orbat = orderOfBattle({ units: [], edges: [], events: [] });
 * orbat.treeAt("2025-01-01"); // []
 * ```
 */
export interface OrderOfBattle {
  /** The units by id. */
  readonly units: ReadonlyMap<UnitId, Unit>;
  /** The edges in force: the given ones and one per `resubordinated` event. */
  readonly edges: readonly ResolvedEdge[];
  /** The events, in input order. */
  readonly events: readonly LineageEvent[];
  /** The parent by `relation` (default organic): an id, `undefined` for none, or "unknown". */
  parentAt(id: UnitId, date: PartialDate, options?: SubordinationQueryOptions): UnitId | undefined | "unknown";
  /** The children by `relation` that certainly (or, with `includeUncertain`, possibly) are under `id`. */
  childrenAt(id: UnitId, date: PartialDate, options?: SubordinationQueryOptions): UnitId[];
  /** The name the unit carried, `undefined` when none is recorded, or "unknown". */
  nameAt(id: UnitId, date: PartialDate): string | undefined | "unknown";
  /** Whether the unit exists (after its establishment, before its end); "unknown" for unknown ids. */
  isActive(id: UnitId, date: PartialDate): Tristate;
  /** The units that exist or may exist on the date, as a forest of organic subordination. */
  treeAt(date: PartialDate): UnitTreeNode[];
  /** Predecessors and successors through merged, integrated, split and redesignated events. */
  lineage(id: UnitId): Lineage;
}

interface Lifetime {
  readonly start?: PartialDate;
  readonly end?: PartialDate;
}

function earliest(dates: readonly PartialDate[]): PartialDate | undefined {
  let best: PartialDate | undefined;
  for (const d of dates) if (best === undefined || d < best) best = d;
  return best;
}

function lifetimes(units: ReadonlyMap<UnitId, Unit>, events: readonly LineageEvent[]): Map<UnitId, Lifetime> {
  const starts = new Map<UnitId, PartialDate[]>();
  const ends = new Map<UnitId, PartialDate[]>();
  const note = (m: Map<UnitId, PartialDate[]>, id: UnitId, d: PartialDate) => m.set(id, [...(m.get(id) ?? []), d]);
  for (const e of events) {
    for (const id of begunBy(e)) note(starts, id, e.date);
    for (const id of endedBy(e)) note(ends, id, e.date);
  }
  const out = new Map<UnitId, Lifetime>();
  for (const id of units.keys()) {
    const start = earliest(starts.get(id) ?? []);
    const end = earliest(ends.get(id) ?? []);
    out.set(id, { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) });
  }
  return out;
}

function checkDate(date: PartialDate): void {
  const r = PartialDateSchema.safeParse(date);
  if (!r.success) throw new RangeError(`${JSON.stringify(date)} is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`);
}

/**
 * Builds an {@link OrderOfBattle} from units, subordination edges and lineage events. The input
 * is not validated here; run {@link validateOrderOfBattle} for problems. Every query is honest
 * about partial dates and returns `"unknown"` rather than guess; with conflicting data (two
 * parents at once) `parentAt` says "unknown" too. Queries throw a RangeError on a date that is not
 * a partial date.
 *
 * @param data - units, edges and events (see {@link musterroll!OrderOfBattleDataSchema | OrderOfBattleDataSchema}).
 * @returns the queryable order of battle.
 * @example
 * ```ts
 * import { orderOfBattle } from "musterroll/unit";
 * const unit = (id: string, echelon: "battalion" | "regiment") => ({ id, names: [], echelon, types: [], qualifiers: [], identifiers: [] });
 * const orbat = orderOfBattle({
 *   units: [unit("bn2", "battalion"), unit("regt253", "regiment")],
 *   edges: [],
 *   events: [{ kind: "integrated", date: "2025-06-01", unit: "bn2", into: "regt253" }],
 * });
 * orbat.isActive("bn2", "2025-05");    // true: every day of May is before the integration
 * orbat.isActive("bn2", "2025-06");    // false: it ceased on June 1
 * orbat.isActive("bn2", "2025");       // "unknown": 2025 holds days before and after
 * orbat.lineage("bn2").successors;     // [{ unit: "regt253", kind: "integrated", date: "2025-06-01", depth: 1 }]
 * ```
 */
export function orderOfBattle(data: OrderOfBattleData): OrderOfBattle {
  const units = new Map<UnitId, Unit>();
  for (const u of data.units) if (!units.has(u.id)) units.set(u.id, u);
  const events = data.events;
  const edges = resolveEdges(data.edges, events);
  const life = lifetimes(units, events);
  const byChild = new Map<UnitId, ResolvedEdge[]>();
  const byParent = new Map<UnitId, ResolvedEdge[]>();
  for (const e of edges) {
    byChild.set(e.child, [...(byChild.get(e.child) ?? []), e]);
    byParent.set(e.parent, [...(byParent.get(e.parent) ?? []), e]);
  }

  const isActive = (id: UnitId, date: PartialDate): Tristate => {
    checkDate(date);
    const l = life.get(id);
    if (l === undefined) return "unknown";
    return and3(startsBy(l.start, date), endsAfter(l.end, date));
  };
  const edgeAt = (e: Subordination, date: PartialDate): Tristate =>
    and3(holdsAt(e, date), isActive(e.child, date), isActive(e.parent, date));

  const parentAt = (id: UnitId, date: PartialDate, options: SubordinationQueryOptions = {}): UnitId | undefined | "unknown" => {
    const relation = options.relation ?? "organic";
    const states = (byChild.get(id) ?? []).filter((e) => e.relation === relation).map((e) => ({ e, s: edgeAt(e, date) }));
    const sure = new Set(states.filter((x) => x.s === true).map((x) => x.e.parent));
    const maybe = states.some((x) => x.s === "unknown" && !sure.has(x.e.parent));
    if (sure.size === 0) return maybe ? "unknown" : undefined;
    return sure.size === 1 && !maybe ? ([...sure][0] as UnitId) : "unknown";
  };

  const childrenAt = (id: UnitId, date: PartialDate, options: SubordinationQueryOptions = {}): UnitId[] => {
    const relation = options.relation ?? "organic";
    const out = new Set<UnitId>();
    for (const e of byParent.get(id) ?? []) {
      if (e.relation !== relation) continue;
      const s = edgeAt(e, date);
      if (s === true || (s === "unknown" && options.includeUncertain === true)) out.add(e.child);
    }
    return [...out];
  };

  const nameAt = (id: UnitId, date: PartialDate): string | undefined | "unknown" => {
    checkDate(date);
    const unit = units.get(id);
    if (unit === undefined) return undefined;
    const renames = events.flatMap((e) => (e.kind === "renamed" && e.unit === id ? [{ name: e.name, from: e.date }] : []));
    const candidates = [...unit.names, ...renames].map((n) => ({ n, s: holdsAt(n, date) })).filter((x) => x.s !== false);
    // the latest name that certainly holds wins; one that may have begun after it makes it unknown
    const firstDay = (d: PartialDate | undefined): string => (d === undefined ? "" : toInterval(d).start);
    const sure = candidates.filter((x) => x.s === true).sort((a, b) => (firstDay(a.n.from) < firstDay(b.n.from) ? -1 : firstDay(a.n.from) > firstDay(b.n.from) ? 1 : 0));
    const chosen = sure[sure.length - 1];
    if (chosen === undefined) return candidates.length > 0 ? "unknown" : undefined;
    const later = candidates.some((x) => x !== chosen && x.n.name !== chosen.n.name && startsBy(x.n.from, chosen.n.from ?? "0000") !== true);
    return later ? "unknown" : chosen.n.name;
  };

  const treeAt = (date: PartialDate): UnitTreeNode[] => {
    const present = [...units.keys()].filter((id) => isActive(id, date) !== false);
    const inTree = new Set(present);
    const kids = new Map<UnitId, UnitId[]>();
    const roots: UnitId[] = [];
    for (const id of present) {
      const p = parentAt(id, date);
      if (p !== undefined && p !== "unknown" && inTree.has(p)) kids.set(p, [...(kids.get(p) ?? []), id]);
      else roots.push(id);
    }
    const placed = new Set<UnitId>();
    const build = (id: UnitId): UnitTreeNode => {
      placed.add(id);
      const children = (kids.get(id) ?? []).filter((c) => !placed.has(c)).map(build);
      return { id, active: isActive(id, date) === true ? true : "unknown", children };
    };
    const forest = roots.map(build);
    // units on a cycle have no root above them: cut each cycle at its first unit
    for (const id of present) if (!placed.has(id)) forest.push(build(id));
    return forest;
  };

  const lineage = (id: UnitId): Lineage => {
    const next = new Map<UnitId, { unit: UnitId; kind: LineageLink["kind"]; date: PartialDate }[]>();
    const prev = new Map<UnitId, { unit: UnitId; kind: LineageLink["kind"]; date: PartialDate }[]>();
    const link = (from: UnitId, to: UnitId, kind: LineageLink["kind"], date: PartialDate) => {
      next.set(from, [...(next.get(from) ?? []), { unit: to, kind, date }]);
      prev.set(to, [...(prev.get(to) ?? []), { unit: from, kind, date }]);
    };
    for (const e of events) {
      if (e.kind === "merged") for (const u of e.units) link(u, e.into, e.kind, e.date);
      else if (e.kind === "integrated") link(e.unit, e.into, e.kind, e.date);
      else if (e.kind === "split") for (const u of e.into) link(e.unit, u, e.kind, e.date);
      else if (e.kind === "redesignated") link(e.from, e.to, e.kind, e.date);
    }
    const walk = (graph: typeof next): LineageLink[] => {
      const seen = new Set<UnitId>([id]);
      const out: LineageLink[] = [];
      let frontier: UnitId[] = [id];
      for (let depth = 1; frontier.length > 0; depth++) {
        const following: UnitId[] = [];
        for (const u of frontier) {
          for (const step of graph.get(u) ?? []) {
            if (seen.has(step.unit)) continue;
            seen.add(step.unit);
            out.push({ ...step, depth });
            following.push(step.unit);
          }
        }
        frontier = following;
      }
      return out;
    };
    return { predecessors: walk(prev), successors: walk(next) };
  };

  return { units, edges, events, parentAt, childrenAt, nameAt, isActive, treeAt, lineage };
}
