import fc from "fast-check";
import type {
  Echelon, LineageEvent, OrderOfBattleData, Qualifier, Subordination, Unit, UnitDesignation, UnitIdentifier, UnitType,
} from "./schema.js";
import { ECHELONS, QUALIFIERS, UNIT_TYPES } from "./vocabulary.js";

const NAMES = ["Azov", "Khartia", "Kraken", "Bureviy", "Lyut", "Da Vinci Wolves", "Aidar", "Dnipro", "Rubizh", "Kara-Dag", "Achilles", "Magyar Birds", "H", "K", "West", "Південь", "Anne of Kyiv"];

/**
 * Proper names of units: well-known ones and invented capitalized words.
 *
 * @returns an arbitrary of names that pass `DesignationNameSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { designationNameArbitrary } from "musterroll/testing";
 * fc.sample(designationNameArbitrary(), 3);
 * ```
 */
export function designationNameArbitrary(): fc.Arbitrary<string> {
  // built once: a regex-based arbitrary is costly to construct, and fc.chain builds per sample
  names ??= fc.oneof(
    fc.constantFrom(...NAMES),
    fc.tuple(fc.constantFrom(..."BDFKLMNPRSTVZ"), fc.stringMatching(/^[aeiou][bdk-nrstvz][aeiou][a-z]{0,4}$/))
      .map(([head, tail]) => `${head}${tail}`),
  );
  return names;
}
let names: fc.Arbitrary<string> | undefined;

const subset = <T>(order: readonly T[], max: number): fc.Arbitrary<T[]> =>
  fc.subarray([...order], { maxLength: max }).map((xs) => order.filter((x) => xs.includes(x)));

const oneDesignation: fc.Arbitrary<UnitDesignation> = fc
  .record(
    {
      number: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 99_999 })),
      echelon: fc.constantFrom<Echelon>(...ECHELONS.filter((e) => e !== "unspecified")),
      types: subset<UnitType>(UNIT_TYPES, 3),
      qualifiers: subset<Qualifier>(QUALIFIERS, 2),
      name: designationNameArbitrary(),
    },
    { requiredKeys: ["types", "qualifiers"] },
  )
  .filter((d) => d.number !== undefined || d.echelon !== undefined || d.types.length > 0 || d.qualifiers.length > 0 || d.name !== undefined);

/**
 * Unit designations as `parseUnitDesignation` returns them: types and qualifiers in table
 * order, up to three levels of parents, no warnings.
 *
 * @returns an arbitrary of designations that pass `UnitDesignationSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { unitDesignationArbitrary } from "musterroll/testing";
 * fc.sample(unitDesignationArbitrary(), 2);
 * ```
 */
export function unitDesignationArbitrary(): fc.Arbitrary<UnitDesignation> {
  return fc.array(oneDesignation, { minLength: 1, maxLength: 4 }).map((chain) => {
    let d: UnitDesignation | undefined;
    for (let k = chain.length - 1; k >= 0; k--) {
      const v = chain[k] as UnitDesignation;
      d = d === undefined ? v : { ...v, parent: d };
    }
    return d as UnitDesignation;
  });
}

/**
 * External unit identifiers of every scheme.
 *
 * @returns an arbitrary of identifiers that pass `UnitIdentifierSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { unitIdentifierArbitrary } from "musterroll/testing";
 * fc.sample(unitIdentifierArbitrary(), 3);
 * ```
 */
export function unitIdentifierArbitrary(): fc.Arbitrary<UnitIdentifier> {
  identifiers ??= fc.oneof(
    fc.integer({ min: 1, max: 999_999_999 }).map((n): UnitIdentifier => ({ scheme: "wikidata", value: `Q${n}` })),
    fc.tuple(fc.constantFrom("", "А", "В", "A"), fc.integer({ min: 1000, max: 99_999 })).map(([l, n]): UnitIdentifier => ({ scheme: "military-unit-number", value: `${l}${n}` })),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }).map((ds): UnitIdentifier => ({ scheme: "sidc", value: ds.join("") })),
    fc.constantFrom("Military Forces of Ukraine (2019-)", "Azov Brigade").map((value): UnitIdentifier => ({ scheme: "acled", value })),
  );
  return identifiers;
}
let identifiers: fc.Arbitrary<UnitIdentifier> | undefined;

/**
 * Units with ids `u0`, `u1` … (or the given ids), names, echelons, types and identifiers.
 *
 * @param id - the unit id to use (default: an arbitrary `u<n>`).
 * @returns an arbitrary of units that pass `UnitSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { unitArbitrary } from "musterroll/testing";
 * fc.sample(unitArbitrary("u1"), 1);
 * ```
 */
