import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 120_000,
    // The linear-time checks collect garbage between measurements so that both sizes start alike.
    execArgv: ["--expose-gc"],
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
  },
});
