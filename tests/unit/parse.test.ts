import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMentionOf, monthFromWord, ordinalSuffix, UnitDesignationSchema, type UnitDesignation } from "../../src/index.js";
import { findUnitDesignations, formatUnitDesignation, NOT_NAME_WORDS, parseUnitDesignation } from "../../src/unit/index.js";
import { unitDesignationArbitrary } from "../../src/testing.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const d = (v: Partial<UnitDesignation>): UnitDesignation => ({ types: [], qualifiers: [], ...v });
const parsed = (text: string): UnitDesignation => {
  const r = parseUnitDesignation(text);
  if (!r.success) throw new Error(`${text}: ${r.error.message}`);
  return r.data;
};

describe("parseUnitDesignation — the forms reports use", () => {
  it.each<[string, UnitDesignation]>([
    ["2nd Battalion", d({ number: 2, echelon: "battalion" })],
    ["the 2nd Battalion", d({ number: 2, echelon: "battalion" })],
    ["253rd Assault Regiment of the 129th Territorial Defense Brigade", d({
      number: 253, echelon: "regiment", types: ["assault"],
      parent: d({ number: 129, echelon: "brigade", types: ["territorial-defense"] }),
    })],
    ["International Legion for Territorial Defense", d({ name: "International Legion for Territorial Defense" })],
    ["3rd Separate Assault Brigade", d({ number: 3, echelon: "brigade", types: ["assault"], qualifiers: ["separate"] })],
    ["1st Bn, 5th Marines", d({ number: 1, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"] }) })],
    ["H Co, 2nd Bn, 5th Marines, 1st Marine Division", d({
      name: "H", echelon: "company",
      parent: d({ number: 2, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"], parent: d({ number: 1, echelon: "division", types: ["marine"] }) }) }),
    })],
    ["129 TDF Bde", d({ number: 129, echelon: "brigade", types: ["territorial-defense"] })],
    ["129th Territorial Defence Brigade", d({ number: 129, echelon: "brigade", types: ["territorial-defense"] })],
    ["3rd Separate Tank Brigade (Reserve)", d({ number: 3, echelon: "brigade", types: ["armored"], qualifiers: ["separate", "reserve"] })],
    ["92 ОМБр", d({ number: 92, echelon: "brigade", types: ["mechanized"], qualifiers: ["separate"] })],
    ["3 ОШБр", d({ number: 3, echelon: "brigade", types: ["assault"], qualifiers: ["separate"] })],
    ["128 ОГШБр", d({ number: 128, echelon: "brigade", types: ["mountain", "assault"], qualifiers: ["separate"] })],
    ["1 ОТБр", d({ number: 1, echelon: "brigade", types: ["armored"], qualifiers: ["separate"] })],
    ["59 ОМПБр", d({ number: 59, echelon: "brigade", types: ["motorized", "infantry"], qualifiers: ["separate"] })],
    ["47-ма окрема механізована бригада", d({ number: 47, echelon: "brigade", types: ["mechanized"], qualifiers: ["separate"] })],
    ["128-ї окремої гірсько-штурмової бригади", d({ number: 128, echelon: "brigade", types: ["mountain", "assault"], qualifiers: ["separate"] })],
    ["112 бр", d({ number: 112, echelon: "brigade" })],
    ["241-ша окрема бригада територіальної оборони", d({ number: 241, echelon: "brigade", types: ["territorial-defense"], qualifiers: ["separate"] })],
    ["2-й батальйон", d({ number: 2, echelon: "battalion" })],
    ["1-я гвардейская танковая армия", d({ number: 1, echelon: "army", types: ["armored"], qualifiers: ["guards"] })],
    ["3rd Separate Assault Brigade \"Azov\"", d({ number: 3, echelon: "brigade", types: ["assault"], qualifiers: ["separate"], name: "Azov" })],
    ["12th Special Forces Brigade «Азов»", d({ number: 12, echelon: "brigade", types: ["special-forces"], name: "Азов" })],
    ["Azov Brigade", d({ name: "Azov", echelon: "brigade" })],
    ["Third Army", d({ number: 3, echelon: "army" })],
    ["2d Bn.", d({ number: 2, echelon: "battalion" })],
    ["Mountain-Assault Bn", d({ echelon: "battalion", types: ["mountain", "assault"] })],
    ["1st Combined Arms Army", d({ number: 1, echelon: "army", qualifiers: ["combined-arms"] })],
    ["4th Guards Tank Division", d({ number: 4, echelon: "division", types: ["armored"], qualifiers: ["guards"] })],
    ["C Coy, 1st Bn", d({ name: "C", echelon: "company", parent: d({ number: 1, echelon: "battalion" }) })],
    ["1st Squadron", d({ number: 1, echelon: "battalion" })],
    ["B Battery", d({ name: "B", echelon: "company" })],
    ["Operational Command West", d({ qualifiers: ["operational"], echelon: "command", name: "West" })],
    ["Оперативне командування Південь", d({ qualifiers: ["operational"], echelon: "command", name: "Південь" })],
    ["1-й армійський корпус", d({ number: 1, echelon: "corps" })],
    ["3rd Army Corps", d({ number: 3, echelon: "corps" })],
    ["155th Mechanized Brigade «Anne of Kyiv»", d({ number: 155, echelon: "brigade", types: ["mechanized"], name: "Anne of Kyiv" })],
    // the English of "зенітний ракетний": the missile is part of the type, not a name
    ["53rd Anti-Aircraft Missile Brigade", d({ number: 53, echelon: "brigade", types: ["air-defense"] })],
    ["38th Air Defense Missile Regiment", d({ number: 38, echelon: "regiment", types: ["air-defense"] })],
    ["12th Air Defence Missile Brigade", d({ number: 12, echelon: "brigade", types: ["air-defense"] })],
  ])("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
    expect(UnitDesignationSchema.safeParse(parsed(text)).success).toBe(true);
  });

  it("accepts a wrong ordinal suffix with a warning that names it", () => {
    const r = parsed("the 15nd Brigade");
    expect(r.number).toBe(15);
    expect(r.warnings).toEqual([{ code: "ordinal_suffix", offset: 4, message: expect.stringContaining('"15nd"') }]);
    expect(r.warnings?.[0]?.message).toContain('"th"');
  });

  it.each<[string, UnitDesignation]>([
    ["5th Marine Regiment's 1st Battalion", d({ number: 1, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"] }) })],
    ["the 47th Brigade’s 2nd Battalion’s 3rd Company", d({ number: 3, echelon: "company", parent: d({ number: 2, echelon: "battalion", parent: d({ number: 47, echelon: "brigade" }) }) })],
    ["Company H, 2nd Battalion, 5th Marines", d({ echelon: "company", name: "H", parent: d({ number: 2, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"] }) }) })],
    ["Battery A", d({ echelon: "company", name: "A" })],
  ])("reads the possessive and letter forms: %s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it("reads a letter after an echelon only for a company or smaller, and no apostrophe other than a possessive", () => {
    expect(parseUnitDesignation("Brigade H").success).toBe(false);
    expect(parseUnitDesignation("2nd Battalion's").success).toBe(false);
  });

  it("joins \"of Ukraine\" to a name rather than reading a parent", () => {
    expect(parsed("International Legion for Territorial Defense of Ukraine")).toEqual(d({ name: "International Legion for Territorial Defense of Ukraine" }));
  });

  it.each<[string, string, number]>([
    ["", "empty", 0],
    ["   ", "empty", 0],
    ["hello", "unknown_word", 0],
    ["2nd foo Battalion", "unknown_word", 4],
    ["1234567 Bde", "out_of_range", 0],
    ["0th Bde", "out_of_range", 0],
    ["5km Bde", "syntax", 0],
    ["2nd Battalion of", "syntax", 16],
    ["2nd Battalion, ", "syntax", 15],
    ["2nd Battalion.", "syntax", 13],
    ["Azov Brigade \"Kraken\"", "syntax", 0],
  ])("rejects %j with %s at %d", (text, code, offset) => {
    const r = parseUnitDesignation(text);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe(code);
      expect(r.error.offset).toBe(offset);
      expect(r.error.input).toBe(text);
    }
  });
});

describe("formatUnitDesignation", () => {
  it("writes long and short styles", () => {
    const v = parsed("253rd Assault Regiment of the 129th Territorial Defense Brigade");
    expect(formatUnitDesignation(v, { style: "long" })).toBe("253rd Assault Regiment of the 129th Territorial Defense Brigade");
    expect(formatUnitDesignation(v, { style: "short" })).toBe("253rd Aslt Regt, 129th TD Bde");
    expect(formatUnitDesignation(parsed("3rd Separate Tank Brigade (Reserve)"))).toBe("3rd Separate Armored Brigade (Reserve)");
    expect(formatUnitDesignation(parsed("92 ОМБр"), { style: "short" })).toBe("92nd Sep Mech Bde");
    expect(formatUnitDesignation(parsed("H Co, 2nd Bn, 5th Marines"), { style: "long" })).toBe("H Company of the 2nd Battalion of the 5th Marine Regiment");
  });

  it("quotes a name that would not read back bare", () => {
    expect(formatUnitDesignation(d({ number: 3, echelon: "brigade", qualifiers: ["separate"], types: ["assault"], name: "Azov" }))).toBe('3rd Separate Assault Brigade "Azov"');
    expect(formatUnitDesignation(d({ name: "First Legion", echelon: "brigade" }))).toBe('Brigade "First Legion"');
    expect(parsed('Brigade "First Legion"')).toEqual(d({ name: "First Legion", echelon: "brigade" }));
  });

  it.each(["long", "short"] as const)("round-trips every designation in the %s style", (style) => {
    fc.assert(
      fc.property(unitDesignationArbitrary(), (v) => {
        const text = formatUnitDesignation(v, { style });
        expect(parseUnitDesignation(text)).toEqual({ success: true, data: v });
      }),
    );
  });

  it("generates only schema-valid designations", () => {
    fc.assert(fc.property(unitDesignationArbitrary(), (v) => UnitDesignationSchema.safeParse(v).success));
  });
});

describe("parseUnitDesignation — totality and linear time", () => {
  it.each(["grapheme", "binary"] as const)("returns a result for any %s string", (unit) => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (s) => {
        const r = parseUnitDesignation(s);
        expect(typeof r.success).toBe("boolean");
        if (!r.success) expect(r.error.offset).toBeLessThanOrEqual(s.length);
        else expect(UnitDesignationSchema.safeParse(r.data).success).toBe(true);
      }),
    );
  });

  it("returns a result for strings made of designation words", () => {
    const word = fc.constantFrom("1st", "15nd", "Bn", "Brigade", "of", "the", ",", "(", ")", '"', "Separate", "Azov", "for", "ОМБр", "-", "Reserve", "x", "«", "»", " ");
    fc.assert(fc.property(fc.array(word, { maxLength: 30 }).map((w) => w.join(" ")), (s) => typeof parseUnitDesignation(s).success === "boolean"));
  });

  it.each<[string, string]>([
    ["repeated ordinals", "1st "],
    ["a digit run", "7"],
    ["a chain of parents", "1st Bn, "],
    ["name words", "Azov "],
    ["an unclosed quote", "Brigade \" Azov "],
    ["unclosed parentheses", "( Reserve "],
    ["qualifiers", "Separate "],
    ["possessives", "1st Brigade's "],
  ])("runs in linear time on %s", (_label, unit) => {
    expectLinear((n) => repeatTo(unit, n), (s) => parseUnitDesignation(s));
  });
});

describe("findUnitDesignations", () => {
  const prose = "the 2nd Battalion was integrated into the 253rd Assault Regiment of the 129th Territorial Defense Brigade";

  it("finds a unit and a chain with its parent", () => {
    const found = findUnitDesignations(prose);
    expect(found.map((m) => m.text)).toEqual(["2nd Battalion", "253rd Assault Regiment of the 129th Territorial Defense Brigade"]);
    expect(found[1]?.value.parent).toEqual(d({ number: 129, echelon: "brigade", types: ["territorial-defense"] }));
    for (const m of found) expect(isMentionOf(prose, m)).toBe(true);
  });

  it("reads each text alone: what it read before, a long text or the strict parser, changes nothing", () => {
    // the scanner keeps its token arrays and caches for the next text (see release)
    const texts = [prose, "Fighters of 92 ОМБр and 1st Bn, 5th Marines joined the “Azov” brigade.", "No unit here, only the Kyiv Independent."];
    const alone = texts.map((t) => JSON.stringify(findUnitDesignations(t)));
    const long = `${"The Kupiansk region and the brigade said nothing. ".repeat(400)}${prose}`;
    for (let round = 0; round < 2; round++) {
      texts.forEach((t, i) => {
        findUnitDesignations(long);
        parseUnitDesignation("253rd Assault Regiment of the 129th Territorial Defense Brigade");
        expect(JSON.stringify(findUnitDesignations(t))).toBe(alone[i]);
      });
    }
    expect(findUnitDesignations(long).at(-1)?.text).toBe("253rd Assault Regiment of the 129th Territorial Defense Brigade");
  });

  it("finds named units and compound abbreviations, and skips generic nouns", () => {
    const text = "In December the International Legion for Territorial Defense was dissolved; the brigade and a separate battalion stayed. Fighters of 92 ОМБр and 1st Bn, 5th Marines.";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["International Legion for Territorial Defense", "92 ОМБр", "1st Bn, 5th Marines"]);
  });

  it("reads a US casualty release's chain, Brigade Combat Team included", () => {
    const text = "Santos was assigned to the 1st Battalion, 502nd Infantry Regiment, 2nd Brigade Combat Team, 101st Airborne Division (Air Assault), Fort Campbell.";
    const [m] = findUnitDesignations(text);
    expect(m?.text).toBe("1st Battalion, 502nd Infantry Regiment, 2nd Brigade Combat Team, 101st Airborne Division (Air Assault)");
    expect(m?.value.parent?.parent).toMatchObject({ number: 2, echelon: "brigade", parent: { number: 101, echelon: "division" } });
    expect(parsed("3rd BCT, 1st Cav Div").echelon).toBe("brigade");
  });

  it("reads an honorific name after 'named after' / 'named for'", () => {
    const text = "The 155th Separate Mechanized Brigade named after Anne of Kyiv and the 24th Brigade named for King Danylo held; the 10th Brigade named after the war did not.";
    expect(findUnitDesignations(text).map((m) => [m.text, m.value.name])).toEqual([
      ["155th Separate Mechanized Brigade named after Anne of Kyiv", "Anne of Kyiv"],
      ["24th Brigade named for King Danylo", "King Danylo"],
      ["10th Brigade", undefined],
    ]);
    expect(parsed("24th Mechanized Brigade named after King Danylo").name).toBe("King Danylo");
  });

  it("reads a proper name before a lower-case battalion, regiment or brigade, but no nationality", () => {
    const text = "The Azov regiment and fighters of the Da Vinci Wolves battalion held; the Georgian battalion and the French brigade did not. Elite battalions came, and the Thai company left the Kupiansk region.";
    expect(findUnitDesignations(text).map((m) => [m.text, m.value.name])).toEqual([["Azov regiment", "Azov"], ["Da Vinci Wolves battalion", "Da Vinci Wolves"]]);
  });

  it("keeps a demonym that is part of a unit's name", () => {
    expect(findUnitDesignations("Fighters of the Russian Volunteer Corps and the Georgian Legion joined Russia's 1st Guards Tank Army.").map((m) => [m.text, m.value.name])).toEqual([
      ["Russian Volunteer Corps", "Russian Volunteer"], ["Georgian Legion", "Georgian Legion"], ["1st Guards Tank Army", undefined],
    ]);
  });

  it("lets a named unit of no echelon own a unit by possessive", () => {
    const [m] = findUnitDesignations("a paramedic with the International Legion's 1st Battalion since 2022");
    expect([m?.text, m?.value.echelon, m?.value.parent?.name]).toEqual(["International Legion's 1st Battalion", "battalion", "International Legion"]);
    expect(findUnitDesignations("Russia's 1st Guards Tank Army").map((x) => [x.text, x.value.parent])).toEqual([["1st Guards Tank Army", undefined]]);
  });

  it("takes a word that names a kind of unit (Marines, ОМБр) for a unit only with a number", () => {
    const text = "Marines stormed the beach. U.S. Marines and Royal Marines trained with the 5th Marines, then ОМБр crews joined the 47 ОМБр.";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["5th Marines", "47 ОМБр"]);
  });

  it("takes lower-case words for a unit only after a number", () => {
    const text = "Fewer volunteers reached the Kupiansk region, but the 92nd separate mechanized brigade and Azov Brigade did.";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["92nd separate mechanized brigade", "Azov Brigade"]);
  });

  it("does not take a list for a chain of parents", () => {
    const text = "the 47th Brigade, 3rd Brigade and 92nd Brigade";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["47th Brigade", "3rd Brigade", "92nd Brigade"]);
  });

  it("takes a unit with 'the' after a comma for a parent only as a whole apposition", () => {
    const texts = (text: string) => findUnitDesignations(text).map((m) => m.text);
    expect(texts("The 3rd Battalion, the 47th Brigade said, was disbanded.")).toEqual(["3rd Battalion", "47th Brigade"]);
    expect(texts("The 3rd Battalion, the 47th Brigade's best unit, fought.")).toEqual(["3rd Battalion", "47th Brigade"]);
    expect(texts("The 3rd Battalion, the 47th Brigade and the 5th Regiment fought.")).toEqual(["3rd Battalion", "47th Brigade", "5th Regiment"]);
    // the apposition and the military shorthand stay chains
    expect(texts("The 3rd Battalion, the 47th Brigade, was disbanded.")).toEqual(["3rd Battalion, the 47th Brigade"]);
    expect(texts("The 1st Battalion, 5th Marines fought.")).toEqual(["1st Battalion, 5th Marines"]);
  });

  it("reads a possessive after 'of' as the owner of the last link ('of the Northern Fleet's 14th Army Corps')", () => {
    const [m] = findUnitDesignations("The 200th Brigade of the Northern Fleet's 14th Army Corps fought.");
    expect([m?.text, m?.value]).toEqual(["200th Brigade of the Northern Fleet's 14th Army Corps",
      d({ number: 200, echelon: "brigade", parent: d({ number: 14, echelon: "corps", types: [], parent: d({ name: "Northern Fleet" }) }) })]);
    // a unit the possessive's owner may not own keeps the old reading
    expect(findUnitDesignations("the 3rd Battalion of the 47th Brigade's 2nd Company").map((m) => m.text)).toEqual(["3rd Battalion of the 47th Brigade's 2nd Company"]);
  });

  it("reads 'Surface-to-Air Missile' as air defense, and a spelling-alphabet name before 'Group' as a unit", () => {
    expect(findUnitDesignations("The 96th Surface-to-Air Missile Brigade fired.").map((m) => [m.text, m.value.types])).toEqual([["96th Surface-to-Air Missile Brigade", ["air-defense"]]]);
    expect(findUnitDesignations("the FSB's Alpha Group and Thales Group").map((m) => m.text)).toEqual(["Alpha Group"]);
  });

  it.each(["grapheme", "binary"] as const)("keeps the slice invariant on any %s text", (unit) => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (s) => {
        for (const m of findUnitDesignations(s)) {
          expect(isMentionOf(s, m)).toBe(true);
          expect(UnitDesignationSchema.safeParse(m.value).success).toBe(true);
        }
      }),
    );
  });

  it("reads a possessive owner as the parent, and a letter company, in prose", () => {
    const found = findUnitDesignations("Soldiers of the 5th Marine Regiment's 1st Battalion met Company B, 1st Battalion, 28th Infantry Regiment.");
    expect(found.map((m) => m.text)).toEqual(["5th Marine Regiment's 1st Battalion", "Company B, 1st Battalion, 28th Infantry Regiment"]);
    expect(found[0]?.value).toEqual(d({ number: 1, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"] }) }));
    expect(found[1]?.value.name).toBe("B");
  });

  it("keeps a possessive owner alone when what follows is no smaller unit, and reads no letter after a lower-case echelon", () => {
    expect(findUnitDesignations("The 47th Brigade's commander said the company I joined left.").map((m) => m.text)).toEqual(["47th Brigade"]);
    expect(findUnitDesignations("the 1st Battalion's 47th Brigade").map((m) => m.text)).toEqual(["1st Battalion", "47th Brigade"]);
  });

  it("ends a name without number or echelon on its last designation word in prose", () => {
    expect(findUnitDesignations("National Guard CWO Baba Smith, 41, died.")).toEqual([]);
    expect(findUnitDesignations("the Kraken Special Forces Unit struck").map((m) => m.value.name)).toEqual(["Kraken Special Forces Unit"]);
    expect(findUnitDesignations("the Georgian National Legion left").map((m) => m.text)).toEqual(["Georgian National Legion"]);
  });

  it("reads each ordinal of a list closed by a plural echelon as a unit of its own", () => {
    const found = findUnitDesignations("The 24th, 28th and 93rd Mechanized Brigades attacked; the 1st and 2nd Battalions of the 5th Marines held.");
    expect(found.map((m) => [m.text, m.value.number, m.value.echelon, m.value.types, m.value.parent?.number])).toEqual([
      ["24th", 24, "brigade", ["mechanized"], undefined],
      ["28th", 28, "brigade", ["mechanized"], undefined],
      ["93rd Mechanized Brigades", 93, "brigade", ["mechanized"], undefined],
      ["1st", 1, "battalion", [], 5],
      ["2nd Battalions of the 5th Marines", 2, "battalion", [], 5],
    ]);
    // a count is no list, and a singular echelon does not reach back ("on the 3rd" is a date)
    expect(findUnitDesignations("Russia moved 3 brigades. On the 3rd and 47th Brigade moved.").map((m) => m.text)).toEqual(["47th Brigade"]);
    expect(findUnitDesignations("Three companies and 300 troops held.")).toEqual([]);
    expect(findUnitDesignations("The 1st and 2nd Assault Companies held.").map((m) => [m.text, m.value.echelon, m.value.types])).toEqual([
      ["1st", "company", ["assault"]], ["2nd Assault Companies", "company", ["assault"]],
    ]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 2, maxLength: 6 }), fc.constantFrom("brigades", "Battalions", "Regiments", "Divisions", "Companies", "batteries"), (numbers, echelon) => {
        const ordinals = numbers.map((n) => `${n}${ordinalSuffix(n)}`);
        const text = `Units of the ${ordinals.slice(0, -1).join(", ")} and ${ordinals.at(-1)} ${echelon} moved.`;
        const found = findUnitDesignations(text);
        expect(found.map((m) => m.value.number)).toEqual(numbers);
        expect(new Set(found.map((m) => m.value.echelon)).size).toBe(1);
        for (const m of found) expect(isMentionOf(text, m)).toBe(true);
      }),
    );
  });

  it("reads an ordinal and a unit type with the echelon left unsaid ('the 82nd Airborne')", () => {
    expect(findUnitDesignations("the 82nd Airborne and the 187th Infantry").map((m) => [m.text, m.value.number, m.value.echelon, m.value.types])).toEqual([
      ["82nd Airborne", 82, undefined, ["airborne"]], ["187th Infantry", 187, undefined, ["infantry"]],
    ]);
    expect(findUnitDesignations("He served 2 Infantry tours.")).toEqual([]);
  });

  it("takes a name with an abbreviated echelon, or a region or theater, for a unit only with a number", () => {
    expect(findUnitDesignations("Boeing Co. and the Azov Bde. spoke; Kharkiv Region and the Mariupol Drama Theater were shelled.")).toEqual([]);
    expect(findUnitDesignations("the 2nd Co. and the 3rd Region").map((m) => m.text)).toEqual(["2nd Co.", "3rd Region"]);
    expect(findUnitDesignations("H Co, 2nd Bn, 5th Marines").map((m) => m.text)).toEqual(["H Co, 2nd Bn, 5th Marines"]);
    expect(findUnitDesignations("the Southern Military District").map((m) => m.value.echelon)).toEqual(["region"]);
  });

  it("reads the abbreviations of English order-of-battle reporting and Latin spellings of Ukrainian ones", () => {
    const found = findUnitDesignations("the 20th CAA and 1st GTA, the 144th MRD and the 6th MRB of the 3rd AC; the 47th OMBr held");
    expect(found.map((m) => [m.text, m.value.number, m.value.echelon, m.value.types, m.value.qualifiers])).toEqual([
      ["20th CAA", 20, "army", [], ["combined-arms"]],
      ["1st GTA", 1, "army", ["armored"], ["guards"]],
      ["144th MRD", 144, "division", ["motorized", "infantry"], []],
      ["6th MRB of the 3rd AC", 6, "brigade", ["motorized", "infantry"], []],
      ["47th OMBr", 47, "brigade", ["mechanized"], ["separate"]],
    ]);
    // they name a kind of unit: alone they are no unit
    expect(findUnitDesignations("AC units and the CAA left.")).toEqual([]);
    expect(parseUnitDesignation("20th CAA").success && parseUnitDesignation("20th Combined Arms Army").success).toBe(true);
  });

  it("reads a Roman numeral as the number of a corps or an army, and a letter before a company as its name", () => {
    const found = findUnitDesignations("III Corps, the XVIII Airborne Corps and I Corps moved; C Company and V Company held.");
    expect(found.map((m) => [m.text, m.value.number, m.value.echelon, m.value.name])).toEqual([
      ["III Corps", 3, "corps", undefined], ["XVIII Airborne Corps", 18, "corps", undefined], ["I Corps", 1, "corps", undefined],
      ["C Company", undefined, "company", "C"], ["V Company", undefined, "company", "V"],
    ]);
    expect(parseUnitDesignation("XLIV Army Corps").success && parseUnitDesignation("XLIV Army Corps")).toMatchObject({ data: { number: 44, echelon: "corps" } });
    // a badly formed numeral is no number
    expect(parseUnitDesignation("IIII Corps")).toMatchObject({ success: true, data: { name: "IIII" } });
  });

  it("reads the US Army's battalion-of-regiment shorthand ('2-502nd Infantry', '1-508th')", () => {
    const found = findUnitDesignations("Paratroopers of the 1-508th and the 2-502nd Infantry Regiment, 101st Airborne Division, moved on 5-6 August.");
    expect(found.map((m) => m.text)).toEqual(["1-508th", "2-502nd Infantry Regiment, 101st Airborne Division"]);
    expect(found[0]?.value).toEqual(d({ number: 1, echelon: "battalion", parent: d({ number: 508, echelon: "regiment" }) }));
    expect(found[1]?.value).toEqual(d({
      number: 2, echelon: "battalion",
      parent: d({ number: 502, echelon: "regiment", types: ["infantry"], parent: d({ number: 101, echelon: "division", types: ["airborne"] }) }),
    }));
    expect(parseUnitDesignation("3-187th Infantry")).toMatchObject({ success: true, data: { number: 3, echelon: "battalion", parent: { number: 187, echelon: "regiment", types: ["infantry"] } } });
    // a day range, a model number and a bare number pair are no units
    expect(findUnitDesignations("on 5-6 August, a T-72 and 10-20 men")).toEqual([]);
  });

  it("reads the designation words around an honorific name as facts about the numbered unit", () => {
    const found = findUnitDesignations("The 24th King Danylo Separate Mechanized Brigade held. The 4th Guards Kantemirovskaya Tank Division fled. The 25th Sicheslav Airborne Brigade rested.");
    expect(found.map((m) => [m.value.number, m.value.name, m.value.types, m.value.qualifiers])).toEqual([
      [24, "King Danylo", ["mechanized"], ["separate"]], [4, "Kantemirovskaya", ["armored"], ["guards"]], [25, "Sicheslav", ["airborne"], []],
    ]);
    // in prose a quoted name wins over descriptive words the lexicon does not know; the strict parser still refuses two names
    expect(findUnitDesignations("The 4th Rapid Reaction Brigade \"Rubizh\" held.").map((m) => [m.text, m.value.number, m.value.name])).toEqual([["4th Rapid Reaction Brigade \"Rubizh\"", 4, "Rubizh"]]);
    expect(parseUnitDesignation("4th Rapid Reaction Brigade \"Rubizh\"").success).toBe(false);
  });

  it("keeps a name's 'for the … of …' tail, and reads VDV as airborne", () => {
    expect(findUnitDesignations("He joined the International Legion for the Defence of Ukraine in 2022.").map((m) => m.value.name)).toEqual(["International Legion for the Defence of Ukraine"]);
    expect(findUnitDesignations("Fighters of the International Legion for Territorial Defense of Ukraine said so.").map((m) => m.value.name)).toEqual(["International Legion for Territorial Defense of Ukraine"]);
    // "of" outside such a tail is left to the parent chain
    expect(findUnitDesignations("The 3rd Battalion of the 47th Brigade held.")[0]?.value.parent?.number).toBe(47);
    expect(findUnitDesignations("The 7th VDV Division attacked.").map((m) => [m.value.number, m.value.types])).toEqual([[7, ["airborne"]]]);
  });

  it("keeps 'of' inside a name before its designation word ('Freedom of Russia Legion')", () => {
    expect(findUnitDesignations("He served with the Freedom of Russia Legion, then the Georgian National Legion.").map((m) => [m.text, m.value.name])).toEqual([
      ["Freedom of Russia Legion", "Freedom of Russia Legion"], ["Georgian National Legion", "Georgian National Legion"],
    ]);
    expect(findUnitDesignations("He joined the International Legion for the Defence of Ukraine.").map((m) => m.value.name)).toEqual(["International Legion for the Defence of Ukraine"]);
    expect(parsed("Freedom of Russia Legion")).toEqual(d({ name: "Freedom of Russia Legion" }));
    // before an echelon, or after "the", "of" still leads to a parent or ends the name
    expect(findUnitDesignations("The Commander of Azov Brigade spoke of the Russian Volunteer Corps.").map((m) => m.text)).toEqual(["Azov Brigade", "Russian Volunteer Corps"]);
    expect(findUnitDesignations("Veterans of the Georgian Legion").map((m) => m.text)).toEqual(["Georgian Legion"]);
    // the singular "Marine" names a member, not a body
    expect(findUnitDesignations("Daniel Price, a former Royal Marine, and a US Marine veteran died.").map((m) => m.text)).toEqual([]);
    expect(findUnitDesignations("the Marine Brigade and the 36th Separate Marine Brigade").map((m) => m.text)).toEqual(["Marine Brigade", "36th Separate Marine Brigade"]);
  });

  it("reads a service written out with its country as one name ('National Guard of Ukraine')", () => {
    const found = findUnitDesignations("The National Guard of Ukraine's 1st Brigade and the 2nd Brigade of the National Guard of Ukraine held; the Territorial Defense Forces of Ukraine grew.");
    expect(found.map((m) => [m.text, m.value.name, m.value.parent?.name])).toEqual([
      ["National Guard of Ukraine's 1st Brigade", undefined, "National Guard of Ukraine"],
      ["2nd Brigade of the National Guard of Ukraine", undefined, "National Guard of Ukraine"],
      ["Territorial Defense Forces of Ukraine", "Territorial Defense Forces of Ukraine", undefined],
    ]);
    expect(found[0]?.value).toEqual(d({ number: 1, echelon: "brigade", parent: d({ name: "National Guard of Ukraine" }) }));
    expect(parsed("National Guard of Great Britain")).toEqual(d({ name: "National Guard of Great Britain" }));
    // "of the" leads to a parent, as the long style writes one
    expect(parsed("National Guard of the Azov")).toEqual(d({ types: ["national-guard"], parent: d({ name: "Azov" }) }));
    // the service alone, a unit after "of", a person's name after the country, and a lone "Border" are no such name
    expect(findUnitDesignations("The National Guard said so; the Azov Regiment of the National Guard held.").map((m) => [m.text, m.value.parent])).toEqual([["Azov Regiment", undefined]]);
    expect(findUnitDesignations("the National Guard of Kharkiv Brigade").map((m) => m.text)).toEqual(["Kharkiv Brigade"]);
    expect(findUnitDesignations("the commander of the National Guard of Ukraine Oleksandr Pivnenko said")).toEqual([]);
    expect(findUnitDesignations("He crossed the Border of Ukraine.")).toEqual([]);
  });

  it("reads a battalion tactical group as a battalion, and a count of them as none", () => {
    const found = findUnitDesignations("The 1st BTG of the 150th Motor Rifle Division, the 2nd battalion tactical group and the 3rd and 4th BTGs moved.");
    expect(found.map((m) => [m.text, m.value.number, m.value.echelon, m.value.parent?.number])).toEqual([
      ["1st BTG of the 150th Motor Rifle Division", 1, "battalion", 150], ["2nd battalion tactical group", 2, "battalion", undefined],
      ["3rd", 3, "battalion", undefined], ["4th BTGs", 4, "battalion", undefined],
    ]);
    expect(findUnitDesignations("Russia deployed 40 BTGs, about 170 battalion tactical groups in all.")).toEqual([]);
    expect(parsed("2-я батальонная тактическая группа")).toEqual(d({ number: 2, echelon: "battalion" }));
    expect(parsed("1 БТГр")).toEqual(d({ number: 1, echelon: "battalion" }));
  });

  it("reads the British number-first forms ('40 Commando', '2 PARA', '1 Royal Irish'), and no count", () => {
    const found = findUnitDesignations("40 Commando and 45 Commando Royal Marines sailed; 2 PARA, 3 Para and 1 Royal Irish held.");
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ["40 Commando", d({ number: 40, name: "Commando" })], ["45 Commando", d({ number: 45, name: "Commando" })],
      ["2 PARA", d({ number: 2, types: ["airborne"] })], ["3 Para", d({ number: 3, types: ["airborne"] })], ["1 Royal Irish", d({ number: 1, name: "Royal Irish" })],
    ]);
    expect(findUnitDesignations("He joined 2 PARA, 16 Air Assault Brigade.")[0]?.value.parent).toEqual(d({ number: 16, echelon: "brigade", types: ["air-assault"] }));
    // counts: plural nouns, lower case, and PARA or Royal after more than nine
    expect(findUnitDesignations("40 soldiers, 2 brigades, 40 commandos, 3 Para soldiers, 5 Royal Irish soldiers and 15 PARA left.")).toEqual([]);
    // with more designation words the usual reading stands
    expect(findUnitDesignations("the 1 Royal Irish Regiment and 3 Commando Brigade").map((m) => [m.text, m.value.echelon])).toEqual([["1 Royal Irish Regiment", "regiment"], ["3 Commando Brigade", "brigade"]]);
  });

  it("reads a fleet as the parent or owner of a unit, and alone as none", () => {
    const found = findUnitDesignations("The 155th Naval Infantry Brigade of the Pacific Fleet and the Black Sea Fleet's 810th Naval Infantry Brigade held; the 11th Army Corps of the Baltic Fleet fell back.");
    expect(found.map((m) => [m.text, m.value.number, m.value.parent])).toEqual([
      ["155th Naval Infantry Brigade of the Pacific Fleet", 155, d({ name: "Pacific Fleet" })],
      ["Black Sea Fleet's 810th Naval Infantry Brigade", 810, d({ name: "Black Sea Fleet" })],
      ["11th Army Corps of the Baltic Fleet", 11, d({ name: "Baltic Fleet" })],
    ]);
    expect(findUnitDesignations("the 810th Naval Infantry Brigade of the Black Sea Fleet held")[0]?.value).toEqual(d({ number: 810, echelon: "brigade", types: ["marine"], parent: d({ name: "Black Sea Fleet" }) }));
    expect(findUnitDesignations("The Black Sea Fleet lost a ship; the Fleet and Russia's shadow Fleet sailed.")).toEqual([]);
  });

  it("takes a closing quotation mark for no opening of a quoted name", () => {
    expect(findUnitDesignations("He named \"the Azov Brigade\" and \"the Kraken unit\" twice.").map((m) => [m.text, m.value.name])).toEqual([["Azov Brigade", "Azov"]]);
  });

  it("reads the Army's shorthand without a suffix before a type word ('1-64 Armor'), and 'Group of Forces'", () => {
    const found = findUnitDesignations("The 1-64 Armor and 2-8 Cavalry held; on 5-6 August 10-20 men left.");
    expect(found.map((m) => [m.text, m.value.number, m.value.echelon, m.value.parent?.number, m.value.parent?.types])).toEqual([
      ["1-64 Armor", 1, "battalion", 64, ["armored"]], ["2-8 Cavalry", 2, "battalion", 8, ["reconnaissance"]],
    ]);
    expect(findUnitDesignations("The Center Group of Forces and Russia's Group of Forces \"Dnipro\"; Russia's Wagner Group.").map((m) => [m.value.echelon, m.value.name])).toEqual([
      ["army-group", "Center"], ["army-group", "Dnipro"], ["regiment", "Wagner"],
    ]);
    // men counted are no regiment
    expect(findUnitDesignations("The attack killed 85 marines; the 5th Marines held.").map((m) => m.text)).toEqual(["5th Marines"]);
  });

  it("reads the Marine Corps' battalion/regiment shorthand ('3/5 Marines') and no other fraction", () => {
    const found = findUnitDesignations("The 3/5 Marines and 1/7 Marine Regiment deployed; 2/3 of them, 24/7 patrols, 3/5 men.");
    expect(found.map((m) => m.text)).toEqual(["3/5 Marines", "1/7 Marine Regiment"]);
    expect(found[0]?.value).toEqual(d({ number: 3, echelon: "battalion", parent: d({ number: 5, echelon: "regiment", types: ["marine"] }) }));
    expect(found[1]?.value).toMatchObject({ number: 1, echelon: "battalion", parent: { number: 7, echelon: "regiment", types: ["marine"] } });
  });

  it("joins no two names with 'and', and takes 'Brig. Gen.' for a rank", () => {
    expect(findUnitDesignations("Russia and the Russian Wagner Group fought; Ukraine and Azov Regiment held.").map((m) => m.text)).toEqual(["Russian Wagner Group", "Azov Regiment"]);
    expect(findUnitDesignations("Taylor Hoover and Marine Corps veterans spoke.").map((m) => m.text)).toEqual(["Marine Corps"]);
    expect(findUnitDesignations("Air Force Brig. Gen. John Smith said so.")).toEqual([]);
    expect(parseUnitDesignation("Brig. Gen. Smith").success).toBe(false);
  });

  it("takes a firm, a charity or an agency with a bare name before Group, Army or Corps for no unit", () => {
    const text = "Thales Group and Virgin Group paid; the Salvation Army, the Church Army, the Peace Corps and the White House Press Corps helped; the Wagner Group left.";
    expect(findUnitDesignations(text)).toEqual([]);
    // a number, a designation word, a quoted name or a country makes an armed body
    const armed = "The Free Syrian Army; the Red Army; the Irish Republican Army; the Marine Corps; the Russian Volunteer Corps; the 1st Army Group; " +
      "the 3rd Special Forces Group; the Kraken Special Forces Group; Group \"Alpha\"; Russia's Wagner Group; the Center Group of Forces.";
    expect(findUnitDesignations(armed).map((m) => [m.text, m.value.echelon])).toEqual([
      ["Free Syrian Army", "army"], ["Red Army", "army"], ["Irish Republican Army", "army"], ["Marine Corps", "corps"], ["Russian Volunteer Corps", "corps"],
      ["1st Army Group", "army-group"], ["3rd Special Forces Group", "regiment"], ["Kraken Special Forces Group", "regiment"], ["Group \"Alpha\"", "regiment"],
      ["Wagner Group", "regiment"], ["Center Group of Forces", "army-group"],
    ]);
    // so do its members after it, or a kind of armed force before it or in an apposition after it
    const cued = "Wagner Group fighters stormed it. The mercenary Wagner Group left. The Wagner Group, a Russian paramilitary force, and the Wagner Group, a private military company, left.";
    expect(findUnitDesignations(cued).map((m) => m.value.name)).toEqual(["Wagner", "Wagner", "Wagner", "Wagner"]);
    expect(findUnitDesignations("Thales Group, a French firm, makes radars; Thales Group shares rose.")).toEqual([]);
    // once shown armed, later bare mentions of the body count too (not the ones before)
    const later = "The Wagner Group came. Wagner Group fighters stormed it. The Wagner Group left. The Russian Redut Group came; the Redut Group left.";
    expect(findUnitDesignations(later).map((m) => [m.text, m.start])).toEqual([["Wagner Group", 23], ["Wagner Group", 61], ["Russian Redut Group", 84], ["Redut Group", 114]]);
    // as before: no unit in a party's name, nor in a corps of engineers with no name
    expect(findUnitDesignations("the Kurdistan Workers' Party and the Army Corps of Engineers")).toEqual([]);
    // the strict parser reads what it is given
    expect(parsed("Salvation Army")).toEqual(d({ echelon: "army", name: "Salvation" }));
  });

  it("takes a bare name before Company for a firm's, and a letter, a spelling-alphabet word or a task for a unit's", () => {
    const firms = "Sales at the Coca-Cola Company rose. The East India Company traded; the Dutch East India Company too. He left the Walt Disney Company " +
      "and Hudson's Bay Company for the Ford Motor Company; the British Petroleum Company and Russia's Rosneft Oil Company paid; Motor Sich said.";
    expect(findUnitDesignations(firms)).toEqual([]);
    const units = "Easy Company, Fox Company, the Weapons Company, Headquarters Company, the Military Police Company, C Company, " +
      "the Tank Company, the 3rd Company, the company “Kraken” and the Northern Rifles Company held.";
    expect(findUnitDesignations(units).map((m) => [m.text, m.value.name, m.value.types])).toEqual([
      ["Easy Company", "Easy", []], ["Fox Company", "Fox", []], ["Weapons Company", "Weapons", []], ["Headquarters Company", "Headquarters", []],
      ["Military Police Company", "Military Police", []], ["C Company", "C", []], ["Tank Company", undefined, ["armored"]], ["3rd Company", undefined, []],
      ["company “Kraken”", "Kraken", []], ["Northern Rifles Company", "Northern Rifles", []],
    ]);
    // a name at a text's start ends no longer name, whatever the text before it read
    findUnitDesignations(`${"Kyiv Kharkiv ".repeat(64)}Brigade`);
    expect(findUnitDesignations("Easy Company held.").map((m) => m.text)).toEqual(["Easy Company"]);
  });

  it("takes a bare-named company for a unit in a chain, with a word naming an armed force, or once the text has shown it armed", () => {
    const text = "The Kharkiv Company of the 3rd Battalion held; later the Kharkiv Company left. The mercenary Konvoy Company and Sparta Company fighters came.";
    expect(findUnitDesignations(text).map((m) => [m.text, m.value.parent?.number])).toEqual([
      ["Kharkiv Company of the 3rd Battalion", 3], ["Kharkiv Company", undefined], ["Konvoy Company", undefined], ["Sparta Company", undefined],
    ]);
    // not before the text has shown it; a country does not arm a company, as it does a group; a parent does
    expect(findUnitDesignations("The Lviv Company left. The Russian Lviv Company left; the Lviv Company, 2nd Battalion came.").map((m) => m.text)).toEqual([
      "Lviv Company, 2nd Battalion",
    ]);
    // so does a unit it is the parent of
    expect(findUnitDesignations("The 2nd Platoon, Kharkiv Company held; the Kharkiv Company left.").map((m) => m.text)).toEqual(["2nd Platoon, Kharkiv Company", "Kharkiv Company"]);
    // the strict parser reads what it is given
    expect(parsed("Coca-Cola Company")).toEqual(d({ echelon: "company", name: "Coca-Cola" }));
    expect(parsed("1st Motor Rifle Regiment")).toEqual(d({ number: 1, echelon: "regiment", types: ["motorized", "infantry"] }));
  });

  it("reads 'Rifles' as infantry, and 'Motor' only before a type word", () => {
    expect(findUnitDesignations("The Royal Gurkha Rifles, the 59th Motor Infantry Brigade, the 2nd Rifles Battalion and the 150th Motor Rifle Division moved; troops carried assault rifles.")
      .map((m) => [m.text, m.value.types, m.value.name])).toEqual([
      ["Royal Gurkha Rifles", [], "Royal Gurkha Rifles"], ["59th Motor Infantry Brigade", ["motorized", "infantry"], undefined],
      ["2nd Rifles Battalion", ["infantry"], undefined], ["150th Motor Rifle Division", ["motorized", "infantry"], undefined],
    ]);
  });

  it("reads 'A Company' as a lettered unit inside a sentence or with a parent after it, and as an article at a sentence's start otherwise", () => {
    const text = "A Company, 2nd Battalion, 7th Marines was attached. A Battery of the 1st Battalion fired. He served with A Company; the A Company commander, " +
      "B Company, A Company and I Troop left. Before dawn, A Company moved. I Company, 3rd Battalion, 5th Marines held.";
    expect(findUnitDesignations(text).map((m) => [m.text, m.value.name, m.value.parent?.number])).toEqual([
      ["A Company, 2nd Battalion, 7th Marines", "A", 2], ["A Battery of the 1st Battalion", "A", 1], ["A Company", "A", undefined], ["A Company", "A", undefined],
      ["B Company", "B", undefined], ["A Company", "A", undefined], ["I Troop", "I", undefined], ["A Company", "A", undefined], ["I Company, 3rd Battalion, 5th Marines", "I", 3],
    ]);
    // at a sentence's or a line's start with no parent, or before a lower-case or plural echelon, "A" is an article
    const none = "A company of soldiers arrived. A Company spokesman said no. A Company of Heroes won.\nA Company man said so. He saw a Company. A Companies Act passed. I Company-hopped.";
    expect(findUnitDesignations(none)).toEqual([]);
    expect(findUnitDesignations("Officials said: A Company, 2nd Battalion held.").map((m) => m.text)).toEqual(["A Company, 2nd Battalion"]);
  });

  it("reads an anti-aircraft missile unit as air defense, and missiles in prose as no unit", () => {
    expect(findUnitDesignations("The 1537th Anti-Aircraft Missile Regiment and the 12th Air Defence Missile Brigade fired.").map((m) => [m.text, m.value.types, m.value.name])).toEqual([
      ["1537th Anti-Aircraft Missile Regiment", ["air-defense"], undefined], ["12th Air Defence Missile Brigade", ["air-defense"], undefined],
    ]);
    expect(findUnitDesignations("Russia fired anti-aircraft missiles and air defense missiles at the 3rd Battalion.").map((m) => m.text)).toEqual(["3rd Battalion"]);
  });

  it("takes a name whose only designation word is a qualifier for no unit in prose", () => {
    // "Independent" is a qualifier (separate), "Reserve" too: beside no echelon or type they name a paper, a bank
    expect(findUnitDesignations("The Kyiv Independent and the Federal Reserve reported it; the Light Reserve closed.")).toEqual([]);
    // a type word, an echelon, a number or a quoted name still makes a unit
    expect(findUnitDesignations("The Georgian Legion, the Independent Brigade, the 3rd Independent Battalion and the Kyiv Territorial Defense fought.").map((m) => m.text)).toEqual([
      "Georgian Legion", "Independent Brigade", "3rd Independent Battalion", "Kyiv Territorial Defense",
    ]);
    // the strict parser reads what it is given
    expect(parsed("Kyiv Independent")).toEqual(d({ name: "Kyiv Independent" }));
  });

  it("takes no unit after a comma for the parent of a name with no number or echelon", () => {
    expect(findUnitDesignations("According to the Georgian Legion, the 3rd Battalion was disbanded.").map((m) => m.text)).toEqual(["Georgian Legion", "3rd Battalion"]);
    // a numbered unit still takes its parent after a comma, and a name still heads a chain after "of"
    expect(findUnitDesignations("The 1st Battalion, the Parachute Regiment, and the 1st Battalion of the International Legion.").map((m) => m.text)).toEqual([
      "1st Battalion, the Parachute Regiment", "1st Battalion of the International Legion",
    ]);
  });

  it("takes a rank such as Lt. Col. for no unit in prose", () => {
    expect(findUnitDesignations("Lt. Col. Ivan Petrov, the commander of its 1st Motor Rifle Regiment, was killed.").map((m) => m.text)).toEqual(["1st Motor Rifle Regiment"]);
  });

  // The scanner tries a deep read only where a unit can start (see mayReachDesignation): these
  // forms pin down what its cheap tests must let through, and what they may pass over.
  it("reads a unit that starts on a lower-case word only with a name after its echelon", () => {
    const text = "They met the company “Kraken”; the assault brigade «Rubizh»; the sep. bde. “Azov”; the battalion (Reserve) “Wolves”; " +
      "assault Company H; the brigade West and the brigade named after Anne of Kyiv.";
    expect(findUnitDesignations(text).map((m) => [m.text, m.value.name])).toEqual([
      ["company “Kraken”", "Kraken"], ["assault brigade «Rubizh»", "Rubizh"], ["sep. bde. “Azov”", "Azov"], ["battalion (Reserve) “Wolves”", "Wolves"],
      ["assault Company H", "H"], ["brigade West", "West"], ["brigade named after Anne of Kyiv", "Anne of Kyiv"],
    ]);
    // no name after the echelon: a count, a sentence's end, an aside in parentheses
    const none = "The battalion achieved little; volunteers fought in the battalions, between raids. The battalion. Then the brigade (which was new) left the bde. The end.";
    expect(findUnitDesignations(none)).toEqual([]);
  });

  it("reads a lower-case echelon and a quoted name wherever prose puts them", () => {
    const echelons = ["company", "battalion", "regiment", "brigade", "division"];
    const marks = [["“", "”"], ["«", "»"], ['"', '"']] as const;
    fc.assert(fc.property(fc.constantFrom(...echelons), fc.constantFrom(...marks), fc.constantFrom("Kraken", "Azov", "Da Vinci"), fc.nat(30), (echelon, [open, close], name, pad) => {
      const text = `${"Officials said the volunteers would stay. ".repeat(pad % 4)}Yesterday the ${echelon} ${open}${name}${close} moved.`;
      expect(findUnitDesignations(text).map((m) => [m.text, m.value.echelon, m.value.name])).toEqual([[`${echelon} ${open}${name}${close}`, echelon, name]]);
    }), { numRuns: 200 });
  });

  it("tries a number as a unit's only before a word, a hyphen or a slash", () => {
    const text = "In 2025, the 47th Brigade and, on 1 May, the 2nd Battalion moved; of the 35,000 volunteers, 400 joined the 2-502nd Infantry and 3/5 Marines.";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["47th Brigade", "2nd Battalion", "2-502nd Infantry", "3/5 Marines"]);
  });

  it("reaches a designation word over name words and joiners, and a fleet's word", () => {
    const text = "Unlike the French Foreign Legion, the International Legion for the Defence of Ukraine took THE 2nd Battalion of the Black Sea Fleet; the Pacific Fleet said so.";
    expect(findUnitDesignations(text).map((m) => m.text)).toEqual(["French Foreign Legion", "International Legion for the Defence of Ukraine", "2nd Battalion of the Black Sea Fleet"]);
  });

  it("keeps a hyphenated ordinal whole and splits other hyphenated words", () => {
    expect(findUnitDesignations("The Twenty-third Brigade and one-third infantry held.").map((m) => [m.text, m.value.number])).toEqual([["Twenty-third Brigade", 23]]);
  });

  it("runs in linear time on a long list of ordinals", () => {
    expectLinear((n) => `${repeatTo("1st, 2nd and ", n)}3rd Brigades`, (s) => findUnitDesignations(s));
  });

  it("runs in linear time on a run of possessives in prose", () => {
    expectLinear((n) => repeatTo("the 1st Brigade's 2nd Battalion's ", n), (s) => findUnitDesignations(s));
  });

  it("does not take a year for a unit number", () => {
    expect(findUnitDesignations("The 2025 Army budget grew; the 1008th Regiment and 1129 Regt stayed.").map((m) => m.text)).toEqual(["1008th Regiment", "1129 Regt"]);
  });

  it("finds every formatted designation inside prose", () => {
    // a name made of words prose uses otherwise ("Some", "May") is not read as a name there
    const plainName = (v: UnitDesignation) => v.name === undefined || !v.name.split(" ").some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || monthFromWord(w) !== undefined);
    fc.assert(
      fc.property(unitDesignationArbitrary().filter((v) => v.number !== undefined && v.echelon !== undefined && plainName(v)), (v) => {
        const text = formatUnitDesignation(v);
        const source = `Reports said that ${text} was seen.`;
        const found = findUnitDesignations(source);
        expect(found.length).toBeGreaterThan(0);
        expect(found[0]?.start).toBe(source.indexOf(text));
      }),
    );
  });

  it.each<[string, string]>([
    ["repeated ordinals", "1st "],
    ["a digit run", "7"],
    ["capitalized words", "Azov Kraken "],
    ["quotes", '2nd Brigade " '],
    ["chains", "1st Bn of the 2nd Regt of the "],
    ["names with 'of', services and fleets", "Freedom of National Guard of Black Sea Fleet of "],
    ["number-first units", "40 Commando Royal 2 PARA "],
    ["lettered and firms' companies", "A Company, Coca-Cola Company of A Company with A "],
  ])("runs in linear time on %s", (_label, unit) => {
    expectLinear((n) => repeatTo(unit, n), (s) => findUnitDesignations(s));
  });

  const seed = new URL("../../../shared/seed-article.txt", import.meta.url);
  it.runIf(existsSync(seed))("finds the designations of the seed article", () => {
    const text = readFileSync(seed, "utf8");
    const found = findUnitDesignations(text);
    expect(found.some((m) => m.value.echelon === "battalion" && m.value.number !== undefined)).toBe(true);
    expect(found.some((m) => m.value.parent?.echelon === "brigade")).toBe(true);
    expect(found.some((m) => m.value.name?.startsWith("International Legion") === true)).toBe(true);
    for (const m of found) expect(isMentionOf(text, m)).toBe(true);
  });
});
