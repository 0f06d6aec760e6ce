// Lint: type-aware TypeScript rules plus eslint-plugin-regexp, whose super-linear backtracking
// checks keep every parser safe from ReDoS. Part of `npm test`.
import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs-site/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // "musterroll" and "musterroll/unit" resolve (tsconfig paths) for examples, docs and tests; the
    // library itself imports source modules, so that no entry loads another through the package name.
    files: ["src/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["musterroll", "musterroll/*"], message: "inside src/, import the source module" }] }],
    },
  },
  {
    files: ["tests/**", "bench/**", "examples/**"],
    rules: { "regexp/no-super-linear-move": "off" },
  },
);
