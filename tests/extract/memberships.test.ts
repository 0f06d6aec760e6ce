import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const edges = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.units.flatMap((u) => u.subordination.map((e) => [e.child, e.parent, e.relation]));
const events = (text: string) => extractRecords(text, { referenceDate: "2025-06-01" }).records.units.flatMap((u) => u.events.map((e) => e.kind));

describe("standing subordination", () => {
  it("reads 'is part of', 'is subordinated to' and 'is attached to'", () => {
    expect(edges("The 331st Guards Parachute Regiment is part of the 98th Guards Airborne Division.")).toEqual([
      ["331st-guards-parachute-regiment", "98th-guards-airborne-division", "organic"],
    ]);
    expect(edges("The 1430th Motorized Rifle Regiment is subordinated to the 3rd Motorized Rifle Division.")).toEqual([
      ["1430th-motorized-rifle-regiment", "3rd-motorized-rifle-division", "organic"],
    ]);
    expect(edges("The 3rd Battalion is attached to the 47th Brigade.")).toEqual([["3rd-battalion", "47th-brigade", "attached"]]);
    expect(edges("Since 2024, the 3rd Battalion has been part of the 47th Brigade.")).toEqual([["3rd-battalion", "47th-brigade", "organic"]]);
    // a named parent of no echelon: a district, a service
    expect(edges("The 8th Guards Combined Arms Army is part of the Southern Military District.")).toEqual([
      ["8th-guards-combined-arms-army", "southern-military-district", "organic"],
    ]);
    expect(edges("The Azov Brigade is part of the National Guard of Ukraine.")).toEqual([["azov-brigade", "national-guard-of-ukraine", "organic"]]);
  });

  it("reads an apposition, a relative clause and 'as part of'", () => {
    expect(edges("The 1009th Motorized Rifle Regiment, part of the 2nd Combined Arms Army, was seen near Novohrodivka.")).toEqual([
      ["1009th-motorized-rifle-regiment", "2nd-combined-arms-army", "organic"],
    ]);
    expect(edges("The 3rd Battalion, which is now part of the 47th Brigade, held the line.")).toEqual([["3rd-battalion", "47th-brigade", "organic"]]);
    expect(edges("Elements of the 11th Army Corps, subordinated to the Leningrad Military District, attacked.")).toEqual([
      ["11th-army-corps", "leningrad-military-district", "organic"],
    ]);
    expect(edges("The 18th Guards Motorized Rifle Division was formed in 2023 as part of the 18th Combined Arms Army.")).toEqual([
      ["18th-guards-motorized-rifle-division", "18th-combined-arms-army", "organic"],
    ]);
    expect(events("The 18th Guards Motorized Rifle Division was formed in 2023 as part of the 18th Combined Arms Army.")).toEqual(["established"]);
  });

  it("reads 'under the command of', 'under the operational control of' and 'operates within'", () => {
    expect(edges("The 3rd Battalion is under the command of the 47th Brigade.")).toEqual([["3rd-battalion", "47th-brigade", "organic"]]);
    expect(edges("The 3rd Battalion, under the command of the 47th Brigade, held the line.")).toEqual([["3rd-battalion", "47th-brigade", "organic"]]);
    expect(edges("The 3rd Battalion operates under the operational control of the 10th Army Corps.")).toEqual([["3rd-battalion", "10th-army-corps", "opcon"]]);
    expect(edges("The 3rd Battalion is under tactical control of the 47th Brigade.")).toEqual([["3rd-battalion", "47th-brigade", "tacon"]]);
    expect(edges("The 3rd Battalion, which operates within the 47th Brigade, held the line.")).toEqual([["3rd-battalion", "47th-brigade", "organic"]]);
    // a person, a place, the past, a change, the wrong way round: no standing edge
    expect(edges("The 3rd Battalion is under the command of Colonel Ivan Petrenko of the 47th Brigade.")).toEqual([]);
    expect(edges("The 3rd Battalion moved within the 47th Brigade's sector.")).toEqual([]);
    expect(edges("The 3rd Battalion fought within sight of the 47th Brigade.")).toEqual([]);
    expect(edges("The 3rd Battalion was under the command of the 47th Brigade until 2023.")).toEqual([]);
    expect(edges("The 47th Brigade is under the command of the 3rd Battalion.")).toEqual([]);
    expect(edges("In 2024 the 3rd Battalion was placed under the command of the 47th Brigade.")).toEqual([]);
    expect(events("In 2024 the 3rd Battalion was placed under the command of the 47th Brigade.")).toEqual(["resubordinated"]);
  });

  it("reads a unit after a possessive that points back at a larger unit as part of it", () => {
    expect(edges("The 47th Brigade said on Tuesday that its 2nd Battalion had been withdrawn.")).toEqual([["2nd-battalion", "47th-brigade", "organic"]]);
    expect(edges("The 47th Brigade fought near Avdiivka. Its 2nd and 3rd Battalions were withdrawn in May.")).toEqual([
      ["2nd-battalion", "47th-brigade", "organic"], ["3rd-battalion", "47th-brigade", "organic"],
    ]);
    expect(edges("The 47th Brigade fought near Avdiivka. The brigade's 3rd Company held.")).toEqual([["3rd-company", "47th-brigade", "organic"]]);
    // "the brigade's" reaches back past the sentences "its" may reach; "the unit's" does not
    const between = " Volunteers said pay came late. They asked for more. Some went home.";
    expect(edges(`The 47th Brigade fought near Avdiivka.${between} Rojas served with the brigade's 1st Assault Battalion.`)).toEqual([
      ["1st-assault-battalion", "47th-brigade", "organic"],
    ]);
    expect(edges(`The 47th Brigade fought near Avdiivka.${between} Its 2nd Battalion held.`)).toEqual([]);
    expect(edges(`The 47th Brigade fought near Avdiivka.${between} The unit's 2nd Battalion held.`)).toEqual([]);
    expect(edges("The 47th Brigade fought. The 3rd Battalion held. The battalion's 2nd Company fell back.")).toEqual([["2nd-company", "3rd-battalion", "organic"]]);
    // "the army's" names the last army-sized unit, and "the corps'" is a possessive too
    expect(edges("Russia's 1st Guards Tank Army fought. Men were attached to the army's 2nd Guards Motor Rifle Division.")).toEqual([
      ["2nd-guards-motor-rifle-division", "1st-guards-tank-army", "organic"],
    ]);
    expect(edges("The Ukrainian army took over. The army's 47th Brigade held.")).toEqual([]);
    expect(edges("The 3rd Army Corps took over. The corps' 47th Brigade held.")).toEqual([["47th-brigade", "3rd-army-corps", "organic"]]);
    // a country, a smaller owner, a unit handed on
    expect(edges("Ukraine and its 47th Brigade held.")).toEqual([]);
    expect(edges("The 2nd Battalion said its 47th Brigade was gone.")).toEqual([]);
    expect(edges("The 47th Brigade handed its 2nd Battalion to the 3rd Corps in 2024.")).toEqual([]);
    expect(edges("The 47th Brigade handed its 2nd Battalion over to the 3rd Corps.")).toEqual([]);
  });

  it("gives every unit of a list its parent, and reads 'includes' the other way round", () => {
    expect(edges("The 33rd and 47th Brigades are part of the 9th Corps.")).toEqual([["33rd-brigade", "9th-corps", "organic"], ["47th-brigade", "9th-corps", "organic"]]);
    expect(edges("The 9th Corps includes the 33rd, 47th and 93rd Brigades.")).toEqual([
      ["33rd-brigade", "9th-corps", "organic"], ["47th-brigade", "9th-corps", "organic"], ["93rd-brigade", "9th-corps", "organic"],
    ]);
  });

  it("reads no link under a negation, in the past, as a change, the wrong way round, or to a place", () => {
    expect(edges("The 3rd Battalion is not part of the 47th Brigade.")).toEqual([]);
    expect(edges("The 3rd Battalion is no longer part of the 47th Brigade.")).toEqual([]);
    expect(edges("The 3rd Battalion was part of the 47th Brigade.")).toEqual([]);
    expect(edges("The 3rd Battalion had been part of the 47th Brigade since 2009.")).toEqual([]);
    expect(edges("The 47th Brigade is part of the 3rd Battalion.")).toEqual([]);
    expect(edges("The 3rd Battalion is attached to the 47th Brigade's sector.")).toEqual([]);
    expect(edges("It is part of the 47th Brigade. The 3rd Battalion is part of the brigade.")).toEqual([]);
    expect(edges("The 47th Brigade fought alongside the 3rd Battalion as part of a counteroffensive.")).toEqual([]);
    // a part of a unit is not the unit: "two battalions of the 72nd Brigade"
    expect(edges("Two battalions of the 72nd Brigade are attached to the 93rd Brigade.")).toEqual([]);
    // a change with its date is an event, not a standing edge
    expect(edges("In 2024, the 3rd Battalion became part of the 47th Brigade.")).toEqual([]);
    expect(events("In 2024, the 3rd Battalion became part of the 47th Brigade.")).toEqual(["resubordinated"]);
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("The 3rd Battalion, which is now part of the 47th Brigade, held. The 1st and 2nd Battalions are part of the 9th Corps, which includes the 5th Brigade. ", n), (s) => extractRecords(s));
  });
});
