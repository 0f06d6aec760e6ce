import { readFile } from "node:fs/promises";
import type { CliIo } from "./io.js";
import { openInput, progressBar, write } from "./io.js";
import type { ExitCode } from "./main.js";
import { options } from "./main.js";
import { recordNames, recordSchema } from "./records.js";
import { checkRecord, parseJson, validateNdjson, type InvalidRecord } from "./validate.js";

const report = (io: CliIo, p: InvalidRecord): void => {
  io.stderr.write(`line ${p.line}: ${p.path}: ${p.message}\n`);
};

export async function runValidate(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = options(args, {
    schema: { type: "string" },
    format: { type: "string", default: "ndjson" },
    "max-line-bytes": { type: "string" },
  });
  const name = values.schema as string | undefined;
  const schema = name === undefined ? undefined : recordSchema(name);
  if (schema === undefined) {
    io.stderr.write(`musterroll validate: --schema must be one of ${recordNames().join(", ")}${name === undefined ? "" : `, not ${JSON.stringify(name)}`}\n`);
    return 2;
  }
  if (positionals.length > 1) {
    io.stderr.write("musterroll validate: give at most one FILE\n");
    return 2;
  }
  const format = values.format as string;
  if (format !== "ndjson" && format !== "json") {
    io.stderr.write(`musterroll validate: --format must be ndjson or json, not ${JSON.stringify(format)}\n`);
    return 2;
  }
  const maxText = values["max-line-bytes"] as string | undefined;
  const maxLineBytes = maxText === undefined ? undefined : Number(maxText);
  if (maxLineBytes !== undefined && !(Number.isSafeInteger(maxLineBytes) && maxLineBytes > 0)) {
    io.stderr.write(`musterroll validate: --max-line-bytes must be a positive whole number, not ${JSON.stringify(maxText)}\n`);
    return 2;
  }
  const file = positionals[0];
  if (format === "json") return validateJsonDocument(io, file, name as string);
  const input = openInput(io, file);
  const bar = io.stderr.isTTY === true && input.size !== undefined ? progressBar(io, "validate", input.size) : undefined;
  const summary = await validateNdjson(input.stream as AsyncIterable<Buffer>, schema, {
    ...(maxLineBytes !== undefined ? { maxLineBytes } : {}),
    onValid: (bytes) => write(io.stdout, Buffer.concat([bytes, NEWLINE])),
    onInvalid: (p) => report(io, p),
    ...(bar ? { onProgress: bar } : {}),
  });
  io.stderr.write(`${input.name}: ${summary.lines} records, ${summary.valid} valid, ${summary.invalid} invalid (schema ${name})\n`);
  return summary.invalid === 0 ? 0 : 1;
}

const NEWLINE = Buffer.from("\n");

async function validateJsonDocument(io: CliIo, file: string | undefined, name: string): Promise<ExitCode> {
  const schema = recordSchema(name);
  if (schema === undefined) return 2;
  const input = openInput(io, file);
  const chunks: Buffer[] = [];
  if (file === undefined || file === "-") for await (const c of input.stream) chunks.push(Buffer.from(c as Buffer));
  const text = file === undefined || file === "-" ? Buffer.concat(chunks).toString("utf8") : await readFile(file, "utf8");
  const json = parseJson(text);
  if (!json.ok) {
    io.stderr.write(`line 1: $: ${json.message}\n`);
    return 1;
  }
  const records = Array.isArray(json.value) ? json.value : [json.value];
  let invalid = 0;
  for (const [i, record] of records.entries()) {
    const problems = checkRecord(schema, record, 1, Array.isArray(json.value) ? `$[${i}]` : "$");
    if (problems.length === 0) await write(io.stdout, `${JSON.stringify(record)}\n`);
    else invalid++;
    for (const p of problems) report(io, p);
  }
  io.stderr.write(`${input.name}: ${records.length} records, ${records.length - invalid} valid, ${invalid} invalid (schema ${name})\n`);
  return invalid === 0 ? 0 : 1;
}