export function unitArbitrary(id?: string): fc.Arbitrary<Unit> {
  return fc
    .record(
      {
        id: id === undefined ? fc.nat({ max: 999 }).map((n) => `u${n}`) : fc.constant(id),
        names: fc.array(fc.record({ name: designationNameArbitrary() }), { maxLength: 2 }),
        number: fc.integer({ min: 1, max: 999 }),
        echelon: fc.constantFrom<Echelon>(...ECHELONS),
        types: subset<UnitType>(UNIT_TYPES, 2),
        qualifiers: subset<Qualifier>(QUALIFIERS, 2),
        country: fc.constantFrom("UA", "RU", "US", "GB"),
        identifiers: fc.array(unitIdentifierArbitrary(), { maxLength: 2 }),
      },
      { requiredKeys: ["id", "names", "types", "qualifiers", "identifiers"] },
    );
}

const ordered = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

/**
 * Subordination edges between the given unit ids, with optional dated bounds (`from` ≤ `to`).
 *
 * @param ids - the unit ids to draw from (at least two).
 * @returns an arbitrary of edges that pass `SubordinationSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { subordinationArbitrary } from "musterroll/testing";
 * fc.sample(subordinationArbitrary(["a", "b", "c"]), 2);
 * ```
 */
export function subordinationArbitrary(ids: readonly string[]): fc.Arbitrary<Subordination> {
  return fc
    .record({
      pair: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b),
      relation: fc.constantFrom("organic", "organic", "attached", "opcon", "tacon", "adcon") as fc.Arbitrary<Subordination["relation"]>,
      dates: fc.tuple(fc.option(dayOrMonth(), { nil: undefined }), fc.option(dayOrMonth(), { nil: undefined })),
    })
    .map(({ pair: [child, parent], relation, dates: [x, y] }): Subordination => {
      const [from, to] = x !== undefined && y !== undefined ? ordered(x, y) : [x, y];
      return { child, parent, relation, ...(from !== undefined ? { from } : {}), ...(to !== undefined && to !== from ? { to } : {}) };
    });
}

function dayOrMonth(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.record({ y: fc.integer({ min: 2014, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    fc.record({ y: fc.integer({ min: 2014, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`),
    fc.integer({ min: 2014, max: 2026 }).map(String),
  );
}

/**
 * Lineage events of every kind between the given unit ids.
 *
 * @param ids - the unit ids to draw from (at least three).
 * @returns an arbitrary of events that pass `LineageEventSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { lineageEventArbitrary } from "musterroll/testing";
 * fc.sample(lineageEventArbitrary(["a", "b", "c"]), 3);
 * ```
 */
export function lineageEventArbitrary(ids: readonly string[]): fc.Arbitrary<LineageEvent> {
  const id = fc.constantFrom(...ids);
  const two = fc.uniqueArray(id, { minLength: 2, maxLength: 3 });
  const date = dayOrMonth();
  return fc.oneof(
    fc.record({ kind: fc.constant("established" as const), date, unit: id }),
    fc.record({ kind: fc.constant("dissolved" as const), date, unit: id }),
    fc.record({ kind: fc.constant("renamed" as const), date, unit: id, name: designationNameArbitrary() }),
    fc.record({ kind: fc.constant("redesignated" as const), date, from: id, to: id }).filter((e) => e.from !== e.to),
    fc.record({ kind: fc.constant("merged" as const), date, units: two, into: id }).filter((e) => !e.units.includes(e.into)),
    fc.record({ kind: fc.constant("split" as const), date, unit: id, into: two }).filter((e) => !e.into.includes(e.unit)),
    fc.record({ kind: fc.constant("integrated" as const), date, unit: id, into: id }).filter((e) => e.unit !== e.into),
    fc.record({ kind: fc.constant("resubordinated" as const), date, unit: id, to: id }).filter((e) => e.unit !== e.to),
    fc.record({ kind: fc.constant("transferred" as const), date, from: id, to: id, count: fc.nat({ max: 5000 }) }).filter((e) => e.from !== e.to),
    fc.record({ kind: fc.constant("deadline-extended" as const), date, unit: id, deadline: date }),
  );
}

/**
 * Whole order-of-battle inputs: 2–8 units with ids `u0…`, edges and events between them. The
 * data may contain every kind of problem the validator reports (cycles, two parents …).
 *
 * @returns an arbitrary of inputs that pass `OrderOfBattleDataSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { orderOfBattleDataArbitrary } from "musterroll/testing";
 * fc.sample(orderOfBattleDataArbitrary(), 1);
 * ```
 */
export function orderOfBattleDataArbitrary(): fc.Arbitrary<OrderOfBattleData> {
  return fc.integer({ min: 3, max: 8 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, k) => `u${k}`);
    return fc.record({
      units: fc.tuple(...ids.map((id) => unitArbitrary(id))),
      edges: fc.array(subordinationArbitrary(ids), { maxLength: 10 }),
      events: fc.array(lineageEventArbitrary(ids), { maxLength: 6 }),
    });
  });
}
