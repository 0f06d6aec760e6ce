import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/cli/main.js";

/** Runs the CLI in-process with the given standard input; collects what it writes. */
export async function run(argv: string[], stdin: string | Buffer | Iterable<Buffer> = ""): Promise<{ code: number; stdout: string; stderr: string; stdoutBytes: Buffer }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  // an iterable is read lazily, chunk by chunk, as a real stream would be
  const chunks = typeof stdin === "string" ? [Buffer.from(stdin)] : Buffer.isBuffer(stdin) ? [stdin] : stdin;
  const code = await main(argv, { stdin: Readable.from(chunks), stdout, stderr });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), stdoutBytes };
}
