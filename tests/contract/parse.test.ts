import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClauseSchema, isMentionOf, type Clause, type Mention } from "../../src/index.js";
import { findClauses, findContractTerms, formatClause, formatTerm, TermMentionValueSchema } from "../../src/contract/index.js";
import type { Term } from "../../src/index.js";
import { clauseArbitrary, clauseTextArbitrary, termArbitrary } from "../../src/testing.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const values = (ms: readonly Mention<unknown>[]) => ms.map((m) => [m.text, m.value]);

describe("findClauses on the forms reports use", () => {
  it("reads no reset without a clock or period after the verb", () => {
    expect(findClauses("A transfer resets nothing about pay.")).toEqual([]);
    expect(findClauses("The transfer of the battalion restarted the offensive.")).toEqual([]);
  });

  it.each([
    ["They can terminate their contract after six months of service.", "terminate their contract after six months of service",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["Foreigners can end the contract only after six months of continuous service.", "end the contract only after six months of continuous service",
      { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" }],
    ["They cannot leave the contract before 6 months of uninterrupted service.", "leave the contract before 6 months of uninterrupted service",
      { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" }],
    ["After six months of continuous service, a volunteer may terminate the contract with two months' notice.",
      "After six months of continuous service, a volunteer may terminate the contract with two months' notice",
      { kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start", notice: "P2M" }],
    ["They can leave after a year of service on a month's notice.", "leave after a year of service on a month's notice",
      { kind: "termination", by: "member", minService: "P1Y", continuous: false, countedFrom: "start", notice: "P1M" }],
    ["They can leave after a year of service without notice.", "leave after a year of service",
      { kind: "termination", by: "member", minService: "P1Y", continuous: false, countedFrom: "start" }],
    ["Commanders may terminate the contract after 90 days.", "terminate the contract after 90 days",
      { kind: "termination", by: "employer", minService: "P90D", continuous: false, countedFrom: "start" }],
    ["Volunteers receive the same salary as Ukrainian soldiers, but with one key difference.", "the same salary as Ukrainian soldiers",
      { kind: "payParity", with: "Ukrainian soldiers" }],
    ["They are paid on a par with U.S. soldiers.", "on a par with U.S. soldiers", { kind: "payParity", with: "U.S. soldiers" }],
    ["Volunteers get the same salary and benefits as Ukrainian troops.", "the same salary and benefits as Ukrainian troops", { kind: "payParity", with: "Ukrainian troops" }],
    ["They earn about $500 a month, the same as Ukrainian soldiers.", "the same as Ukrainian soldiers", { kind: "payParity", with: "Ukrainian soldiers" }],
    ["They can terminate their contract at any time after the first six months.", "terminate their contract at any time after the first six months",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["Foreigners who serve for three years can apply for citizenship.", "serve for three years can apply for citizenship",
      { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: [], alternatives: [] }],
    ["Under the contract they must serve for at least six months before they can leave.", "serve for at least six months before they can leave",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["Recruits serve a three-month probation period.", "three-month probation period", { kind: "probation", length: "P3M" }],
    ["A probationary period of three months applies.", "probationary period of three months", { kind: "probation", length: "P3M" }],
    ["Later contracts can be renewed for six months to five years.", "renewed for six months to five years",
      { kind: "renewal", length: "P5Y", shortest: "P6M" }],
    ["The contract may be extended for one year up to three times.", "extended for one year up to three times",
      { kind: "renewal", length: "P1Y", max: 3 }],
    ["He had one year left to apply for citizenship, but the counter reset after the transfer.", "the counter reset after the transfer",
      { kind: "eligibility", benefit: "citizenship", countedFrom: "start", resetsOn: ["transfer"], alternatives: [] }],
    ["Volunteers may apply for citizenship after three years of service, but a transfer to another unit resets that period.",
      "citizenship after three years of service, but a transfer to another unit resets that period",
      { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["transfer"], alternatives: [] }],
    ["Any break in service restarts the clock.", "Any break in service restarts the clock",
      { kind: "eligibility", benefit: "unspecified", countedFrom: "start", resetsOn: ["break-in-service"], alternatives: [] }],
    ["The clock restarted when he signed a new contract.", "The clock restarted when he signed a new contract",
      { kind: "eligibility", benefit: "unspecified", countedFrom: "start", resetsOn: ["new-contract"], alternatives: [] }],
    ["Naturalisation is possible after one year of honorable service.", "Naturalisation is possible after one year of honorable service",
      { kind: "eligibility", benefit: "citizenship", requiredService: "P1Y", countedFrom: "start", resetsOn: [], alternatives: [], condition: "honorable service" }],
    ["After three years of service, legionnaires may request French nationality.", "After three years of service, legionnaires may request French nationality",
      { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: [], alternatives: [] }],
    ["Foreigners may sign only one contract.", "Foreigners may sign only one contract", { kind: "restriction", text: "Foreigners may sign only one contract" }],
    ["Their pay is equal to that of regular servicemen.", "equal to that of regular servicemen", { kind: "payParity", with: "regular servicemen" }],
    ["Their salaries match those of Ukrainian troops.", "match those of Ukrainian troops", { kind: "payParity", with: "Ukrainian troops" }],
    ["After 12 months of service, volunteers can terminate their contracts.", "After 12 months of service, volunteers can terminate",
      { kind: "termination", by: "member", minService: "P12M", continuous: false, countedFrom: "start" }],
    ["Volunteers may leave once they have served six months.", "leave once they have served six months",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["They can terminate their contract after they have served six months.", "terminate their contract after they have served six months",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["He can quit as soon as he\u2019s completed a year of service.", "quit as soon as he\u2019s completed a year of service",
      { kind: "termination", by: "member", minService: "P1Y", continuous: false, countedFrom: "start" }],
    ["They can end their contracts once six months of service have passed.", "end their contracts once six months of service",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
    ["Once they've served six months, recruits may leave.", "Once they've served six months, recruits may leave",
      { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }],
  ])("%s", (text, span, value) => {
    const found = findClauses(text);
    expect(values(found)).toEqual([[span, value]]);
    for (const m of found) expect(ClauseSchema.safeParse(m.value).success).toBe(true);
  });

  it.each([
    ["several thousand signed three-year contracts"],
    ["a five-year initial contract"],
    ["contracts remain valid until the end of mobilisation"],
    ["He plans to break his contract."],
    ["The war will end after six months, analysts say."],
    ["He was 45 years old and had served in 2023."],
    ["The same day, troops moved as ordered."],
    ["A trial lasting six months began."],
    ["The odds are equal to those of a coin toss."],
    ["After six months in hospital he left the army."],
    ["They may leave at once."],
    ["Once a week they leave the base."],
    ["They may leave once the war ends."],
    ["He said he would leave once he had served."],
    [""],
  ])("no clause in %j", (text) => {
    expect(findClauses(text)).toEqual([]);
  });

  it("reads several clauses from one passage, in text order, with exact spans", () => {
    const text = "Volunteers get the same pay as regular troops. They may leave the contract after 6 months of service; a three-month probation period applies.";
    const found = findClauses(text);
    expect(found.map((m) => m.value.kind)).toEqual(["payParity", "termination", "probation"]);
    for (const m of found) expect(isMentionOf(text, m)).toBe(true);
  });

  it("reads every generated clause sentence (property)", () => {
    fc.assert(fc.property(clauseTextArbitrary(), ({ text, value }) => {
      expect(findClauses(text).map((m) => m.value)).toContainEqual(value);
    }));
  });
});

/** Clauses whose every field formatClause writes in words findClauses reads. */
function expressible(c: Clause): boolean {
  if ("basis" in c && c.basis !== undefined) return false;
  switch (c.kind) {
    case "termination":
      return c.countedFrom === "start";
    case "eligibility":
      return ["citizenship", "residence", "pension"].includes(c.benefit) && c.countedFrom === "start" && c.alternatives.length === 0 &&
        c.resetsOn.length <= 1 && (c.requiredService !== undefined || c.resetsOn.length === 1);
    case "restriction":
      return c.text.includes("contract");
    default:
      return true;
  }
}

describe("findClauses across sentences", () => {
  it("reads a leaving clause in the sentence after the one that names the contract", () => {
    const text = "Recruits sign a contract for a minimum of one year. They can leave after 12 months.";
    expect(values(findClauses(text))).toEqual([["leave after 12 months", { kind: "termination", by: "member", minService: "P12M", continuous: false, countedFrom: "start" }]]);
    expect(findClauses("The weather was cold. They can leave after 12 months.")).toEqual([]);
    const fronted = "Recruits sign a contract for a minimum of one year. After 12 months they may leave.";
    expect(values(findClauses(fronted))).toEqual([["After 12 months they may leave", { kind: "termination", by: "member", minService: "P12M", continuous: false, countedFrom: "start" }]]);
  });

  it("reads 'who serve three years' as the service a benefit needs, and joins a reset in the next sentence to it", () => {
    const text = "Foreigners who serve three years may apply for citizenship; the clock restarts if they transfer to another unit.";
    const found = findClauses(text);
    expect(found.map((m) => m.value)).toEqual([{ kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["transfer"], alternatives: [] }]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("reads a requirement a clause away from its benefit, and a move to another unit as a transfer", () => {
    const text = "After three years of service, they and their families can apply for Ukrainian citizenship; the clock restarts if they move to another unit.";
    expect(values(findClauses(text))).toEqual([[
      "After three years of service, they and their families can apply for Ukrainian citizenship; the clock restarts if they move to another unit",
      { kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["transfer"], alternatives: [] },
    ]]);
    expect(findClauses("The clock restarts if they switch units.").map((m) => [m.text, m.value.kind === "eligibility" && m.value.resetsOn])).toEqual([["The clock restarts if they switch units", ["transfer"]]]);
  });
});

describe("formatClause", () => {
  it("round-trips through findClauses (property)", () => {
    fc.assert(fc.property(clauseArbitrary().filter(expressible), (clause) => {
      const text = formatClause(clause);
      expect(findClauses(text).map((m) => m.value)).toEqual([clause]);
    }));
  });

  it("writes what cannot be read back too", () => {
    expect(formatClause({ kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "signed", notice: "P1M" }))
      .toBe("The member may end the contract after six months of service, counted from its signature, with one month of notice.");
    expect(formatClause({ kind: "eligibility", benefit: "citizenship", requiredService: "P3Y", countedFrom: "start", resetsOn: ["new-contract"], alternatives: [{ requiredService: "P1Y", when: "martial-law" }] }))
      .toBe("Citizenship may be sought after three years of service, and under martial-law one year is enough, and the clock restarts after a new contract.");
  });
});

describe("findContractTerms: a term describes the contract, it is not a clause", () => {
  it.each([
    ["several thousand signed three-year contracts", "three-year contracts", { term: "P3Y", bound: "exact", initial: false }],
    ["Recruits sign a five-year initial contract.", "five-year initial contract", { term: "P5Y", bound: "exact", initial: true }],
    ["Contracts of up to one year are offered.", "Contracts of up to one year", { term: "P1Y", bound: "at-most", initial: false }],
    ["Contracts of no longer than one year are offered.", "Contracts of no longer than one year", { term: "P1Y", bound: "at-most", initial: false }],
    ["Foreigners sign contracts of 1 to 10 years.", "contracts of 1 to 10 years", { term: "P10Y", bound: "at-most", shortest: "P1Y", initial: false }],
    ["Their contracts remain valid until the end of mobilisation.", "until the end of mobilisation",
      { term: { until: "demobilization" }, bound: "exact", initial: false }],
    ["Contracts run until martial law is lifted.", "until martial law is lifted", { term: { until: "end-of-martial-law" }, bound: "exact", initial: false }],
    ["They serve for the duration of the war under contract.", "for the duration of the war", { term: { until: "end-of-hostilities" }, bound: "exact", initial: false }],
    ["He holds an open-ended contract.", "open-ended contract", { term: "indefinite", bound: "exact", initial: false }],
    ["The Legion's initial contract is five years.", "initial contract is five years", { term: "P5Y", bound: "exact", initial: true }],
    ["Contracts run for two years.", "Contracts run for two years", { term: "P2Y", bound: "exact", initial: false }],
    ["Recruits sign contracts for a year and a half.", "contracts for a year and a half", { term: "P1Y6M", bound: "exact", initial: false }],
    ["Contracts last three years.", "Contracts last three years", { term: "P3Y", bound: "exact", initial: false }],
    ["Contracts last from one to 10 years.", "Contracts last from one to 10 years", { term: "P10Y", bound: "at-most", shortest: "P1Y", initial: false }],
  ])("%s", (text, span, value) => {
    const found = findContractTerms(text);
    expect(values(found)).toEqual([[span, value]]);
    for (const m of found) expect(TermMentionValueSchema.safeParse(m.value).success).toBe(true);
  });

  it.each([["a 45-year-old volunteer"], ["martial law was extended until May"], ["They can terminate their contract after six months of service."], ["He signed a contract last year."]])(
    "no term in %j", (text) => expect(findContractTerms(text)).toEqual([]),
  );
});

describe("findContractTerms: the earliest of several ends is one term, not its first end", () => {
  const martialLaw = { until: "end-of-martial-law" };
  it.each([
    ["Contracts run for three years or until the end of martial law, whichever comes first.",
      "Contracts run for three years or until the end of martial law, whichever comes first", ["P3Y", martialLaw]],
    ["Volunteers serve for the duration of martial law but no longer than five years.",
      "for the duration of martial law but no longer than five years", [martialLaw, "P5Y"]],
    ["Contracts last until demobilisation or for 18 months, whichever is sooner.",
      "until demobilisation or for 18 months, whichever is sooner", [{ until: "demobilization" }, "P18M"]],
    ["Recruits sign three-year contracts or until the end of the war, whichever is earlier.",
      "three-year contracts or until the end of the war, whichever is earlier", ["P3Y", { until: "end-of-hostilities" }]],
    ["Volunteers serve three years or the end of martial law, whichever is shorter.",
      "three years or the end of martial law, whichever is shorter", ["P3Y", martialLaw]],
    ["Contracts run for three years, or until martial law ends if earlier.",
      "Contracts run for three years, or until martial law ends if earlier", ["P3Y", martialLaw]],
    ["Contracts run until the end of martial law, but for no more than five years.",
      "until the end of martial law, but for no more than five years", [martialLaw, "P5Y"]],
    ["The contract is valid until the end of the war but not longer than 10 years, officials said.",
      "until the end of the war but not longer than 10 years", [{ until: "end-of-hostilities" }, "P10Y"]],
    ["Volunteers serve for a year and a half or until the war ends, whichever first occurs.",
      "for a year and a half or until the war ends, whichever first occurs", ["P1Y6M", { until: "end-of-hostilities" }]],
    ["Contracts are for three years or the duration of martial law (whichever is shorter).",
      "for three years or the duration of martial law (whichever is shorter)", ["P3Y", martialLaw]],
    ["Their contracts last two years or until the war is over \u2013 whichever is sooner.",
      "contracts last two years or until the war is over \u2013 whichever is sooner", ["P2Y", { until: "end-of-hostilities" }]],
    ["Contracts ran for two years or until the end of the war, whichever came first.",
      "for two years or until the end of the war, whichever came first", ["P2Y", { until: "end-of-hostilities" }]],
    ["The contract runs for three years, until demobilisation or until the end of martial law, whichever comes first.",
      "contract runs for three years, until demobilisation or until the end of martial law, whichever comes first",
      ["P3Y", { until: "demobilization" }, martialLaw]],
  ])("%s", (text, span, earliestOf) => {
    const found = findContractTerms(text);
    expect(values(found)).toEqual([[span, { term: { earliestOf }, bound: "exact", initial: false }]]);
    for (const m of found) expect(TermMentionValueSchema.safeParse(m.value).success).toBe(true);
  });

  it("keeps a bound written on one of the ends", () => {
    expect(findContractTerms("Contracts run for no more than five years or until the war ends, whichever comes first.").map((m) => m.value)).toEqual([
      { term: { earliestOf: ["P5Y", { until: "end-of-hostilities" }] }, bound: "at-most", initial: false },
    ]);
  });

  it.each([
    // the latest of the ends is no earliest-of: both stay apart, as before
    ["The contract runs for three years or until the end of martial law, whichever comes later.", [["contract runs for three years", "P3Y"], ["until the end of martial law", martialLaw]]],
    // an "if" that opens a clause is no tail
    ["Contracts run for three years or until the end of martial law if earlier reports are right.", [["Contracts run for three years", "P3Y"], ["until the end of martial law", martialLaw]]],
    // no "or" between the ends
    ["Contracts run for three years until the end of martial law, whichever comes first.", [["Contracts run for three years", "P3Y"], ["until the end of martial law", martialLaw]]],
    // a length capped by a length, and a cap that is no length
    ["Contracts run for three years but no longer than five years.", [["Contracts run for three years", "P3Y"]]],
    ["Contracts run until the end of martial law, but pay is no more than a soldier's.", [["until the end of martial law", martialLaw]]],
    // a range or a least is no end of an earliest-of
    ["Contracts run for at least three years or until the end of martial law, whichever comes first.", [["Contracts run for at least three years", "P3Y"], ["until the end of martial law", martialLaw]]],
    // no contract and no service: no term
    ["He will stay three years or until the war ends, whichever comes first.", []],
  ])("%s", (text, expected) => {
    expect(findContractTerms(text).map((m) => [m.text, m.value.term])).toEqual(expected);
  });
});

/** Terms whose every field formatTerm writes in words findContractTerms reads. */
function expressibleTerm(t: Term): boolean {
  if (typeof t === "string") return true;
  if ("earliestOf" in t) return t.earliestOf.every(expressibleTerm);
  return t.until !== "other" && t.text === undefined;
}

describe("formatTerm", () => {
  it("round-trips through findContractTerms, earliest-of terms too (property)", () => {
    fc.assert(fc.property(termArbitrary().filter(expressibleTerm), (term) => {
      expect(findContractTerms(formatTerm(term)).map((m) => m.value)).toEqual([{ term, bound: "exact", initial: false }]);
    }));
  });

  it("writes each form", () => {
    expect(formatTerm("P3Y")).toBe("The contract runs for three years.");
    expect(formatTerm({ until: "demobilization" })).toBe("The contract runs until demobilization.");
    expect(formatTerm("indefinite")).toBe("The member serves on an open-ended contract.");
    expect(formatTerm({ earliestOf: ["P3Y", { until: "end-of-martial-law" }] }))
      .toBe("The contract runs for three years or until the end of martial law, whichever comes first.");
    expect(formatTerm({ earliestOf: [{ until: "demobilization" }, "P18M", { until: "other", text: "the end of the operation" }] }))
      .toBe("The contract runs until demobilization, for eighteen months or until the end of the operation, whichever comes first.");
  });
});

describe("totality and linear time", () => {
  const finders = [["findClauses", findClauses], ["findContractTerms", findContractTerms]] as const;
  it.each(finders)("%s never throws and keeps the span invariant on any string", (_, find) => {
    for (const unit of ["grapheme", "binary"] as const) {
      fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const found = find(text);
        expect(Array.isArray(found)).toBe(true);
        for (const m of found) expect(isMentionOf(text, m)).toBe(true);
      }));
    }
  });

  it.each(finders)("%s returns nothing for a value that is not a string", (_, find) => {
    for (const bad of [undefined, null, 42, {}, ["six months"]]) expect(find(bad as never)).toEqual([]);
  });

  it.each(finders)("%s never throws on text built from its own cue words", (_, find) => {
    const words = fc.constantFrom("after", "six", "months", "of", "service", "contract", "terminate", "same", "salary", "as", "probation",
      "period", "counter", "reset", "transfer", "until", "the", "end", "mobilisation", "renewed", "for", "to", "three-year", ".", ",", "U.S.", "a", "citizenship");
    fc.assert(fc.property(fc.array(words, { maxLength: 60 }), (ws) => {
      const text = ws.join(" ");
      for (const m of find(text)) expect(isMentionOf(text, m)).toBe(true);
    }));
  });

  const adversarial: [string, (n: number) => string][] = [
    ["clause cues without an end", (n) => repeatTo("terminate the contract after after six ", n)],
    ["one long sentence of clauses", (n) => repeatTo("can end the contract after six months of service, the same salary as soldiers and ", n)],
    ["a single endless word", (n) => "a" + repeatTo("b", n - 7) + "-months"],
    ["hyphen chains", (n) => repeatTo("three-year-", n)],
    ["dots", (n) => repeatTo("U.", n)],
    ["until chains", (n) => repeatTo("contracts until the end of ", n)],
    ["earliest-of lists without a tail", (n) => `${repeatTo("contracts for three years or until the end of the war, ", n - 40)} whichever comes first`],
    ["tails and caps without ends", (n) => repeatTo("contract or whichever comes first but no more than ", n)],
  ];
  for (const [name, make] of adversarial) {
    it.each(finders)(`%s is linear on ${name}`, (_, find) => {
      expectLinear(make, find);
    });
  }
});

const seed = "../shared/seed-article.txt";
describe("the seed article", () => {
  it.runIf(existsSync(seed))("yields its pay parity, termination and reset clauses and its three-year term", () => {
    const text = readFileSync(seed, "utf8");
    const kinds = findClauses(text).map((m) => m.value.kind);
    expect(kinds).toEqual(["payParity", "termination", "eligibility"]);
    expect(findContractTerms(text).map((m) => m.value.term)).toEqual(["P3Y"]);
  });
});
