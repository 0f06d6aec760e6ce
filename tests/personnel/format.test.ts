import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { armedServiceArbitrary, personArbitrary, rankArbitrary } from "../../src/personnel/arbitraries.js";
import { describePerson, personFromDescription, statedAge } from "../../src/personnel/format.js";
import { parsePersonDescription } from "../../src/personnel/parse.js";
import { PersonSchema, type Person } from "../../src/personnel/schema.js";
import { validatePerson } from "../../src/personnel/rules.js";

const person = (over: Partial<z.input<typeof PersonSchema>>): Person => PersonSchema.parse({ id: "p", name: { full: "Karl" }, ...over });

describe("describePerson", () => {
  it("writes the shapes reports use", () => {
    expect(describePerson(person({ reportedAges: [{ age: 53, asOf: "2025-12-31" }], nationalities: ["US"], roles: ["combat-medic"] })))
      .toBe("Karl, a 53-year-old American combat medic");
    expect(describePerson(person({ name: { full: "Bjorn Kallsoy" }, aliases: [{ value: "Viking", kind: "nom-de-guerre" }] })))
      .toBe("Bjorn Kallsoy, known by the nom de guerre “Viking”");
    expect(describePerson(person({ name: { full: "Hilbert Caesar" }, reportedAges: [{ age: 26, asOf: "2025" }] }), { rank: "staff-sergeant", service: "army" }))
      .toBe("Army Staff Sgt. Hilbert Caesar, 26");
    expect(describePerson(person({ reportedAges: [{ age: 18, asOf: "2025" }], roles: ["instructor"] }))).toBe("Karl, an 18-year-old instructor");
    expect(describePerson(person({ nationalities: ["DM", "DK"], origins: [{ name: "Faroe Islands", country: "FO", territoryOf: "DK" }] })))
      .toBe("Karl, a Danish national, a citizen of Dominica, from Faroe Islands");
    expect(describePerson(person({ aliases: [{ value: "Bob's", kind: "call-sign" }] }))).toBe("Karl, call sign “Bob's”");
  });

  it("states the latest reported age, or the certain age on a given day", () => {
    expect(statedAge({ reportedAges: [{ age: 44, asOf: "2024-06" }, { age: 45, asOf: "2025-12-31" }] })).toBe(45);
    const p = person({ birthDate: "1972-06-15" });
    expect(describePerson(p, { asOf: "2025-12-31" })).toBe("Karl, 53");
    expect(describePerson(person({ birthDate: "1972" }), { asOf: "2025-06-01" })).toBe("Karl");
    expect(() => describePerson(p, { asOf: "2025-12" })).toThrow('"2025-12" is not a full date');
  });

  it("property: describe → parse keeps name, aliases, age, nationalities and roles", () => {
    fc.assert(
      fc.property(personArbitrary(), fc.option(rankArbitrary(), { nil: undefined }), fc.option(armedServiceArbitrary(), { nil: undefined }), (p, rank, service) => {
        const options = rank === undefined ? {} : service === undefined ? { rank } : { rank, service };
        const text = describePerson(p, options);
        const r = parsePersonDescription(text);
        if (!r.success) throw new Error(`${JSON.stringify(text)}: ${r.error.message}`);
        const d = r.data;
        expect(d.name?.value, text).toBe(p.name.full);
        expect(d.aliases.map((m) => m.value), text).toEqual(p.aliases);
        expect(d.age?.value, text).toBe(statedAge(p));
        expect(new Set(d.nationalities.map((m) => m.value)), text).toEqual(new Set(p.nationalities));
        expect(new Set(d.roles.map((m) => m.value)), text).toEqual(new Set(p.roles));
        expect(d.rank?.value, text).toBe(rank);
        expect(d.service?.value, text).toBe(rank === undefined ? undefined : service);
      }),
    );
  });

  it("property: origins that are countries come back with their code", () => {
    fc.assert(fc.property(personArbitrary(), (p) => {
      const r = parsePersonDescription(describePerson(p));
      expect(r.success).toBe(true);
      if (!r.success) return;
      const expected = p.origins.map((o) => o.country).filter((c) => c !== undefined);
      expect(r.data.origins.map((m) => m.value.country).filter((c) => c !== undefined)).toEqual(expected);
    }));
  });
});

describe("personFromDescription", () => {
  it("turns a description into a valid person record", () => {
    const r = parsePersonDescription("Dane from the Faroe Islands, 45 years old, call sign 'Moses'");
    expect(r.success).toBe(true);
    if (!r.success) return;
    const p = personFromDescription(r.data, { id: "dane-1", asOf: "2025-12-31", name: "unnamed Dane" });
    expect(p).toEqual({
      id: "dane-1", name: { full: "unnamed Dane", transliterations: [] }, aliases: [{ value: "Moses", kind: "call-sign" }],
      reportedAges: [{ age: 45, asOf: "2025-12-31" }], nationalities: ["DK"],
      origins: [{ name: "Faroe Islands", country: "FO", territoryOf: "DK" }], roles: [],
    });
    expect(validatePerson(p)).toEqual([]);
    expect(() => personFromDescription(r.data, { id: "x", asOf: "2025" })).toThrow("the description names nobody: pass options.name");
  });
});
