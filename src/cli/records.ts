import type { z } from "zod";
import {
  ArticleSchema, ClauseSchema, ContractSchema, LineageEventSchema, OrderOfBattleDataSchema, PersonSchema,
  ServiceHistorySchema, ServiceRecordSchema, SubordinationSchema, UnitSchema,
} from "../index.js";

/** Every record type the CLI validates and exports as JSON Schema, by the name users type. */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = Object.freeze({
  article: ArticleSchema,
  unit: UnitSchema,
  subordination: SubordinationSchema,
  "lineage-event": LineageEventSchema,
  "order-of-battle": OrderOfBattleDataSchema,
  person: PersonSchema,
  "service-history": ServiceHistorySchema,
  contract: ContractSchema,
  clause: ClauseSchema,
  "service-record": ServiceRecordSchema,
});

/** The schema of a record type by the name a user typed; own names only, so "constructor" is no record type. */
export function recordSchema(name: string): z.ZodType | undefined {
  return Object.hasOwn(RECORD_SCHEMAS, name) ? RECORD_SCHEMAS[name] : undefined;
}

export function recordNames(): string[] {
  return Object.keys(RECORD_SCHEMAS);
}
