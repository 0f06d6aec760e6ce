/**
 * `npm run bench`: every benchmark in this folder, each printing its ratio against a named peer
 * measured in the same process. Pass names to run a subset: `npm run bench -- iso-duration`.
 */
import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !["run.ts", "harness.ts"].includes(f))
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, ".ts")));
for (const file of files) {
  const mod = (await import(`./${file}`)) as { run?: () => unknown };
  if (typeof mod.run === "function") await mod.run();
}
