// "the 76th Guards Air Assault Division (military unit 07264)": the number documents know a unit by
// (в/ч, "military unit"), kept as the unit's identifier.
import type { UnitIdentifier } from "../unit/schema.js";
import { firstAfter } from "./positions.js";
import { source, type Context, type PlacedUnit } from "./registry.js";

// the cue and the number: "military unit 07264", "military unit No. A4123", "в/ч 12345", "v/ch 12345";
// a letter (Latin or Cyrillic) may lead the 4–5 digits, as UnitIdentifierSchema allows
const UNIT_NUMBER = /(?<![\p{L}\p{N}])(?:military unit|в\/ч|v\/ch\.?)\s+(?:no\.\s*)?([A-Z\u0410-\u042F\u0406\u0407\u0404\u0490]?\d{4,5})(?!\d)/giu;
const OPENING_MARKS = new Set(["(", ",", "–", "—"]);
const CLOSING_MARKS = new Set([",", "–", "—", ":"]);

/** What may stand between a designation and the number after it: "… Division (military unit 07264)", "… Division, military unit 07264". */
const opensNumber = (gap: string): boolean => gap.trim() === "" || OPENING_MARKS.has(gap.trim());

/** … and between the number and a designation after it: "military unit 07264, the 76th …", "(в/ч 07264) — the 76th …". */
function leadsToUnit(gap: string): boolean {
  let rest = gap.trim();
  if (rest.startsWith(")")) rest = rest.slice(1).trim();
  if (CLOSING_MARKS.has(rest.charAt(0))) rest = rest.slice(1).trim();
  return rest === "" || rest.toLowerCase() === "the";
}
// a gap longer than this is no apposition (keeps each look cheap)
const MAX_GAP = 8;

/**
 * Gives a unit the military unit number written beside it: in brackets or commas after its
 * designation ("the 76th Guards Air Assault Division (military unit 07264)", "…, в/ч 07264,"), or
 * before it in apposition ("military unit 07264, the 76th Guards Air Assault Division"). A number
 * beside a chain ("the 1st Battalion of the 47th Brigade (military unit A4123)") could be either
 * unit's and is left out, as is one written beside no unit.
 */
export function readUnitNumbers(ctx: Context): void {
  for (const m of ctx.text.matchAll(UNIT_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = unitBefore(ctx, start) ?? unitAfter(ctx, end);
    const draft = unit === undefined ? undefined : ctx.units.get(unit.key);
    if (draft === undefined) continue;
    const value = (m[1] as string).toUpperCase();
    const identifiers = draft.record.identifiers as UnitIdentifier[];
    if (identifiers.some((x) => x.scheme === "military-unit-number" && x.value === value)) continue;
    identifiers.push({ scheme: "military-unit-number", value });
    draft.sources.push(source(ctx, `$.record.identifiers[${identifiers.length - 1}]`, start, end));
  }
}

/** The one unit (no chain) whose designation ends just before `offset`. */
function unitBefore(ctx: Context, offset: number): PlacedUnit | undefined {
  const k = firstAfter(ctx.order, offset - 1) - 1;
  const unit = ctx.order[k];
  if (unit === undefined || unit.end > offset || offset - unit.end > MAX_GAP || !opensNumber(ctx.text.slice(unit.end, offset))) return undefined;
  return alone(ctx, unit) ? unit : undefined;
}

/** The one unit (no chain) whose designation starts just after `offset`. */
function unitAfter(ctx: Context, offset: number): PlacedUnit | undefined {
  const unit = ctx.order[firstAfter(ctx.order, offset - 1)];
  if (unit === undefined || unit.start - offset > MAX_GAP || !leadsToUnit(ctx.text.slice(offset, unit.start))) return undefined;
  return alone(ctx, unit) ? unit : undefined;
}

/** Whether the written unit is no chain: no parent shares its span, and it is no parent itself. */
function alone(ctx: Context, unit: PlacedUnit): boolean {
  if (unit.parent === true) return false;
  const at = firstAfter(ctx.order, unit.start - 1);
  for (let k = at; k < ctx.order.length && (ctx.order[k] as PlacedUnit).start === unit.start; k++) {
    const other = ctx.order[k] as PlacedUnit;
    if (other !== unit && other.parent === true && other.end === unit.end) return false;
  }
  return true;
}
