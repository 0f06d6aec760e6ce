import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { CliIo } from "./io.js";
import type { ExitCode } from "./main.js";
import { options } from "./main.js";
import { recordNames, recordSchema } from "./records.js";

/** The JSON Schema (draft 2020-12) of one record type, with its name as title. */
export function recordJsonSchema(name: string): Record<string, unknown> {
  const schema = recordSchema(name);
  if (schema === undefined) throw new Error(`no record type ${JSON.stringify(name)}; known: ${recordNames().join(", ")}`);
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...json, $id: `urn:musterroll:schema:${name}`, title: name };
}

export function runSchema(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = options(args, { out: { type: "string" }, schema: { type: "string" } });
  if (positionals.length > 0) {
    io.stderr.write(`musterroll schema: unexpected argument ${JSON.stringify(positionals[0])}\n`);
    return 2;
  }
  const only = values.schema as string | undefined;
  if (only !== undefined && recordSchema(only) === undefined) {
    io.stderr.write(`musterroll schema: --schema must be one of ${recordNames().join(", ")}\n`);
    return 2;
  }
  const names = only === undefined ? recordNames() : [only];
  const out = values.out as string | undefined;
  if (out === undefined) {
    const all = Object.fromEntries(names.map((n) => [n, recordJsonSchema(n)]));
    io.stdout.write(`${JSON.stringify(only === undefined ? all : all[only], null, 2)}\n`);
    return 0;
  }
  mkdirSync(out, { recursive: true });
  for (const n of names) writeFileSync(join(out, `${n}.schema.json`), `${JSON.stringify(recordJsonSchema(n), null, 2)}\n`);
  io.stderr.write(`wrote ${names.length} JSON Schemas to ${out}\n`);
  return 0;
}
