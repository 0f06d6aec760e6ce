import { ordinalSuffix } from "../common/index.js";
import { parseUnitDesignation } from "./parse.js";
import type { UnitDesignation } from "./schema.js";
import { ECHELON_TABLE, NAMES_AFTER_ECHELON, QUALIFIER_TABLE, QUALIFIERS, UNIT_TYPE_TABLE, UNIT_TYPES } from "./vocabulary.js";

/**
 * How {@link formatUnitDesignation} writes: `long` spells words out and joins parents with
 * "of the"; `short` uses the standard abbreviations and joins parents with commas.
 *
 * @example
 * ```ts
 * import type { DesignationStyle } from "musterroll/unit";
 * const style: DesignationStyle = "short";
 * ```
 */
export type DesignationStyle = "long" | "short";

/**
 * Options of {@link formatUnitDesignation}.
 *
 * @example
 * ```ts
 * import type { FormatDesignationOptions } from "musterroll/unit";
 * const options: FormatDesignationOptions = { style: "long" };
 * ```
 */
export interface FormatDesignationOptions {
  /** `long` (default) or `short`. */
  readonly style?: DesignationStyle;
}

// A name can be written bare only when it reads back as exactly that name ("Azov"); otherwise
// ("First Legion", which would read as a number) it goes in quotation marks.
function bareNameReadsBack(name: string): boolean {
  // "of" and "," would cut a bare name in two ("Anne of Kyiv Brigade" reads as a parent "Kyiv Brigade")
  if (name.includes(",") || name.split(/\s+/).some((w) => w.toLowerCase() === "of")) return false;
  const r = parseUnitDesignation(name);
  return r.success && r.data.name === name && r.data.number === undefined && r.data.echelon === undefined &&
    r.data.types.length === 0 && r.data.qualifiers.length === 0 && r.data.parent === undefined;
}

function formatOne(d: UnitDesignation, style: DesignationStyle): string {
  const pick = (row: { readonly long: string; readonly short: string }): string => (style === "long" ? row.long : row.short);
  const before = QUALIFIERS.filter((q) => d.qualifiers.includes(q) && !QUALIFIER_TABLE[q].after).map((q) => pick(QUALIFIER_TABLE[q]));
  const after = QUALIFIERS.filter((q) => d.qualifiers.includes(q) && QUALIFIER_TABLE[q].after).map((q) => pick(QUALIFIER_TABLE[q]));
  const types = UNIT_TYPES.filter((t) => d.types.includes(t)).map((t) => pick(UNIT_TYPE_TABLE[t]));
  const parts: string[] = [];
  if (d.number !== undefined) parts.push(`${d.number}${ordinalSuffix(d.number)}`);
  const compass = d.name !== undefined && d.echelon !== undefined && NAMES_AFTER_ECHELON.has(d.name.toLowerCase()) && d.name !== d.name.toLowerCase();
  const bare = d.name !== undefined && !compass && before.length === 0 && types.length === 0 && bareNameReadsBack(d.name);
  if (bare && d.name !== undefined) parts.push(d.name);
  else parts.push(...before, ...types);
  if (d.echelon !== undefined) parts.push(pick(ECHELON_TABLE[d.echelon]));
  if (compass && d.name !== undefined) parts.push(d.name);
  if (after.length > 0) parts.push(`(${after.join(" ")})`);
  if (d.name !== undefined && !bare && !compass) parts.push(`"${d.name}"`);
  return parts.join(" ");
}

/**
 * Writes a unit designation. The inverse of {@link parseUnitDesignation} in every style:
 * `parseUnitDesignation(formatUnitDesignation(d, { style }))` gives `d` back (types and
 * qualifiers in table order, without `warnings`). Types and qualifiers are written in table order;
 * Reserve goes in parentheses after the echelon; a name that would not read back bare is quoted.
 *
 * @param designation - the designation (see {@link musterroll!UnitDesignationSchema | UnitDesignationSchema}).
 * @param options - `{ style: "long" | "short" }`, long by default.
 * @returns the text.
 * @example
 * ```ts
 * import { formatUnitDesignation } from "musterroll/unit";
 * const d = { number: 1, echelon: "battalion", types: [], qualifiers: [],
 *   parent: { number: 5, echelon: "regiment", types: ["marine"], qualifiers: [] } } as const;
 * formatUnitDesignation(d, { style: "long" });  // "1st Battalion of the 5th Marine Regiment"
 * formatUnitDesignation(d, { style: "short" }); // "1st Bn, 5th Mar Regt"
 * ```
 */
export function formatUnitDesignation(designation: UnitDesignation, options: FormatDesignationOptions = {}): string {
  const style = options.style ?? "long";
  const parts: string[] = [];
  for (let d: UnitDesignation | undefined = designation; d !== undefined; d = d.parent) parts.push(formatOne(d, style));
  return parts.join(style === "long" ? " of the " : ", ");
}
