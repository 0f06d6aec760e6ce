// Three-valued date logic for "at date" questions. A partial date in a record is one unknown day
// inside its interval; a partial query date asks about every day of its interval. `true` means
// "on every day of the query", `false` "on none", "unknown" when the partial dates leave it open.
import { toInterval, type PartialDate } from "../common/index.js";
import type { LineageEvent, Subordination, UnitId } from "./schema.js";

/**
 * A yes/no answer that admits not knowing.
 *
 * @example
 * ```ts
 * import type { Tristate } from "musterroll/unit";
 * const active: Tristate = "unknown";
 * ```
 */
export type Tristate = true | false | "unknown";

/** `from` (first day, inclusive) is on or before every day of `date`. */
export function startsBy(from: PartialDate | undefined, date: PartialDate): Tristate {
  if (from === undefined) return true;
  const f = toInterval(from);
  const d = toInterval(date);
  if (f.end <= d.start) return true;
  if (f.start > d.end) return false;
  return "unknown";
}

/** `to` (first day no longer, exclusive) is after every day of `date`. */
export function endsAfter(to: PartialDate | undefined, date: PartialDate): Tristate {
  if (to === undefined) return true;
  const t = toInterval(to);
  const d = toInterval(date);
  if (d.end < t.start) return true;
  if (d.start >= t.end) return false;
  return "unknown";
}

/** Three-valued and. */
export function and3(...xs: readonly Tristate[]): Tristate {
  if (xs.includes(false)) return false;
  return xs.every((x) => x === true) ? true : "unknown";
}

/** Whether an interval `[from, to)` holds on `date`. */
export function holdsAt(r: { readonly from?: PartialDate | undefined; readonly to?: PartialDate | undefined }, date: PartialDate): Tristate {
  return and3(startsBy(r.from, date), endsAfter(r.to, date));
}

/** The units an event names, with the role each plays. */
export function unitsOf(e: LineageEvent): { readonly id: UnitId; readonly path: string }[] {
  switch (e.kind) {
    case "established": case "dissolved": case "renamed": case "deadline-extended":
      return [{ id: e.unit, path: "unit" }];
    case "integrated":
      return [{ id: e.unit, path: "unit" }, { id: e.into, path: "into" }];
    case "split":
      return [{ id: e.unit, path: "unit" }, ...e.into.map((id, k) => ({ id, path: `into.${k}` }))];
    case "merged":
      return [...e.units.map((id, k) => ({ id, path: `units.${k}` })), { id: e.into, path: "into" }];
    case "redesignated": case "transferred":
      return [{ id: e.from, path: "from" }, { id: e.to, path: "to" }];
    case "resubordinated":
      return [{ id: e.unit, path: "unit" }, ...(e.from !== undefined ? [{ id: e.from, path: "from" }] : []), { id: e.to, path: "to" }];
  }
}

/** The units an event ends (they cease to exist on its date). */
export function endedBy(e: LineageEvent): readonly UnitId[] {
  switch (e.kind) {
    case "dissolved": case "integrated": case "split": return [e.unit];
    case "merged": return e.units;
    case "redesignated": return [e.from];
    default: return [];
  }
}

/** The units an event begins (new units formed by it). */
export function begunBy(e: LineageEvent): readonly UnitId[] {
  switch (e.kind) {
    case "established": return [e.unit];
    case "redesignated": return [e.to];
    case "split": return e.into;
    default: return [];
  }
}

/**
 * A subordination edge in force, with where it came from: `["edges", k]` for a given edge, or
 * `["events", k]` for one made by a `resubordinated` event.
 *
 * @example
 * ```ts
 * import type { ResolvedEdge } from "musterroll/unit";
 * const e: ResolvedEdge = { child: "bn2", parent: "regt253", relation: "organic", from: "2025-06", origin: ["events", 0] };
 * ```
 */
export interface ResolvedEdge extends Subordination {
  /** Where in the input it came from. */
  readonly origin: readonly [string, number];
}

const earliestDay = (d: PartialDate | undefined): string => (d === undefined ? "" : toInterval(d).start);

/**
 * The edges in force: the given ones plus one per `resubordinated` event (from its date), which
 * also ends, on that date, any open edge of the same child and relation that certainly began before.
 */
export function resolveEdges(edges: readonly Subordination[], events: readonly LineageEvent[]): ResolvedEdge[] {
  const out: ResolvedEdge[] = edges.map((e, k) => ({ ...e, origin: ["edges", k] as const }));
  const moves = events
    .map((e, k) => ({ e, k }))
    .filter((x): x is { e: Extract<LineageEvent, { kind: "resubordinated" }>; k: number } => x.e.kind === "resubordinated")
    .sort((a, b) => (earliestDay(a.e.date) < earliestDay(b.e.date) ? -1 : earliestDay(a.e.date) > earliestDay(b.e.date) ? 1 : a.k - b.k));
  for (const { e, k } of moves) {
    const relation = e.relation ?? "organic";
    for (let i = 0; i < out.length; i++) {
      const old = out[i] as ResolvedEdge;
      if (old.child === e.unit && old.relation === relation && old.to === undefined && startsBy(old.from, e.date) === true && old.from !== e.date) {
        out[i] = { ...old, to: e.date };
      }
    }
    out.push({ child: e.unit, parent: e.to, relation, from: e.date, ...(e.source ? { source: e.source } : {}), origin: ["events", k] as const });
  }
  return out;
}
