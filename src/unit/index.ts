/**
 * Units: parse and format designations ("253rd Assault Regiment"), find them in running text,
 * the echelon, unit-type and qualifier vocabulary, the order of battle at any date, its validation,
 * and APP-6D / 2525D symbol codes. The unit schemas are in the root entry, `musterroll`.
 *
 * @module musterroll/unit
 */
export * from "./vocabulary.js";
export * from "./parse.js";
export * from "./format.js";
export type { ResolvedEdge, Tristate } from "./timeline.js";
export * from "./order-of-battle.js";
export * from "./validate.js";
export * from "./sidc.js";
