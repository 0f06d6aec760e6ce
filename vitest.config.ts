import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

// "musterroll" and "musterroll/unit" (…) resolve to the sources, as tsconfig.json's `paths` say, so the
// examples that tests run import the package the way users do.
const { compilerOptions } = JSON.parse(readFileSync("tsconfig.json", "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
const alias = Object.entries(compilerOptions.paths).map(([name, [target = ""]]) => ({
  find: new RegExp(`^${name.replace(/[/.]/g, "\\$&")}$`),
  replacement: resolve(import.meta.dirname, target),
}));

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 120_000,
    // The linear-time checks collect garbage between measurements so that both sizes start alike.
    execArgv: ["--expose-gc"],
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
  },
});
