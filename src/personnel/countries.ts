import { demonymsOf } from "../common/demonyms.js";
import { fail, ok, quote, type ParseResult } from "../common/index.js";
import { COUNTRY_ROWS } from "./countries.generated.js";
import { SUBDIVISION_ROWS } from "./subdivisions.generated.js";

// Source: the `world-countries` dataset (mledoze/countries, ODbL-1.0): ISO 3166-1 alpha-2 codes,
// common and official names, alternative spellings, and the `independent` flag, copied into
// ./countries.generated.ts by `npm run generate:countries`; English demonyms come from the shared
// table of src/common/demonyms.ts.
// Everything below is derived from it; the only typed-in words are the supplements further down.

/** One country of the dataset, with the fields this module reads. */
interface DatasetCountry {
  readonly cca2: string;
  readonly independent: boolean;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly demonyms: { readonly eng?: { readonly m: string; readonly f: string } };
}

/** The generated rows, in the dataset's order (see countries.generated.ts for the fields). */
const countries: DatasetCountry[] = COUNTRY_ROWS.trim().split("\n").map((row) => {
  const [cca2 = "", independent, common = "", official = "", alt = ""] = row.split("|");
  const demonyms = demonymsOf(cca2);
  return {
    cca2,
    independent: independent === "1",
    name: { common, official },
    altSpellings: alt === "" ? [] : alt.split(";"),
    demonyms: { eng: { m: demonyms?.masculine ?? "", f: demonyms?.feminine ?? "" } },
  };
});

/**
 * One country or territory of the ISO 3166-1 list, as musterroll uses it.
 *
 * @example
 * ```ts
 * import { countryInfo, type CountryInfo } from "musterroll/personnel";
 * const faroes: CountryInfo | undefined = countryInfo("FO");
 * faroes?.sovereign; // "DK"
 * ```
 */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** Common English name ("Faroe Islands"). */
  readonly name: string;
  /** English demonym ("Faroese"), the adjective describePerson writes. */
  readonly demonym: string;
  /** Whether the dataset lists it as an independent state. */
  readonly independent: boolean;
  /** For a territory, the alpha-2 code of the state it belongs to (FO → DK), when known. */
  readonly sovereign?: string;
}

// Which state a dependent territory belongs to. world-countries marks territories
// (`independent: false`) but does not name the sovereign, so this small table adds it for the
// territories reports mention; disputed entries (EH, PS, TW, XK) are left out on purpose.
const SOVEREIGN_OF: Readonly<Record<string, string>> = {
  AW: "NL", BQ: "NL", CW: "NL", SX: "NL",
  AX: "FI",
  FO: "DK", GL: "DK",
  AS: "US", GU: "US", MP: "US", PR: "US", UM: "US", VI: "US",
  AI: "GB", BM: "GB", FK: "GB", GG: "GB", GI: "GB", IM: "GB", IO: "GB", JE: "GB", KY: "GB", MS: "GB",
  PN: "GB", SH: "GB", TC: "GB", VG: "GB", GS: "GB",
  BL: "FR", GF: "FR", GP: "FR", MF: "FR", MQ: "FR", NC: "FR", PF: "FR", PM: "FR", RE: "FR", TF: "FR",
  WF: "FR", YT: "FR",
  CC: "AU", CX: "AU", HM: "AU", NF: "AU",
  CK: "NZ", NU: "NZ", TK: "NZ",
  BV: "NO", SJ: "NO",
  HK: "CN", MO: "CN",
};

// Nationality words the dataset lacks. Nouns for a person whose form is not the adjective plus
// "s" (a Dane, not a "Danish"), and common adjective variants. Plurals of these are listed too,
// because they are irregular too (Frenchmen).
const SUPPLEMENT: ReadonlyArray<readonly [string, string]> = [
  ["Dane", "DK"], ["Danes", "DK"],
  ["Briton", "GB"], ["Britons", "GB"], ["Brit", "GB"], ["Brits", "GB"],
  ["Englishman", "GB"], ["Englishmen", "GB"], ["English", "GB"],
  ["Scot", "GB"], ["Scots", "GB"], ["Scottish", "GB"], ["Welsh", "GB"], ["Welshman", "GB"],
  ["Swede", "SE"], ["Swedes", "SE"],
  ["Finn", "FI"], ["Finns", "FI"],
  ["Pole", "PL"], ["Poles", "PL"],
  ["Turk", "TR"], ["Turks", "TR"],
  ["Spaniard", "ES"], ["Spaniards", "ES"],
  ["Frenchman", "FR"], ["Frenchmen", "FR"], ["Frenchwoman", "FR"],
  ["Dutchman", "NL"], ["Dutchmen", "NL"],
  ["Irishman", "IE"], ["Irishmen", "IE"],
  ["Icelandic", "IS"], ["Argentinian", "AR"], ["Kyrgyz", "KG"], ["Tajik", "TJ"], ["Uzbek", "UZ"],
  ["Kazakh", "KZ"], ["Slovenian", "SI"], ["Filipina", "PH"], ["Filipinos", "PH"], ["Filipinas", "PH"],
  ["Nepali", "NP"], ["Nepalis", "NP"],
  ["U.S.", "US"], ["US", "US"], ["UK", "GB"],
  // the dataset knows only "South Korean" and "North Korean"; a bare "Korean" may be either
  ["Korean", "KR"], ["Korean", "KP"], ["Koreans", "KR"], ["Koreans", "KP"],
];

