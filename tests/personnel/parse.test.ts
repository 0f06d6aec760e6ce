import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMentionOf, type Mention } from "../../src/common/index.js";
import { PersonDescriptionSchema, type PersonDescription } from "../../src/personnel/description.js";
import { findPersonDescriptions, parsePersonDescription } from "../../src/personnel/parse.js";
import { RANKS, ROLE_WORDS, type RankEntry } from "../../src/personnel/vocabulary.js";
import { findUnitDesignations } from "../../src/unit/parse.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

function read(text: string): PersonDescription {
  const r = parsePersonDescription(text);
  if (!r.success) throw new Error(`expected ${JSON.stringify(text)} to parse: ${r.error.message}`);
  expect(PersonDescriptionSchema.safeParse(r.data).success).toBe(true);
  return r.data;
}

/** Every part as [text, value], to compare spans and values at once. */
function parts(d: PersonDescription): Record<string, unknown> {
  const pair = (m: Mention<unknown> | undefined) => (m === undefined ? undefined : [m.text, m.value]);
  return {
    name: pair(d.name), age: pair(d.age), rank: pair(d.rank), service: pair(d.service), unit: d.unit?.text,
    aliases: d.aliases.map(pair), nationalities: d.nationalities.map(pair), origins: d.origins.map(pair), roles: d.roles.map(pair),
  };
}

const none = { name: undefined, age: undefined, rank: undefined, service: undefined, unit: undefined, aliases: [], nationalities: [], origins: [], roles: [] };

