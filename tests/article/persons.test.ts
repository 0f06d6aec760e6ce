import { describe, expect, it } from "vitest";
import { findPersons, isNameWord, nameRunEnd, PersonRegistry } from "../../src/article/persons.js";
import { TokenList } from "../../src/article/tokens.js";

const scanned = (text: string): TokenList => {
  const list = new TokenList(text);
  list.scan(0, text.length);
  return list;
};

const names = (text: string, registry = new PersonRegistry()): string[] => findPersons(scanned(text), text, registry).map((m) => m.text);

describe("isNameWord", () => {
  it("takes capitalised words, in and out of ASCII", () => {
    const tokens = scanned("Anna Ölaf O’Brien Jean-Pierre Ái");
    expect([0, 1, 2, 3, 4].map((i) => isNameWord(tokens, i))).toEqual([true, true, true, true, true]);
  });

  it("leaves out acronyms, words with digits, lower-case words, months, titles and stop words", () => {
    const tokens = scanned("NATO ÖSTERREICH ÖL A4 Bravo2 anna May Col The");
    expect(Array.from({ length: tokens.length }, (_, i) => isNameWord(tokens, i))).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it("takes a single capital, which is no acronym", () => {
    const tokens = scanned("J Ö");
    expect([isNameWord(tokens, 0), isNameWord(tokens, 1)]).toEqual([true, true]);
  });

  it("answers false outside the list", () => {
    const tokens = scanned("Anna");
    expect([isNameWord(tokens, -1), isNameWord(tokens, 1)]).toEqual([false, false]);
  });
});

describe("nameRunEnd", () => {
  it("runs over a particle between name words only", () => {
    const tokens = scanned("said Jean de Tour de today");
    expect(nameRunEnd(tokens, 1, tokens.source)).toBe(4);
    expect(nameRunEnd(tokens, 0, tokens.source)).toBe(0);
  });

  it("stops at a line feed, punctuation or a particle written with a capital", () => {
    expect(nameRunEnd(scanned("Anna\nKowalska"), 0, "Anna\nKowalska")).toBe(1);
    expect(nameRunEnd(scanned("Anna, Kowalska"), 0, "Anna, Kowalska")).toBe(1);
    const tokens = scanned("Anna De la");
    expect(nameRunEnd(tokens, 0, tokens.source)).toBe(2);
  });
});

describe("findPersons", () => {
  it("finds runs of names, titled names and names with an appositive", () => {
    expect(names("Col. Anna Kowalska met Pieter, a mechanic, and Pieter, 41, a cook, near Kyiv.")).toEqual(["Anna Kowalska", "Pieter", "Pieter"]);
  });

  it("reads a single word as a person once the surname is known, whatever white space parted the full name", () => {
    // (a thin space is no white space to the tokenizer: it parts no name words)
    for (const space of [" ", "\u00a0", "\t"]) {
      const text = `Maren${space}Holt spoke. Later Holt left. Then Kowalska left.`;
      expect(names(text), JSON.stringify(space)).toEqual([`Maren${space}Holt`, "Holt"]);
    }
  });

  it("shares one person between a full name and its surname, and its gender", () => {
    const registry = new PersonRegistry();
    const text = "Ms Maren Holt spoke. Later Holt left.";
    const [full, surname] = findPersons(scanned(text), text, registry);
    expect(surname?.person).toBe(full?.person);
    expect(full?.person.gender).toBe("female");
  });

  it("tells a known surname from a word of the same length that is none", () => {
    expect(names("Maren Holt spoke. Later Hold left, and Holt.")).toEqual(["Maren Holt", "Holt"]);
  });

  it("takes no place after a preposition, no organisation and no unknown single word", () => {
    expect(names("He went to Krivoy Rog with the International Legion. Kowalska stayed.")).toEqual([]);
  });
});
