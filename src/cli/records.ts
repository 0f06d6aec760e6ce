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

export function recordNames(): string[] {
  return Object.keys(RECORD_SCHEMAS);
}
