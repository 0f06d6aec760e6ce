/**
 * From a report to an order of battle you can query at any date.
 * Run: npx tsx examples/unit-order-of-battle.ts
 *
 * The report (invented wording): a battalion is integrated into a regiment of a territorial
 * defense brigade, and a volunteer legion is dissolved at the end of the year. We find the
 * designations in the text, turn them into records, and ask what was part of what, and when.
 */
import { pathToFileURL } from "node:url";
import type { OrderOfBattleData, Unit, UnitDesignation } from "musterroll";
import { findUnitDesignations, formatUnitDesignation, orderOfBattle, toSidc, validateOrderOfBattle } from "musterroll/unit";

export const REPORT =
  "In July 2025 the 2nd Battalion was integrated into the 253rd Assault Regiment of the 129th Territorial Defense Brigade. " +
  "The International Legion for Territorial Defense was dissolved on December 31, 2025.";

function unitFrom(id: string, d: UnitDesignation): Unit {
  return {
    id, names: [{ name: formatUnitDesignation({ ...d, parent: undefined }) }], types: [...d.types], qualifiers: [...d.qualifiers],
    identifiers: [], country: "UA",
    ...(d.number !== undefined ? { number: d.number } : {}), ...(d.echelon !== undefined ? { echelon: d.echelon } : {}),
  };
}

export function answers() {
  const found = findUnitDesignations(REPORT);
  const [battalion, regiment, legion] = found.map((m) => m.value);
  if (battalion === undefined || regiment?.parent === undefined || legion === undefined) throw new Error("the report names three units");
  const data: OrderOfBattleData = {
    units: [unitFrom("bn2", battalion), unitFrom("regt253", regiment), unitFrom("bde129", regiment.parent), unitFrom("ilt", legion)],
    edges: [
      { child: "regt253", parent: "bde129", relation: "organic", source: { articleId: "report-1", span: { start: found[1]?.start ?? 0, end: found[1]?.end ?? 0 } } },
      { child: "bn2", parent: "bde129", relation: "organic", to: "2025-07" },
    ],
    events: [
      { kind: "integrated", date: "2025-07", unit: "bn2", into: "regt253" },
      { kind: "dissolved", date: "2025-12-31", unit: "ilt" },
    ],
  };
  const orbat = orderOfBattle(data);
  return {
    mentions: found.map((m) => m.text),
    regimentShort: formatUnitDesignation(regiment, { style: "short" }),
    battalionParentInJune: orbat.parentAt("bn2", "2025-06-15"),
    battalionActiveInJuly: orbat.isActive("bn2", "2025-07"),
    battalionActiveIn2025: orbat.isActive("bn2", "2025"),
    legionActiveOnNewYearsEve: orbat.isActive("ilt", "2025-12-30"),
    legionActiveIn2026: orbat.isActive("ilt", "2026-01"),
    treeIn2026: orbat.treeAt("2026-01"),
    battalionBecame: orbat.lineage("bn2").successors.map((l) => `${l.kind} into ${l.unit} (${l.date})`),
    issues: validateOrderOfBattle(data).map((i) => i.code),
    regimentSidc: toSidc(data.units[1] as Unit, { affiliation: "friend" }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.dir(answers(), { depth: 6 });
