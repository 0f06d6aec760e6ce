import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordJsonSchema } from "../../src/cli/schema-command.js";
import { RECORD_SCHEMAS, recordNames } from "../../src/cli/records.js";
import {
  articleArbitrary, clauseArbitrary, contractArbitrary, lineageEventArbitrary, orderOfBattleDataArbitrary, personArbitrary,
  serviceHistoryArbitrary, serviceRecordArbitrary, subordinationArbitrary, unitArbitrary,
} from "../../src/testing.js";
import { run } from "./run.js";

const ARBITRARIES: Record<string, fc.Arbitrary<unknown>> = {
  article: articleArbitrary(), unit: unitArbitrary(), subordination: subordinationArbitrary(["u1", "u2", "u3"]), "lineage-event": lineageEventArbitrary(["u1", "u2", "u3"]),
  "order-of-battle": orderOfBattleDataArbitrary(), person: personArbitrary(), "service-history": serviceHistoryArbitrary(),
  contract: contractArbitrary(), clause: clauseArbitrary(), "service-record": serviceRecordArbitrary(),
};

/** Records that both validators must refuse: each breaks a rule a JSON Schema can state. */
const INVALID: Record<string, unknown[]> = {
  person: [{}, { id: "p", name: { full: "A" }, birthDate: "2025-02-30" }, { id: "p", name: { full: "A" }, birthDate: "2025-02-29" }, { id: "p", name: { full: "A" }, aliases: [{ value: "V", kind: "nickname-ish" }] }],
  unit: [{ id: "u", names: [], types: [], qualifiers: [], identifiers: [], echelon: "platoonish" }, { id: "u", names: [], types: [], qualifiers: [], identifiers: [], number: 1.5 }],
  "lineage-event": [{ kind: "dissolved", unit: "u", date: "2025-13" }, { kind: "exploded", unit: "u", date: "2025" }],
  subordination: [{ child: "a", parent: "b", relation: "friendly" }],
  contract: [
    { id: "c", person: "p", employer: { unit: "u" }, category: "mercenary", start: "2024", clauses: [] },
    // an earliest-of term needs two ends, lengths or events, listed flat
    { id: "c", person: "p", employer: { unit: "u" }, category: "contract", term: { earliestOf: ["P3Y"] }, clauses: [] },
    { id: "c", person: "p", employer: { unit: "u" }, category: "contract", term: { earliestOf: ["P1Y", { earliestOf: ["P3Y", { until: "demobilization" }] }] }, clauses: [] },
  ],
};

describe("musterroll schema", () => {
  const compile = (schema: Record<string, unknown>) => new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it("writes one draft 2020-12 JSON Schema per record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "musterroll-schema-"));
    const r = await run(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(recordNames().map((n) => `${n}.schema.json`).sort());
    for (const name of recordNames()) {
      const schema = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), "utf8")) as Record<string, unknown>;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => compile(schema)).not.toThrow();
    }
  });

  it.each(recordNames())("ajv and zod agree: every generated %s is valid for both", (name) => {
    const validate = compile(recordJsonSchema(name));
    const zod = RECORD_SCHEMAS[name];
    const arbitrary = ARBITRARIES[name];
    expect(arbitrary, `an arbitrary for ${name}`).toBeDefined();
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (record) => {
        const json = JSON.parse(JSON.stringify(record)) as unknown;
        expect(zod?.safeParse(json).success).toBe(true);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("ajv and zod agree: a contract whose term is the earliest of a length and an event is valid for both", () => {
    const validate = compile(recordJsonSchema("contract"));
    const record = {
      id: "c", person: "p", employer: { unit: "u" }, category: "foreign-volunteer", start: "2024-05-18",
      term: { earliestOf: ["P3Y", { until: "end-of-martial-law" }, { until: "other", text: "the ceasefire" }] }, clauses: [],
    };
    expect(RECORD_SCHEMAS.contract?.safeParse(record).success).toBe(true);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.entries(INVALID))("ajv and zod agree: the invalid %s fixtures are invalid for both", (name, records) => {
    const validate = compile(recordJsonSchema(name));
    for (const record of records) {
      expect(RECORD_SCHEMAS[name]?.safeParse(record).success, JSON.stringify(record)).toBe(false);
      expect(validate(record), JSON.stringify(record)).toBe(false);
    }
  });

  it("prints all schemas, or one, to standard output", async () => {
    const all = JSON.parse((await run(["schema"])).stdout) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual(recordNames());
    const one = JSON.parse((await run(["schema", "--schema", "person"])).stdout) as { title: string };
    expect(one.title).toBe("person");
    expect((await run(["schema", "--schema", "nope"])).code).toBe(2);
  });
});
