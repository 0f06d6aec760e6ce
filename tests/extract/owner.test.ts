import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { ownerUnit, type WrittenUnit } from "../../src/extract/owner.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const unitOf = (text: string) => {
  const x = extractRecords(text, { referenceDate: "2025-01-01" });
  return x.records.people.map((p) => [p.record.name.full, p.unit, p.sources.filter((s) => s.path === "$.unit").map((s) => [s.text, s.inferred])]);
};

describe("a person's unit through a possessive", () => {
  it("'Its commander' takes the unit named before, across a title's period", () => {
    expect(unitOf("The 47th Mechanized Brigade was formed in 2023. Its commander, Col. Ivan Bondar, 45, said the brigade held. Its spokesman Oleh Kim agreed.")).toEqual([
      ["Ivan Bondar", "47th-mechanized-brigade", [["Its", true]]],
      ["Oleh Kim", "47th-mechanized-brigade", [["Its", true]]],
    ]);
  });

  it("'Its' opening a sentence takes the subject of the sentence before; inside a sentence, the unit named last", () => {
    expect(unitOf("The 47th Brigade fought near Avdiivka alongside the 3rd Brigade. Its commander, Col. Ivan Bondar, said the line held.")).toEqual([
      ["Ivan Bondar", "47th-brigade", [["Its", true]]],
    ]);
    expect(unitOf("The 47th Brigade fought beside the 3rd Brigade, and its commander, Col. Ivan Bondar, spoke.")).toEqual([
      ["Ivan Bondar", "3rd-brigade", [["its", true]]],
    ]);
  });

  it("'its' after a reporting verb or 'according to' takes the sentence's subject, as does one of the first sentence", () => {
    expect(unitOf("The 47th Brigade held the line beside the 3rd Brigade, according to its commander, Col. Ivan Bondar.")).toEqual([
      ["Ivan Bondar", "47th-brigade", [["its", true]]],
    ]);
    expect(unitOf("Rain fell. The 47th Brigade held beside the 3rd Brigade, said its commander, Col. Ivan Bondar.")).toEqual([
      ["Ivan Bondar", "47th-brigade", [["its", true]]],
    ]);
    expect(unitOf("The 47th Brigade was formed in 2022. The brigade fought beside the 3rd Brigade, according to its spokesman, Oleh Kim.")).toEqual([
      ["Oleh Kim", "47th-brigade", [["its", true]]],
    ]);
    // not a reporting verb: the unit named last
    expect(unitOf("The 47th Brigade relieved the 3rd Brigade, joined its commander, Col. Ivan Bondar, and left.")).toEqual([
      ["Ivan Bondar", "3rd-brigade", [["its", true]]],
    ]);
  });

  it("'Its' after a sentence that opens with 'The brigade' takes the brigade that noun points back at", () => {
    expect(unitOf("The 47th Brigade fought near Avdiivka. The brigade, formed in 2022, is part of the 10th Army Corps. Its commander, Col. Ivan Bondar, spoke.")).toEqual([
      ["Ivan Bondar", "47th-brigade", [["Its", true]]],
    ]);
    expect(unitOf("The 47th Brigade fought near Avdiivka. The unit is part of the 10th Army Corps. Its commander, Col. Ivan Bondar, spoke.")).toEqual([
      ["Ivan Bondar", "47th-brigade", [["Its", true]]],
    ]);
    // a subject that points back at no unit named owns nothing, not the corps after it
    expect(unitOf("The brigade, formed in 2022, is part of the 10th Army Corps. Its commander, Col. Ivan Bondar, spoke.")).toEqual([["Ivan Bondar", undefined, []]]);
  });

  it("'the battalion's' takes the last battalion; 'the 47th Brigade's' the designation itself", () => {
    expect(unitOf("The 47th Brigade and the 3rd Battalion held. The battalion's commander, Lt. Col. Ann Reid, spoke.")).toEqual([
      ["Ann Reid", "3rd-battalion", [["The battalion's", true]]],
    ]);
    expect(unitOf("The 47th Brigade's spokesman, Oleh Kim, spoke.")).toEqual([["Oleh Kim", "47th-brigade", [["47th Brigade's", true]]]]);
  });

  it("takes no unit when a country stands nearer, none is named, or it is three sentences back", () => {
    expect(unitOf("The 47th Brigade fought. Later, Ukraine and its president, Volodymyr Zelensky, spoke.")).toEqual([["Volodymyr Zelensky", undefined, []]]);
    expect(unitOf("Russia sent troops. Its defence minister, Andrei Belousov, spoke.")).toEqual([["Andrei Belousov", undefined, []]]);
    expect(unitOf("The 47th Brigade fought. Rain fell. Roads flooded. Its commander, Col. Ivan Bondar, spoke.")).toEqual([["Ivan Bondar", undefined, []]]);
    // the company's commander: no company was named
    expect(unitOf("The 47th Brigade fought. The company's commander, Col. Ivan Bondar, spoke.")).toEqual([["Ivan Bondar", undefined, []]]);
  });

  it("takes the possessive before a role in apposition after the name", () => {
    expect(unitOf("The 47th Brigade and the 2nd Battalion held. They may leave, said Capt. Andriy Koval, the battalion's deputy commander.")).toEqual([
      ["Andriy Koval", "2nd-battalion", [["the battalion's", true]]],
    ]);
    // a possessive that points back at no unit named places no one
    expect(unitOf("The 47th Brigade held. They may leave, said Capt. Andriy Koval, the company's deputy commander.")).toEqual([["Andriy Koval", undefined, []]]);
  });

  it("keeps a unit the description names itself", () => {
    expect(unitOf("The 47th Brigade fought. Its medic Ann Reid, who serves with the 3rd Battalion, spoke.")).toEqual([
      ["Ann Reid", "3rd-battalion", [["3rd Battalion", undefined]]],
    ]);
  });
});

describe("ownerUnit", () => {
  const brigade: WrittenUnit = { key: "b", start: 4, end: 16, designation: { types: [], qualifiers: [], number: 47, echelon: "brigade" } };
  it("never throws and answers only with a unit before the offset", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(100), fc.nat(100), (text, offset, floor) => {
        const found = ownerUnit(text, offset, [brigade], floor);
        if (found !== undefined) expect(found.unit.end).toBeLessThanOrEqual(offset);
      }),
    );
  });

  it("is linear in a report of one long sentence", () => {
    expectLinear((n) => repeatTo("the 3rd Battalion and its medic Ann Reid, and ", n), (t) => extractRecords(t));
  });
});
