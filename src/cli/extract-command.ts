import { readFile } from "node:fs/promises";
import { CalendarDateSchema } from "../common/index.js";
import { extractRecords, formatExtraction } from "../extract/index.js";
import type { CliIo } from "./io.js";
import type { ExitCode } from "./main.js";
import { options } from "./main.js";

export async function runExtract(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = options(args, {
    "reference-date": { type: "string" },
    format: { type: "string", default: "json" },
  });
  const format = values.format as string;
  if (format !== "json" && format !== "pretty") {
    io.stderr.write(`musterroll extract: --format must be json or pretty, not ${JSON.stringify(format)}\n`);
    return 2;
  }
  const reference = values["reference-date"] as string | undefined;
  if (reference !== undefined && !CalendarDateSchema.safeParse(reference).success) {
    io.stderr.write(`musterroll extract: --reference-date must be a calendar date YYYY-MM-DD, not ${JSON.stringify(reference)}\n`);
    return 2;
  }
  if (positionals.length > 1) {
    io.stderr.write("musterroll extract: give at most one FILE\n");
    return 2;
  }
  const file = positionals[0];
  let text: string;
  if (file === undefined || file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    text = Buffer.concat(chunks).toString("utf8");
  } else {
    text = await readFile(file, "utf8");
  }
  const x = extractRecords(text, reference !== undefined ? { referenceDate: reference } : {});
  io.stdout.write(format === "pretty" ? formatExtraction(x) : `${JSON.stringify(x, null, 2)}\n`);
  return 0;
}
