import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRecords } from "../../src/extract/index.js";
import { namesAgain } from "../../src/extract/unit-aliases.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const units = (text: string) =>
  extractRecords(text, { referenceDate: "2025-06-01" }).records.units.map((u) => [u.record.id, u.record.names.map((n) => n.name), u.events.map((e) => [e.kind, e.date])]);
const gap = (between: string) => namesAgain(`A${between}B`, 1, 1 + between.length);

describe("a second name of a unit", () => {
  it("reads the naming words between two units", () => {
    for (const between of [", also known as the ", " (also known as the ", ", known as ", ", better known as the ", ", formerly known as the ", ", a.k.a. the ", ", aka ", ", nicknamed the ", ", dubbed the ", ", also called the ", ", formerly the ", " (previously the "]) {
      expect(gap(between), between).toBe(true);
    }
    for (const between of [", ", " and the ", ", called in by the ", ", known for the ", " also known as ", ", which is known as the best of the ", ", the commander of the ", ", also the ", ", formerly part of the "]) {
      expect(gap(between), between).toBe(false);
    }
  });

  it("gives one record with both names, and later mentions of either are that unit", () => {
    expect(units("The 4th Guards Tank Division, also known as the Kantemirovskaya Division, fought near Kharkiv. The Kantemirovskaya Division was disbanded in September 2022.")).toEqual([
      ["4th-guards-tank-division", ["4th Guards Tank Division", "Kantemirovskaya Division"], [["dissolved", "2022-09"]]],
    ]);
    expect(units("The 92nd Separate Assault Brigade (known as the Ivan Sirko Brigade) was formed in 2022.")).toEqual([
      ["92nd-separate-assault-brigade", ["92nd Separate Assault Brigade", "Ivan Sirko Brigade"], [["established", "2022"]]],
    ]);
    expect(units("The 3rd Separate Assault Brigade, formerly the Azov Special Operations Detachment, was disbanded on January 20, 2025.")).toEqual([
      ["3rd-separate-assault-brigade", ["3rd Separate Assault Brigade", "Azov Special Operations Detachment"], [["dissolved", "2025-01-20"]]],
    ]);
    const chain = extractRecords("The 3rd Battalion of the 47th Brigade, nicknamed the Wolves Battalion, was disbanded in 2023.").records.units;
    expect(chain.map((u) => [u.record.id, u.record.names.map((n) => n.name), u.subordination.map((e) => e.parent)])).toEqual([
      ["3rd-battalion", ["3rd Battalion", "Wolves Battalion"], ["47th-brigade"]], ["47th-brigade", ["47th Brigade"], []],
    ]);
    const source = chain[0]?.sources.find((s) => s.path === "$.record.names[1].name");
    expect(source?.text).toBe("Wolves Battalion");
  });

  it("keeps two records when the words name no second name", () => {
    expect(units("The 3rd Battalion, called in by the 47th Brigade, arrived.").map((u) => u[0])).toEqual(["3rd-battalion", "47th-brigade"]);
    expect(units("The 3rd Battalion and the 47th Brigade arrived.").map((u) => u[0])).toEqual(["3rd-battalion", "47th-brigade"]);
  });

  it("is total on any text between any offsets", () => {
    fc.assert(fc.property(fc.string(), fc.nat(60), fc.nat(60), (text, from, to) => typeof namesAgain(text, from, to) === "boolean"));
  });

  it("runs in linear time", () => {
    expectLinear((n) => repeatTo("The 3rd Battalion, also known as the Wolves Battalion, fought; the Wolves Battalion, a.k.a. the 3rd Battalion, held. ", n), (s) => extractRecords(s));
  });
});
