import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const unitOf = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.people.map((p) => [p.record.name.full, p.unit, p.sources.filter((s) => s.path === "$.unit").map((s) => s.text)]);

describe("people a sentence opens with, placed by its verb", () => {
  it("places every person of the subject in the unit after 'served with' or 'fought in'", () => {
    expect(unitOf("Daniel Reyes, 31, of San Antonio, Texas, and Kyle Martin, 26, a former Marine from Ohio, served with the International Legion's 2nd Battalion.")).toEqual([
      ["Daniel Reyes", "2nd-battalion", ["International Legion's 2nd Battalion"]], ["Kyle Martin", "2nd-battalion", ["International Legion's 2nd Battalion"]],
    ]);
    expect(unitOf("Sgt. Ivan Petrenko, a medic, had served with the 47th Brigade since 2022.")).toEqual([["Ivan Petrenko", "47th-brigade", ["47th Brigade"]]]);
    expect(unitOf("In 2023, Sgt. Ivan Petrenko, a medic, and Lt. Oleh Bondar, 26, fought in the 3rd Battalion.").map((p) => p[1])).toEqual(["3rd-battalion", "3rd-battalion"]);
  });

  it("places the subject of 'led', 'commands' or 'joined' in the unit that is its object", () => {
    expect(unitOf("Mikko Laine, 41, a former sergeant in the Finnish Defence Forces, has led the 2nd Assault Company of the 3rd Separate Assault Brigade since June 2024.")).toEqual([
      ["Mikko Laine", "2nd-assault-company", ["2nd Assault Company of the 3rd Separate Assault Brigade"]],
    ]);
    expect(unitOf("In 2022, Kyle Martin, 26, a former Marine, joined the International Legion.").map((p) => p[1])).toEqual(["international-legion"]);
    // the unit must be the verb's object
    expect(unitOf("Kyle Martin, 26, a former Marine, joined the fight beside the 3rd Brigade.").map((p) => p[1])).toEqual([undefined]);
    expect(unitOf("Col. Ivan Bondar, 45, a veteran, led troops of the 47th Brigade.").map((p) => p[1])).toEqual([undefined]);
  });

  it("takes a surname that opens the sentence for the one person named before with it, and the unit after an owner", () => {
    expect(unitOf("Juan Rojas, 38, a Colombian volunteer, arrived in May. Rojas served with the 47th Brigade's 2nd Battalion.")).toEqual([
      ["Juan Rojas", "2nd-battalion", ["47th Brigade's 2nd Battalion"]],
    ]);
    expect(unitOf("The 47th Brigade took in volunteers. Juan Rojas, 38, arrived. He fought near Bakhmut. Rojas served with its 2nd Battalion.").map((p) => p[1])).toEqual(["2nd-battalion"]);
    expect(unitOf("The 47th Brigade took in volunteers. Juan Rojas, 38, arrived in May. Rojas joined the brigade's 1st Assault Battalion.").map((p) => p[1])).toEqual(["1st-assault-battalion"]);
    expect(unitOf("Juan Rojas, 38, arrived. Rojas had fought in the 3rd Battalion.").map((p) => p[1])).toEqual(["3rd-battalion"]);
    // two people named before share it, or it names no one before, or it is not the subject
    expect(unitOf("Ivan Petrenko, 30, and Olena Petrenko, 28, arrived. Petrenko joined the 1st Battalion.").map((p) => p[1])).toEqual([undefined, undefined]);
    expect(unitOf("Rojas joined the 1st Battalion. Juan Rojas, 38, arrived.").map((p) => p[1])).toEqual([undefined]);
    expect(unitOf("Juan Rojas, 38, arrived. Rojas said he joined the 1st Battalion.").map((p) => p[1])).toEqual([undefined]);
    expect(unitOf("Juan Rojas, 38, arrived. Rojas met Lt. Oleh Bondar, 26, who served with the 47th Brigade.").map((p) => p[1])).toEqual([undefined, "47th-brigade"]);
  });

  it("places people who served with an unnamed part of a unit in that unit", () => {
    expect(unitOf("Daniel Price, 34, of Plymouth, and Sam Ellis, 27, of Leeds, served with a unit of the International Legion attached to the 47th Brigade.")).toEqual([
      ["Daniel Price", "international-legion", ["International Legion"]], ["Sam Ellis", "international-legion", ["International Legion"]],
    ]);
    expect(unitOf("Sgt. Ivan Petrenko, 30, fought in a company of the 47th Brigade.").map((p) => p[1])).toEqual(["47th-brigade"]);
    // a part that is no unit's
    expect(unitOf("Sgt. Ivan Petrenko, 30, fought in a war of attrition beside the 47th Brigade.").map((p) => p[1])).toEqual([undefined]);
  });

  it("gives the unit after 'both of' or 'all of' to every person listed before it", () => {
    expect(unitOf("Two soldiers, Spc. Dana Ortiz, 24, and Pfc. Leo Grant, 20, both of the 1st Battalion, 502nd Infantry Regiment, were wounded.")).toEqual([
      ["Dana Ortiz", "1st-battalion", ["1st Battalion, 502nd Infantry Regiment"]], ["Leo Grant", "1st-battalion", ["1st Battalion, 502nd Infantry Regiment"]],
    ]);
    expect(unitOf("Sgt. Ann Reid, 30, Spc. Dana Ortiz, 24, and Pfc. Leo Grant, 20, all of the 1st Battalion, were hurt.").map((p) => p[1])).toEqual(["1st-battalion", "1st-battalion", "1st-battalion"]);
    // without "both", the unit is the last person's
    expect(unitOf("Spc. Dana Ortiz, 24, met Pfc. Leo Grant, 20, of the 1st Battalion.").map((p) => p[1])).toEqual([undefined, "1st-battalion"]);
  });

  it("places no one who is not the subject of the verb", () => {
    expect(unitOf("Sgt. Ivan Petrenko said soldiers who served with the 47th Brigade were brave.")).toEqual([["Ivan Petrenko", undefined, []]]);
    expect(unitOf("Sgt. Ivan Petrenko told Lt. Oleh Bondar he served with the 47th Brigade.")).toEqual([["Ivan Petrenko", undefined, []], ["Oleh Bondar", undefined, []]]);
    expect(unitOf("Sgt. Ivan Petrenko fought alongside the 3rd Battalion.")).toEqual([["Ivan Petrenko", undefined, []]]);
    expect(unitOf("Sgt. Ivan Petrenko met Lt. Oleh Bondar, 26, who served with the 47th Brigade.").map((p) => p[1])).toEqual([undefined, "47th-brigade"]);
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("Daniel Reyes, 31, and Kyle Martin, 26, a former Marine, served with the 2nd Battalion. ", n), (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
    // one endless sentence of people, each "both of" a unit
    expectLinear((n) => `${repeatTo("Spc. Dana Ortiz, 24, and Pfc. Leo Grant, 20, both of the 1st Battalion, ", n)}were hurt.`, (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
    // many dates, and sentences whose first description stands late
    expectLinear((n) => repeatTo("On March 3, 2025, in 2024 and on May 1, Sgt. Ivan Petrenko, a medic, fought in the 3rd Battalion. Later Lt. Oleh Bondar, 26, said so. ", n), (s) => extractRecords(s, { referenceDate: "2025-06-01" }));
  });
});
