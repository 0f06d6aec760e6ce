import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ClauseSchema, ContractSchema, CountryCodeSchema, CurrencyCodeSchema, EarliestOfTermSchema, EmployerSchema, EventTermSchema, PaySchema,
  ServiceDurationSchema, ServiceRecordSchema, ServiceSpellSchema, TermSchema, serviceDurationProblem, type Contract,
} from "../../src/index.js";
import {
  RegimeSchema, REGIMES, TermMentionValueSchema, checkContract, contractUnder, UKRAINE_FOREIGN_VOLUNTEERS,
} from "../../src/contract/index.js";
import {
  clauseArbitrary, contractArbitrary, eligibilityClauseArbitrary, employerArbitrary, payArbitrary, regimeArbitrary,
  serviceDurationArbitrary, serviceRecordArbitrary, serviceSpellArbitrary, termArbitrary, termMentionValueArbitrary,
  terminationClauseArbitrary,
} from "../../src/testing.js";

const base: Contract = { id: "c1", person: "p1", employer: { unit: "legion" }, category: "foreign-volunteer", start: "2024-05-18", clauses: [] };

function messageOf(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }): string {
  return result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") ?? "";
}

describe("every arbitrary produces values its schema accepts", () => {
  const cases: [string, fc.Arbitrary<unknown>, { safeParse(v: unknown): { success: boolean } }][] = [
    ["service duration", serviceDurationArbitrary(), ServiceDurationSchema],
    ["employer", employerArbitrary(), EmployerSchema],
    ["term", termArbitrary(), TermSchema],
    ["pay", payArbitrary(), PaySchema],
    ["clause", clauseArbitrary(), ClauseSchema],
    ["termination clause", terminationClauseArbitrary(), ClauseSchema],
    ["eligibility clause", eligibilityClauseArbitrary(), ClauseSchema],
    ["contract", contractArbitrary(), ContractSchema],
    ["service spell", serviceSpellArbitrary(), ServiceSpellSchema],
    ["service record", serviceRecordArbitrary(), ServiceRecordSchema],
    ["regime", regimeArbitrary(), RegimeSchema],
    ["term mention value", termMentionValueArbitrary(), TermMentionValueSchema],
  ];
  it.each(cases)("%s", (_, arb, schema) => {
    fc.assert(fc.property(arb, (v) => {
      const r = schema.safeParse(v) as { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } };
      if (!r.success) throw new Error(`${JSON.stringify(v)} rejected: ${messageOf(r)}`);
    }));
  });

  it("contracts survive a JSON round trip unchanged", () => {
    fc.assert(fc.property(contractArbitrary(), (c) => {
      expect(ContractSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
    }));
  });
});

describe("the regime fixtures", () => {
  it.each(REGIMES.map((r) => [r.id, r] as const))("%s validates", (_, regime) => {
    expect(RegimeSchema.safeParse(regime).success).toBe(true);
  });
});