describe("parsePersonDescription reads the shapes reports use", () => {
  it("Karl, a 53-year-old American combat medic", () => {
    expect(parts(read("Karl, a 53-year-old American combat medic"))).toEqual({
      ...none, name: ["Karl", "Karl"], age: ["53-year-old", 53], nationalities: [["American", "US"]], roles: [["combat medic", "combat-medic"]],
    });
  });

  it("Bjorn Kallsoy, known by his nom de guerre Viking", () => {
    expect(parts(read("Bjorn Kallsoy, known by his nom de guerre Viking"))).toEqual({
      ...none, name: ["Bjorn Kallsoy", "Bjorn Kallsoy"], aliases: [["nom de guerre Viking", { value: "Viking", kind: "nom-de-guerre" }]],
    });
  });

  it("Dane from the Faroe Islands, 45 years old", () => {
    expect(parts(read("Dane from the Faroe Islands, 45 years old"))).toEqual({
      ...none, age: ["45 years old", 45], nationalities: [["Dane", "DK"]],
      origins: [["from the Faroe Islands", { name: "Faroe Islands", country: "FO", territoryOf: "DK" }]],
    });
  });

  it("Andrii Spivak, chief of staff of the 2nd Battalion", () => {
    const d = read("Andrii Spivak, chief of staff of the 2nd Battalion");
    expect(parts(d)).toEqual({ ...none, name: ["Andrii Spivak", "Andrii Spivak"], roles: [["chief of staff", "chief-of-staff"]], unit: "2nd Battalion" });
    expect(d.unit?.value).toMatchObject({ number: 2, echelon: "battalion" });
    expect(read("a volunteer in the International Legion").unit?.value).toMatchObject({ name: "International Legion" });
    expect(read("Maj. Ivan Petrenko, commander of the 3rd Separate Assault Brigade").unit?.text).toBe("3rd Separate Assault Brigade");
    // Places after the same prepositions are origins, not units.
    expect(read("Sgt. John Smith, 29, of Texas").unit).toBeUndefined();
  });

  it("the president Volodymyr Zelenski, and a possessive", () => {
    expect(parts(read("the president Volodymyr Zelenski"))).toEqual({ ...none, name: ["Volodymyr Zelenski", "Volodymyr Zelenski"], roles: [["president", "president"]] });
    expect(read("President Volodymyr Zelenski's decree").name?.text).toBe("Volodymyr Zelenski");
  });

  it("a 45-year-old Colombian volunteer", () => {
    expect(parts(read("a 45-year-old Colombian volunteer"))).toEqual({
      ...none, age: ["45-year-old", 45], nationalities: [["Colombian", "CO"]], roles: [["volunteer", "volunteer"]],
    });
  });

  it("call sign 'Moses' and other quotes", () => {
    expect(parts(read("call sign 'Moses'"))).toEqual({ ...none, aliases: [["call sign 'Moses'", { value: "Moses", kind: "call-sign" }]] });
    expect(read("callsign “Grey Wolf”").aliases[0]?.value).toEqual({ value: "Grey Wolf", kind: "call-sign" });
    expect(read("nicknamed «Doc»").aliases[0]?.value).toEqual({ value: "Doc", kind: "nickname" });
    expect(read("under the pseudonym \"Anna K\"").aliases[0]?.value).toEqual({ value: "Anna K", kind: "pseudonym" });
    expect(read("whose call sign is ZEUS").aliases[0]?.value).toEqual({ value: "ZEUS", kind: "call-sign" });
  });

  it("leaves the comma or period US style sets inside an alias's closing quote to the sentence", () => {
    const alias = (text: string) => findPersonDescriptions(text).flatMap((d) => d.value.aliases.map((a) => a.value.value));
    expect(alias('Ivan Petrov, known by the call sign "Viking," said the line held.')).toEqual(["Viking"]);
    expect(alias("Ivan Petrov, nicknamed “Doc,” left.")).toEqual(["Doc"]);
    expect(alias("Ivan Petrov, call sign 'Moses,' left.")).toEqual(["Moses"]);
    expect(alias('Ivan Petrov is known by the call sign "Viking." He left.')).toEqual(["Viking"]);
    // an abbreviation keeps its period; other marks are the alias's own
    expect(alias('Ivan Petrov, known as "J.R.", left.')).toEqual(["J.R."]);
    expect(alias('Ivan Petrov, known as "Anna K." left.')).toEqual(["Anna K."]);
    expect(alias('Ivan Petrov, known as "Yahoo!" left.')).toEqual(["Yahoo!"]);
  });

  it("Sgt. John Smith, 29, of Texas", () => {
    expect(parts(read("Sgt. John Smith, 29, of Texas"))).toEqual({
      ...none, rank: ["Sgt.", "sergeant"], name: ["John Smith", "John Smith"], age: ["29", 29], origins: [["of Texas", { name: "Texas", country: "US" }]],
    });
  });

  it("a town and the state, province or country it lies in", () => {
    expect(parts(read("Sgt. Tom Reyes, 29, of Austin, Texas")).origins).toEqual([["of Austin, Texas", { name: "Austin, Texas", country: "US" }]]);
    expect(parts(read("Ana Ruiz, 40, of Lviv, Ukraine")).origins).toEqual([["of Lviv, Ukraine", { name: "Lviv, Ukraine", country: "UA" }]]);
    expect(parts(read("Mark Hill, 35, of Halifax, Nova Scotia")).origins).toEqual([["of Halifax, Nova Scotia", { name: "Halifax, Nova Scotia", country: "CA" }]]);
    // the state or the country: the town stays with it, the country is left open
    expect(parts(read("Joe Lane, 33, of Atlanta, Georgia")).origins).toEqual([["of Atlanta, Georgia", { name: "Atlanta, Georgia" }]]);
    // a territory listed as a state and as a country is one place, with its own code
    expect(parts(read("Luis Rivera, 24, of San Juan, Puerto Rico")).origins).toEqual([["of San Juan, Puerto Rico", { name: "San Juan, Puerto Rico", country: "PR" }]]);
    // a town alone stays as written, with no country
    expect(parts(read("Joe Lane, 33, of Austin")).origins).toEqual([["of Austin", { name: "Austin" }]]);
    // the nations of the United Kingdom stand where a state would
    expect(parts(read("Mary Byrne, 30, of Belfast, Northern Ireland")).origins).toEqual([["of Belfast, Northern Ireland", { name: "Belfast, Northern Ireland", country: "GB" }]]);
    expect(parts(read("Ann Reid, 33, of Wales")).origins).toEqual([["of Wales", { name: "Wales", country: "GB" }]]);
  });

  it("a town and its state or country before native or -born", () => {
    expect(parts(read("Leeds, England native John Smith, 40")).origins).toEqual([["Leeds, England native", { name: "Leeds, England", country: "GB" }]]);
    expect(parts(read("Glasgow, Scotland-born Ann Reid")).origins).toEqual([["Glasgow, Scotland-born", { name: "Glasgow, Scotland", country: "GB" }]]);
    // AP style sets the state off with commas
    expect(parts(read("an Austin, Texas, native")).origins).toEqual([["Austin, Texas, native", { name: "Austin, Texas", country: "US" }]]);
    expect(parts(read("Lviv, Ukraine native Oleh Kim")).origins).toEqual([["Lviv, Ukraine native", { name: "Lviv, Ukraine", country: "UA" }]]);
    // with no cue after it, a town and its country is no origin and no name
    const [d] = findPersonDescriptions("In Paris, France, said Oleh Kim, 30.");
    expect([d?.text, d?.value.origins]).toEqual(["Oleh Kim, 30", []]);
  });

  it("a state before native or -born", () => {
    expect(parts(read("a Texas-born medic")).origins).toEqual([["Texas-born", { name: "Texas", country: "US" }]]);
    expect(parts(read("an Ontario native")).origins).toEqual([["Ontario native", { name: "Ontario", country: "CA" }]]);
  });

  it("Army Staff Sgt. Hilbert Caesar, 26", () => {
    expect(parts(read("Army Staff Sgt. Hilbert Caesar, 26"))).toEqual({
      ...none, service: ["Army", "army"], rank: ["Staff Sgt.", "staff-sergeant"], name: ["Hilbert Caesar", "Hilbert Caesar"], age: ["26", 26],
    });
  });

  it("Jamaica native Marine Cpl. Everton Bryon, 22", () => {
    expect(parts(read("Jamaica native Marine Cpl. Everton Bryon, 22"))).toEqual({
      ...none, origins: [["Jamaica native", { name: "Jamaica", country: "JM" }]], service: ["Marine", "marine-corps"],
      rank: ["Cpl.", "corporal"], name: ["Everton Bryon", "Everton Bryon"], age: ["22", 22],
    });
  });

  it("A native of El Salvador; born in, -born, citizen of", () => {
    expect(parts(read("A native of El Salvador"))).toEqual({ ...none, origins: [["native of El Salvador", { name: "El Salvador", country: "SV" }]] });
    expect(read("born in the Faeroe Islands").origins[0]?.value).toEqual({ name: "Faeroe Islands", country: "FO", territoryOf: "DK" });
    expect(read("a Texas-born sniper").origins[0]).toMatchObject({ text: "Texas-born", value: { name: "Texas" } });
    expect(read("a citizen of Dominica").nationalities.map((m) => m.value)).toEqual(["DM"]);
  });

  it("reads every age shape", () => {
    const age = (t: string) => read(t).age;
    expect(age("Karl, 45 years old")).toMatchObject({ text: "45 years old", value: 45 });
    expect(age("a 45-year-old")).toMatchObject({ text: "45-year-old", value: 45 });
    expect(age("a 45 year old medic")).toMatchObject({ value: 45 });
    expect(age("Karl Olsen, 45, a medic")).toMatchObject({ text: "45", value: 45 });
    expect(age("Karl Olsen (45), a medic")).toMatchObject({ text: "45", value: 45 });
    expect(age("a forty-five-year-old medic")).toMatchObject({ text: "forty-five-year-old", value: 45 });
    expect(age("Karl, aged 19")).toMatchObject({ text: "aged 19", value: 19 });
    expect(age("Karl, 45 years of age")).toMatchObject({ value: 45 });
    // A bare number is an age only right after a name.
    expect(read("45 Danish volunteers").age).toBeUndefined();
    expect(read("the 2nd Battalion medic").age).toBeUndefined();
  });

  it("reads nationality words singular, plural, irregular and from the dataset", () => {
    const codes = (t: string) => read(t).nationalities.map((m) => m.value);
    expect(codes("Americans and Colombians")).toEqual(["US", "CO"]);
    expect(codes("two Danes, a Faroese, a British and a French volunteer")).toEqual(["DK", "FO", "GB", "FR"]);
    expect(codes("a Briton, a Swede, a Finn, a Pole, a Turk and a Scot")).toEqual(["GB", "SE", "FI", "PL", "TR", "GB"]);
    expect(codes("a Danish-American medic")).toEqual(["DK", "US"]);
    expect(codes("a U.S. Army medic")).toEqual(["US"]);
    expect(codes("a Cook Islander cook")).toEqual(["CK"]);
    // Not nationalities: a continent, a language.
    expect(codes("South Americans, a volunteer")).toEqual([]);
    expect(codes("a medic who does not speak English")).toEqual([]);
  });

  it("reads ranks from every abbreviation and title in the table", () => {
    for (const [id, entry] of Object.entries(RANKS) as [string, RankEntry][]) {
      const forms = [...entry.abbreviations, ...(entry.abbreviationsOnly === true ? [] : [entry.title])];
      for (const form of forms) {
        const d = read(`${form} Bado Kiremu`);
        expect([form, d.rank?.value, d.name?.value]).toEqual([form, id, "Bado Kiremu"]);
      }
    }
    expect(read("Lt. Col. Ivan Petrenko").rank?.text).toBe("Lt. Col.");
    expect(parsePersonDescription("a major offensive").success).toBe(false);
    expect(read("a major offensive by the medic").rank).toBeUndefined();
  });

  it("reads a grade spelt out before an abbreviated title, and the post-Soviet colonel general", () => {
    const rank = (text: string) => [read(text).rank?.text, read(text).rank?.value, read(text).name?.value];
    expect(rank("Senior Lt. Natalia Koval")).toEqual(["Senior Lt.", "senior-lieutenant", "Natalia Koval"]);
    expect(rank("Junior Sgt. Oksana Marchenko")).toEqual(["Junior Sgt.", "junior-sergeant", "Oksana Marchenko"]);
    expect(rank("Junior Lt Dmytro Bondar")).toEqual(["Junior Lt", "junior-lieutenant", "Dmytro Bondar"]);
    expect(rank("Col. Gen. Oleksandr Syrskyi")).toEqual(["Col. Gen.", "colonel-general", "Oleksandr Syrskyi"]);
    expect(rank("Cpt. Serhiy Kuzmenko")).toEqual(["Cpt.", "captain", "Serhiy Kuzmenko"]);
    // "Senior" and "Junior" alone, or before a word that is no abbreviated title, give no rank
    expect(findPersonDescriptions("Senior officials and Junior officers met Senior Ivan Petrov.").flatMap((m) => (m.value.rank === undefined ? [] : [m.value.rank.value]))).toEqual([]);
    expect(read("Col. Ivan Petrenko").rank?.value).toBe("colonel");
  });

  it("reads every role word in the table", () => {
    for (const [id, words] of Object.entries(ROLE_WORDS)) {
      for (const w of words) expect([w, read(`the ${w}`).roles.map((m) => m.value)]).toEqual([w, [id]]);
    }
  });

  it("reads names with particles, hyphens, initials and other scripts", () => {
    expect(read("Jean-Pierre de la Fontaine, 60").name?.value).toBe("Jean-Pierre de la Fontaine");
    expect(read("John F. Kennedy, 46").name?.value).toBe("John F. Kennedy");
    expect(read("Mr. Sean O'Brien, 33").name?.value).toBe("Sean O'Brien");
    expect(read("Андрій Співак, 41").name?.value).toBe("Андрій Співак");
  });
});

