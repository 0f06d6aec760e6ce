const IDENTIFIER = /^[A-Z_$][\w$]*$/i;

/**
 * Writes a path into a JSON value (zod's `issue.path`, a validation issue's path) the way messages
 * quote it: `["names", 0, "given"]` → `$.names[0].given`; keys that are not identifiers are quoted
 * (`$["__proto__"]`). The one JSON-path writer of musterroll, shared by validators and the CLI.
 *
 * @param path - keys and indices from the root.
 * @param prefix - what stands for the root (default `$`; `$[3]` for the fourth record of a document).
 * @returns the JSONPath string.
 * @example
 * ```ts
 * import { jsonPath } from "musterroll";
 * jsonPath(["reportedAges", 0, "age"]); // "$.reportedAges[0].age"
 * jsonPath(["a b"], "$[2]");            // '$[2]["a b"]'
 * ```
 */
export function jsonPath(path: readonly PropertyKey[], prefix = "$"): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