describe("bad input gets a clear error naming the value, the place and the rule", () => {
  it.each([
    ["PT5H", "only years, months, weeks and days"],
    ["P0D", "must be positive"],
    ["-P6M", "must be positive"],
    ["P200Y", "at most 100 years"],
  ])("service duration %s", (text, rule) => {
    expect(serviceDurationProblem(text)).toContain(rule);
    expect(serviceDurationProblem(text)).toContain(JSON.stringify(text));
    expect(ServiceDurationSchema.safeParse(text).success).toBe(false);
  });

  it("an ISO syntax error is reported once, by the ISO parser", () => {
    const r = ServiceDurationSchema.safeParse("6 months");
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(1);
  });

  it("a contract signed after it starts is rejected at `signed`", () => {
    const r = ContractSchema.safeParse({ ...base, signed: "2024-06" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["signed"]);
    expect(r.error?.issues[0]?.message).toContain("2024-06 is after the start 2024-05-18");
  });

  it("a contract signed in the month it starts is accepted (not surely after)", () => {
    expect(ContractSchema.safeParse({ ...base, signed: "2024-05" }).success).toBe(true);
  });

  it("an impossible start date is rejected at `start`", () => {
    const r = ContractSchema.safeParse({ ...base, start: "2025-02-29" });
    expect(r.error?.issues[0]?.path).toEqual(["start"]);
    expect(r.error?.issues[0]?.message).toContain("February 2025 has 28 days");
  });

  it("a spell that ends before it begins is rejected at `to`", () => {
    const r = ServiceSpellSchema.safeParse({ from: "2025-11-01", to: "2025-10-31", reason: "transfer" });
    expect(r.error?.issues[0]?.path).toEqual(["to"]);
  });

  it.each([["uah"], ["XXY"], ["EURO"]])("currency %s", (code) => {
    const r = CurrencyCodeSchema.safeParse(code);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("ISO 4217");
  });

  it.each([["ua"], ["XY"], ["ZZ"], ["UKR"]])("country %s", (code) => {
    expect(CountryCodeSchema.safeParse(code).success).toBe(false);
  });

  it("an employer is a unit or an organisation with a country, not both", () => {
    expect(EmployerSchema.safeParse({ unit: "u1", organisation: "x", country: "UA" }).success).toBe(false);
    expect(EmployerSchema.safeParse({ organisation: "x" }).success).toBe(false);
  });

  it('a term until "other" must say which event', () => {
    const r = EventTermSchema.safeParse({ until: "other" });
    expect(r.error?.issues[0]?.path).toEqual(["text"]);
  });

  it("an earliest-of term lists two or more lengths or events, flat", () => {
    const martialLaw = { until: "end-of-martial-law" } as const;
    for (const ok of [["P3Y", martialLaw], [martialLaw, "P5Y"], ["P3Y", { until: "demobilization" }, martialLaw], [{ until: "other", text: "the ceasefire" }, "P1Y"]]) {
      expect(TermSchema.safeParse({ earliestOf: ok }).success, JSON.stringify(ok)).toBe(true);
    }
    expect(EarliestOfTermSchema.safeParse({ earliestOf: ["P3Y"] }).error?.issues[0]?.path).toEqual(["earliestOf"]);
    expect(EarliestOfTermSchema.safeParse({ earliestOf: [] }).success).toBe(false);
    // no nesting: the earliest of earliests is one flat list
    expect(TermSchema.safeParse({ earliestOf: ["P1Y", { earliestOf: ["P3Y", martialLaw] }] }).success).toBe(false);
    // "indefinite" never comes first; a member is checked like a term of its own
    expect(TermSchema.safeParse({ earliestOf: ["indefinite", martialLaw] }).success).toBe(false);
    const zero = EarliestOfTermSchema.safeParse({ earliestOf: ["P0D", martialLaw] }).error?.issues[0];
    expect(zero?.path).toEqual(["earliestOf", 0]);
    expect(JSON.stringify(zero)).toContain("must be positive");
    expect(TermSchema.safeParse({ earliestOf: ["P3Y", { until: "other" }] }).success).toBe(false);
    expect(TermSchema.safeParse({ earliestOf: ["P3Y", martialLaw], latestOf: [] }).success).toBe(false);
    expect(ContractSchema.safeParse({ ...base, term: { earliestOf: ["P3Y", martialLaw] } }).success).toBe(true);
  });

  it("pay needs a rate or a parity", () => {
    expect(PaySchema.safeParse({}).success).toBe(false);
    expect(PaySchema.safeParse({ rate: { amount: -1, currency: "UAH", per: "month" } }).success).toBe(false);
  });

  it("a clause of an unknown kind is rejected at `kind`", () => {
    const r = ClauseSchema.safeParse({ kind: "bonus", amount: 3 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["kind"]);
  });
});

describe("checkContract", () => {
  it("flags a term outside the regime's range", () => {
    const long = contractUnder(UKRAINE_FOREIGN_VOLUNTEERS, { id: "c1", person: "p1", employer: { unit: "u" }, start: "2024-06-01", term: "P12Y" });
    const short = { ...long, term: "P6M" };
    expect(checkContract(long, UKRAINE_FOREIGN_VOLUNTEERS).map((i) => i.code)).toEqual(["term_too_long"]);
    expect(checkContract(short, UKRAINE_FOREIGN_VOLUNTEERS).map((i) => i.code)).toContain("term_too_short");
    expect(checkContract({ ...long, term: "P3Y" }, UKRAINE_FOREIGN_VOLUNTEERS)).toEqual([]);
  });

  it("flags a probation or a minimum service that does not fit in the term", () => {
    const c: Contract = {
      ...base, term: "P3M",
      clauses: [
        { kind: "probation", length: "P3M" },
        { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" },
      ],
    };
    expect(checkContract(c).map((i) => [i.code, i.path])).toEqual([
      ["probation_exceeds_term", ["clauses", 0, "length"]],
      ["min_service_exceeds_term", ["clauses", 1, "minService"]],
    ]);
  });

  it("checks an earliest-of term by its shortest length, the longest it can run, and never as too short", () => {
    const until = { until: "demobilization" } as const;
    const long = contractUnder(UKRAINE_FOREIGN_VOLUNTEERS, { id: "c1", person: "p1", employer: { unit: "u" }, start: "2024-06-01", term: { earliestOf: ["P12Y", until] } });
    expect(checkContract(long, UKRAINE_FOREIGN_VOLUNTEERS).map((i) => [i.code, i.message])).toEqual([
      ["term_too_long", "term may run P12Y, which is longer than ua-foreign-volunteers's longest, P10Y"],
    ]);
    // it may end in a month, but a month is no term the contract states
    expect(checkContract({ ...long, term: { earliestOf: [until, "P3Y"] } }, UKRAINE_FOREIGN_VOLUNTEERS)).toEqual([]);
    expect(checkContract({ ...long, term: { earliestOf: ["P6M", until] } }, UKRAINE_FOREIGN_VOLUNTEERS).map((i) => i.code)).toEqual(["min_service_exceeds_term"]);
    const c: Contract = { ...base, term: { earliestOf: ["P5Y", until, "P3M"] }, clauses: [{ kind: "probation", length: "P3M" }] };
    expect(checkContract(c).map((i) => i.message)).toEqual(["probation P3M is not shorter than the longest the term can run, P3M"]);
    // only events: nothing bounds it
    expect(checkContract({ ...c, term: { earliestOf: [until, { until: "end-of-martial-law" }] } })).toEqual([]);
  });

  it("flags a category the regime is not for", () => {
    expect(checkContract({ ...base, category: "conscript" }, UKRAINE_FOREIGN_VOLUNTEERS)[0]?.code).toBe("category_mismatch");
  });
});
