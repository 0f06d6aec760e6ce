import { describe, expect, it } from "vitest";
import { ContractSchema } from "../../src/contract/schema.js";
import { extractRecords, formatExtraction } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const contracts = (text: string) =>
  extractRecords(text, { referenceDate: "2026-03-10" }).records.contracts.map((c) => {
    const { id, person, employer, term, signed } = c.record;
    return { id, person, employer, term, ...(signed === undefined ? {} : { signed }) };
  });

describe("contracts one person signed", () => {
  it("gives a term one person signed to that person, dated by the sentence, beside the report's regime", () => {
    const text = "Volunteers of the International Legion sign three-year contracts. Juan Rojas, 38, a Colombian volunteer, said he signed a six-month contract in August 2025.";
    expect(contracts(text)).toEqual([
      { id: "contract-1", person: "foreign-volunteers", employer: { unit: "international-legion" }, term: "P3Y" },
      { id: "contract-2", person: "juan-rojas", employer: { unit: "international-legion" }, term: "P6M", signed: "2025-08" },
    ]);
    const x = extractRecords(text);
    const sources = x.records.contracts[1]?.sources.map((s) => [s.path, s.text, s.inferred ?? false]);
    expect(sources).toEqual([
      ["$.record.person", "he", true], ["$.record.employer", "International Legion", false], ["$.record.term", "six-month contract", false], ["$.record.signed", "August 2025", false],
    ]);
    for (const c of x.records.contracts) expect(ContractSchema.safeParse(c.record).success).toBe(true);
  });

  it("reads the person from a name, a description's closing comma or a surname, and the date that opens the sentence", () => {
    expect(contracts("In May 2024, Ola Berg, 30, signed a contract for three years with the 47th Brigade.")).toEqual([
      { id: "contract-1", person: "ola-berg", employer: { unit: "47th-brigade" }, term: "P3Y", signed: "2024-05" },
    ]);
    // the contract domain's words for a contract, "enlistment" among them
    expect(contracts("Ola Berg, 30, joined the 47th Brigade. She signed a three-year enlistment in May 2024.").map((c) => [c.person, c.term, c.signed])).toEqual([["ola-berg", "P3Y", "2024-05"]]);
    expect(contracts("Ola Berg, 30, joined the 47th Brigade. Berg had signed a six-month contract on June 3, 2024.")).toEqual([
      { id: "contract-1", person: "ola-berg", employer: { unit: "47th-brigade" }, term: "P6M", signed: "2024-06-03" },
    ]);
    // the person's own unit employs them when the sentence names none; "last month" dates it, inferred
    const x = extractRecords("The 47th Brigade fought. Ola Berg, 30, joined its 2nd Battalion. She signed a six-month contract last month.", { referenceDate: "2026-03-10" });
    expect(x.records.contracts.map((c) => [c.record.person, c.record.employer, c.record.signed])).toEqual([["ola-berg", { unit: "2nd-battalion" }, "2026-02"]]);
    expect(x.records.contracts[0]?.sources.find((s) => s.path === "$.record.signed")).toMatchObject({ text: "last month", inferred: true });
  });

  it("takes a term 'he' signed for no one's when 'he' is not clear, and a plural subject's for the regime", () => {
    expect(contracts("Ola Berg, 30, and Ivan Petrenko, 41, joined the 47th Brigade. He signed a six-month contract.")).toEqual([]);
    expect(contracts("The 47th Brigade took in volunteers. He signed a six-month contract in May 2024.")).toEqual([]);
    expect(contracts("Volunteers signed three-year contracts with the 47th Brigade.")).toEqual([
      { id: "contract-1", person: "service-members", employer: { unit: "47th-brigade" }, term: "P3Y" },
    ]);
    // a term not signed, or signed by no contract's words, stays the regime's
    expect(contracts("Ola Berg, 30, joined the 47th Brigade. She serves under a six-month contract.").map((c) => c.person)).toEqual(["service-members"]);
    expect(contracts("Ola Berg, 30, joined the 47th Brigade. She signed a letter. Contracts run for three years.").map((c) => c.person)).toEqual(["service-members"]);
  });

  it("keeps the term of 'Like most of the company, he signed …' for the group as well, and prints who signed when", () => {
    const text = "Jonah Reyes, 29, joined the 47th Brigade in 2024. Like most of the brigade, he signed a two-year contract in May 2024.";
    expect(contracts(text)).toEqual([
      { id: "contract-1", person: "service-members", employer: { unit: "47th-brigade" }, term: "P2Y" },
      { id: "contract-2", person: "jonah-reyes", employer: { unit: "47th-brigade" }, term: "P2Y", signed: "2024-05" },
    ]);
    const printed = formatExtraction(extractRecords(text));
    expect(printed).toContain("Jonah Reyes: contract with 47th Brigade, signed 2024-05, term P2Y");
    expect(printed).toMatch(/2024-05 +Jonah Reyes signed a contract/);
  });

  it("runs in linear time on many signing sentences, and many that name a ministry bare", () => {
    expectLinear(
      (n) => "The 47th Brigade fought. " + repeatTo("Ola Berg, 30, said she signed a six-month contract in May 2024, and he signed a contract. Recruits sign one-year contracts with the Defence Ministry. ", n),
      (t) => extractRecords(t),
    );
  });
});
