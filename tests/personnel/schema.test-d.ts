import { describe, expectTypeOf, it } from "vitest";
import type { Mention, PartialDate } from "../../src/common/index.js";
import type { PersonDescription } from "../../src/personnel/description.js";
import type { PersonIssue, ServiceHistoryIssue } from "../../src/personnel/rules.js";
import type { Alias, Person, Role } from "../../src/personnel/schema.js";

describe("personnel types", () => {
  it("every part of a description is a Mention", () => {
    expectTypeOf<PersonDescription["aliases"]>().toEqualTypeOf<readonly Mention<Alias>[]>();
    expectTypeOf<NonNullable<PersonDescription["age"]>>().toEqualTypeOf<Mention<number>>();
    expectTypeOf<PersonDescription["roles"][number]["value"]>().toEqualTypeOf<Role>();
  });

  it("issues narrow by code", () => {
    expectTypeOf<Extract<ServiceHistoryIssue, { code: "date_order" }>["from"]>().toEqualTypeOf<PartialDate>();
    expectTypeOf<Extract<ServiceHistoryIssue, { code: "overlap" }>["otherPath"]>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<PersonIssue["code"]>().toEqualTypeOf<"schema" | "age_conflict" | "territory_mismatch">();
  });

  it("parsed persons have their arrays", () => {
    expectTypeOf<Person["aliases"]>().toEqualTypeOf<{ value: string; kind: "nom-de-guerre" | "call-sign" | "nickname" | "pseudonym" }[]>();
  });
});
