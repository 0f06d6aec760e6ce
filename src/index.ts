/**
 * musterroll: typed zod 4 schemas, text parsers and validators for reports about armed forces.
 *
 * The root entry is the core: the shared values (durations, partial dates, quantities, spans,
 * country codes, the parser result type, number and month words) and every record schema with its
 * type — all you need to validate data from others. The parsers, formatters, finders and rules of
 * each domain are opt-in subpath entries: `musterroll/unit`, `musterroll/personnel`,
 * `musterroll/contract`, `musterroll/article` and `musterroll/extract`; fast-check arbitraries are in
 * `musterroll/testing`.
 *
 * @module musterroll
 */
export * from "./common/index.js";
export * from "./unit/schema.js";
export * from "./personnel/schema.js";
export * from "./contract/schema.js";
export * from "./article/schema.js";
export * from "./extract/schema.js";