/** Plural of a demonym used as a noun: Americans, but the British, the Swiss, the Faroese. */
function pluralOf(demonym: string): string | undefined {
  const lower = demonym.trim().toLowerCase();
  // an empty demonym (Bouvet Island has none) has no plural: "s" is no nationality word
  if (lower === "" || /(?:ese|sh|ch|i-kiribati|[sxz])$/.test(lower)) return undefined;
  return `${demonym}s`;
}

const INFO = new Map<string, CountryInfo>();
const WORDS = new Map<string, string[]>(); // lower-case nationality word → codes
const NAMES = new Map<string, string[]>(); // lower-case country name → codes
const WRITTEN = new Map<Map<string, string[]>, Map<string, string>>([[WORDS, new Map()], [NAMES, new Map()]]);

function add(table: Map<string, string[]>, word: string, code: string): void {
  const key = word.trim().toLowerCase();
  if (key === "") return;
  const written = WRITTEN.get(table);
  if (written !== undefined && !written.has(key)) written.set(key, word);
  const codes = table.get(key) ?? [];
  if (!codes.includes(code)) codes.push(code);
  table.set(key, codes);
}

for (const c of countries) {
  const demonym = c.demonyms["eng"]?.m || c.name.common;
  const sovereign = SOVEREIGN_OF[c.cca2];
  INFO.set(c.cca2, {
    code: c.cca2,
    name: c.name.common,
    demonym: demonym.split(/, | or /)[0] ?? demonym,
    independent: c.independent,
    ...(sovereign === undefined ? {} : { sovereign }),
  });
  const eng = c.demonyms["eng"];
  for (const form of eng === undefined ? [] : [eng.m, eng.f]) {
    for (const word of form.split(/, | or /)) {
      add(WORDS, word, c.cca2);
      const plural = pluralOf(word);
      if (plural !== undefined) add(WORDS, plural, c.cca2);
    }
  }
  // Two-letter codes are left out: "IT", "IN", "TO" and "BE" are English words first.
  const names = [c.name.common, c.name.official, ...c.altSpellings].filter((n) => n.length > 2 && !n.includes(","));
  for (const name of names) {
    const bare = name.startsWith("The ") ? name.slice(4) : name;
    add(NAMES, bare, c.cca2);
  }
}
for (const [word, code] of SUPPLEMENT) add(WORDS, word, code);


/**
 * Every nationality word and country name as the dataset writes it, with the countries it can mean
 * (for the description scanner; not part of the public API).
 */
export function* countryPhrases(): Generator<{ phrase: string; codes: readonly string[]; kind: "nationality" | "name" }> {
  for (const [table, kind] of [[WORDS, "nationality"], [NAMES, "name"]] as const) {
    for (const [key, phrase] of WRITTEN.get(table) ?? []) yield { phrase, codes: ranked(table.get(key) ?? []), kind };
  }
}

/**
 * The states, provinces and territories of the countries whose reports write an origin as "City,
 * State" (from the `iso-3166` dataset, see subdivisions.generated.ts), each with its country (for
 * the description scanner; not part of the public API).
 */
export function* subdivisionPhrases(): Generator<{ phrase: string; code: string; country: string }> {
  for (const line of SUBDIVISION_ROWS.split("\n")) {
    const [code, name] = line.split("|");
    if (code !== undefined && name !== undefined) yield { phrase: name, code, country: code.slice(0, 2) };
  }
}

/**
 * What musterroll knows about a country code: name, demonym, independence, and the sovereign
 * state of a territory.
 *
 * @param code - an ISO 3166-1 alpha-2 code.
 * @returns the country, or `undefined` for an unknown code.
 * @example
 * ```ts
 * import { countryInfo } from "musterroll/personnel";
 * countryInfo("FO"); // { code: "FO", name: "Faroe Islands", demonym: "Faroese", independent: false, sovereign: "DK" }
 * ```
 */
