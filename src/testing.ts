/**
 * fast-check arbitraries for every musterroll schema and for texts each phrase parser reads.
 * Needs the optional peer dependency `fast-check`.
 *
 * @module musterroll/testing
 */
export * from "./common/arbitraries.js";
export * from "./contract/arbitraries.js";
export * from "./unit/arbitraries.js";
export * from "./article/arbitraries.js";
export * from "./personnel/arbitraries.js";
export * from "./extract/arbitraries.js";
