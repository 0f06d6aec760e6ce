import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/common/index.js";
import { copulaAgeAt } from "../../src/extract/copula-ages.js";
import { extractRecords } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const ageIn = (text: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "number");
  const a = copulaAgeAt(tokens, i);
  return a && [a.subject.text, a.age, text.slice(a.start, a.end)];
};
const ages = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.people.map((p) => [p.record.name?.full, p.record.reportedAges.map((a) => a.age)]);

describe("an age told with a copula", () => {
  it("reads 'he was 27', 'she is 27 years old', 'who was 27,'", () => {
    expect(ageIn("He was 27.")).toEqual(["He", 27, "27"]);
    expect(ageIn("she is 27 years old, her mother said")).toEqual(["she", 27, "27 years old"]);
    expect(ageIn("Petrenko, who was 27, died")).toEqual(["who", 27, "27"]);
    expect(ageIn("He was 27 and had two children")).toEqual(["He", 27, "27"]);
    for (const text of ["He was 1 of 27 killed.", "He was 27th on the list.", "It was 27 km away.", "He was 270.", "He was 27 km away.", "They were 27.", "27"]) {
      expect(ageIn(text), text).toBeUndefined();
    }
  });

  it("gives the age to the one person it can be about", () => {
    expect(ages("Private Ivan Petrenko joined the battalion in 2023. He was 27.")).toEqual([["Ivan Petrenko", [27]]]);
    expect(ages("Private Ivan Petrenko, who was 27, died in May.")).toEqual([["Ivan Petrenko", [27]]]);
    expect(ages("Private Ivan Petrenko died in May. His brother said he was 27 years old.")).toEqual([["Ivan Petrenko", [27]]]);
    expect(ages("Private Ivan Petrenko died in May. Sergeant Oleh Bondar said he was 27.")).toEqual([["Ivan Petrenko", []], ["Oleh Bondar", [27]]]);
    const source = extractRecords("Private Ivan Petrenko died in May. He was 27.", { referenceDate: "2025-06-01" }).records.people[0]?.sources.find((s) => s.path === "$.record.reportedAges[0]");
    expect(source?.text).toBe("27");
  });

  it("gives no age when it may be someone else's, of another time, or contradicts the text", () => {
    expect(ages("Private Ivan Petrenko and Oleh Bondar died in May. He was 27.")).toEqual([["Ivan Petrenko", []]]);
    expect(ages("Private Ivan Petrenko and Sergeant Oleh Bondar died in May. He was 27.")).toEqual([["Ivan Petrenko", []], ["Oleh Bondar", []]]);
    expect(ages("Private Ivan Petrenko died in May. He was 27 when he enlisted.")).toEqual([["Ivan Petrenko", []]]);
    expect(ages("Private Ivan Petrenko, 27, died in May. He was 28.")).toEqual([["Ivan Petrenko", [27]]]);
    expect(ages("Private Ivan Petrenko died in May. Rain fell. He was 27.")).toEqual([["Ivan Petrenko", []]]);
    // without a date to hold it against, an age is no fact about the person
    expect(extractRecords("Private Ivan Petrenko died in May. He was 27.").records.people[0]?.record.reportedAges).toEqual([]);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), fc.nat(20), (text, i) => {
      copulaAgeAt(tokenize(text), i);
    }));
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("Private Ivan Petrenko died in May. He was 27. Sergeant Oleh Bondar, who was 31, said he was 31. ", n), (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
    // one endless sentence of people and ages
    expectLinear((n) => repeatTo("Sergeant Oleh Bondar, who was 31, said he was 31, and ", n), (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
  });
});