export function countryInfo(code: string): CountryInfo | undefined {
  return INFO.get(code);
}

/** Independent states first, then territories; stable otherwise. */
function ranked(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => Number(INFO.get(b)?.independent) - Number(INFO.get(a)?.independent));
}

/**
 * Every country a nationality word can mean: singular or plural demonyms from the dataset
 * ("American", "Americans", "Faroese") and the supplement of irregular nouns ("Dane", "Poles").
 * Case is ignored. Independent states come first.
 *
 * @param word - the word, alone ("Danish", "Danes").
 * @returns the alpha-2 codes, possibly empty.
 * @example
 * ```ts
 * import { countriesForNationality } from "musterroll/personnel";
 * countriesForNationality("Danes");     // ["DK"]
 * countriesForNationality("Dominican"); // ["DM", "DO"]
 * ```
 */
export function countriesForNationality(word: string): readonly string[] {
  return ranked(WORDS.get(word.trim().toLowerCase()) ?? []);
}

/**
 * Every country a name can mean: common and official names and alternative spellings from the
 * dataset ("Faroe Islands", "Faeroe Islands", "El Salvador", "USA"). Case is ignored.
 *
 * @param name - the name, without a leading "the".
 * @returns the alpha-2 codes, possibly empty.
 * @example
 * ```ts
 * import { countriesForName } from "musterroll/personnel";
 * countriesForName("Faroe Islands"); // ["FO"]
 * ```
 */
export function countriesForName(name: string): readonly string[] {
  return ranked(NAMES.get(name.trim().toLowerCase()) ?? []);
}

/**
 * Picks the one country a list of candidates means: the only candidate, or the only independent
 * state among them ("French" → FR rather than the French Southern Lands).
 *
 * @param codes - candidates from {@link countriesForNationality} or {@link countriesForName}.
 * @returns the code, or `undefined` when there is none or more than one honest reading.
 * @example
 * ```ts
 * import { countriesForNationality, pickCountry } from "musterroll/personnel";
 * pickCountry(countriesForNationality("French"));    // "FR"
 * pickCountry(countriesForNationality("Dominican")); // undefined
 * ```
 */
export function pickCountry(codes: readonly string[]): string | undefined {
  if (codes.length === 1) return codes[0];
  const independent = codes.filter((c) => INFO.get(c)?.independent === true);
  return independent.length === 1 ? independent[0] : undefined;
}

/**
 * Reads a nationality word or a country name as an ISO 3166-1 alpha-2 code.
 *
 * @param text - one nationality word or country name ("Colombians", "Dane", "El Salvador").
 * @returns the code, or an error: `empty`, `unknown_word` (naming the word), or `ambiguous`
 *   (naming the candidates).
 * @example
 * ```ts
 * import { parseNationality } from "musterroll/personnel";
 * parseNationality("Colombians"); // { success: true, data: "CO" }
 * parseNationality("Congolese").success; // false: CD or CG
 * ```
 */
export function parseNationality(text: string): ParseResult<string> {
  const word = text.trim();
  const at = text.length - text.trimStart().length;
  if (word === "") return fail("empty", "expected a nationality or country name, got an empty string", text, 0);
  const bare = word.toLowerCase().startsWith("the ") ? word.slice(4) : word;
  const codes = [...new Set([...countriesForNationality(word), ...countriesForName(bare)])];
  const code = pickCountry(codes);
  if (code !== undefined) return ok(code);
  if (codes.length === 0) {
    return fail("unknown_word", `${quote(word)} at offset ${at} is not a nationality or country name in the world-countries dataset`, text, at);
  }
  const names = codes.map((c) => `${c} (${INFO.get(c)?.name ?? c})`).join(", ");
  return fail("ambiguous", `${quote(word)} at offset ${at} can mean more than one country: ${names}`, text, at);
}

/**
 * The English adjective for a country, as describePerson writes it ("US" → "American").
 *
 * @param code - an ISO 3166-1 alpha-2 code.
 * @returns the demonym.
 * @throws {RangeError} when the code is not in the dataset.
 * @example
 * ```ts
 * import { nationalityWord } from "musterroll/personnel";
 * nationalityWord("CO"); // "Colombian"
 * ```
 */
export function nationalityWord(code: string): string {
  const info = INFO.get(code);
  if (info === undefined) throw new RangeError(`${quote(code)} is not an ISO 3166-1 alpha-2 code in the world-countries dataset`);
  return info.demonym;
}
