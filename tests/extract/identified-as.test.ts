import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const people = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.people.map((p) => [
    p.record.name.full, p.unit, p.record.nationalities,
    p.sources.filter((s) => s.path === "$.unit" || s.path.startsWith("$.record.nationalities")).map((s) => [s.text, s.inferred]),
  ]);

describe("people named as the members of the group the sentence before spoke of", () => {
  it("gives them the group's unit and nationality, marked inferred", () => {
    expect(people("Two U.S. citizens serving with the 59th Brigade were killed. They were identified as Daniel Reyes, 31, and Kyle Martin, 26.")).toEqual([
      ["Daniel Reyes", "59th-brigade", ["US"], [["59th Brigade", true], ["U.S. citizens", true]]],
      ["Kyle Martin", "59th-brigade", ["US"], [["59th Brigade", true], ["U.S. citizens", true]]],
    ]);
    expect(people("Two Americans were killed near Bakhmut. They were identified as Daniel Reyes, 31, and Kyle Martin, 26.").map((p) => p[2])).toEqual([["US"], ["US"]]);
    expect(people("Three Colombian volunteers died. The dead were named as Juan Gómez, 30; Luis Mora, 41; and Ana Ruiz, 25.").map((p) => p[2])).toEqual([["CO"], ["CO"], ["CO"]]);
  });

  it("keeps what a person's own description says", () => {
    expect(people("Three foreign volunteers serving with the 59th Brigade were killed. They were identified as Liam Walsh, 34, an Irish citizen, and Mateus Silva, 27.")).toEqual([
      ["Liam Walsh", "59th-brigade", ["IE"], [["Irish citizen", undefined], ["59th Brigade", true]]],
      ["Mateus Silva", "59th-brigade", [], [["59th Brigade", true]]],
    ]);
    expect(people("Two Americans were killed. They were identified as Daniel Reyes, 31, a Canadian, and Kyle Martin, 26.").map((p) => p[2])).toEqual([["CA"], ["US"]]);
  });

  it("gives nothing without a naming sentence right after a group, or with two units", () => {
    // named, but not "identified as": the names need not be the group's
    expect(people("Two Americans were killed near Bakhmut. Daniel Reyes, 31, and Kyle Martin, 26, spoke.").map((p) => p[2])).toEqual([[], []]);
    // the sentence before speaks of no group of people
    expect(people("The 59th Brigade held the line. They were identified as Daniel Reyes, 31, and Kyle Martin, 26.").map((p) => [p[1], p[2]])).toEqual([[undefined, []], [undefined, []]]);
    // a group in two units gives no unit
    expect(people("The 47th Brigade and the 3rd Brigade lost men. They were identified as Daniel Reyes, 31, and Kyle Martin, 26.").map((p) => p[1])).toEqual([undefined, undefined]);
    // "foreign" tells no country
    expect(people("Two foreign volunteers were killed. They were identified as Daniel Reyes, 31, and Kyle Martin, 26.").map((p) => p[2])).toEqual([[], []]);
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("Two U.S. citizens serving with the 59th Brigade were killed. They were identified as Daniel Reyes, 31, and Kyle Martin, 26. ", n), (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
  });
});