describe("parsePersonDescription reports bad input clearly", () => {
  it("empty text", () => {
    for (const t of ["", "   \n"]) expect(parsePersonDescription(t)).toEqual({ success: false, error: { code: "empty", message: "expected a person description, got an empty string", input: t, offset: 0 } });
  });
  it("nothing about a person", () => {
    const r = parsePersonDescription("the weather was fine");
    expect(r.success ? undefined : r.error.code).toBe("no_match");
    expect(r.success ? "" : r.error.message).toContain('nothing in "the weather was fine" describes a person');
  });
  it("an implausible age, naming value, rule and offset", () => {
    const r = parsePersonDescription("Karl, a 300-year-old medic");
    expect(r).toEqual({ success: false, error: expect.objectContaining({ code: "out_of_range", offset: 8 }) });
    expect(r.success ? "" : r.error.message).toBe('age 300 in "300-year-old" at offset 8 is not a plausible human age (0–130)');
  });
  it("a nationality word that names two countries", () => {
    const r = parsePersonDescription("a Dominican volunteer");
    expect(r).toEqual({ success: false, error: expect.objectContaining({ code: "ambiguous", offset: 2 }) });
    expect(r.success ? "" : r.error.message).toBe('"Dominican" at offset 2 can mean more than one country: DM (Dominica), DO (Dominican Republic)');
  });
});

const TOTALITY_INPUTS = [fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }),
  fc.array(fc.constantFrom("Sgt.", "Karl", ",", " ", "45", "-year-old", "'", "call sign", "of the", "2nd Battalion", "American", "native", "from", "the", "Faroe Islands", "de", "(", ")", "aged", "\n", "Lt.", "Col."), { maxLength: 30 }).map((a) => a.join(" "))];

