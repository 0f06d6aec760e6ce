import { describe, expect, it } from "vitest";
import { findPersonDescriptions } from "../../src/personnel/parse.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const read = (text: string) =>
  findPersonDescriptions(text).map((m) => [m.text, m.value.name?.value, m.value.nationalities.map((n) => n.value), m.value.roles.map((r) => r.value), m.value.age?.value]);

describe("a description of several people beside a list of their names", () => {
  it("describes each name listed after it", () => {
    expect(read("Two British volunteers, John Smith and Tom Brown, were killed.")).toEqual([
      ["John Smith", "John Smith", ["GB"], ["volunteer"], undefined],
      ["Tom Brown", "Tom Brown", ["GB"], ["volunteer"], undefined],
    ]);
    expect(read("The three Americans, Pete Reed, Luke Lucyshyn and Ann Bell, were killed.").map((r) => [r[1], r[2]])).toEqual([
      ["Pete Reed", ["US"]], ["Luke Lucyshyn", ["US"]], ["Ann Bell", ["US"]],
    ]);
  });

  it("describes every name of the list, not only the first, when a count opens it", () => {
    // before, only John Smith was British
    expect(read("Two Britons, John Smith, 40, and Tom Brown, 35, were killed.")).toEqual([
      ["John Smith, 40", "John Smith", ["GB"], [], 40],
      ["Tom Brown, 35", "Tom Brown", ["GB"], [], 35],
    ]);
  });

  it("reads civilians' roles beside soldiers' ('British aid worker Paul Urey')", () => {
    expect(read("British aid worker Paul Urey died. A Guardian journalist, Ann Lee, 31, was hurt.")).toEqual([
      ["British aid worker Paul Urey", "Paul Urey", ["GB"], ["aid-worker"], undefined],
      ["journalist, Ann Lee, 31", "Ann Lee", [], ["journalist"], 31],
    ]);
    expect(read("Two British aid workers, Chris Parry and Andrew Bagshaw, were killed.").map((r) => [r[1], r[2], r[3]])).toEqual([
      ["Chris Parry", ["GB"], ["aid-worker"]], ["Andrew Bagshaw", ["GB"], ["aid-worker"]],
    ]);
  });

  it("describes each name listed before 'both' or 'all'", () => {
    expect(read("John Smith and Tom Brown, both British volunteers, were killed.")).toEqual([
      ["John Smith", "John Smith", ["GB"], ["volunteer"], undefined],
      ["Tom Brown", "Tom Brown", ["GB"], ["volunteer"], undefined],
    ]);
  });

  it("lends nothing to one name, across other words, or a part a person already has", () => {
    // one person is described by the apposition of their own
    expect(read("John Smith, a British volunteer, and Tom Brown arrived.")).toEqual([["John Smith, a British volunteer", "John Smith", ["GB"], ["volunteer"], undefined]]);
    // a plural description names a group when no list of names follows
    expect(read("Colombian medics and a French officer arrived.")).toEqual([["French officer", undefined, ["FR"], ["officer"], undefined]]);
    // other words between the description and the names: no apposition
    expect(read("Two British volunteers arrived while John Smith and Tom Brown left.")).toEqual([]);
    // a list of one name is a single person, described by the plural noun no more than before
    expect(read("Two British volunteers, John Smith, were killed.")).toEqual([]);
    // a nationality the person has already is not repeated
    expect(read("Two British volunteers, John Smith, a British medic, and Tom Brown, were killed.").map((r) => [r[1], r[2], r[3]])).toEqual([
      ["John Smith", ["GB"], ["medic", "volunteer"]],
      ["Tom Brown", ["GB"], ["volunteer"]],
    ]);
  });

  it("stays linear on long lists and many appositions", () => {
    expectLinear((n) => repeatTo("Two British volunteers, John Smith, Tom Brown and Ann Bell, and Ivan Petrenko and Olha Bondar, both Ukrainian medics, ", n), (t) => findPersonDescriptions(t));
  });
});
