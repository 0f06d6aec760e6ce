/**
 * musterroll: typed zod 4 schemas, text parsers and validators for reports about armed forces.
 *
 * @packageDocumentation
 */
export * from "./common/index.js";
export * from "./contract/index.js";
export * from "./unit/index.js";
export * from "./article/index.js";
export * from "./personnel/index.js";
export * from "./extract/index.js";
