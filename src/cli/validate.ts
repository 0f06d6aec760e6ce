import type { z } from "zod";
import { jsonPath } from "../common/index.js";
import { invalidUtf8At } from "./utf8.js";
import { splitLines } from "./lines.js";

/** One invalid record: where it is and why, ready to print as `line 12: $.birthDate: …`. */
export interface InvalidRecord {
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

/** Counts for the summary; `lines === valid + invalid` always holds. */
export interface ValidateSummary {
  lines: number;
  valid: number;
  invalid: number;
}

export interface ValidateOptions {
  /** The longest line kept in memory; longer lines are reported and skipped (default 64 MiB). */
  readonly maxLineBytes?: number;
  /** Called with each valid line's original bytes, in order. */
  readonly onValid: (bytes: Buffer) => void | Promise<void>;
  /** Called with each problem, in order. */
  readonly onInvalid: (problem: InvalidRecord) => void;
  /** Called now and then with the number of bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Why a JSON text is not a record of `schema`, or undefined when it is one. */
export function checkRecord(schema: z.ZodType, value: unknown, line: number, prefix = "$"): InvalidRecord[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ line, path: jsonPath(issue.path, prefix), message: messageOf(issue) }));
}

/** zod's message, except for fields the record type does not have, which are named as such. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys") return issue.message;
  const names = issue.keys.map((k) => JSON.stringify(k)).join(", ");
  return `${issue.keys.length === 1 ? "unknown field" : "unknown fields"} ${names}: the record type has no such field (a misspelt name?)`;
}

/** Parses JSON text, turning every failure (syntax, nesting too deep) into a message. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof RangeError ? "nesting too deep to read" : error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not JSON: ${reason}` };
  }
}

/**
 * Validates NDJSON: one record per line. Valid lines are passed on byte for byte; each invalid line
 * is reported with its number, a JSON path and a message. Nothing is lost: every line is either
 * passed on or reported.
 */
export async function validateNdjson(
  input: AsyncIterable<Buffer | string>, schema: z.ZodType, options: ValidateOptions,
): Promise<ValidateSummary> {
  const summary: ValidateSummary = { lines: 0, valid: 0, invalid: 0 };
  const maxLineBytes = options.maxLineBytes ?? 64 * 1024 * 1024;
  let read = 0;
  for await (const line of splitLines(input, maxLineBytes)) {
    summary.lines++;
    read += line.length + 1;
    if (summary.lines % 4096 === 0) options.onProgress?.(read);
    const problems = checkLine(line.number, line.bytes, line.length, maxLineBytes, line.unterminated, schema);
    if (problems.length === 0 && line.bytes !== undefined) {
      summary.valid++;
      await options.onValid(line.bytes);
    } else {
      summary.invalid++;
      for (const p of problems) options.onInvalid(p);
    }
  }
  options.onProgress?.(read);
  return summary;
}

function checkLine(
  number: number, bytes: Buffer | undefined, length: number, max: number, unterminated: boolean, schema: z.ZodType,
): InvalidRecord[] {
  const at = (message: string): InvalidRecord[] => [{ line: number, path: "$", message }];
  if (bytes === undefined) return at(`line is ${length} bytes long, more than the limit of ${max}; skipped`);
  if (bytes.length === 0) return at("empty line: NDJSON has one JSON record on every line");
  const bad = invalidUtf8At(bytes);
  if (bad !== -1) return at(`invalid UTF-8 at byte ${bad}`);
  const text = decoder.decode(bytes);
  const json = parseJson(text);
  if (!json.ok) return at(unterminated ? `${json.message} (the last line has no newline: was the input cut off?)` : json.message);
  return checkRecord(schema, json.value, number);
}
