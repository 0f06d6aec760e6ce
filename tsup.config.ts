import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing.ts" },
    format: ["esm", "cjs"],
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
