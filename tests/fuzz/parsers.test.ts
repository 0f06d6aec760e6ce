import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseCardinal, parseDatePhrase, parseDurationPhrase, parseIsoDuration, parseOrdinal, parseQuantity,
} from "../../src/index.js";
import { findUnitDesignations, parseUnitDesignation } from "../../src/unit/index.js";
import { findPersonDescriptions, parseNationality, parsePersonDescription } from "../../src/personnel/index.js";
import { findClauses, findContractTerms } from "../../src/contract/index.js";
import { findQuotes, parseArticle, parseByline, parseDateline } from "../../src/article/index.js";
import { extractMentions } from "../../src/extract/index.js";

/**
 * The fuzz suite: every public text parser and finder on arbitrary and hostile strings. A parser
 * must return a result (never throw); a finder must return mentions whose text slices back. Over
 * 100,000 runs in all, each test with its own time budget so the suite stays quick.
 */
type Parser = (text: string) => unknown;

const PARSERS: Record<string, Parser> = {
  "parseIsoDuration temporal": (t) => parseIsoDuration(t),
  "parseIsoDuration rfc3339": (t) => parseIsoDuration(t, { profile: "rfc3339" }),
  parseDurationPhrase,
  parseDatePhrase: (t) => parseDatePhrase(t, { referenceDate: "2025-06-15", prefer: "future" }),
  parseQuantity,
  parseCardinal,
  parseOrdinal,
  parseUnitDesignation,
  parsePersonDescription,
  parseNationality,
  parseByline,
  parseDateline: (t) => parseDateline(t, { referenceDate: "2025-06-15" }),
  parseArticle,
};

const FINDERS: Record<string, (text: string) => readonly { start: number; end: number; text: string }[]> = {
  findClauses,
  findContractTerms,
  findUnitDesignations,
  findPersonDescriptions,
  findQuotes,
  extractMentions: (t) => Object.values(extractMentions(t, { referenceDate: "2025-06-15" })).flat(),
};

/** Pieces of the languages these parsers read, so fuzzing reaches deep into every grammar. */
const PIECES = [
  "P", "T", "1Y", "2M", "3W", "4D", "5H", "6M", "7.5S", ",", ".", "-", "+", "−", " ", "\n", "\n\n", "\t",
  "six", "months", "a year and a half", "half", "and", "one hundred", "twenty-three", "several", "thousand", "dozens", "two-thirds",
  "December", "Dec.", "31", "31st", "15nd", "2025", "early", "summer", "the end of", "Wednesday", "03/04/2025", "of",
  "2nd Battalion", "253rd Assault Regiment", "of the 129th Territorial Defense Brigade", "1st Bn, 5th Marines", "92 ОМБр", "H Co", "Company H", "’s", "'s",
  "Karl, a 53-year-old American combat medic", "known by his nom de guerre", "call sign 'Moses'", "Sgt.", "Staff Sgt.", "of Texas",
  "“", "”", "\"", "«", "»", "‘", "’", "'", "he says", "regrets", "By Jane Doe and John Roe", "KYIV, Dec 31 (Reuters) –", "Source: X",
  "can terminate their contract after six months of service", "three-year contracts", "the same salary as", "probation",
  "\u0000", "\u202e", "\u200f", "\ud800", "\udfff", "😀", "(", ")", "[", "]", "{", "}",
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
const any = fc.oneof(soup, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }));

const RUNS = Number(process.env.MUSTERROLL_FUZZ_RUNS ?? 6_500);
const BUDGET = { numRuns: RUNS, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: false };

describe("fuzz: parsers are total", () => {
  it.each(Object.entries(PARSERS))("%s returns a result on any string", (_, parse) => {
    fc.assert(
      fc.property(any, (text) => {
        const result = parse(text) as { success: boolean; error?: { code: string; offset: number; message: string } };
        expect(typeof result.success).toBe("boolean");
        if (!result.success) {
          expect(result.error?.offset).toBeGreaterThanOrEqual(0);
          expect(result.error?.offset).toBeLessThanOrEqual(text.length);
          expect(result.error?.message.length).toBeGreaterThan(0);
        }
      }),
      BUDGET,
    );
  });
});

describe("fuzz: finders are total and their spans slice back", () => {
  it.each(Object.entries(FINDERS))("%s", (_, find) => {
    fc.assert(
      fc.property(any, (text) => {
        for (const m of find(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { ...BUDGET, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

const FAMILIES: Record<string, (n: number) => string> = {
  "long digit runs": (n) => "9".repeat(n),
  "repeated ordinals": (n) => "1st ".repeat(Math.ceil(n / 4)).slice(0, n),
  "repeated quote marks": (n) => "“\"”«»‘’'".repeat(Math.ceil(n / 8)).slice(0, n),
  "nested brackets": (n) => `${"([{".repeat(Math.floor(n / 6))}${"}])".repeat(Math.floor(n / 6))}`,
  "whitespace": (n) => " \n\t".repeat(Math.ceil(n / 3)).slice(0, n),
  "lone surrogates": (n) => "\ud800a\udfff".repeat(Math.ceil(n / 3)).slice(0, n),
  "RTL marks": (n) => "\u202eabc\u200f".repeat(Math.ceil(n / 5)).slice(0, n),
  "NUL": (n) => "\u0000".repeat(n),
};

describe("fuzz: hostile families of 1 MB", () => {
  it.each(Object.keys(FAMILIES))("%s: every parser and finder returns", (family) => {
    const text = (FAMILIES[family] as (n: number) => string)(1024 * 1024);
    for (const parse of Object.values(PARSERS)) expect(typeof (parse(text) as { success: boolean }).success).toBe("boolean");
    for (const find of Object.values(FINDERS)) expect(Array.isArray(find(text))).toBe(true);
  });
});
