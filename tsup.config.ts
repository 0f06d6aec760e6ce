import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Dependencies stay external so users dedupe zod and fast-check with their own copies.
  external: ["zod", "fast-check"],
});
