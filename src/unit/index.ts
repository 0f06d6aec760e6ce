export * from "./vocabulary.js";
export * from "./schema.js";
export * from "./parse.js";
export * from "./format.js";
export type { ResolvedEdge, Tristate } from "./timeline.js";
export * from "./order-of-battle.js";
export * from "./validate.js";
export * from "./sidc.js";
