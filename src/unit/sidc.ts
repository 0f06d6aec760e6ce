import type { Echelon, Qualifier, UnitType } from "./schema.js";
import { ECHELON_TABLE, ECHELONS } from "./vocabulary.js";

/**
 * Standard identities of APP-6D / MIL-STD-2525D (SIDC digit 4).
 *
 * @example
 * ```ts
 * import type { Affiliation } from "musterroll/unit";
 * const a: Affiliation = "hostile";
 * ```
 */
export type Affiliation = "pending" | "unknown" | "assumed-friend" | "friend" | "neutral" | "suspect" | "hostile";

const IDENTITY: Readonly<Record<Affiliation, string>> = {
  pending: "0", unknown: "1", "assumed-friend": "2", friend: "3", neutral: "4", suspect: "5", hostile: "6",
};

// Land unit main icons (symbol set 10, entity digits 11–16) and sector modifiers per unit type,
// most specific first: the first type of a unit found in this table picks its icon.
const ICONS: readonly { readonly types: readonly UnitType[]; readonly entity: string; readonly m1?: string; readonly m2?: string }[] = [
  { types: ["mechanized", "infantry"], entity: "121102" },
  { types: ["motorized", "infantry"], entity: "121104" },
  { types: ["marine"], entity: "121101" },
  { types: ["air-defense"], entity: "130100" },
  { types: ["artillery"], entity: "130300" },
  { types: ["unmanned-systems"], entity: "121900" },
  { types: ["special-forces"], entity: "121700" },
  { types: ["reconnaissance"], entity: "121300" },
  { types: ["engineer"], entity: "140700" },
  { types: ["signal"], entity: "111000" },
  { types: ["medical"], entity: "161300" },
  { types: ["logistics"], entity: "160600" },
  { types: ["armored"], entity: "120500" },
  { types: ["mechanized"], entity: "120500" },
  { types: ["motorized"], entity: "121104" },
  { types: ["air-assault"], entity: "121100", m1: "01" },
  { types: ["airborne"], entity: "121100", m2: "01" },
  { types: ["border-guard"], entity: "121100", m1: "05" },
  { types: ["mountain"], entity: "121100", m2: "27" },
  { types: ["assault"], entity: "121100" },
  { types: ["infantry"], entity: "121100" },
  { types: ["territorial-defense"], entity: "121100" },
  { types: ["national-guard"], entity: "121100" },
  { types: ["volunteer"], entity: "121100" },
];

/**
 * Options of {@link toSidc}.
 *
 * @example
 * ```ts
 * import type { SidcOptions } from "musterroll/unit";
 * const o: SidcOptions = { affiliation: "friend" };
 * ```
 */
export interface SidcOptions {
  /** Standard identity (frame and colour). */
  readonly affiliation: Affiliation;
}

/**
 * Writes a 20-digit APP-6D / MIL-STD-2525D land-unit SIDC (version 10, reality, present) for a
 * unit or designation: echelon amplifier from {@link ECHELON_TABLE}, main icon from its types
 * (mechanized infantry, armor, artillery, air defense …; infantry with the air-assault, airborne,
 * mountain or border modifier), "heavy"/"light" as sector-2 modifiers when no type set one.
 * milsymbol renders the result (`new ms.Symbol(sidc)`).
 *
 * @param unit - anything with `echelon`, `types` and `qualifiers` (a {@link musterroll!Unit | Unit} or {@link musterroll!UnitDesignation | UnitDesignation}).
 * @param options - `{ affiliation }`.
 * @returns the SIDC, 20 digits.
 * @example
 * ```ts
 * import { toSidc } from "musterroll/unit";
 * toSidc({ echelon: "brigade", types: ["mechanized"], qualifiers: ["separate"] }, { affiliation: "friend" });
 * // "10031000181205000000"
 * toSidc({ echelon: "battalion", types: ["mountain", "assault"], qualifiers: [] }, { affiliation: "hostile" });
 * // "10061000161211000027"
 * ```
 */
export function toSidc(
  unit: { readonly echelon?: Echelon | undefined; readonly types: readonly UnitType[]; readonly qualifiers: readonly Qualifier[] },
  options: SidcOptions,
): string {
  const icon = ICONS.find((row) => row.types.every((t) => unit.types.includes(t)));
  const entity = icon?.entity ?? "000000";
  const m1 = icon?.m1 ?? "00";
  const weight = unit.qualifiers.includes("heavy") ? "15" : unit.qualifiers.includes("light") ? "19" : "00";
  const m2 = icon?.m2 ?? weight;
  const echelon = ECHELON_TABLE[unit.echelon ?? "unspecified"].sidc;
  return `10${"0"}${IDENTITY[options.affiliation]}10${"0"}${"0"}${echelon}${entity}${m1}${m2}`;
}

/**
 * The echelon of an APP-6D / 2525D echelon amplifier ("16" → battalion) or a 2525C echelon
 * letter ("F" → battalion); `undefined` for any other code.
 *
 * @param code - two digits (SIDC digits 9–10) or one letter (2525C character 12).
 * @returns the echelon, or undefined.
 * @example
 * ```ts
 * import { echelonFromSidc } from "musterroll/unit";
 * echelonFromSidc("18"); // "brigade"
 * echelonFromSidc("H");  // "brigade"
 * ```
 */
export function echelonFromSidc(code: string): Echelon | undefined {
  const upper = code.toUpperCase();
  return ECHELONS.find((e) => ECHELON_TABLE[e].sidc === code || (e !== "unspecified" && ECHELON_TABLE[e].letter === upper));
}

/**
 * The echelon of a whole SIDC: digits 9–10 of a 20-digit 2525D code, or character 12 of a
 * 15-character 2525C code. `undefined` when the code has neither shape.
 *
 * @param sidc - a 2525D (20 digits) or 2525C (15 characters) SIDC.
 * @returns the echelon, or undefined.
 * @example
 * ```ts
 * import { echelonOfSidc } from "musterroll/unit";
 * echelonOfSidc("10031000161211000000"); // "battalion"
 * echelonOfSidc("SFGPUCI----F---");      // "battalion"
 * ```
 */
export function echelonOfSidc(sidc: string): Echelon | undefined {
  if (/^\d{20}$/.test(sidc)) return echelonFromSidc(sidc.slice(8, 10));
  if (sidc.length === 15) return sidc.charAt(11) === "-" ? "unspecified" : echelonFromSidc(sidc.charAt(11));
  return undefined;
}