describe("totality", () => {
  it("property: never throws, and every mention is a slice of the input", () => {
    for (const input of TOTALITY_INPUTS) {
      fc.assert(fc.property(input, (text) => {
        const r = parsePersonDescription(text);
        if (!r.success) {
          expect(r.error.offset).toBeGreaterThanOrEqual(0);
          expect(r.error.offset).toBeLessThanOrEqual(text.length);
          return;
        }
        const d = r.data;
        const mentions: Mention<unknown>[] = [...d.aliases, ...d.nationalities, ...d.origins, ...d.roles];
        for (const m of [d.name, d.age, d.rank, d.service, d.unit]) if (m !== undefined) mentions.push(m);
        for (const m of mentions) expect(isMentionOf(text, m)).toBe(true);
      }));
    }
  });

  it("property: findPersonDescriptions never throws and returns ordered slices", () => {
    for (const input of TOTALITY_INPUTS) {
      fc.assert(fc.property(input, (text) => {
        const found = findPersonDescriptions(text);
        let last = 0;
        for (const m of found) {
          expect(isMentionOf(text, m)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
      }));
    }
  });
});

describe("linear time on adversarial input", () => {
  // Each unit stresses several matchers at once: ranks, names and bare ages; number words and
  // nationalities; unclosed quotes after an alias cue; prepositions that try the unit parser;
  // particles, hyphens and initials in names; long capitalised runs.
  const units = [
    "Sgt. Karl, 45, a forty-five-year-old American Lt. Col. ",
    "call sign '“«(((('\" nom de guerre ",
    "from the 2nd Battalion of de Jean-J. ",
    "Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg ",
  ];
  for (const unit of units) {
    it(`parsePersonDescription on ${JSON.stringify(unit)} repeated`, () => {
      expectLinear((n) => repeatTo(unit, n), (t) => parsePersonDescription(t));
    });
  }
  it("parsePersonDescription on one name followed by comma runs and numbers", () => {
    expectLinear((n) => `Karl${repeatTo(",,,,,,,,,,,,,,,,1", n - 4)}`, (t) => parsePersonDescription(t));
  });
  it("findPersonDescriptions on a repeated description", () => {
    expectLinear((n) => repeatTo("Karl, a 53-year-old American combat medic, call sign 'Moses'. ", n), (t) => findPersonDescriptions(t));
  });
});

describe("findPersonDescriptions in running text", () => {
  it("groups the parts of each person and skips what is not a description", () => {
    const text = "Fewer volunteers came. The unit lost Karl, a 53-year-old American combat medic. Bjorn Kallsoy, 45, known by his nom de guerre Viking, survived; Sgt. John Smith, 29, of Texas did not.";
    const found = findPersonDescriptions(text);
    expect(found.map((m) => m.text)).toEqual([
      "Karl, a 53-year-old American combat medic",
      "Bjorn Kallsoy, 45, known by his nom de guerre Viking",
      "Sgt. John Smith, 29, of Texas",
    ]);
    expect(found[1]?.value.aliases[0]?.value).toEqual({ value: "Viking", kind: "nom-de-guerre" });
    expect(found[2]?.value.age?.value).toBe(29);
  });

  it("reads no person from the age of a thing ('a six-year-old war')", () => {
    const ages = (text: string) => findPersonDescriptions(text).map((m) => [m.text, m.value.age?.value]);
    expect(ages("The six-year-old war goes on; a three-year-old conflict, the 75-year-old military alliance and a 30-year-old armoured vehicle too.")).toEqual([]);
    // people keep their ages, with or without a noun after, and with a modifier before their role
    expect(ages("A 19-year-old was killed. A 41-year-old truck driver and Karl, a 53-year-old, died.")).toEqual([
      ["19-year-old", 19], ["41-year-old truck driver", 41], ["Karl, a 53-year-old", 53],
    ]);
    // a thing's word that opens a role, or stands before one, is the person's
    expect(ages("Baba, a 30-year-old tank crewman, and a 25-year-old tank driver died.")).toEqual([
      ["Baba, a 30-year-old tank crewman", 30], ["25-year-old tank driver", 25],
    ]);
  });

  it("leaves a town after 'in' or 'at' out of the name that follows it", () => {
    const names = (text: string) => findPersonDescriptions(text).map((m) => [m.text, m.value.name?.value]);
    expect(names("In Kyiv Ivan Petrenko, 34, said so.")).toEqual([["Ivan Petrenko, 34", "Ivan Petrenko"]]);
    expect(names("Later, in Mariupol Olena Bondar-Hrytsenko, 30, wrote.")).toEqual([["Olena Bondar-Hrytsenko, 30", "Olena Bondar-Hrytsenko"]]);
    // two words are a name, not a town and a surname; other prepositions open no place
    expect(names("At Ivan Petrenko, 34, we looked.")).toEqual([["Ivan Petrenko, 34", "Ivan Petrenko"]]);
    expect(names("He met with Ivan Petro Bondar, 34.")).toEqual([["Ivan Petro Bondar, 34", "Ivan Petro Bondar"]]);
  });

  it("takes a lone word or a known country after 'in' or 'at' for a place, not a person", () => {
    const units = (text: string) => findPersonDescriptions(text, { units: findUnitDesignations(text) }).map((m) => [m.value.name?.value, m.value.unit?.value.number]);
    expect(units("Sgt. Ivan Petrenko, who fought in Syria, served with the 3rd Battalion.")).toEqual([["Ivan Petrenko", undefined]]);
    expect(units("He fought in Syria, served with the 3rd Battalion.")).toEqual([]);
    expect(units("He fought at Avdiivka, served with the 3rd Battalion.")).toEqual([]);
  });

  it("takes a word after a compass adjective, and a run closed by 'Oblast' or 'Region', for a place", () => {
    const names = (text: string) => findPersonDescriptions(text).map((m) => m.value.name?.value);
    expect(names("The Pentagon identified a soldier who died in eastern Syria as Staff Sgt. Marcus L. Hale, 32, of Tulsa.")).toEqual(["Marcus L. Hale"]);
    expect(names("Fighting in Kharkiv Oblast, Sgt. Ivan Petrenko, 34, was hurt.")).toEqual(["Ivan Petrenko"]);
    expect(names("In the Donetsk Region, Sgt. Ivan Petrenko, 34, was hurt.")).toEqual(["Ivan Petrenko"]);
  });

  it("takes a run closed by a firm's 'Company' or 'Group' for the firm, not a person", () => {
    const names = (text: string) => findPersonDescriptions(text, { units: findUnitDesignations(text) }).map((m) => [m.value.name?.value, m.value.nationalities.map((n) => n.value)]);
    expect(names("The British Petroleum Company paid. A Russian Gazprom Company official and a Russian Lukoil Group manager said so.")).toEqual([]);
    // a person before a lower-case "company", or before a unit's name, stays one
    expect(names("Ivan Petrenko, a Ukrainian, said the Russian Ivan Sidorov company paid; Sgt. John Smith, Bravo Company, died.")).toEqual([
      ["Ivan Petrenko", ["UA"]], ["Ivan Sidorov", ["RU"]], ["John Smith", []],
    ]);
  });

  it("reads 'its' role and a unit's possessive in an apposition, and a plural citizenship before names", () => {
    const found = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles.map((r) => r.value), m.value.nationalities.map((n) => n.value)]);
    expect(found("Andriy Koval, its spokesman, said so.")).toEqual([["Andriy Koval", ["spokesperson"], []]]);
    expect(found("Andriy Koval, the 3rd Battalion's spokesman, said so.")).toEqual([["Andriy Koval", ["spokesperson"], []]]);
    expect(found("Two American citizens, Daniel Reyes and Kyle Martin, were killed.")).toEqual([["Daniel Reyes", [], ["US"]], ["Kyle Martin", [], ["US"]]]);
    expect(found("A US citizen, Pete Reed, was killed, he told us.")).toEqual([["Pete Reed", [], ["US"]]]);
    // a plural citizenship with no names after it stays outside, as before
    expect(found("Indian nationals were recruited.")).toEqual([]);
    // a name whose verb takes "its" after it is no apposition
    expect(found("Andriy Koval said its commander left.")).toEqual([]);
  });

  it("takes a unit's ground for no unit of the person's ('fought in the 47th Brigade's sector')", () => {
    const units = (text: string) => findPersonDescriptions(text, { units: findUnitDesignations(text) }).map((m) => m.value.unit?.value.number);
    expect(units("Sgt. Ivan Petrenko, a medic, fought in the 47th Brigade's sector.")).toEqual([undefined]);
    expect(units("Sgt. Ivan Petrenko, a medic, served with the 47th Brigade's sappers.")).toEqual([47]);
    expect(units("Sgt. Ivan Petrenko, who joined the 47th Brigade's 2nd Battalion, said.")).toEqual([2]);
  });

  it("keeps the rest of a description around a nationality that names two countries", () => {
    const text = "Jean Mbala, a Congolese medic, was wounded. Pedro, a Dominican sniper who joined the 3rd Battalion, died. Lee Min-ho, a 30-year-old Korean volunteer from Busan, stayed.";
    const found = findPersonDescriptions(text);
    expect(found.map((m) => [m.text, m.value.nationalities.length, m.value.roles.map((r) => r.value), m.value.unit?.text, m.value.origins.map((o) => o.value.name)])).toEqual([
      ["Jean Mbala, a Congolese medic", 0, ["medic"], undefined, []],
      ["Pedro, a Dominican sniper who joined the 3rd Battalion", 0, ["sniper"], "3rd Battalion", []],
      ["Lee Min-ho, a 30-year-old Korean volunteer from Busan", 0, ["volunteer"], undefined, ["Busan"]],
    ]);
    // an unknown capitalised word still ends a description: it may be a place or the next name
    expect(findPersonDescriptions("Karl, a 53-year-old Zorbian volunteer").map((m) => m.text)).toEqual(["Karl, a 53-year-old"]);
    // a known nationality still counts, and plural groups stay out
    expect(findPersonDescriptions("Korean volunteers arrived. A Dominican medic died.").map((m) => m.text)).toEqual([]);
  });

  it("reads an echelon's commander as a role and a unit after its owner", () => {
    const text = "“We lost men,” said Sgt. Oleksandr Hnatiuk, 34, a platoon commander with the brigade's 2nd Assault Battalion. A 29-year-old former paratrooper of its 3rd Company agreed.";
    const found = findPersonDescriptions(text);
    expect(found.map((m) => [m.value.name?.value, m.value.age?.value, m.value.roles.map((r) => r.value), m.value.unit?.text])).toEqual([
      ["Oleksandr Hnatiuk", 34, ["commander"], "2nd Assault Battalion"],
      // a former paratrooper is described, but no paratrooper now
      [undefined, 29, [], "3rd Company"],
    ]);
  });

  it("takes no town's country for a person ('of Leeds, England, joined')", () => {
    const found = findPersonDescriptions("John Smith, 40, of Leeds, England, joined the 3rd Battalion.");
    expect(found.map((m) => [m.value.name?.value, m.value.origins.map((o) => o.value), m.value.unit?.text])).toEqual([
      ["John Smith", [{ name: "Leeds, England", country: "GB" }], "3rd Battalion"],
    ]);
  });

  it("keeps a town's state in its origin, and reads the unit a person is a spokesperson for", () => {
    const text = "Maj. Olena Hrytsenko, a spokeswoman for the 47th Mechanized Brigade, said so. Sgt. Tom Reyes, 29, of Austin, Texas, serves with the 3rd Battalion, 5th Marines.";
    const found = findPersonDescriptions(text);
    expect(found.map((m) => [m.value.name?.value, m.value.origins.map((o) => o.value), m.value.unit?.text])).toEqual([
      ["Olena Hrytsenko", [], "47th Mechanized Brigade"],
      ["Tom Reyes", [{ name: "Austin, Texas", country: "US" }], "3rd Battalion, 5th Marines"],
    ]);
  });

  it("reads the unit after a verb that places a person in it", () => {
    const text = "Ivan Petrenko, 41, who joined the 92nd Mechanized Brigade in 2023, said so. Sgt. Olha Marchenko was assigned to the 3rd Battalion. Pavlo Hrytsenko, 38, led the assault.";
    expect(findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.unit?.text])).toEqual([
      ["Ivan Petrenko", "92nd Mechanized Brigade"],
      ["Olha Marchenko", "3rd Battalion"],
      ["Pavlo Hrytsenko", undefined],
    ]);
  });

  it("joins an alias and a unit across 'who uses the call sign … and serves with'", () => {
    const [d] = findPersonDescriptions("said a 36-year-old British volunteer who uses the call sign \"Scout\" and serves with the 59th Motorized Brigade.");
    expect([d?.value.age?.value, d?.value.nationalities[0]?.value, d?.value.aliases[0]?.value.value, d?.value.unit?.text]).toEqual([36, "GB", "Scout", "59th Motorized Brigade"]);
  });

  it("takes the age range of a group for no one's age", () => {
    expect(findPersonDescriptions("It offers contracts to volunteers aged 18 to 24, and recruits aged between 18 and 25 or aged 19-21.")).toEqual([]);
    expect(findPersonDescriptions("A volunteer aged 19 signed.").map((m) => m.value.age?.value)).toEqual([19]);
  });

  it("lets one lower-case word modify a role after an article or an age", () => {
    const found = findPersonDescriptions("Ivan Petrenko, a 41-year-old truck driver who joined the 92nd Mechanized Brigade, spoke. Karl, 53, an army medic, stayed. Olha, 30, said soldiers left.");
    expect(found.map((m) => [m.value.name?.value, m.value.roles.map((r) => r.value), m.value.unit?.text])).toEqual([
      ["Ivan Petrenko", ["driver"], "92nd Mechanized Brigade"],
      ["Karl", ["medic"], undefined],
      ["Olha", [], undefined],
    ]);
  });

  it("takes a sentence adverb for no name", () => {
    expect(findPersonDescriptions("Separately, Russian state media reported it. Meanwhile, Danish officials said nothing. Reportedly, 45 stayed.")).toEqual([]);
  });

  it("takes a nationality with a plural role for a group, not a person", () => {
    const found = findPersonDescriptions("Ukrainian soldiers met a Danish fighter. Colombian combat medics and a French chief of staff arrived; two Polish chiefs of staff left.");
    expect(found.map((m) => m.text)).toEqual(["Danish fighter", "French chief of staff"]);
    // the ages of a group belong to no one person
    expect(findPersonDescriptions("Two Colombian medics, 25 and 30, stayed.")).toEqual([]);
  });

  it("knows the plural of every role phrase the table lists in both numbers", () => {
    for (const [id, words] of Object.entries(ROLE_WORDS)) {
      const singular = words.find((w) => words.includes(`${w}s`));
      if (singular === undefined) continue;
      expect(findPersonDescriptions(`The Danish ${singular} left.`).map((m) => m.value.roles[0]?.value), id).toEqual([id]);
      expect(findPersonDescriptions(`The Danish ${singular}s left.`), id).toEqual([]);
    }
  });

  it("starts a new description at a second name", () => {
    const found = findPersonDescriptions("Karl, 53, and Bjorn, 45, joined.");
    expect(found.map((m) => [m.value.name?.value, m.value.age?.value])).toEqual([["Karl", 53], ["Bjorn", 45]]);
  });

  it("gives what follows 'and' to the next name ('Sgt. Ivan Bondar and Cpl. Petro Melnyk')", () => {
    const pairs = (text: string) => findPersonDescriptions(text).map((m) => [m.text, m.value.name?.value, m.value.rank?.value ?? m.value.nationalities[0]?.value]);
    expect(pairs("Sgt. Ivan Bondar and Cpl. Petro Melnyk were wounded.")).toEqual([
      ["Sgt. Ivan Bondar", "Ivan Bondar", "sergeant"], ["Cpl. Petro Melnyk", "Petro Melnyk", "corporal"],
    ]);
    expect(pairs("French President Emmanuel Macron and Polish President Andrzej Duda met.")).toEqual([
      ["French President Emmanuel Macron", "Emmanuel Macron", "FR"], ["Polish President Andrzej Duda", "Andrzej Duda", "PL"],
    ]);
    // a nameless description before "and" is someone else
    const dane = findPersonDescriptions("A 26-year-old Danish volunteer and Erik Berg were killed.");
    expect(dane.map((m) => [m.value.name?.value, m.value.age?.value])).toEqual([[undefined, 26]]);
    // "and a" brings in someone new
    const two = findPersonDescriptions("Two foreign volunteers, a 31-year-old Canadian and a former British paratrooper, died.");
    expect(two.map((m) => [m.value.age?.value, m.value.nationalities.map((n) => n.value)])).toEqual([[31, ["CA"]], [undefined, ["GB"]]]);
    // one person may hold two nationalities
    const dual = findPersonDescriptions("Ivan Petrov, a Ukrainian and Canadian citizen, spoke.");
    expect(dual.map((m) => m.value.nationalities.map((n) => n.value))).toEqual([["UA", "CA"]]);
    // "and a" before a nationality that shares the noun after it, and "dual", keep one person
    for (const text of ["Ivan Petrov, a Ukrainian and a Canadian citizen, spoke.", "Petrov, a dual Ukrainian and Canadian national, spoke."]) {
      expect(findPersonDescriptions(text).map((m) => m.value.nationalities.map((n) => n.value)), text).toEqual([["UA", "CA"]]);
    }
  });

  it("gives a capitalised title after a verb to the name it precedes ('… met Prime Minister Denys Shmyhal')", () => {
    const pairs = (text: string) => findPersonDescriptions(text).map((m) => [m.text, m.value.name?.value, m.value.roles.map((r) => r.value)]);
    expect(pairs("Foreign Minister Andrii Sybiha met Prime Minister Denys Shmyhal.")).toEqual([
      ["Foreign Minister Andrii Sybiha", "Andrii Sybiha", ["foreign-minister"]], ["Prime Minister Denys Shmyhal", "Denys Shmyhal", ["prime-minister"]],
    ]);
    // a lower-case word still modifies a lower-case role, or one after an article
    expect(pairs("Petrov, an army Medic, and Karl, a 41-year-old truck driver, spoke.").map((p) => p[2])).toEqual([["medic"], ["driver"]]);
  });

  it("reads a month word before a name particle as a given name, and Jr., Sr. and III as part of a name", () => {
    const names = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.age?.value]);
    expect(names("Jan van der Berg, a 50-year-old Dutch instructor, spoke. Jan van Dijk, 40, too.")).toEqual([["Jan van der Berg", 50], ["Jan van Dijk", 40]]);
    expect(names("Robert Miller Jr., 44, of Dallas, was wounded. Sgt. John Smith III, 29, was not.")).toEqual([["Robert Miller Jr.", 44], ["John Smith III", 29]]);
    // a month's short form without its period before a capitalised word is a given name
    expect(names("Corporal Jan Kowalski, 28, a Pole, was killed. Jan Novak, 30, too.")).toEqual([["Jan Kowalski", 28], ["Jan Novak", 30]]);
    // a month is still no name: with its period, before a day, a month written out, or before no name
    expect(names("On Jan. 5 the unit left; in May van trucks came.")).toEqual([]);
    expect(names("On Jan. Ivan left. By Jan 5 the unit left. In May Kyiv was quiet. In Jan the unit left.")).toEqual([]);
  });

  it("reads foreign ministers, prime ministers and defence secretaries", () => {
    const roles = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles[0]?.value]);
    expect(roles("Dmytro Kuleba, Ukraine's foreign minister, said so.")).toEqual([["Dmytro Kuleba", "foreign-minister"]]);
    expect(roles("U.S. Defense Secretary Lloyd Austin and British Foreign Secretary David Lammy spoke.")).toEqual([
      ["Lloyd Austin", "defence-minister"], ["David Lammy", "foreign-minister"],
    ]);
    expect(roles("Italy's prime minister, Giorgia Meloni, arrived.")).toEqual([["Giorgia Meloni", "prime-minister"]]);
  });

  it("reads a veteran, and 'veteran' before another role as a word for how long ('a veteran journalist')", () => {
    const read = (text: string) =>
      findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.nationalities[0]?.value, m.value.roles.map((r) => [r.text, r.value])]);
    // the army a veteran served in says nothing of a citizenship
    expect(read("US Army veteran Pete Reed, 33, was killed in Kherson.")).toEqual([["Pete Reed", undefined, [["veteran", "veteran"]]]]);
    expect(read("Pete Reed, a combat veteran, died.")).toEqual([["Pete Reed", undefined, [["combat veteran", "veteran"]]]]);
    expect(read("Dutch war veterans Jan de Vries and Piet Vos arrived.").map(([name, , roles]) => [name, roles])).toEqual([
      ["Jan de Vries", [["war veterans", "veteran"]]], ["Piet Vos", [["war veterans", "veteran"]]],
    ]);
    expect(read("Veteran journalist Anna Berg, 51, reported it.")).toEqual([["Anna Berg", undefined, [["journalist", "journalist"]]]]);
    expect(read("A veteran commander, Ivan Petrenko, 48, led them.")).toEqual([["Ivan Petrenko", undefined, [["commander", "commander"]]]]);
  });

  it("takes a former rank or role for a description, but not for the person's rank or role", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.text, m.value.rank?.value, m.value.roles.map((r) => r.value)]);
    expect(read("Juan Rojas, 38, a former corporal in the Colombian army, said so.")).toEqual([["Juan Rojas, 38, a former corporal in the Colombian", undefined, []]]);
    expect(read("Ola Berg, a former journalist, now a drone operator, said so.")).toEqual([["Ola Berg, a former journalist, now a drone operator", undefined, ["drone-operator"]]]);
    expect(read("Tom Hart, an ex-sergeant, died.")).toEqual([["Tom Hart, an ex-sergeant", undefined, []]]);
    expect(read("Former Sgt. Ivan Bondar, 30, said so.")).toEqual([["Sgt. Ivan Bondar, 30", undefined, []]]);
    // a rank or role the person holds now
    expect(read("Sgt. Ivan Bondar, 30, a former police officer, said so.")).toEqual([["Sgt. Ivan Bondar, 30", "sergeant", []]]);
    expect(read("Ola Berg, a journalist, said so.")).toEqual([["Ola Berg, a journalist", undefined, ["journalist"]]]);
    // a (former) Marine is a soldier, so the description runs on to the origin
    expect(findPersonDescriptions("Daniel Price, 34, a former Royal Marine from Plymouth, died.").map((m) => [m.text, m.value.origins[0]?.value.name])).toEqual([
      ["Daniel Price, 34, a former Royal Marine from Plymouth", "Plymouth"],
    ]);
    expect(read("Kyle Martin, 26, a Marine, said so.")).toEqual([["Kyle Martin, 26, a Marine", undefined, ["soldier"]]]);
    // a word of a unit's designation is no role
    expect(findPersonDescriptions("Taylor Hoover and Marine Corps veterans spoke.", { units: findUnitDesignations("Taylor Hoover and Marine Corps veterans spoke.") })).toEqual([]);
  });

  it("reads a role after 'who served as' and an age after 'is' at the end of a clause", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles[0]?.value, m.value.age?.value]);
    expect(read("John Doe, an American who served as a combat medic, said.")).toEqual([["John Doe", "combat-medic", undefined]]);
    expect(read("Oleksandr, who goes by the call sign Sova, is 41.")).toEqual([["Oleksandr", undefined, 41]]);
    // a number that runs on ("2 meters") or follows no person is no age
    expect(read("Ivan Petrov, 30, was 2 meters tall.")).toEqual([["Ivan Petrov", undefined, 30]]);
    expect(findPersonDescriptions("The death toll is 41.")).toEqual([]);
  });

  it("reads a number set off by commas after one person's role or alias as their age ('The French volunteer, 25, from Lyon')", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles[0]?.value, m.value.age?.value, m.value.aliases[0]?.value.value]);
    expect(read("The French volunteer, 25, from Lyon, was killed.")).toEqual([[undefined, "volunteer", 25, undefined]]);
    expect(read("A Georgian sniper, 38, from Tbilisi, was wounded. The brigade commander, 45, said so.")).toEqual([[undefined, "sniper", 38, undefined], [undefined, "commander", 45, undefined]]);
    expect(read("Roman Kovalenko, known by the call sign Bear, 31, was wounded.")).toEqual([["Roman Kovalenko", undefined, 31, "Bear"]]);
    // a count after a role, a plural role, and a number no comma or dash closes are no ages
    const ages = (text: string) => read(text).map((p) => p[2]).filter((a) => a !== undefined);
    expect(ages("Ivan Petrov, the commander, 12 of his men and Olga Bondar, a medic, 3 soldiers and two trucks were lost.")).toEqual([]);
    expect(ages("Two medics, 24 and 31, were wounded. The volunteers, 12, arrived; the volunteer, 140, is no one.")).toEqual([]);
    expect(read("Ivan Petrov, a medic, 12 of them, spoke.")).toEqual([["Ivan Petrov", "medic", undefined, undefined]]);
  });

  it("takes the noun of a citizenship into it ('a Croatian national, Ivo Horvat, 27'; 'The Czech citizen, 27,')", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.nationalities.map((n) => n.value), m.value.age?.value]);
    expect(read("The prisoners included a Croatian national, Ivo Horvat, 27.")).toEqual([["Ivo Horvat", ["HR"], 27]]);
    expect(read("The Czech citizen, 27, had been fighting since the spring.")).toEqual([[undefined, ["CZ"], 27]]);
    expect(read("The Swedish national, 29, who gave only his first name, said so.")).toEqual([[undefined, ["SE"], 29]]);
    // "national" before a lower-case noun is an adjective, and "National" starts a name
    expect(read("The Ukrainian national anthem was played, 12 times.")).toEqual([]);
    expect(read("Olga Bondar, a Ukrainian national team player, 25, joined.")).toEqual([["Olga Bondar", ["UA"], undefined]]);
  });

  it("reads no name after 'the', in an initialism's plural, or between an age and a noun ('the Hero of Ukraine title', 'Ukrainian POWs')", () => {
    const names = (text: string) => findPersonDescriptions(text).map((m) => m.value.name?.value);
    expect(names("Sgt. Anatoliy Koval, 39, was awarded the Hero of Ukraine title.")).toEqual(["Anatoliy Koval"]);
    expect(names("He served in the Donbas as a volunteer, the Georgian Legion said.").filter((n) => n !== undefined)).toEqual([]);
    expect(names("Nearly 200 Ukrainian POWs and two MPs, 40 and 52, were freed.")).toEqual([]);
    const nepali = findPersonDescriptions("A 25-year-old Nepali man was killed; a 40-year-old Gurkha veteran was wounded.");
    expect(nepali.map((m) => [m.value.name?.value, m.value.age?.value, m.value.nationalities.map((n) => n.value)])).toEqual([[undefined, 25, ["NP"]], [undefined, 40, []]]);
    // a name after an age, a title or a comma is still a name
    expect(names("A 30-year-old Ivan Petrov said so. The 41-year-old Latvian, Edgars Kalnins, agreed.")).toEqual(["Ivan Petrov", "Edgars Kalnins"]);
    expect(names("Ivan Petrov, 33, and the medic Olga Bondar, 29, were killed.")).toEqual(["Ivan Petrov", "Olga Bondar"]);
  });

  it("gives the name after 'named', 'identified only as' or 'gave only his first name' to the person just described", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.nationalities.map((n) => n.value), m.value.age?.value]);
    expect(read("A 62-year-old Polish volunteer from Krakow, identified only as Tomasz, was killed.")).toEqual([["Tomasz", ["PL"], 62]]);
    expect(read("A Colombian volunteer identified only by his first name, Andrés, said so.")).toEqual([["Andrés", ["CO"], undefined]]);
    expect(read("The Swedish national, 29, who gave only his first name, Erik, said so.")).toEqual([["Erik", ["SE"], 29]]);
    expect(read("A 33-year-old Chilean volunteer named Mario Rivera was killed.")).toEqual([["Mario Rivera", ["CL"], 33]]);
    expect(read("The Belgian, named only as Luc, 48, served in France.")).toEqual([["Luc", ["BE"], 48]]);
    // "named" as a verb with a complement after its object, and these words before no name, join nothing
    expect(read("The Ukrainian commander named Ivan Petrov his deputy.")).toEqual([[undefined, ["UA"], undefined]]);
    expect(read("A Danish volunteer, 30, said the Russians had identified the 3rd Battalion only. Ivan Petrov left.")).toEqual([[undefined, ["DK"], 30]]);
  });

  it("reads conscripts, recruits and reservists as soldiers, so the description runs on to their origin", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles[0]?.value, m.value.origins[0]?.value.name]);
    expect(read("Pvt. Ivan Sidorov, 19, a Russian conscript from Belgorod, surrendered.")).toEqual([["Ivan Sidorov", "soldier", "Belgorod"]]);
    expect(read("Ivan Petrov, a reservist from Lviv, and Oleh Melnyk, a recruit from Sumy, were called up.")).toEqual([["Ivan Petrov", "soldier", "Lviv"], ["Oleh Melnyk", "soldier", "Sumy"]]);
    // the plural names a group, and the verb is no role
    expect(read("Recruits from Lviv sign contracts. The army will recruit 20,000 more, Ivan Petrov, 40, said.")).toEqual([["Ivan Petrov", undefined, undefined]]);
  });

  it("reads a quoted nickname between a given name and a surname as an alias of the whole name", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.aliases.map((a) => [a.text, a.value.value]), m.value.age?.value]);
    expect(read('Vladyslav "Sova" Horbenko, 27, was killed.')).toEqual([["Vladyslav Horbenko", [['"Sova"', "Sova"]], 27]]);
    expect(read("Sgt. Oleksandr “Kit” Pavlyuk, 34, a sniper, and John 'Big Mike' Smith, 40, were wounded.")).toEqual([
      ["Oleksandr Pavlyuk", [["“Kit”", "Kit"]], 34], ["John Smith", [["'Big Mike'", "Big Mike"]], 40],
    ]);
    // a quotation, a lower-case or long quoted phrase, or no surname after it, is no nickname
    expect(read('Ivan Petrov, 30, said "Hello" Olena was there.').map((p) => p[0])).toEqual(["Ivan Petrov"]);
    expect(read('Ivan "the doctor" Petrov, 30, and Olena "Our Brave Little Bird" Bondar, 29, spoke.').map((p) => p[0])).toEqual(["Petrov", "Bondar"]);
    expect(read('The medic Ivan "Doc" left.')).toEqual([["Ivan", [], undefined]]);
  });

  it("reads one unknown noun after a nationality, an age or a name's 'a' as the description's head, not its end", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.age?.value, m.value.nationalities.map((n) => n.value), m.value.origins.map((o) => o.value.name)]);
    expect(read("Sgt. Oleksandr Hryhorenko, 47, a father of three from Zhytomyr, was killed.")).toEqual([["Oleksandr Hryhorenko", 47, [], ["Zhytomyr"]]]);
    expect(read("A 47-year-old father of four from Mykolaiv, Serhiy Rudenko, was killed.")).toEqual([["Serhiy Rudenko", 47, [], ["Mykolaiv"]]]);
    expect(read("Viktor, a 38-year-old Russian defector from Kursk, joined. Javier Martín, a 42-year-old former legionnaire from Valencia, died.")).toEqual([
      ["Viktor", 38, ["RU"], ["Kursk"]], ["Javier Martín", 42, [], ["Valencia"]],
    ]);
    expect(read("Ivan Petrov, a father of two from Winnipeg, spoke. Ukrainian marine Oleh, 25, was freed.")).toEqual([["Ivan Petrov", undefined, [], ["Winnipeg"]], ["Oleh", 25, ["UA"], []]]);
    // a verb, an adverb or a second word ends the description
    expect(read("Ivan Petrov, 41, said from Kyiv that Olena was safe.")).toEqual([["Ivan Petrov", 41, [], []]]);
    expect(read("Ivan Petrov, 41, returned from Poland. Olena Bondar, 30, recently from Lviv, spoke.")).toEqual([["Ivan Petrov", 41, [], []], ["Olena Bondar", 30, [], []]]);
    expect(read("Ivan Petrov, 41, a keen amateur boxer from Lviv, spoke.")).toEqual([["Ivan Petrov", 41, [], []]]);
  });

  it("joins an alias after 'who fought under' or 'identified by his' to the person described before it", () => {
    const read = (text: string) => findPersonDescriptions(text).map((m) => [m.value.roles[0]?.value, m.value.age?.value, m.value.aliases.map((a) => a.value.value)]);
    expect(read("A Georgian volunteer, 33, fighting under the nom de guerre Tbilisi, was wounded.")).toEqual([["volunteer", 33, ["Tbilisi"]]]);
    expect(read("The soldier, identified by his call sign Dzhmil, had fought for two years.")).toEqual([["soldier", undefined, ["Dzhmil"]]]);
    // "fought" joins no second name to the first, and "identified" joins nothing but a name or an alias
    expect(findPersonDescriptions("Ivan Petrov, 30, fought beside Olena Bondar, 29, a medic.").map((m) => m.value.name?.value)).toEqual(["Ivan Petrov", "Olena Bondar"]);
    expect(read("A Danish volunteer, 30, identified the 3rd Battalion's medic.")).toEqual([["volunteer", 30, []]]);
  });

  it("takes 'Russian-speaking' for no nationality and 'Russian-born' for a birthplace", () => {
    expect(findPersonDescriptions("Ivan Petrov, a Russian-speaking volunteer, said.")).toEqual([]);
    expect(findPersonDescriptions("Ivan Petrov, a Russian-backed fighter, 30, said.").flatMap((m) => m.value.nationalities)).toEqual([]);
    const born = findPersonDescriptions("Ivan Petrov, a Russian-born volunteer, said.");
    expect(born.map((m) => [m.value.nationalities.length, m.value.origins.map((o) => [o.text, o.value]), m.value.roles[0]?.value])).toEqual([
      [0, [["Russian-born", { name: "Russia", country: "RU" }]], "volunteer"],
    ]);
  });

  it("reads Korean given names with a lower-case second syllable, and a group's ages joined by 'and'", () => {
    expect(findPersonDescriptions("Moon Jae-in, 70, met Ri Kwang-chol, 45.").map((m) => m.value.name?.value)).toEqual(["Moon Jae-in", "Ri Kwang-chol"]);
    // a place name's "-based" is no part of a name
    expect(findPersonDescriptions("Kharkiv-based Ivan Petrov, 30, spoke.").map((m) => m.value.name?.value)).toEqual(["Ivan Petrov"]);
    expect(findPersonDescriptions("The volunteers, aged 24 and 31, left.")).toEqual([]);
  });

  it("takes the country or body that owns or qualifies a title for no name", () => {
    const names = (text: string) => findPersonDescriptions(text).map((m) => [m.value.name?.value, m.value.roles[0]?.value]);
    expect(names("Ukraine's President Volodymyr Zelensky said so.")).toEqual([["Volodymyr Zelensky", "president"]]);
    expect(names("European Commission President Ursula von der Leyen said so.")).toEqual([["Ursula von der Leyen", "president"]]);
    expect(names("Deputy Defence Minister Hanna Maliar said so.")).toEqual([["Hanna Maliar", "defence-minister"]]);
    expect(names("Kremlin spokesman Dmitry Peskov said so.")).toEqual([["Dmitry Peskov", "spokesperson"]]);
    expect(names("Zelensky's spokesman Serhiy Nykyforov said.")).toEqual([["Serhiy Nykyforov", "spokesperson"]]);
    // an owner after the name, set off by commas, keeps the role with the name
    expect(names("Oleksandr Syrskyi, Ukraine's commander-in-chief, said so.")).toEqual([["Oleksandr Syrskyi", "commander-in-chief"]]);
    expect(names("Ivan Petrov, the brigade's top commander, said.")).toEqual([["Ivan Petrov", "commander"]]);
    // a former spokesman is no spokesperson now
    expect(names("Ivan Petrov, Zelensky's former spokesman, said.")).toEqual([["Ivan Petrov", undefined]]);
    // a possessive before anything else is still the person's name
    expect(findPersonDescriptions("Karl's unit, the 2nd Battalion, lost Bjorn, 45.").map((m) => m.value.name?.value)).toEqual(["Bjorn"]);
  });

  it("reads the same descriptions when given the text's unit designations up front", () => {
    const units = "Andrii Spivak, chief of staff of the 2nd Battalion, 41, met Karl of the 253rd Assault Regiment.";
    expect(findPersonDescriptions(units, { units: findUnitDesignations(units) })).toEqual(findPersonDescriptions(units));
    expect(findPersonDescriptions(units)[0]?.value.unit?.value).toMatchObject({ number: 2, echelon: "battalion" });
    const pieces = ["Karl", "Andrii Spivak", ", ", " of the ", "2nd Battalion", "253rd Assault Regiment of the 129th Brigade", "chief of staff", "45", " from the ", "Faroe Islands", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join("")), (text) => {
        expect(findPersonDescriptions(text, { units: findUnitDesignations(text) })).toEqual(findPersonDescriptions(text));
      }),
    );
  });

  it("takes a number word opening a sentence for no name, and joins a call sign after 'whose'", () => {
    expect(findPersonDescriptions("Two Americans and a Briton signed up. Hundreds of Colombians followed.").map((m) => m.value.name?.value)).not.toContain("Two");
    expect(findPersonDescriptions("Mykola, 28, whose call sign is 'Kit', joined in 2022.").map((m) => [m.value.name?.value, m.value.age?.value, m.value.aliases[0]?.value.value])).toEqual([["Mykola", 28, "Kit"]]);
  });

  it("takes no part of a unit's designation for a name, and a unit's nickname for no person's alias", () => {
    expect(findPersonDescriptions('The 47th Separate Mechanized Brigade (47 ОМБр), known as "Magura", fought on.')).toEqual([]);
    expect(findPersonDescriptions("The 3rd Brigade known as Azov held.")).toEqual([]);
    const spivak = findPersonDescriptions("Andrii Spivak, chief of staff of the 2nd Battalion, known by his nom de guerre Viking, spoke.");
    expect(spivak.map((m) => m.value.aliases.map((a) => a.value.value))).toEqual([["Viking"]]);
  });

  const seed = "../shared/seed-article.txt";
  it.runIf(existsSync(seed))("finds the people of the seed article", () => {
    const found = findPersonDescriptions(readFileSync(seed, "utf8"));
    const byName = new Map(found.flatMap((m) => (m.value.name === undefined ? [] : [[m.value.name.value, m.value] as const])));
    expect(byName.get("Karl")?.age?.value).toBe(53);
    expect(byName.get("Karl")?.nationalities.map((n) => n.value)).toEqual(["US"]);
    expect(byName.get("Andrii Spivak")?.roles.map((r) => r.value)).toEqual(["chief-of-staff"]);
    expect(byName.get("Andrii Spivak")?.unit?.value).toMatchObject({ number: 2, echelon: "battalion" });
    expect(byName.get("Bjorn Kallsoy")?.aliases[0]?.value.kind).toBe("nom-de-guerre");
    expect(byName.get("Volodymyr Zelenski")?.roles.map((r) => r.value)).toEqual(["president"]);
    const dane = found.find((m) => m.value.origins.some((o) => o.value.country === "FO"));
    expect(dane?.value.nationalities.map((n) => n.value)).toEqual(["DK"]);
    expect(dane?.value.age?.value).toBe(45);
  });
});
