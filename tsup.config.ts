import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The core (`musterroll`), one subpath entry per domain (`musterroll/unit`, …) and the arbitraries.
    entry: {
      index: "src/index.ts",
      unit: "src/unit/index.ts",
      personnel: "src/personnel/index.ts",
      contract: "src/contract/index.ts",
      article: "src/article/index.ts",
      extract: "src/extract/index.ts",
      testing: "src/testing.ts",
    },
    format: ["esm", "cjs"],
    // Shared chunks in CommonJS too, so that `musterroll` and `musterroll/unit` share one copy of a schema.
    splitting: true,
    dts: true,
    sourcemap: true,
    target: "node20",
    // Dependencies stay external so users dedupe zod and fast-check with their own copies.
    external: ["zod", "fast-check"],
  },
  {
    // The command line: ESM only (it uses top-level await), never imported by the library entries.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    external: ["zod"],
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
