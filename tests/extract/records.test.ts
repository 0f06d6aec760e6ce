import { existsSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../../src/index.js";
import { extractMentions, extractRecords, formatExtraction } from "../../src/extract/index.js";
import { datePhraseArbitrary } from "../../src/testing.js";
import { parseArticle } from "../../src/article/index.js";
import type { Article } from "../../src/article/schema.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";
import { madeUpWord } from "../helpers/names.js";

const SEED = new URL("../../../shared/seed-article.txt", import.meta.url);
const hasSeed = existsSync(SEED);

const REPORT = [
  "Volunteers leave the Northern Volunteer Corps",
  "",
  "The Northern Volunteer Corps, the unit formed in March 2022 to take in foreign volunteers, was disbanded on October 30, 2025.",
  "On September 2, 2025, the 4th Battalion received an order to relocate that same day.",
  "The battalion won an extension until January 20, but its fighters were integrated into the 12th Rifle Regiment of the 58th Mechanized Brigade.",
  "Ola Berg, known by his call sign Falcon, a 41-year-old Norwegian drone operator, says the move hurt.",
  "Recruits signed two-year contracts. They can terminate their contract after six months of service and receive the same salary as local soldiers.",
].join("\n");

describe("extractRecords", () => {
  const x = extractRecords(REPORT, { referenceDate: "2025-11-10" });
  const unit = (name: string) => x.records.units.find((u) => u.record.names.some((n) => n.name.includes(name)));

  it("reads units with lineage events and subordination", () => {
    const corps = unit("Northern Volunteer Corps");
    expect(corps?.events.map((e) => [e.kind, e.date])).toEqual([["established", "2022-03"], ["dissolved", "2025-10-30"]]);
    const battalion = unit("4th Battalion");
    const kinds = Object.fromEntries(battalion?.events.map((e) => [e.kind, e]) ?? []);
    expect(kinds.transferred).toMatchObject({ date: "2025-09-02" });
    expect(kinds["deadline-extended"]).toMatchObject({ deadline: "2026-01-20" });
    expect(kinds.integrated).toMatchObject({ into: unit("12th Rifle Regiment")?.record.id });
    expect(unit("12th Rifle Regiment")?.subordination[0]).toMatchObject({ parent: unit("58th Mechanized Brigade")?.record.id, relation: "organic" });
  });

  it("dates a passive dissolution on its subject, a chain's first unit, not on a unit named after it", () => {
    const text = "The 3rd Battalion of the 155th Brigade was quietly disbanded on 31 January 2025 and its men were sent to the 1st Separate Mechanized Battalion. Kyiv disbanded the 7th Company on 2 February 2025.";
    const units = extractRecords(text, { referenceDate: "2025-03-01" }).records.units;
    const events = Object.fromEntries(units.map((u) => [u.record.names[0]?.name, u.events.map((e) => [e.kind, e.date])]));
    expect(events).toEqual({
      "3rd Battalion": [["dissolved", "2025-01-31"]],
      "155th Brigade": [],
      "1st Separate Mechanized Battalion": [],
      "7th Company": [["dissolved", "2025-02-02"]],
    });
  });

  it("reads moves under another unit, 'became part of', people transferred, and an active verb's object", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => ({ ...e, source: undefined })));
    expect(events("On March 3, 2024, the 2nd Battalion was transferred from the 47th Brigade to the 93rd Brigade.")).toEqual([
      { kind: "resubordinated", date: "2024-03-03", unit: "2nd-battalion", from: "47th-brigade", to: "93rd-brigade", source: undefined },
    ]);
    expect(events("In May 2023 the 2nd Battalion became part of the 47th Brigade.")).toEqual([
      { kind: "resubordinated", date: "2023-05", unit: "2nd-battalion", to: "47th-brigade", source: undefined },
    ]);
    expect(events("In 2024 volunteers were transferred from the 2nd Battalion to the 3rd Battalion.")).toEqual([
      { kind: "transferred", date: "2024", from: "2nd-battalion", to: "3rd-battalion", source: undefined },
    ]);
    // a unit moved beside one of its own size is no resubordination
    expect(events("In 2024 the 1st Battalion moved to the 3rd Battalion's sector.")).toEqual([]);
    expect(events("In 2023 the 47th Brigade formed the 1st Assault Battalion.")).toEqual([
      { kind: "established", date: "2023", unit: "1st-assault-battalion", source: undefined },
    ]);
    expect(events("The 2nd Battalion, formed in 2022, joined the 47th Brigade.")).toEqual([
      { kind: "established", date: "2022", unit: "2nd-battalion", source: undefined },
    ]);
    // an active verb whose object is no unit named forms nothing the report names
    const established = (text: string) => events(text).filter((e) => e.kind === "established").map((e) => ["unit" in e ? e.unit : undefined, e.date]);
    expect(established("The 2nd Battalion fought. The 47th Brigade said it had formed a drone company in 2024.")).toEqual([]);
    expect(established("The 3rd Battalion, which formed the backbone of the defence, was disbanded in 2024.")).toEqual([]);
    expect(established("In 2023 the 47th Brigade raised two new battalions.")).toEqual([]);
    // a count after the verb is its object: "formed at least four detachments" establishes nothing of the subject
    expect(established("Russia's 1st Guards Tank Army formed at least four Storm-Z assault detachments in late 2023.")).toEqual([]);
    expect(established("The 47th Brigade raised some 2,000 troops in 2024.")).toEqual([]);
    expect(established("In 2023 the 47th Brigade formed about 20 new companies.")).toEqual([]);
    // … but a time after the verb is no object
    expect(established("The 3rd Battalion, formed the following year in 2023, was disbanded in 2024.")).toEqual([["3rd-battalion", "2023"]]);
    expect(established("The 3rd Battalion, formed two years ago in March 2023, was disbanded in 2024.")).toEqual([["3rd-battalion", "2023-03"]]);
    // "it" after a reporting verb is the unit that reports, not the unit in focus
    expect(events("The 2nd Battalion fought. In 2024 the 47th Brigade said that it had been disbanded.").map((e) => [e.kind, "unit" in e ? e.unit : undefined])).toEqual([["dissolved", "47th-brigade"]]);
    // "it" is the unit in focus: the subject of the sentence before, not the last unit named
    expect(events("The 3rd Brigade was formed in January 2023 from the Azov Regiment, and in February 2025 it became part of the 3rd Army Corps.").map((e) => [e.kind, "unit" in e ? e.unit : undefined])).toEqual([
      ["established", "3rd-brigade"], ["resubordinated", "3rd-brigade"],
    ]);
    expect(events("The 2nd Battalion fought beside the 3rd Battalion. In 2024 it was integrated into the 47th Brigade.").map((e) => [e.kind, "unit" in e ? e.unit : undefined])).toEqual([["integrated", "2nd-battalion"]]);
    // the source of a reporting clause in commas is no subject of the sentence's verb
    expect(events("The 3rd Battalion, the 47th Brigade said, was disbanded in 2024.").map((e) => [e.kind, "unit" in e ? e.unit : undefined])).toEqual([["dissolved", "3rd-battalion"]]);
    // a sentence whose cue read no event still moves the focus to its subject
    expect(events("The 3rd Brigade fought at Bakhmut. The 225th Assault Battalion was expanded into a regiment in September 2025. The unit had been formed in 2022.").map((e) => [e.kind, "unit" in e ? e.unit : undefined])).toEqual([
      ["established", "225th-assault-battalion"],
    ]);
    for (const text of ["In May 2023 the 2nd Battalion became part of the 47th Brigade.", "In 2024 volunteers were transferred from the 2nd Battalion to the 3rd Battalion."]) {
      expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(extractRecords(text)))).success).toBe(true);
    }
  });

  it("reads merges of two units or more into the one they formed, once", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => ({ ...e, source: undefined })));
    const merged = (units: string[], into: string, date: string) => [{ kind: "merged", date, units, into, source: undefined }];
    expect(events("In March 2024 the 1st and 2nd battalions were merged into the 5th Regiment.")).toEqual(merged(["1st-battalion", "2nd-battalion"], "5th-regiment", "2024-03"));
    expect(events("On 1 June 2023 the 10th Brigade merged with the 11th Brigade to form the 3rd Division.")).toEqual(merged(["10th-brigade", "11th-brigade"], "3rd-division", "2023-06-01"));
    expect(events("The merger of the Alpha Battalion and the Bravo Battalion into the 7th Regiment was announced in 2022.")).toEqual(merged(["alpha-battalion", "bravo-battalion"], "7th-regiment", "2022"));
    // one unit merged into another is integrated; two merged with no unit formed say nothing of what came of them
    expect(events("In 2024 the 2nd Battalion was merged into the 47th Brigade.").map((e) => e.kind)).toEqual(["integrated"]);
    expect(events("In 2024 the 2nd Battalion merged with the 3rd Battalion.")).toEqual([]);
    const x = extractRecords("In March 2024 the 1st and 2nd battalions were merged into the 5th Regiment.");
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(formatExtraction(x)).toContain("1st Battalion merged with 2nd Battalion into 5th Regiment");
  });

  it("gives an event to every unit of a list, and to the unit after a noun or opening participle", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => [e.kind, "unit" in e ? e.unit : undefined, e.date]));
    expect(events("In 2023 the 1st and 2nd Battalions were disbanded.")).toEqual([["dissolved", "1st-battalion", "2023"], ["dissolved", "2nd-battalion", "2023"]]);
    expect(events("In 2024 Ukraine created the 150th, 151st and 152nd Mechanized Brigades.").map((e) => e[1])).toEqual(["150th-mechanized-brigade", "151st-mechanized-brigade", "152nd-mechanized-brigade"]);
    expect(events("The 3rd Assault Brigade and the 59th Brigade were both subordinated to the 3rd Corps in 2025.").map((e) => e[1])).toEqual(["3rd-assault-brigade", "59th-brigade"]);
    // a list broken by its own dates gives each unit its own date, when no verb of its own follows
    expect(events("Ukraine formed the 5th Brigade in 2022 and the 6th Brigade in 2023.")).toEqual([["established", "5th-brigade", "2022"], ["established", "6th-brigade", "2023"]]);
    expect(events("The 5th Brigade was disbanded in 2022 and the 6th Brigade in 2023.")).toEqual([["dissolved", "5th-brigade", "2022"], ["dissolved", "6th-brigade", "2023"]]);
    expect(events("Kyiv formed the 5th Brigade in 2022, the 6th Brigade in 2023 and the 7th and 8th Brigades in March 2024, the ministry said.")).toEqual([
      ["established", "5th-brigade", "2022"], ["established", "6th-brigade", "2023"], ["established", "7th-brigade", "2024-03"], ["established", "8th-brigade", "2024-03"],
    ]);
    for (const text of [
      "The 5th Brigade was disbanded in 2022 and the 6th Brigade in 2023 moved to Kherson.", "The 5th Brigade was disbanded in 2022 and the 6th Brigade fought in 2023.",
      "The 5th Brigade was disbanded in 2022 and the 6th Brigade's sector in 2023 was quiet.",
    ]) expect(events(text), text).toEqual([["dissolved", "5th-brigade", "2022"]]);
    expect(events("On 14 February 2025 the ministry announced the creation of the 3rd Army Corps.")).toEqual([["established", "3rd-army-corps", "2025-02-14"]]);
    expect(events("Formed in 2022, the 3rd Battalion fought at Bakhmut.")).toEqual([["established", "3rd-battalion", "2022"]]);
    expect(events("Since its formation in 2022, the 47th Brigade has fought hard.")).toEqual([["established", "47th-brigade", "2022"]]);
  });

  it("dates each cue by the nearest date of its clause, and lends a date to no second cue", () => {
    const events = (text: string) => extractRecords(text, { referenceDate: "2025-06-04" }).records.units.flatMap((u) => u.events.map((e) => [e.kind, "unit" in e ? e.unit : undefined, e.date]));
    // the date of an apposition's participle dates that participle only
    expect(events("The 3rd Battalion fought near Bakhmut. The battalion, formed in 2022, was disbanded.")).toEqual([["established", "3rd-battalion", "2022"]]);
    expect(events("The 3rd Battalion fought near Bakhmut. The battalion, formed in 2022, was disbanded this week.")).toEqual([["established", "3rd-battalion", "2022"], ["dissolved", "3rd-battalion", "2025-06"]]);
    expect(events("The 3rd Battalion, formed in 2022, was disbanded on Monday.")).toEqual([["established", "3rd-battalion", "2022"], ["dissolved", "3rd-battalion", "2025-06-02"]]);
    expect(events("The 3rd Battalion, formed in 2022 and disbanded in 2024, fought at Bakhmut.")).toEqual([["established", "3rd-battalion", "2022"], ["dissolved", "3rd-battalion", "2024"]]);
    expect(events("The 2nd Battalion was disbanded in 2024, two years after it was formed.")).toEqual([["dissolved", "2nd-battalion", "2024"]]);
    expect(events("The 2nd Battalion, created in 2015, was integrated into the 47th Brigade.")).toEqual([["established", "2nd-battalion", "2015"]]);
    expect(events("The 2nd Battalion, formed in 2022, became part of the 47th Brigade in 2023.")).toEqual([["established", "2nd-battalion", "2022"], ["resubordinated", "2nd-battalion", "2023"]]);
    // a date of another verb dates no cue
    expect(events("The 3rd Battalion fought in 2014 and was disbanded.")).toEqual([]);
    // a date that opens the sentence, or stands alone between commas, frames every cue of it
    expect(events("In March 2024 the 1st Battalion was formed and the 2nd Battalion disbanded.")).toEqual([["established", "1st-battalion", "2024-03"], ["dissolved", "2nd-battalion", "2024-03"]]);
    expect(events("On 1 June 2023, the 2nd Battalion was formed, and the 3rd Battalion disbanded.")).toEqual([["established", "2nd-battalion", "2023-06-01"], ["dissolved", "3rd-battalion", "2023-06-01"]]);
    expect(events("The 2nd Battalion was, in 2023, disbanded.")).toEqual([["dissolved", "2nd-battalion", "2023"]]);
    // a stated date is no inference
    const x = extractRecords("In 2024 the 2nd Battalion was integrated into the 47th Brigade.");
    expect(x.records.units[0]?.sources.filter((s) => s.path.endsWith(".date")).map((s) => [s.text, s.inferred])).toEqual([["2024", undefined]]);
  });

  it("dates every cue by a date that opens the sentence after 'Earlier' or 'Later', and by no adverb alone", () => {
    const events = (text: string) => extractRecords(text, { referenceDate: "2026-03-10" }).records.units.flatMap((u) => u.events.map((e) => [e.kind, "unit" in e ? e.unit : undefined, e.date]));
    expect(events("Earlier this year, the 3rd Brigade was formed.")).toEqual([["established", "3rd-brigade", "2026"]]);
    expect(events("Earlier this month the 3rd Brigade was formed and the 4th Brigade disbanded.")).toEqual([["established", "3rd-brigade", "2026-03"], ["dissolved", "4th-brigade", "2026-03"]]);
    expect(events("Earlier in 2024, the 3rd Brigade was formed.")).toEqual([["established", "3rd-brigade", "2024"]]);
    expect(events("Earlier this week, the 3rd Brigade was disbanded.")).toEqual([["dissolved", "3rd-brigade", "2026-03"]]);
    expect(events("The 1st Brigade fought on 3 May 2024. Later that month, the 3rd Brigade was formed.")).toEqual([["established", "3rd-brigade", "2024-05"]]);
    // the ones that opened a sentence before: a modifier inside the date, or none
    expect(events("Early last year, the 3rd Brigade was formed. Last year, the 4th Brigade was disbanded.")).toEqual([["established", "3rd-brigade", "2025"], ["dissolved", "4th-brigade", "2025"]]);
    // an adverb with no date dates nothing, nor does it join a date of another verb's clause
    expect(events("Earlier, the 3rd Brigade was disbanded.")).toEqual([]);
    expect(events("Later, the 3rd Brigade, which fought in 2024, was disbanded.")).toEqual([]);
    // the adverb stays outside the date's text, as "back" does in "back in 2022"
    expect(extractMentions("Earlier this year, it grew.", { referenceDate: "2026-03-10" }).dates.map((d) => [d.text, d.value, d.inferred])).toEqual([["this year", "2026", true]]);
  });

  it("gives an event whose plural subject points back to every unit listed as the subject of the sentence before", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => ({ ...e, source: undefined })));
    const kinds = (text: string) => events(text).map((e) => [e.kind, "unit" in e ? e.unit : undefined, e.date]);
    const fought = "The 1st and 2nd Battalions fought near Bakhmut.";
    expect(kinds(`${fought} They were disbanded in 2024.`)).toEqual([["dissolved", "1st-battalion", "2024"], ["dissolved", "2nd-battalion", "2024"]]);
    expect(kinds(`${fought} They were both disbanded in 2024.`)).toEqual([["dissolved", "1st-battalion", "2024"], ["dissolved", "2nd-battalion", "2024"]]);
    expect(kinds(`In 2023 the 1st and 2nd Battalions fought near Bakhmut. Both were disbanded in 2024.`)).toEqual([["dissolved", "1st-battalion", "2024"], ["dissolved", "2nd-battalion", "2024"]]);
    expect(events(`${fought} In 2024 they were merged into the 5th Regiment.`)).toEqual([
      { kind: "merged", date: "2024", units: ["1st-battalion", "2nd-battalion"], into: "5th-regiment", source: undefined },
    ]);
    expect(kinds(`${fought} In 2024 the two units were integrated into the 47th Brigade.`)).toEqual([["integrated", "1st-battalion", "2024"], ["integrated", "2nd-battalion", "2024"]]);
    // a sentence whose subject pointed back hands the list on
    expect(kinds(`${fought} They were disbanded in 2024. In 2025 they became part of the 3rd Corps.`)).toEqual([
      ["dissolved", "1st-battalion", "2024"], ["resubordinated", "1st-battalion", "2025"], ["dissolved", "2nd-battalion", "2024"], ["resubordinated", "2nd-battalion", "2025"],
    ]);
    for (const text of [
      // the list is no subject, one unit is no list, the list is two sentences back, "they" opens no clause
      "Russia shelled the 1st and 2nd Battalions near Bakhmut. They were disbanded in 2024.", "The 1st Battalion fought near Bakhmut. They were disbanded in 2024.",
      `${fought} Rain fell. They were disbanded in 2024.`, `${fought} Officials told reporters they were disbanded in 2024.`,
    ]) expect(kinds(text), text).toEqual([]);
    // a reporting verb opens the clause "they" is the subject of
    expect(kinds(`${fought} Officials said they were disbanded in 2024.`)).toEqual([["dissolved", "1st-battalion", "2024"], ["dissolved", "2nd-battalion", "2024"]]);
    // a unit the sentence names is its own subject
    expect(kinds(`${fought} They said the 3rd Battalion was disbanded in 2024.`)).toEqual([["dissolved", "3rd-battalion", "2024"]]);
  });

  it("states no event under a plan, a denial or a refutation, and a negation reaches only its clause", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => e.kind));
    for (const text of [
      "Kyiv plans to disband the 155th Brigade in 2026.", "Reports that the 155th Brigade was disbanded in 2025 are false.",
      "Ukraine denied that the 155th Brigade was disbanded in January 2025.",
    ]) expect(events(text), text).toEqual([]);
    expect(events("The 2nd Battalion was not disbanded in 2024 but integrated into the 47th Brigade in 2025.")).toEqual(["integrated"]);
  });

  it("tells moves on the map and moves of people from resubordinations", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => ({ ...e, source: undefined })));
    expect(events("In August 2024 the 2nd Battalion was redeployed to the 47th Brigade's sector near Kursk.")).toEqual([]);
    expect(events("In August 2024 the 2nd Battalion was moved from Pokrovsk to Kursk alongside the 47th Brigade.")).toEqual([]);
    expect(events("In March 2025, soldiers of the 3rd Battalion were transferred to the 47th Brigade.")).toEqual([
      { kind: "transferred", date: "2025-03", from: "3rd-battalion", to: "47th-brigade", source: undefined },
    ]);
    expect(events("In December 2024 the 2nd Battalion was placed under the command of the 92nd Brigade.")).toEqual([
      { kind: "resubordinated", date: "2024-12", unit: "2nd-battalion", to: "92nd-brigade", source: undefined },
    ]);
    expect(events("The 47th Brigade fought near Avdiivka. In 2024 it was transferred to the 9th Army Corps.")).toEqual([
      { kind: "resubordinated", date: "2024", unit: "47th-brigade", to: "9th-army-corps", source: undefined },
    ]);
  });

  it("reads redesignations: renamed, redesignated as, reorganized into, became", () => {
    const events = (text: string) => extractRecords(text).records.units.flatMap((u) => u.events.map((e) => ({ ...e, source: undefined })));
    const redesignated = (from: string, to: string, date: string) => [{ kind: "redesignated", date, from, to, source: undefined }];
    expect(events("The Azov Regiment was renamed the 12th Special Forces Brigade in February 2023.")).toEqual(redesignated("azov-regiment", "12th-special-forces-brigade", "2023-02"));
    expect(events("The 141st Separate Infantry Brigade was redesignated as the 141st Separate Mechanized Brigade in October 2024.")).toEqual(
      redesignated("141st-separate-infantry-brigade", "141st-separate-mechanized-brigade", "2024-10"),
    );
    expect(events("In 2023 the 22nd Army Corps was reorganized into the 22nd Combined Arms Army.")).toEqual(redesignated("22nd-army-corps", "22nd-combined-arms-army", "2023"));
    expect(events("The 3rd Separate Assault Brigade became the 3rd Army Corps in 2025.")).toEqual(redesignated("3rd-separate-assault-brigade", "3rd-army-corps", "2025"));
    // no unit named after the cue, or one that owns what follows: no redesignation
    expect(events("In 2025 the 3rd Separate Assault Brigade was expanded into a corps.")).toEqual([]);
    expect(events("In 2024 the 2nd Battalion became the 5th Battalion's reserve.")).toEqual([]);
    const x = extractRecords("The Azov Regiment was renamed the 12th Special Forces Brigade in February 2023.");
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
  });

  it("keeps a term until an event, and a year and a half in terms and clauses", () => {
    const contract = (text: string) => extractRecords(text).records.contracts.map((c) => c.record)[0];
    expect(contract("Contracts with the International Legion remain valid until the end of mobilisation.")?.term).toEqual({ until: "demobilization" });
    expect(contract("Volunteers of the 2nd Battalion sign contracts until the end of the war.")?.term).toEqual({ until: "end-of-hostilities" });
    const x = extractRecords("Volunteers of the 2nd Battalion sign contracts until the end of the war.");
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(formatExtraction(x)).toContain("term until end-of-hostilities");
    const halves = contract("Recruits of the 2nd Battalion sign contracts for a year and a half and may leave after a year and a half of service.");
    expect([halves?.term, halves?.clauses.map((c) => (c.kind === "termination" ? c.minService : c.kind))]).toEqual(["P1Y6M", ["P1Y6M"]]);
  });

  it("keeps every end of a term that is the earliest of several, not its first alone", () => {
    const contract = (text: string) => extractRecords(text).records.contracts[0];
    const x = extractRecords("Volunteers of the International Legion sign contracts for three years or until the end of martial law, whichever comes first.");
    const c = x.records.contracts[0];
    expect(c?.record.term).toEqual({ earliestOf: ["P3Y", { until: "end-of-martial-law" }] });
    expect(c?.sources.find((s) => s.path === "$.record.term")?.text).toBe("contracts for three years or until the end of martial law, whichever comes first");
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(formatExtraction(x)).toContain("term P3Y or until end-of-martial-law, whichever comes first");
    expect(contract("Recruits of the 2nd Battalion serve for the duration of martial law but no longer than five years.")?.record.term)
      .toEqual({ earliestOf: [{ until: "end-of-martial-law" }, "P5Y"] });
    expect(contract("Recruits of the 2nd Battalion sign contracts until demobilisation or for 18 months, whichever is sooner.")?.record.term)
      .toEqual({ earliestOf: [{ until: "demobilization" }, "P18M"] });
    // the latest of two ends is not read as an earliest-of
    expect(contract("Recruits of the 2nd Battalion sign contracts for three years or until the end of the war, whichever comes later.")?.record.term).toBe("P3Y");
  });

  it("takes for a contract's employer the unit its sentences name or point back at, else the one named most", () => {
    const employer = (text: string) => extractRecords(text).records.contracts.map((c) => [c.record.employer, c.sources.find((s) => s.path === "$.record.employer")?.text]);
    const twice = "The 155th Brigade fought near Pokrovsk. The 155th Brigade lost men. The International Legion recruits abroad.";
    expect(employer(`${twice} Volunteers may terminate their contracts after six months of service, a Legion spokesman said.`)).toEqual([
      [{ unit: "international-legion" }, "Legion"],
    ]);
    expect(employer(`${twice} Volunteers of the International Legion may terminate their contracts after six months of service.`)).toEqual([
      [{ unit: "international-legion" }, "International Legion"],
    ]);
    // sentences that speak of no unit: the unit named most often, with no span of its own
    expect(employer(`${twice} Volunteers may terminate their contracts after six months of service.`)).toEqual([[{ unit: "155th-brigade" }, undefined]]);
    // a noun that points back at no unit named is no employer
    expect(employer(`${twice} Volunteers may terminate their contracts after six months of service, a company spokesman said.`)).toEqual([[{ unit: "155th-brigade" }, undefined]]);
  });

  it("takes a national force for a contract's employer when the report names no unit", () => {
    const x = extractRecords("Colombian volunteers signed six-month contracts with the Ukrainian army. They may leave after three months of service.");
    expect(x.records.contracts.map((c) => [c.record.employer, c.record.term, c.sources.find((s) => s.path === "$.record.employer")?.text])).toEqual([
      [{ organisation: "Ukrainian army", country: "UA" }, "P6M", "Ukrainian army"],
    ]);
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(extractRecords("Recruits sign one-year contracts with Russia's Defence Ministry.").records.contracts[0]?.record.employer).toEqual({ organisation: "Russia's Defence Ministry", country: "RU" });
    // no unit and no country's forces: no employer, no draft
    expect(extractRecords("The Army of Smurfs signs one-year contracts.").records.contracts).toEqual([]);
  });

  it("takes the force the contract's sentence names before the unit the report names most, and 'volunteers' alone for no foreigners", () => {
    const text = "The 1st Guards Tank Army fought near Kupiansk. The 1st Guards Tank Army lost men. Soldiers signed six-month contracts with the Defence Ministry. The Russian Defence Ministry did not comment; it said all volunteers served as regular troops.";
    const x = extractRecords(text);
    expect(x.records.contracts.map((c) => [c.record.person, c.record.category, c.record.employer, c.sources.find((s) => s.path === "$.record.employer")])).toEqual([
      ["service-members", "contract", { organisation: "Russian Defence Ministry", country: "RU" }, { path: "$.record.employer", start: text.indexOf("Defence Ministry"), end: text.indexOf("Defence Ministry") + 16, text: "Defence Ministry", inferred: true }],
    ]);
    // the ministry with no country anywhere employs no one; the unit named most does
    expect(extractRecords("The 47th Brigade fought. Soldiers signed six-month contracts with the Defence Ministry.").records.contracts[0]?.record.employer).toEqual({ unit: "47th-brigade" });
    // a nationality before "volunteers" is foreign
    expect(extractRecords("Colombian volunteers of the 47th Brigade sign six-month contracts.").records.contracts[0]?.record.category).toBe("foreign-volunteer");
  });

  it("gives a unit said to be part of the next one an organic edge to it", () => {
    const parents = (text: string) => extractRecords(text).records.units.filter((u) => u.subordination.length > 0).map((u) => [u.record.id, u.subordination.map((e) => [e.parent, e.relation])]);
    const under47th = [["3rd-battalion", [["47th-brigade", "organic"]]]];
    for (const text of [
      "The 3rd Battalion, part of the 47th Brigade, fought near Avdiivka.", "The 3rd Battalion, which is part of the 47th Brigade, fought near Avdiivka.",
      "The 3rd Battalion (part of the 47th Brigade) fought near Avdiivka.", "The 3rd Battalion is now part of the 47th Brigade.",
    ]) expect(parents(text), text).toEqual(under47th);
    expect(parents("The 1st and 2nd Battalions, part of the 47th Brigade, held.")).toEqual([["1st-battalion", [["47th-brigade", "organic"]]], ["2nd-battalion", [["47th-brigade", "organic"]]]]);
    for (const text of [
      // a past state, a negation, a place, a smaller "parent", an event
      "The 3rd Battalion, which was part of the 47th Brigade, fought.", "The 3rd Battalion, not part of the 47th Brigade, fought.",
      "The 3rd Battalion is part of the 47th Brigade's reserve.", "The 47th Brigade, part of the 3rd Battalion, held.", "In 2023 the 3rd Battalion became part of the 47th Brigade.",
    ]) expect(parents(text), text).toEqual([]);
    const x = extractRecords("The 3rd Battalion, part of the 47th Brigade, fought near Avdiivka.");
    expect(x.records.units[0]?.sources.filter((s) => s.path.startsWith("$.subordination")).map((s) => s.text)).toEqual(["3rd Battalion, part of the 47th Brigade"]);
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(x))).success).toBe(true);
    expect(formatExtraction(x)).toContain("part of 47th Brigade");
  });

  it("keeps units of the same number in different parents apart", () => {
    const x = extractRecords("The 1st Battalion, 5th Marines and the 1st Battalion, 7th Marines moved. In 2025 the 1st Battalion was disbanded. The 2nd Battalion held; the 2nd Battalion, 5th Marines left.");
    expect(x.records.units.map((u) => [u.record.id, u.subordination.map((e) => e.parent), u.events.map((e) => e.kind)])).toEqual([
      ["1st-battalion", ["5th-marines"], []],
      ["5th-marines", [], []],
      // a later mention without its parent is the one of that number named last
      ["1st-battalion-2", ["7th-marines"], ["dissolved"]],
      ["7th-marines", [], []],
      // a unit named first without its parent takes the parent given later
      ["2nd-battalion", ["5th-marines"], []],
    ]);
  });

  it("takes a surname for the person of that full name, and a name with the unit it joined for a person", () => {
    const text = "Spc. Maria L. Santos, 23, of El Paso died on Oct. 7, 2024. Santos, a combat medic, served with the 1st Battalion. Karl Berg joined the 2nd Battalion in May. Ole Berg and Anna Berg, 30, a nurse, left; Berg, a driver, stayed.";
    const people = extractRecords(text, { referenceDate: "2024-10-09" }).records.people;
    expect(people.map((p) => [p.record.name.full, p.record.roles, p.unit])).toEqual([
      ["Maria L. Santos", ["combat-medic"], "1st-battalion"],
      ["Karl Berg", [], "2nd-battalion"],
      ["Anna Berg", ["nurse"], undefined],
      // "Berg" could be Karl or Anna: a person of its own, not a guess
      ["Berg", ["driver"], undefined],
    ]);
  });

  it("names a unit after its owner's possessive as written, the same as after 'of the'", () => {
    const units = (text: string) => extractRecords(text).records.units.map((u) => [u.record.id, u.record.names[0]?.name, u.subordination.map((s) => s.parent)]);
    const expected = [["810th-naval-infantry-brigade", "810th Naval Infantry Brigade", ["black-sea-fleet"]], ["black-sea-fleet", "Black Sea Fleet", []]];
    expect(units("The Black Sea Fleet's 810th Naval Infantry Brigade held.")).toEqual(expected);
    expect(units("The 810th Naval Infantry Brigade of the Black Sea Fleet held.")).toEqual(expected);
    // a chain of owners: the last owner's unit is the one named
    expect(units("The 47th Brigade’s 2nd Battalion’s 3rd Company held.")).toEqual([
      ["3rd-company", "3rd Company", ["2nd-battalion"]], ["2nd-battalion", "2nd Battalion", ["47th-brigade"]], ["47th-brigade", "47th Brigade", []],
    ]);
  });

  it("keeps no record of a firm named '… Company', and places a person in the 'A Company' a parent confirms", () => {
    const text = "Sgt. John Smith, 24, of A Company, 2nd Battalion, 7th Marines, died. He had worked for the Walt Disney Company. A Company spokesman said so.";
    const x = extractRecords(text, { referenceDate: "2025-06-01" });
    expect(x.records.units.map((u) => [u.record.id, u.record.names[0]?.name, u.subordination.map((s) => s.parent)])).toEqual([
      ["a-company", "A Company", ["2nd-battalion"]], ["2nd-battalion", "2nd Battalion", ["7th-marines"]], ["7th-marines", "7th Marines", []],
    ]);
    expect(x.records.people.find((p) => p.record.name.full === "John Smith")?.unit).toBe("a-company");
  });

  it("takes a shorter or fuller mention of a number and echelon for the unit met before with agreeing types", () => {
    const units = (text: string) => extractRecords(text).records.units.map((u) => [u.record.id, u.record.names[0]?.name, u.record.types, u.record.qualifiers, u.events.map((e) => e.kind)]);
    expect(units("The 47th Separate Mechanized Brigade fought near Avdiivka. The 47th Brigade was disbanded in 2025.")).toEqual([
      ["47th-separate-mechanized-brigade", "47th Separate Mechanized Brigade", ["mechanized"], ["separate"], ["dissolved"]],
    ]);
    expect(units("The 47th Brigade fought near Avdiivka. The 47th Separate Mechanized Brigade was disbanded in 2025.")).toEqual([
      ["47th-brigade", "47th Separate Mechanized Brigade", ["mechanized"], ["separate"], ["dissolved"]],
    ]);
    // types that disagree are two units; a mention that could be either of two keeps its own record
    expect(units("The 3rd Assault Brigade and the 3rd Tank Brigade fought. The 3rd Brigade held.").map((u) => u[0])).toEqual(["3rd-assault-brigade", "3rd-tank-brigade", "3rd-brigade"]);
    expect(units("The 3rd Brigade fought. The 3rd Assault Brigade and the 3rd Tank Brigade held.").map((u) => u[0])).toEqual(["3rd-brigade", "3rd-assault-brigade", "3rd-tank-brigade"]);
    expect(units("The 3rd Brigade fought. Later the 3rd Tank Brigade was named again, then the 3rd Assault Brigade. The 3rd Brigade held.").map((u) => u[0])).toEqual(["3rd-brigade", "3rd-tank-brigade", "3rd-assault-brigade"]);
    // one fuller form, however often and in whatever order, is the bare one's unit
    expect(units("The 3rd Brigade fought. The 3rd Assault Brigade held. The 3rd Separate Assault Brigade left.").map((u) => u[0])).toEqual(["3rd-brigade"]);
    // a chain's parent counts as a fuller form
    expect(units("The 3rd Brigade fought. The 1st Battalion of the 3rd Assault Brigade and the 3rd Tank Brigade held.").map((u) => u[0])).toEqual(["3rd-brigade", "1st-battalion", "3rd-assault-brigade", "3rd-tank-brigade"]);
  });

  it("names each unit of a list as the list writes it, in the singular and on one line", () => {
    const names = (text: string) => extractRecords(text).records.units.map((u) => u.record.names[0]?.name);
    expect(names("Russia combined its 155th and 40th Naval Infantry Brigades into a division. The 155th Brigade lost men.")).toEqual([
      "155th Naval Infantry Brigade", "40th Naval Infantry Brigade",
    ]);
    expect(names("The 1st, 2nd and 3rd Assault Battalions held.")).toEqual(["1st Assault Battalion", "2nd Assault Battalion", "3rd Assault Battalion"]);
    expect(names("The 3rd and 4th BTGs moved.")).toEqual(["3rd BTG", "4th BTG"]);
    // a lower-case plural is no name: the standard form stands
    expect(names("the 47th and 93rd brigades held.")).toEqual(["47th Brigade", "93rd Brigade"]);
    expect(names("The 253rd Assault\nRegiment held.")).toEqual(["253rd Assault Regiment"]);
  });

  it("keeps a unit's name as written when a person's description names it again", () => {
    const x = extractRecords("The 49th Separate Rifle Battalion was formed in 2023. Jonas Berg, a Swedish machine gunner with the 49th Separate Rifle Battalion, signed in March.");
    expect(x.records.units.map((u) => [u.record.names.map((n) => n.name), u.record.shortName])).toEqual([[["49th Separate Rifle Battalion"], undefined]]);
    expect(x.records.people.map((p) => p.unit)).toEqual(["49th-separate-rifle-battalion"]);
  });

  it("takes a quoted alias for no quotation, in the mentions and in the article", () => {
    const text = 'Volunteers leave\n\nIvan Petrov, known by the call sign "Viking," said the line held. "We held the line for a week," he said.';
    const x = extractRecords(text, { referenceDate: "2025-06-01" });
    expect(x.mentions.quotes.map((q) => [q.text, q.speaker])).toEqual([["We held the line for a week,", "Ivan Petrov"]]);
    expect(x.article?.quotes.map((q) => q.text)).toEqual(["We held the line for a week,"]);
    expect(x.records.people[0]?.record.aliases).toEqual([{ value: "Viking", kind: "call-sign" }]);
    // a quotation that is no alias stays, even with a name-like word in it
    expect(extractMentions('Ivan Petrov said: "Viking held the line for a week."').quotes.map((q) => q.text)).toEqual(["Viking held the line for a week."]);
  });

  it("names a person described by surname alone after the full name appeared without a description", () => {
    const names = (text: string) => extractRecords(text, { referenceDate: "2025-06-01" }).records.people.map((p) => [p.record.name.full, p.sources[0]?.text, p.record.roles]);
    expect(names("Ivan Petrenko joined the brigade in 2023. Petrenko, a 34-year-old medic, said the unit held.")).toEqual([["Ivan Petrenko", "Ivan Petrenko", ["medic"]]]);
    // a title before the name and a sentence's period after it; the record's source is the full name as written
    const x = extractRecords("Reporters met Sgt. Ivan Petrenko. Later Petrenko, 34, said so.", { referenceDate: "2025-06-01" });
    expect(x.records.people.map((p) => [p.record.name.full, p.sources[0]?.start])).toEqual([["Ivan Petrenko", 19]]);
    expect(names("Reporters saw John F. Kennedy. Kennedy, 46, said so.")).toEqual([["John F. Kennedy", "John F. Kennedy", []]]);
    // a rank and a surname, a given name, and a surname two people share give no full name
    expect(names("Gen. Petrenko spoke. Petrenko, 54, said so.")).toEqual([["Petrenko", "Petrenko", []]]);
    expect(names("Karl Berg arrived. Karl, 53, a medic, said so.")).toEqual([["Karl", "Karl", ["medic"]]]);
    expect(names("Olena Petrenko and Ivan Petrenko spoke. Petrenko, 34, said so.")).toEqual([["Petrenko", "Petrenko", []]]);
    // the full name must come first: a name written only later is no antecedent
    expect(names("Petrenko, 34, said so. Ivan Petrenko left.")).toEqual([["Petrenko", "Petrenko", []]]);
  });

  it("places the people of the sentence before in the unit a casualty release's 'He was assigned to …' names", () => {
    const units = (text: string) => extractRecords(text, { referenceDate: "2024-10-05" }).records.people.map((p) => [p.record.name.full, p.unit, p.sources.find((s) => s.path === "$.unit")?.inferred]);
    expect(units("Spc. Jacob Lee, 22, died on Oct. 3. He was assigned to the 1st Battalion, 502nd Infantry Regiment.")).toEqual([["Jacob Lee", "1st-battalion", true]]);
    expect(units("Sgt. Ann Bell, 30, and Spc. Jacob Lee, 22, died. Both were assigned to the 3rd Battalion.")).toEqual([
      ["Ann Bell", "3rd-battalion", true], ["Jacob Lee", "3rd-battalion", true],
    ]);
    // "he" is the last person named; a unit the text gave already stays; other subjects place no one
    expect(units("Sgt. Ann Bell, 30, and Spc. Jacob Lee, 22, died. He was assigned to the 3rd Battalion.")).toEqual([["Ann Bell", undefined, undefined], ["Jacob Lee", "3rd-battalion", true]]);
    expect(units("Sgt. Ann Bell, 30, of the 2nd Battalion died. She was assigned to the 3rd Battalion.")).toEqual([["Ann Bell", "2nd-battalion", undefined]]);
    expect(units("Sgt. Ann Bell, 30, died. The soldiers of the 3rd Battalion were assigned to guard duty.")).toEqual([["Ann Bell", undefined, undefined]]);
    expect(units("Sgt. Ann Bell, 30, died. Nobody was assigned to the 3rd Battalion.")).toEqual([["Ann Bell", undefined, undefined]]);
  });

  it("takes ages as of the published date, else the updated date, else not at all", () => {
    const ages = (text: string) => extractRecords(text).records.people.map((p) => p.record.reportedAges);
    const story = "Profile of a commander\n\nBy Anna Berg\n";
    const body = "\n\nMikko Laine, 41, a Finnish volunteer, leads a company.";
    expect(ages(`${story}Updated March 8, 2025 09:15 GMT${body}`)).toEqual([[{ age: 41, asOf: "2025-03-08" }]]);
    expect(ages(`${story}Published March 1, 2025\nUpdated March 8, 2025${body}`)).toEqual([[{ age: 41, asOf: "2025-03-01" }]]);
    expect(ages(`${story.trimEnd()}${body}`)).toEqual([[]]);
  });

  it("gives a description without a name to the person before only when nothing says it is someone else", () => {
    const facts = (text: string) => extractRecords(text, { referenceDate: "2025-06-01" }).records.people.map((p) => [p.record.name.full, p.record.roles, p.record.reportedAges.map((a) => a.age)]);
    // "A …" brings in someone new; a different age cannot be the same person
    expect(facts("Ivan Petrov, 34, was wounded. A 19-year-old drone operator was killed.")).toEqual([["Ivan Petrov", [], [34]]]);
    expect(facts("Ivan Petrov, 34, was wounded. Two men, a medic and a former British paratrooper, died.")).toEqual([["Ivan Petrov", [], [34]]]);
    expect(facts("Ivan Petrov, 34, was wounded. The 19-year-old drone operator survived.")).toEqual([["Ivan Petrov", [], [34]]]);
    expect(facts("Ivan Petrov, 34, was wounded. The 34-year-old drone operator survived.")).toEqual([["Ivan Petrov", ["drone-operator"], [34]]]);
    // a group ("Ukrainian soldiers") is nobody's description; a singular role after "from Texas" is
    expect(facts("Ivan Petrov, 34, was wounded. Ukrainian soldiers fled.")).toEqual([["Ivan Petrov", [], [34]]]);
    expect(facts("Ivan Petrov, 34, was wounded. The 34-year-old volunteer from Texas survived.")).toEqual([["Ivan Petrov", ["volunteer"], [34]]]);
    // a new paragraph: someone else ("her call sign" is the press officer's)
    const aliases = (text: string) => extractRecords(text).records.people.map((p) => [p.record.name.full, p.record.aliases.map((a) => a.value)]);
    expect(aliases("Lt. Serhiy Bondarenko, 29, said so.\n\nThe press officer, known only by her call sign \"Lisa,\" agreed.")).toEqual([["Serhiy Bondarenko", []]]);
    expect(aliases("Lt. Serhiy Bondarenko, 29, said so. He goes by the call sign \"Lisa.\"")).toEqual([["Serhiy Bondarenko", ["Lisa"]]]);
  });

  it("makes no person of an award, a region, an initialism's plural or a word qualifying a noun", () => {
    const people = (text: string) => extractRecords(text, { referenceDate: "2025-06-18" }).records.people.map((p) => p.record.name.full);
    expect(people("Sgt. Anatoliy Koval, 39, was awarded the Hero of Ukraine title.")).toEqual(["Anatoliy Koval"]);
    expect(people("From 2014 to 2022, he served in the Donbas as a volunteer. Nearly 200 Ukrainian POWs were freed.")).toEqual([]);
    expect(people("A 25-year-old Nepali man who was recruited last year was killed.")).toEqual([]);
    // names after a title, an age or a comma stay people
    expect(people("A 30-year-old Ivan Petrov and the medic Olga Bondar, 29, were killed.")).toEqual(["Ivan Petrov", "Olga Bondar"]);
  });

  it("gives a person the rank the text names, beside the record, and prints it", () => {
    const x = extractRecords("Col. Ivan Bondar, 45, said so. Bondar, a Lt. Col. until May, agreed. Tom Reyes, 29, left.", { referenceDate: "2025-01-01" });
    expect(x.records.people.map((p) => [p.record.name.full, p.rank, p.sources.filter((s) => s.path === "$.rank").map((s) => s.text)])).toEqual([
      // the first rank the report gives is the one kept
      ["Ivan Bondar", "colonel", ["Col."]],
      ["Tom Reyes", undefined, []],
    ]);
    expect(ExtractionSchema.safeParse(x).success).toBe(true);
    expect(formatExtraction(x)).toContain("  Colonel Ivan Bondar — 45 years old");
  });

  it("reads people with their age as of the article's date", () => {
    const ola = x.records.people.find((p) => p.record.name.full === "Ola Berg");
    expect(ola?.record).toMatchObject({ aliases: [{ value: "Falcon", kind: "call-sign" }], reportedAges: [{ age: 41, asOf: "2025-11-10" }], nationalities: ["NO"] });
  });

  it("reads contracts with term and clauses", () => {
    const c = x.records.contracts[0]?.record;
    expect(c?.term).toBe("P2Y");
    expect(c?.clauses.map((k) => k.kind).sort()).toEqual(["payParity", "termination"]);
  });

  it("gives every field a source that slices back to the text", () => {
    for (const group of [x.records.units, x.records.people, x.records.contracts]) {
      for (const d of group) for (const s of d.sources) expect(REPORT.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("reads an article parsed before as it reads the text, and names the first bad field of one that is not", () => {
    const article = parseArticle(REPORT);
    expect(article.success).toBe(true);
    if (!article.success) return;
    expect(extractRecords(article.data, { referenceDate: "2025-11-10" }).records).toEqual(x.records);
    // data from elsewhere, e.g. JSON a caller typed as Article: a clear error, not a TypeError deep inside
    const { quotes: _quotes, ...noQuotes } = article.data;
    expect(() => extractRecords(noQuotes as unknown as Article)).toThrow(/^invalid article at \$\.quotes: /);
    expect(() => extractRecords({ ...article.data, text: 7 } as unknown as Article)).toThrow(/^invalid article at \$\.text: /);
    expect(() => extractRecords(null as unknown as Article)).toThrow(RangeError);
  });

  it("drops a Latin letter's accents from an id and keeps other scripts' letters whole", () => {
    const ids = (text: string) => extractRecords(text).records.people.map((p) => p.record.id);
    expect(ids("Andrés Mejía, 29, a Colombian volunteer, and Ştefan Ţurcanu, 33, a Moldovan volunteer, left.")).toEqual(["andres-mejia", "stefan-turcanu"]);
    expect(ids("Юрій Ковальчук, 40, a Ukrainian soldier, died.")).toEqual(["юрій-ковальчук"]);
  });

  it("keeps the JSON contract", () => {
    const json = JSON.parse(JSON.stringify(x)) as unknown;
    const result = ExtractionSchema.safeParse(json);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("prints a readable summary", () => {
    const text = formatExtraction(x);
    expect(text).toContain("Timeline");
    expect(text).toMatch(/2025-10-30 +Northern Volunteer Corps dissolved/);
    // clauses read as sentences, not as JSON
    expect(text).toContain("The member may end the contract after six months of service.");
  });

  it("says which ages it could not record when the article gives no date", () => {
    const text = "Karl, a 53-year-old American combat medic, joined the 2nd Battalion.";
    const undated = formatExtraction(extractRecords(text));
    expect(undated).toContain("Ages read but not recorded");
    expect(undated).toContain("53 (“Karl, a 53-year-old American combat medic");
    const dated = formatExtraction(extractRecords(text, { referenceDate: "2026-01-05" }));
    expect(dated).toContain("53 years old as of 2026-01-05");
    expect(dated).not.toContain("not recorded");
    // a person the text does not name has no record to keep an age in, dated or not
    expect(formatExtraction(extractRecords("A 35-year-old contract soldier from Vladivostok said he would stay."))).not.toContain("not recorded");
  });

  it.runIf(hasSeed)("reads the facts of the seed report", () => {
    const seed = readFileSync(SEED, "utf8");
    const s = extractRecords(seed, { referenceDate: "2026-01-05" });
    const events = s.records.units.flatMap((u) => u.events.map((e) => `${e.kind} ${e.date}`));
    expect(events).toEqual(expect.arrayContaining(["established 2022-02", "dissolved 2025-12-31", "transferred 2025-11-01", "integrated 2026-02-15"]));
    const extension = s.records.units.flatMap((u) => u.events).find((e) => e.kind === "deadline-extended");
    expect(extension && "deadline" in extension ? extension.deadline : undefined).toBe("2026-02-15");
    expect(s.records.units.some((u) => u.subordination.length > 0)).toBe(true);
    const names = s.records.people.map((p) => p.record.name.full);
    expect(names).toEqual(expect.arrayContaining(["Karl", "Andrii Spivak", "Bjorn Kallsoy"]));
    const karl = s.records.people.find((p) => p.record.name.full === "Karl")?.record;
    expect(karl).toMatchObject({ reportedAges: [{ age: 53, asOf: "2026-01-05" }], nationalities: ["US"], roles: ["combat-medic"] });
    const contract = s.records.contracts[0]?.record;
    expect(contract?.term).toBe("P3Y");
    expect(contract?.clauses.map((c) => c.kind).sort()).toEqual(["eligibility", "payParity", "termination"]);
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
  });
});

describe("extractMentions", () => {
  it.runIf(hasSeed)("finds the seed's dates, durations and quantities", () => {
    const m = extractMentions(readFileSync(SEED, "utf8"), { referenceDate: "2026-01-05" });
    const dates = m.dates.map((d) => d.value);
    expect(dates).toEqual(expect.arrayContaining(["2025-12-31", "2022-02", "2023", "2025-11-01", "2026-02-15"]));
    expect(m.durations.map((d) => d.value)).toEqual(expect.arrayContaining(["P3Y", "P6M"]));
    expect(m.quantities.map((q) => [q.min, q.max])).toEqual(expect.arrayContaining([[20_000, 20_000], [32_000, 35_000], [400, 600], [3_000, 9_000]]));
    expect(m.units.some((u) => u.number === 253 && u.parent?.number === 129)).toBe(true);
    expect(m.people.find((p) => p.name === "Karl")).toMatchObject({ age: 53, nationality: "US", role: "combat-medic" });
    expect(m.quotes.every((q) => q.speaker === undefined || !/^(?:he|she|they)$/i.test(q.speaker))).toBe(true);
  });

  it("agrees with chrono-node on full dates in a generated corpus", () => {
    fc.assert(
      fc.property(datePhraseArbitrary().filter(({ value, text }) => value.length === 10 && !/^\d|\.|^on /i.test(text) && Number(value.slice(0, 4)) >= 1900), ({ text, value }) => {
        const sentence = `The order came ${text.startsWith("on") ? "" : "on "}${text} after a long wait.`;
        const ours = extractMentions(sentence).dates.map((d) => d.value);
        const theirs = chrono.parse(sentence).map((r) => {
          const k = r.start;
          return `${k.get("year")}-${String(k.get("month")).padStart(2, "0")}-${String(k.get("day")).padStart(2, "0")}`;
        });
        expect(ours).toEqual([value]);
        expect(theirs).toContain(value);
      }),
      { numRuns: 200 },
    );
  });

  it("every mention slices back to its text, on any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const m = extractMentions(text, { referenceDate: "2025-06-01" });
        for (const list of Object.values(m)) for (const item of list) expect(text.slice(item.start, item.end)).toBe(item.text);
      }),
      { numRuns: 200 },
    );
  });

  it("never reads an age after a name as a count, nor a decade as seconds or a count", () => {
    const m = extractMentions("Staff Sgt. Maria Lopez, 31, of the 1st Battalion, 8th Marines, met volunteers in their 30s who grew up in the 1990s.");
    expect(m.people[0]).toMatchObject({ name: "Maria Lopez", age: 31 });
    expect(m.quantities).toEqual([]);
    expect(m.durations).toEqual([]);
    expect(extractMentions("The drone hovered for 30 s and then 45 seconds.").durations.map((d) => d.value)).toEqual(["PT30S", "PT45S"]);
    expect(extractMentions("He served in B Company, 1-508th PIR, with 1-2 others.").quantities.map((q) => [q.min, q.max])).toEqual([[1, 2]]);
    // nor an age after a nameless person's role, nationality or alias
    const french = extractMentions("The French volunteer, 25, from Lyon, was killed. The Czech citizen, 27, was wounded. Roman Kovalenko, known by the call sign Bear, 31, was not.");
    expect(french.quantities).toEqual([]);
    expect(french.people.map((p) => p.age)).toEqual([25, 27, 31]);
    // a count after a role stays a count
    expect(extractMentions("The brigade lost its commander, 12 of his men and two trucks.").quantities.map((q) => q.min)).toEqual([12, 2]);
  });

  it("gives a unit mention its qualifiers when the text names any", () => {
    const units = extractMentions("the 3rd Separate Assault Brigade and the 1st Guards Tank Army met the 2nd Battalion").units;
    expect(units.map((u) => [u.text, u.qualifiers])).toEqual([
      ["3rd Separate Assault Brigade", ["separate"]], ["1st Guards Tank Army", ["guards"]], ["2nd Battalion", undefined],
    ]);
  });

  it("takes a quoted name inside a unit designation for part of the unit, not a quotation", () => {
    const m = extractMentions('The 155th Mechanized Brigade "Anne of Kyiv" was formed in 2024. "We trained for months," one soldier said.');
    expect(m.units.map((u) => u.name)).toEqual(["Anne of Kyiv"]);
    expect(m.quotes.map((q) => q.text)).toEqual(["We trained for months,"]);
  });

  it("runs in linear time on long reports", () => {
    expectLinear((n) => repeatTo(`${REPORT}\n`, n), (t) => extractMentions(t));
  });

  it("reads records in linear time when a long report names thousands of people and units", () => {
    const given = ["Ivan", "Petro", "Anna", "Olha", "Mykola", "Taras", "Iryna", "Oleh", "Yurii", "Maria"];
    const family = ["Bondar", "Melnyk", "Shevchenko", "Koval", "Tkachenko", "Kravchenko", "Oliinyk", "Lysenko", "Moroz", "Savchenko"];
    const release = (length: number): string => {
      const parts: string[] = [];
      for (let i = 0, size = 0; size < length; i++) {
        const line = `Sgt. ${given[i % 10]} ${family[Math.floor(i / 10) % 10]} ${family[Math.floor(i / 100) % 10]}enko${Math.floor(i / 1000)}, ${20 + (i % 30)}, died. He was assigned to the ${i + 1}th Battalion, ${(i % 50) + 1}th Marines. `;
        parts.push(line);
        size += line.length;
      }
      return parts.join("").slice(0, length);
    };
    // a look-up over every person or unit met so far made this about 140× slower at 1 MB than at
    // 32 KB (quadratic, but under the default bound of 256); linear reading measures about 15×
    expectLinear(release, (t) => extractRecords(t, { referenceDate: "2025-01-01" }), 3);
  });

  it("reads records in linear time when a long report names thousands of units by name alone, and people by surname", () => {
    const word = madeUpWord;
    const report = (length: number): string => {
      const parts: string[] = [];
      for (let i = 0, size = 0; size < length; i++) {
        // every tenth line names a person in full, then by surname alone
        const line = i % 10 === 0 ? `${word(i)} ${word(i + 3)} joined. ${word(i + 3)}, 30, a medic, stayed. ` : `The ${word(i)} ${word(i + 7)} Brigade held. `;
        parts.push(line);
        size += line.length;
      }
      return parts.join("").slice(0, length);
    };
    // matching each name against every unit named before took 170 s at 1 MB
    expectLinear(report, (t) => extractRecords(t, { referenceDate: "2025-01-01" }), 3);
  });

  it("shares dates among cues in linear time in one endless sentence", () => {
    expectLinear((n) => repeatTo("the 3rd Battalion, formed in 2022 and disbanded in 2024, and ", n), (t) => extractRecords(t));
  });

  it("runs in linear time when quoted unit names and quotations alternate", () => {
    expectLinear((n) => repeatTo('the 3rd Brigade "Azov Steel Guard" and "we held the line there" ', n), (t) => extractMentions(t));
  });
});
