import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personArbitrary, unitArbitrary } from "../../src/testing.js";
import { run } from "./run.js";

const person = (extra: Record<string, unknown> = {}) => JSON.stringify({ id: "p1", name: { full: "Mara Lind" }, ...extra });

describe("musterroll validate", () => {
  it("passes valid lines through unchanged and reports each invalid one with line, path and reason", async () => {
    const input = [person(), person({ birthDate: "2025-02-30" }), `  ${person({ id: "p3" })}  `, person({ nationalities: ["XX"] })].join("\n");
    const r = await run(["validate", "--schema", "person"], `${input}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${person()}\n  ${person({ id: "p3" })}  \n`);
    expect(r.stderr).toContain("line 2: $.birthDate: 2025-02-30 is not a calendar date: February 2025 has 28 days\n");
    expect(r.stderr).toMatch(/line 4: \$\.nationalities\[0\]: /);
    expect(r.stderr).toContain("standard input: 4 records, 2 valid, 2 invalid (schema person)");
  });

  it("exits 0 when every record is valid, and never loses a line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(personArbitrary().map((p) => JSON.stringify(p)), fc.constant("{}"), fc.constant("not json")), { maxLength: 20 }), async (lines) => {
        const r = await run(["validate", "--schema", "person"], lines.map((l) => `${l}\n`).join(""));
        const passed = r.stdout === "" ? 0 : r.stdout.split("\n").length - 1;
        const reported = new Set([...r.stderr.matchAll(/^line (\d+):/gm)].map((m) => m[1])).size;
        expect(passed + reported).toBe(lines.length);
        expect(r.code).toBe(reported === 0 ? 0 : 1);
      }),
      { numRuns: 40 },
    );
  });

  it("reads a JSON document of records with --format json", async () => {
    const units = fc.sample(unitArbitrary(), { numRuns: 3, seed: 1 });
    const r = await run(["validate", "--schema", "unit", "--format", "json"], JSON.stringify([...units, { id: "" }]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\$\[3\]\.id: /);
    expect(r.stdout.trim().split("\n")).toHaveLength(3);
  });

  it("usage errors exit 2 with a message", async () => {
    expect((await run(["validate"])).code).toBe(2);
    expect((await run(["validate", "--schema", "nope"])).stderr).toMatch(/--schema must be one of article, unit/);
    expect((await run(["validate", "--schema", "person", "--format", "xml"])).code).toBe(2);
    expect((await run(["validate", "--schema", "person", "--frobnicate"])).code).toBe(2);
    expect((await run(["validate", "--schema", "person", "/no/such/file.ndjson"])).stderr).toMatch(/ENOENT/);
    expect((await run(["frob"])).code).toBe(2);
  });
});

describe("hostile input through validate", () => {
  it("__proto__, constructor and prototype keys pollute nothing", async () => {
    const lines = [
      '{"id":"p1","name":{"full":"A"},"__proto__":{"polluted":true}}',
      '{"id":"p2","name":{"full":"B","__proto__":{"polluted":true}},"constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":{"id":"p3","name":{"full":"C"}}}',
    ].join("\n");
    const r = await run(["validate", "--schema", "person"], lines);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // JSON.parse makes "__proto__" an own key; record types are strict, so it is an unknown field
    expect(r.stderr).toContain('line 1: $: unknown field "__proto__"');
    expect(r.stderr).toContain('line 2: $.name: unknown field "__proto__"');
    expect(r.stderr).toContain('line 2: $: unknown field "constructor"');
    expect(r.stderr).toMatch(/line 3: \$\.id: /);
    expect(r.stderr).toContain("3 records, 0 valid, 3 invalid");
  });

  it("names a misspelt field instead of passing the record with the bad value unchecked", async () => {
    const r = await run(["validate", "--schema", "person"], '{"id":"p4","name":{"full":"Bo"},"birthdate":"2025-02-30"}\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 1: $: unknown field "birthdate": the record type has no such field (a misspelt name?)');
  });

  it("deep nesting, huge numbers, invalid UTF-8 and a cut-off last line each get a clear error, and the valid lines around them are kept", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const chunks = [
      Buffer.from(`${person()}\n`),
      Buffer.from(`${deep}\n`),
      Buffer.from(`${person()}\n`),
      Buffer.from('{"id":"u","names":[],"number":1e400,"types":[],"qualifiers":[],"identifiers":[]}\n'),
      Buffer.concat([Buffer.from('{"id":"p'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]),
      Buffer.from(`${person()}\n`),
      Buffer.from('{"id":"p9","name":'),
    ];
    const r = await run(["validate", "--schema", "person"], chunks);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(3);
    expect(r.stderr).toMatch(/line 2: \$: /);
    expect(r.stderr).toMatch(/line 4: \$\.(id|name)/);
    expect(r.stderr).toContain("line 5: $: invalid UTF-8 at byte 8");
    expect(r.stderr).toMatch(/line 7: \$: not JSON: .*the last line has no newline: was the input cut off\?/);
    expect(r.stderr).toContain("7 records, 3 valid, 4 invalid");
  });

  it("a line over the limit is reported and skipped without holding it in memory", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const chunks = [Buffer.from(`${person()}\n"`), ...Array.from({ length: 5 }, (_, i) => big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024)), Buffer.from(`"\n${person()}\n`)];
    const r = await run(["validate", "--schema", "person", "--max-line-bytes", "65536"], chunks);
    expect(r.stderr).toContain("line 2: $: line is 5242882 bytes long, more than the limit of 65536; skipped");
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("a literal 100 MB line under the default limit: reported, skipped, memory bounded, neighbours kept", async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    let peak = 0;
    const base = process.memoryUsage().arrayBuffers;
    const hundred = function* () {
      yield Buffer.from(`${person()}\n"`);
      for (let i = 0; i < 100; i++) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - base); // what the reader holds between chunks
        yield Buffer.alloc(1024 * 1024, 0x61); // a fresh megabyte, as a file read would give
      }
      yield Buffer.from(`"\n${person()}\n`);
    };
    const r = await run(["validate", "--schema", "person"], hundred());
    expect(r.stderr).toContain(`line 2: $: line is ${100 * 1024 * 1024 + 2} bytes long, more than the limit of 67108864; skipped`);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(2);
    expect(r.code).toBe(1);
    // at most the 64 MiB limit (and a chunk) in flight, never the whole 100 MB line
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(70 * 1024 * 1024);
  });

  it("numbers like 1e400 are rejected by every numeric field", async () => {
    const r = await run(["validate", "--schema", "unit"], '{"id":"u1","names":[{"name":"X"}],"number":1e400,"types":[],"qualifiers":[],"identifiers":[]}\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 1: \$\.number: /);
  });
});
