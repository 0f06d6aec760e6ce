import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * The size budget: the core entry (`musterroll`), bundled for a browser and minified with zod left
 * out, is at most 30 KB gzipped, and never pulls in the CLI, fast-check or the arbitraries of
 * `musterroll/testing`. The other entries are measured and reported, not budgeted.
 *
 * Same numbers by hand: `npx esbuild src/index.ts --bundle --minify --format=esm --platform=browser
 * --external:zod | gzip -9 | wc -c`.
 */
const BUDGET = 30 * 1024;
const root = resolve(import.meta.dirname, "../..");
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, "tsconfig.json"), "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
const entries = Object.entries(compilerOptions.paths).map(([name, [source = ""]]) => ({ name, source: resolve(root, source) }));

interface Measured {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  /** Bundled files, relative to the repository root. */
  readonly inputs: readonly string[];
  /** Imports left external. */
  readonly external: readonly string[];
}

async function measure(name: string, sources: string[], external: string[]): Promise<Measured> {
  const result = await build({
    stdin: { contents: sources.map((f) => `export * from ${JSON.stringify(f)};`).join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const outputs = Object.values(result.metafile.outputs);
  return {
    name,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs).map((f) => relative(root, resolve(process.cwd(), f))),
    external: [...new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))],
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("bundle size", () => {
  const core = entries.find((e) => e.name === "musterroll")?.source ?? "";
  // Only zod is left out of the core, so anything else it imports is bundled and shows in the inputs.
  const measured = Promise.all(
    entries.map(({ name, source }) => measure(name, [source], name === "musterroll" ? ["zod"] : ["zod", "fast-check"])),
  );
  // What an entry adds to an application that already uses the core.
  const withCore = Promise.all(
    entries.filter((e) => e.name !== "musterroll").map(({ name, source }) => measure(name, [core, source], ["zod", "fast-check"])),
  );

  it("reports every entry (min+gzip, zod external)", async () => {
    const [all, added, base] = [await measured, await withCore, (await measured).find((m) => m.name === "musterroll")];
    const rows = all.map((m) => {
      const both = added.find((a) => a.name === m.name);
      const extra = both === undefined || base === undefined ? "" : `  +${kb(both.gzipped - base.gzipped)} on top of the core`;
      return `${m.name.padEnd(22)} ${kb(m.gzipped).padStart(8)} min+gzip (${kb(m.minified)} min)${extra}`;
    });
    console.log(rows.join("\n"));
    expect(all.map((m) => m.name)).toEqual(expect.arrayContaining(["musterroll", "musterroll/testing"]));
  });

  it(`the core entry is at most ${kb(BUDGET)} min+gzip without zod`, async () => {
    const core = (await measured).find((m) => m.name === "musterroll");
    expect(core?.gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it("the core entry never pulls in the CLI, fast-check, the arbitraries or the dataset package", async () => {
    const core = (await measured).find((m) => m.name === "musterroll");
    const forbidden = (core?.inputs ?? []).filter((f) =>
      f.startsWith("src/cli/") || f === "src/testing.ts" || /^src\/[^/]+\/arbitraries\.ts$/.test(f) ||
      f.includes("node_modules/fast-check/") || f.includes("node_modules/world-countries/"));
    expect(core?.inputs).toContain("src/index.ts");
    expect(forbidden).toEqual([]);
    expect(core?.external).toEqual(["zod"]);
  });
});
