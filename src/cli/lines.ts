/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a
 * longer line is reported as too long and skipped up to its newline, so a 100 MB line costs at
 * most `maxLineBytes` of memory, never its whole length. Lines are handed over as bytes; the
 * caller decodes them (and reports invalid UTF-8).
 */
export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes without the newline (and without a trailing CR), or undefined when too long. */
  readonly bytes: Buffer | undefined;
  /** The line's length in bytes, even when it was too long to keep. */
  readonly length: number;
  /** The last line had no newline: the input may have been cut off. */
  readonly unterminated: boolean;
}

export async function* splitLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (unterminated: boolean): Line => {
    number++;
    let bytes = tooLong ? undefined : pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, size);
    if (bytes !== undefined && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { number, bytes, length: size, unterminated };
    pieces = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    while (from < buf.length) {
      const nl = buf.indexOf(0x0a, from);
      const end = nl === -1 ? buf.length : nl;
      const part = buf.subarray(from, end);
      size += part.length;
      if (!tooLong) {
        if (size > maxLineBytes) {
          tooLong = true;
          pieces = [];
        } else if (part.length > 0) {
          pieces.push(part);
        }
      }
      if (nl === -1) break;
      yield finish(false);
      from = nl + 1;
    }
  }
  if (size > 0 || pieces.length > 0 || tooLong) yield finish(true);
}
