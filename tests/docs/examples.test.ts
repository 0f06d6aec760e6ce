import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The docs are the doc comments: every export of every public entry (the package root,
 * `musterroll/unit`, … and `musterroll/testing`, as package.json's `exports` lists them) must have a
 * summary and an `@example`, and every example must type-check against the real API. Examples import
 * the package by name; tsconfig.json's `paths` map each entry to its source.
 */
const root = resolve(import.meta.dirname, "../..");
const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!config) throw new Error("tsconfig.json could not be read");
const options: ts.CompilerOptions = { ...config.options, noEmit: true, noUnusedLocals: false };
const { name, exports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; exports: Record<string, unknown> };
const entries: Record<string, string> = Object.fromEntries(
  Object.keys(exports)
    .filter((key) => key !== "./package.json")
    .map((key) => {
      const entry = key === "." ? name : `${name}/${key.slice(2)}`;
      const source = options.paths?.[entry]?.[0];
      if (source === undefined) throw new Error(`tsconfig.json has no \`paths\` entry for ${entry}`);
      return [entry, resolve(root, source)];
    }),
);

interface Example {
  readonly exportName: string;
  readonly entry: string;
  readonly code: string;
}

function collect(): { missing: string[]; examples: Example[] } {
  const program = ts.createProgram(Object.values(entries), options);
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  const examples: Example[] = [];
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`no module symbol for ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker);
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const blocks = tags.filter((t) => t.name === "example").map((t) => ts.displayPartsToString(t.text));
      if (summary === "" || blocks.length === 0) missing.push(`${entry}: ${exported.name}${summary === "" ? " (no summary)" : ""}${blocks.length === 0 ? " (no @example)" : ""}`);
      for (const block of blocks) {
        const fence = /```(?:ts|typescript)\n([\s\S]*?)```/.exec(block);
        examples.push({ exportName: exported.name, entry, code: fence?.[1] ?? block });
      }
    }
  }
  return { missing, examples };
}

describe("doc comments", () => {
  const { missing, examples } = collect();

  it("every export has a summary and an @example", () => {
    expect(missing).toEqual([]);
  });

  it("every @example, and every ts block of the README and guides, type-checks against the real API", () => {
    const files = new Map(examples.map((e, i) => [join(root, `.examples/${i}-${e.exportName}.ts`), `${e.code}\nexport {};\n`]));
    const pages = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    for (const page of pages) {
      const text = readFileSync(join(root, page), "utf8");
      let k = 0;
      for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) files.set(join(root, `.examples/${page.replace(/\W/g, "_")}-${k++}.ts`), `${m[1]}\nexport {};\n`);
    }
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.readFile = (f) => files.get(f) ?? read(f);
    host.fileExists = (f) => files.has(f) || exists(f);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, ...rest) => {
      const text = files.get(f);
      return text !== undefined ? ts.createSourceFile(f, text, lang) : getSourceFile(f, lang, ...rest);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.has(d.file.fileName))
      .map((d) => `${d.file?.fileName.split("/").pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });
});
