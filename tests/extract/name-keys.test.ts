import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NameKeys } from "../../src/extract/name-keys.js";
import { expectLinear } from "../helpers/linear.js";
import { madeUpWord } from "../helpers/names.js";

/** The rule NameKeys indexes, read the slow way: the first key whose words hold the name's or lie among them. */
function bruteForce(keys: readonly string[], words: readonly string[]): string | undefined {
  for (const key of keys) {
    const other = key.slice(5).split(" ");
    const small = new Set(words.length <= other.length ? words : other);
    const large = new Set(words.length <= other.length ? other : words);
    if (small.size >= 2 && [...small].every((w) => large.has(w))) return key;
  }
  return undefined;
}

describe("NameKeys", () => {
  it("finds a name holding all the words, or lying all among them, first recorded first", () => {
    const names = new NameKeys();
    names.add("name:international legion", ["international", "legion"]);
    names.add("name:azov", ["azov"]);
    expect(names.find(["international", "legion", "territorial", "defense"])).toBe("name:international legion");
    expect(names.find(["legion", "international"])).toBe("name:international legion");
    // one word in common is not enough
    expect(names.find(["azov", "regiment"])).toBeUndefined();
    expect(names.find(["georgian", "legion"])).toBeUndefined();
  });

  it("agrees with the rule read the slow way (property)", () => {
    const word = fc.constantFrom("azov", "legion", "international", "defense", "territorial", "kraken", "georgian", "national");
    const name = fc.uniqueArray(word, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), name, (known, probe) => {
        const names = new NameKeys();
        const keys: string[] = [];
        for (const words of known) {
          const key = `name:${words.join(" ")}`;
          if (keys.includes(key)) continue;
          keys.push(key);
          names.add(key, words);
        }
        expect(names.find(probe)).toBe(bruteForce(keys, probe));
      }),
    );
  });

  it("finds in time bounded by the name, not by how many names it holds", () => {
    const word = (i: number): string => madeUpWord(i).toLowerCase();
    expectLinear((length) => "x".repeat(length), (text) => {
      const names = new NameKeys();
      for (let i = 0; i < text.length / 32; i++) {
        const words = [word(i), word(i + 7), "brigade"];
        if (names.find(words) === undefined) names.add(`name:${words.join(" ")}`, words);
      }
    }, 3);
  });
});
