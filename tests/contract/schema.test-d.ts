import { describe, expectTypeOf, it } from "vitest";
import type { Clause, Contract, EarliestOfTerm, EventTerm, Mention, Term } from "../../src/index.js";
import { canTerminate, findClauses, type DateAnswer } from "../../src/contract/index.js";

describe("contract types", () => {
  it("narrows a clause on kind", () => {
    expectTypeOf<Extract<Clause, { kind: "termination" }>["minService"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Clause, { kind: "eligibility" }>["requiredService"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Clause, { kind: "payParity" }>>().toHaveProperty("with");
  });
  it("keeps records plain JSON: dates and lengths are strings", () => {
    expectTypeOf<Contract["start"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<"indefinite">().toExtend<Term>();
    expectTypeOf<EarliestOfTerm>().toExtend<Term>();
    expectTypeOf<EarliestOfTerm["earliestOf"][number]>().toEqualTypeOf<string | EventTerm>();
  });
  it("answers in three values and dates or ranges", () => {
    expectTypeOf(canTerminate).returns.toHaveProperty("allowed").toEqualTypeOf<boolean | "unknown">();
    expectTypeOf(canTerminate).returns.toHaveProperty("from").toEqualTypeOf<DateAnswer | "never">();
    expectTypeOf(findClauses).returns.toEqualTypeOf<Mention<Clause>[]>();
  });
});
