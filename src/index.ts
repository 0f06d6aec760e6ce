/**
 * musterroll: typed zod 4 schemas, text parsers and validators for reports about armed forces.
 *
 * @packageDocumentation
 */
export * from "./common/index.js";
