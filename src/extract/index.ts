export type { DateMention } from "./dates.js";
export type { DurationMention } from "./durations.js";
export type { QuantityMention } from "./quantities.js";
export * from "./mentions.js";
export * from "./records.js";
export * from "./pretty.js";
export * from "./schema.js";
