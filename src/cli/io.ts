import { createReadStream, statSync } from "node:fs";
import type { Readable, Writable } from "node:stream";

/** What a command reads from and writes to; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** Opens FILE, or standard input for "-" or no file; the size is known only for files. */
export function openInput(io: CliIo, file: string | undefined): { stream: Readable; size: number | undefined; name: string } {
  if (file === undefined || file === "-") return { stream: io.stdin, size: undefined, name: "standard input" };
  const size = statSync(file).size;
  return { stream: createReadStream(file), size, name: file };
}

/** Writes and waits when the stream asks to, so a large output never piles up in memory. */
export function write(stream: Writable, text: string | Buffer): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once("drain", () => resolve()));
}

/** A one-line progress bar on a terminal: `validate: 42% (420 MB of 1,000 MB)`. */
export function progressBar(io: CliIo, label: string, total: number): (done: number) => void {
  let last = -1;
  return (done) => {
    const pct = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    if (pct === last) return;
    last = pct;
    const mb = (n: number): string => `${Math.round(n / 1e6).toLocaleString("en-US")} MB`;
    io.stderr.write(`\r${label}: ${String(pct).padStart(3)}% (${mb(done)} of ${mb(total)})${pct === 100 ? "\n" : ""}`);
  };
}
