import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { wholeOfPart } from "../../src/extract/partitives.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const events = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.units.flatMap((u) => u.events.map((e) => {
    const { source: _, ...rest } = e;
    return rest;
  }));
const at = (text: string, unit: string) => wholeOfPart(text, text.indexOf(unit));

describe("a unit written as the whole of an unnamed part", () => {
  it("reads a count, an article or a plural before an echelon word and 'of (the)'", () => {
    expect(at("Two battalions of the 72nd Brigade", "72nd")).toBe(true);
    expect(at("a company of the 3rd Battalion", "3rd")).toBe(true);
    expect(at("A battery of 45th Artillery Brigade", "45th")).toBe(true);
    expect(at("units of the 20th Army", "20th")).toBe(true);
    expect(at("two detachments of the 1st Corps", "1st")).toBe(true);
    // people, a role or an act of the unit are no part of it
    expect(at("Soldiers of the 3rd Battalion", "3rd")).toBe(false);
    expect(at("troops of the 3rd Battalion", "3rd")).toBe(false);
    expect(at("the commander of the 72nd Brigade", "72nd")).toBe(false);
    expect(at("the creation of the 3rd Battalion", "3rd")).toBe(false);
    expect(at("became part of the 47th Brigade", "47th")).toBe(false);
    // above a corps the words name authority or ground
    expect(at("placed under the command of the 92nd Brigade", "92nd")).toBe(false);
    expect(at("the front of the 3rd Army", "3rd")).toBe(false);
    expect(at("two battalions of\nthe 72nd Brigade", "72nd")).toBe(true);
    expect(at("72nd Brigade", "72nd")).toBe(false);
  });

  it("gives the whole no event of its part", () => {
    expect(events("Four battalions of the 38th Brigade were disbanded in 2024.")).toEqual([]);
    expect(events("Three companies of the 1st Battalion were disbanded in May 2025.")).toEqual([]);
    expect(events("A battalion of the 22nd Brigade was reassigned to the 24th Brigade in 2024.")).toEqual([]);
    expect(events("Two battalions of the 38th Brigade were formed in 2024.")).toEqual([]);
    // nor does a unit after the cue take it instead
    expect(events("Four battalions of the 38th Brigade were disbanded in 2024, the 47th Brigade said.")).toEqual([]);
  });

  it("leaves a named chain, people moved, a target and a later 'its' as they were", () => {
    expect(events("The 1st Battalion of the 72nd Brigade was disbanded in 2024.")).toEqual([{ kind: "dissolved", date: "2024", unit: "1st-battalion" }]);
    expect(events("Soldiers of the 3rd Battalion were transferred to the 47th Brigade in 2024.")).toEqual([
      { kind: "transferred", date: "2024", from: "3rd-battalion", to: "47th-brigade" },
    ]);
    expect(events("In 2024, the 3rd Battalion became part of the 47th Brigade.")).toEqual([
      { kind: "resubordinated", date: "2024", unit: "3rd-battalion", to: "47th-brigade" },
    ]);
    // "the battalion of …" still points back at the battalion named before
    expect(events("The 3rd Battalion fought. The battalion of the 72nd Brigade was disbanded in 2024.")).toEqual([{ kind: "dissolved", date: "2024", unit: "3rd-battalion" }]);
    const people = extractRecords("Two battalions of the 72nd Brigade withdrew. Its commander, Col. Ivan Bondar, said the line held.", { referenceDate: "2025-06-01" }).records.people;
    expect(people.map((p) => p.unit)).toEqual(["72nd-brigade"]);
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("two battalions of the 72nd Brigade were disbanded in 2024 and ", n), (s) => extractRecords(s));
  });
});
