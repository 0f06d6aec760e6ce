import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromNinjs } from "../../src/article/ninjs.js";
import { parseArticle } from "../../src/article/parse.js";
import { findQuotes } from "../../src/article/quotes.js";
import { parseDatePhrase } from "../../src/common/date/phrase-parse.js";
import { parseDurationPhrase } from "../../src/common/duration/phrase-parse.js";
import { parseQuantity } from "../../src/common/quantity/parse.js";
import { findClauses, findContractTerms } from "../../src/contract/parse.js";
import { extractRecords } from "../../src/extract/records.js";
import { ExtractionSchema } from "../../src/extract/schema.js";
import { findPersonDescriptions, parsePersonDescription } from "../../src/personnel/parse.js";
import { findUnitDesignations, parseUnitDesignation } from "../../src/unit/parse.js";
import { run } from "../cli/run.js";

/**
 * Words of the input must never be looked up as keys of a plain object: "Two constructor later"
 * once read `constructor` as a unit of time and gave a date without a precision, and "&valueOf;"
 * decoded to a function's source text. Every word of Object.prototype, in the places the
 * vocabularies look words up, must be read as an unknown word.
 */
const HOSTILE = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];
const CONTEXT = [
  "On May 3, 2024,", "two", "a", "later", "that same", "the next", "the", "of", "early", "end of", "2nd", "Battalion", "Brigade",
  "Karl,", "aged", "53", "call sign", "nom de guerre", "after six", "months", "of service", "about", "dozens", "&", ";", ",", ".",
  "“", "”", "he says", "native of", "citizen of", "from the",
];
// Slots of the grammars where a vocabulary looks a word up; % takes the hostile word.
const TEMPLATES = [
  "On May 3, 2024, they met. Two % later they left.", "On May 3, 2024, they met. That same % they left.",
  "On May 3, 2024, they met. The next % they left.", "early % 2024", "the end of % 2025", "% 3, 2024",
  "Karl, aged 53, call sign %, said: “We left.”", "a 40-year-old % combat medic", "a native of %", "a citizen of %",
  "after six % of service", "two % and a half", "about % fighters", "dozens of %", "the 2nd % of the 47th Brigade",
  "the % Battalion", "A &%; B", "“We left,” % says.", "%, 45, of Texas",
];
// every template with every word: a random pick missed "Two constructor later" half the time
const SLOTTED = TEMPLATES.flatMap((t) => HOSTILE.map((h) => t.replace("%", h)));
const soup = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...CONTEXT)), { minLength: 1, maxLength: 24 })
  .map((words) => words.join(" "));

/** No function, and no function's source text, anywhere in a result. */
function expectPlainData(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === "function") expect.fail(`a function leaked into a result: ${String(value).slice(0, 40)}`);
  if (typeof value === "string") expect(value).not.toContain("[native code]");
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) expectPlainData((value as Record<string, unknown>)[key], seen);
}

const READERS: Record<string, (t: string) => unknown> = {
  parseDatePhrase: (t) => parseDatePhrase(t, { referenceDate: "2025-06-15" }),
  parseDurationPhrase,
  parseQuantity,
  parseUnitDesignation,
  findUnitDesignations,
  parsePersonDescription,
  findPersonDescriptions,
  findClauses,
  findContractTerms,
  parseArticle,
  findQuotes,
};

describe("words named like Object.prototype keys", () => {
  it.each(Object.entries(READERS))("%s reads them as plain words", (_, read) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const t of SLOTTED) expectPlainData(read(t));
    fc.assert(fc.property(soup, (t) => expectPlainData(read(t))), { numRuns: 300 });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it("extractRecords gives output that passes ExtractionSchema", () => {
    const check = (t: string) => {
      const out = JSON.parse(JSON.stringify(extractRecords(t, { referenceDate: "2025-06-15" }))) as unknown;
      expect(ExtractionSchema.safeParse(out).error?.issues ?? [], t).toEqual([]);
    };
    for (const t of SLOTTED) check(t);
    fc.assert(fc.property(soup, check), { numRuns: 300 });
  });

  it("'Two constructor later' is no date (regression)", () => {
    const out = extractRecords("On May 3, 2024, they met. Two constructor later they left.");
    expect(out.mentions.dates.map((d) => d.text)).toEqual(["May 3, 2024"]);
  });

  it("HTML entities named like prototype keys stay as written", () => {
    const r = fromNinjs({ uri: "urn:x", bodies: [{ contentType: "text/html", value: "<p>A &valueOf; B &toString; C &amp; D</p>" }] });
    expect(r.success && r.data.text).toContain("A &valueOf; B &toString; C & D");
  });

  it.each([["constructor"], ["toString", "--help"], ["__proto__"]])("the CLI calls %s an unknown command", async (...argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command");
  });

  it("the CLI's help names no command 'constructor'", async () => {
    const r = await run(["help", "constructor"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage");
  });

  it.each(["constructor", "__proto__", "hasOwnProperty"])("validate --schema %s is a usage error", async (name) => {
    const r = await run(["validate", "--schema", name], "{}\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`not "${name}"`);
  });

  it("schema --schema constructor is a usage error", async () => {
    const r = await run(["schema", "--schema", "constructor"]);
    expect(r.code).toBe(2);
  });
});
