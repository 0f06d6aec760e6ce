// The description scanner: one left-to-right pass over tokens. At each token the matchers are tried
// in a fixed order; each looks ahead a bounded number of tokens, so the pass is linear in the text.
// Which matchers may start at a token is told by its word classes (word-classes.ts), looked up once:
// most tokens of a report start none, and a matcher is not entered where its first word cannot stand.
import { isCalendarAbbreviation, monthFromWord, parseCardinal, SENTENCE_WORDS, SMALL_NUMBER_WORDS, SCALE_WORDS, type Mention, type ParseErrorCode } from "../common/index.js";
import { countryInfo, pickCountry } from "./countries.js";
import { isPluralRole, TABLES, type CountryPhrase, type PhraseMatch, type PhraseTable } from "./phrases.js";
import type { Alias, ArmedService, PlaceOfOrigin, Rank, Role } from "./schema.js";
import { isCapitalized, isTitleCase, tokenize, type Token, type TokenList } from "./tokens.js";
import { UnitIndex, type UnitDesignation } from "./unit-link.js";
import { MONTH_WORDS } from "../common/vocabulary/calendar-words.js";
import { CIVIL_BODY_NAMES, UNIT_GROUND_WORDS } from "../unit/vocabulary.js";
import { HONORIFICS } from "./vocabulary.js";
import { CAPITALIZED, DIGITS, FIRST_TABLE_BIT, TITLE_CASE, WordClasses, wordClassTable } from "./word-classes.js";

/** One recognised part of a description, as character offsets into the source. */
export type Part = { readonly start: number; readonly end: number } & (
  | { readonly kind: "name"; readonly value: string }
  | { readonly kind: "alias"; readonly value: Alias }
  | { readonly kind: "age"; readonly value: number }
  | { readonly kind: "nationality"; readonly value: string }
  | { readonly kind: "origin"; readonly value: PlaceOfOrigin }
  | { readonly kind: "role"; readonly value: Role; readonly plural: boolean; readonly former?: boolean }
  | { readonly kind: "rank"; readonly value: Rank; readonly former?: boolean }
  | { readonly kind: "service"; readonly value: ArmedService }
  | { readonly kind: "unit"; readonly value: UnitDesignation }
);

/** A part before its span is known. */
type Unspanned = Part extends infer P ? (P extends Part ? Omit<P, "start" | "end"> : never) : never;

/** Something that looked like a part but is wrong (an age of 300, an ambiguous nationality). */
export interface Problem {
  readonly code: ParseErrorCode;
  readonly message: string;
  readonly offset: number;
}

/** Parts in text order, each tagged with the index of the first token after it. */
export interface Scan {
  readonly tokens: TokenList;
  readonly parts: readonly (Part & { readonly firstToken: number; readonly lastToken: number })[];
  readonly problems: readonly Problem[];
  /**
   * Tokens read as a part that gave no value (a nationality such as "Korean" that names two
   * countries): 1 at their index. They belong to the description around them and do not end it.
   */
  readonly unsettled: Uint8Array;
}

export const MAX_AGE = 130;
const NAME_WORDS = 6;
const PLACE_WORDS = 4;
const QUOTE_SPAN = 16;

// Capitalised words that start sentences or clauses but never names.
const NOT_NAMES = new Set([
  ...SENTENCE_WORDS, ...HONORIFICS, "one",
  "native", "born", "aged", "age", "known", "nicknamed", "dubbed", "call", "sign", "volunteers", "u", "s",
  // Institution and direction words that start capitalised phrases but never names.
  "staff", "command", "headquarters", "forces", "force", "army", "navy", "guard", "legion", "brigade",
  "brigades", "battalion", "battalions", "regiment", "company", "division", "corps", "ministry",
  "government", "council", "office", "service", "services", "intelligence", "defense", "defence",
  "republic", "kingdom", "union", "federation", "state", "states", "national", "international",
  "foreign", "south", "north", "east", "west", "southern", "northern", "eastern", "western",
  "central", "latin", "civil", "war", "world", "operation", "front",
]);
// Continental words that contain a nationality word but name no country ("South Americans").
const REGIONAL = new Set(["south", "north", "latin", "central"]);
// Verbs after which a nationality word names a language ("speak English").
const LANGUAGE_CUES = new Set(["speak", "speaks", "spoke", "speaking", "learn", "learned", "learning", "understand", "understands", "fluent", "proficiency"]);
const SENTENCE_ENDS = new Set([".", "!", "?", "“", "\"", "‘", "'", "—"]);
// The same marks as character codes, so that the token before a word is told without its text.
const SENTENCE_END_CODES = new Set([...SENTENCE_ENDS].map((mark) => mark.charCodeAt(0)));

/** Whether token `k` is one of {@link SENTENCE_ENDS}. */
function isSentenceEnd(tokens: TokenList, k: number): boolean {
  const start = tokens.startOf(k);
  return tokens.endOf(k) - start === 1 && SENTENCE_END_CODES.has(tokens.source.charCodeAt(start));
}
const PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "y", "abu", "bint"]);
const QUOTES: ReadonlyMap<string, readonly string[]> = new Map([
  ["'", ["'", "’"]], ["‘", ["’", "'"]], ["\"", ["\""]], ["“", ["”", "\""]], ["«", ["»"]], ["„", ["“", "”"]], ["‹", ["›"]],
]);
const PREPOSITIONS = new Set(["of", "in", "with", "from", "at", "to", "for"]);
// Words for a province that close a place's name ("Kharkiv Oblast"), never a person's.
const ADMIN_DIVISIONS = new Set(["oblast", "region", "province", "raion", "krai", "governorate", "district", "voivodeship"]);
// Prepositions of place, after which a capitalised run may open with a town before a name.
const PLACE_CUES = new Set([
  "in", "at", "near", "outside",
  // "in eastern Syria as Staff Sgt. …": a compass word before a capitalised word makes it a place
  "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern",
]);
const NAME_SUFFIXES = ["Jr", "Sr", "II", "III", "IV"] as const;
// Verbs that place a person in the unit after them.
const UNIT_VERBS = new Set([
  "joined", "joins", "joining", "serves", "served", "serving", "enlisted", "fights", "fought", "fighting",
  "commands", "commanded", "commanding", "leads", "led", "assigned", "attached", "transferred",
]);
/** The nouns of a citizenship after a nationality word ("a Canadian citizen", "Indian nationals"). */
export const CITIZEN_WORDS: ReadonlySet<string> = new Set(["citizen", "citizens", "national", "nationals"]);
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** "POWs", "MPs": two capitals or more and a lower-case "s", read in the source when it is plain ASCII. */
function isInitialismPlural(tokens: TokenList, i: number): boolean {
  const start = tokens.startOf(i);
  const end = tokens.endOf(i);
  if (end - start < 3 || tokens.source.charCodeAt(end - 1) !== 115) return false;
  if (tokens.asciiKey(i) === undefined) return ACRONYM_PLURAL.test(tokens.source.slice(start, end));
  for (let k = start; k < end - 1; k++) {
    const c = tokens.source.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
const YEAR_WORDS = new Set(["year", "years", "yr", "yrs"]);
// Things whose age reports give with the same "-year-old" as a person's: "a six-year-old war".
const AGED_THINGS = new Set([
  "war", "wars", "conflict", "insurgency", "occupation", "blockade", "siege", "ceasefire", "truce", "dispute", "rivalry",
  "treaty", "agreement", "accord", "alliance", "ban", "embargo", "law", "policy", "programme", "program", "regime",
  "tank", "tanks", "vehicle", "vehicles", "aircraft", "jet", "jets", "helicopter", "ship", "ships", "submarine", "rifle",
  "rifles", "weapon", "weapons", "missile", "missiles", "system", "systems", "design", "model", "fleet",
  "building", "bridge", "dam", "plant", "factory", "base", "facility", "company", "firm", "institution", "organisation",
  "organization", "tradition", "record", "doctrine", "order",
]);
const BARE_AGE_FOLLOWERS = new Set([",", ")", ";", ".", "of", "from", "and", "who", "is", "was", "has", "had", "a", "an", "the", "—", "–"]);

const lowerAt = (tokens: TokenList, i: number): string => tokens.get(i)?.lower ?? "";
const OWNER_PRONOUNS = new Set(["its", "their", "his", "her"]);
/** A possessive pronoun or a word with a possessive "'s" ("brigade's"), which may stand before a unit. */
/** A word with a possessive "'s" ("Zelenski's", "brigade's"). */
export const isPossessive = (word: string): boolean => word.length > 2 && /['’]s$/.test(word);
const isOwnerWord = (lower: string): boolean => OWNER_PRONOUNS.has(lower) || ((lower.endsWith("'s") || lower.endsWith("’s")) && lower.length > 3);
/** "Kim Jong-un", "Moon Jae-in": the lower-case second syllable of a Korean given name. */
const isGivenNameSyllable = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text === t.lower && t.text.length <= 5;

/** A capitalised word that may start a name here (not a function word, month or vocabulary phrase). */
function nameWordAt(words: WordClasses, i: number): boolean {
  const tokens = words.tokens;
  if (i < 0 || i >= tokens.length) return false;
  const memo = tokens.marks();
  const known = memo[i] ?? 0;
  if (known !== 0) return known === 1;
  const result = isNameWord(words, i);
  memo[i] = result ? 1 : 2;
  return result;
}

/** "Jan van Dijk": a month word before a name particle and a name is a given name. */
function beforeParticle(tokens: TokenList, i: number): boolean {
  let k = i + 1;
  while (k < i + 3 && tokens.get(k)?.spaced === true && PARTICLES.has(tokens.get(k)?.text ?? "")) k++;
  return k > i + 1 && isTitleCase(tokens.get(k));
}

/**
 * "Corporal Jan Kowalski": a month's short form written without its period and followed by a
 * capitalised word is a given name, for a report abbreviates a month only beside a day ("Jan. 3").
 */
function beforeSurname(tokens: TokenList, i: number): boolean {
  const t = tokens.get(i);
  const next = tokens.get(i + 1);
  if (t === undefined || next === undefined || !next.spaced || next.newline || !isCalendarAbbreviation(t.lower)) return false;
  return isTitleCase(next) && monthFromWord(next.text) === undefined && !NOT_NAMES.has(next.lower);
}

function isNameWord(words: WordClasses, i: number): boolean {
  const classes = words.at(i);
  // "Two Americans and a Briton", "Hundreds of volunteers": a number word opening a sentence is no name
  if ((classes & TITLE_CASE) === 0 || (classes & (NOT_NAME | NUMBER_WORD | SCALE_WORD)) !== 0) return false;
  const tokens = words.tokens;
  if ((classes & MONTH_WORD) !== 0 && !beforeParticle(tokens, i) && !beforeSurname(tokens, i)) return false;
  // "Ukrainian POWs", "two MPs": the plural of an initialism is no name
  if (isInitialismPlural(tokens, i)) return false;
  return (
    (classes & PHRASE_HEAD) === 0 ||
    (phraseAt(words, TABLES.ranks, RANK_HEAD, i) === undefined &&
    phraseAt(words, TABLES.roles, ROLE_HEAD, i) === undefined &&
    phraseAt(words, TABLES.nationalities, NATIONALITY_HEAD, i) === undefined &&
    phraseAt(words, TABLES.services, SERVICE_HEAD, i) === undefined &&
    phraseAt(words, TABLES.aliases, ALIAS_HEAD, i) === undefined)
  );
}

// The classes of words (see word-classes.ts) that decide which matchers may start at a token.
const ALIAS_HEAD = FIRST_TABLE_BIT;
const RANK_HEAD = FIRST_TABLE_BIT << 1;
const SERVICE_HEAD = FIRST_TABLE_BIT << 2;
const ROLE_HEAD = FIRST_TABLE_BIT << 3;
const NATIONALITY_HEAD = FIRST_TABLE_BIT << 4;
const AGE_CUE = FIRST_TABLE_BIT << 5;
const NUMBER_WORD = FIRST_TABLE_BIT << 6;
const SCALE_WORD = FIRST_TABLE_BIT << 7;
const ORIGIN_CUE = FIRST_TABLE_BIT << 8;
const UNIT_VERB = FIRST_TABLE_BIT << 9;
const PREPOSITION = FIRST_TABLE_BIT << 10;
const NOT_NAME = FIRST_TABLE_BIT << 11;
const PARTICLE = FIRST_TABLE_BIT << 14;
const HONORIFIC = FIRST_TABLE_BIT << 15;
const COUNTRY_HEAD = FIRST_TABLE_BIT << 12;
const SUBDIVISION_HEAD = FIRST_TABLE_BIT << 13;
const MONTH_WORD = FIRST_TABLE_BIT << 16;
const PLACE_CUE = FIRST_TABLE_BIT << 17;
const YEAR_WORD = FIRST_TABLE_BIT << 18;
const LANGUAGE_CUE = FIRST_TABLE_BIT << 19;
const REGIONAL_WORD = FIRST_TABLE_BIT << 20;
/** The first word of a rank, role, service, alias cue or nationality. */
const PHRASE_HEAD = ALIAS_HEAD | RANK_HEAD | SERVICE_HEAD | ROLE_HEAD | NATIONALITY_HEAD;
const AGE_START = DIGITS | NUMBER_WORD | AGE_CUE;
const PREPOSITIONAL_CUE = ORIGIN_CUE | UNIT_VERB | PREPOSITION;
/** Where some matcher may start; most words of prose are none of these. */
const MAY_START = PHRASE_HEAD | AGE_START | PREPOSITIONAL_CUE | CAPITALIZED;
const WORD_CLASSES = wordClassTable([
  [ALIAS_HEAD, TABLES.aliases.headWords()],
  [RANK_HEAD, TABLES.ranks.headWords()],
  [SERVICE_HEAD, TABLES.services.headWords()],
  [ROLE_HEAD, TABLES.roles.headWords()],
  [NATIONALITY_HEAD, TABLES.nationalities.headWords()],
  [COUNTRY_HEAD, TABLES.countryNames.headWords()],
  [SUBDIVISION_HEAD, TABLES.subdivisions.headWords()],
  [AGE_CUE, ["aged", "age"]],
  [NUMBER_WORD, SMALL_NUMBER_WORDS.keys()],
  [SCALE_WORD, SCALE_WORDS.keys()],
  [ORIGIN_CUE, ["native", "born", ...CITIZEN_WORDS]],
  [UNIT_VERB, UNIT_VERBS],
  [PREPOSITION, PREPOSITIONS],
  [NOT_NAME, NOT_NAMES],
  [PARTICLE, PARTICLES],
  [HONORIFIC, HONORIFICS],
  [MONTH_WORD, MONTH_WORDS.keys()],
  [PLACE_CUE, PLACE_CUES],
  [YEAR_WORD, YEAR_WORDS],
  [LANGUAGE_CUE, LANGUAGE_CUES],
  [REGIONAL_WORD, REGIONAL],
]);

/** The longest phrase of a table at token `i`, looked up only where a first word of the table (class `head`) stands. */
function phraseAt<V>(words: WordClasses, table: PhraseTable<V>, head: number, i: number): PhraseMatch<V> | undefined {
  return words.has(i, head) ? table.longestAt(words.tokens, i) : undefined;
}

class Scanner {
  readonly tokens: TokenList;
  readonly parts: (Part & { firstToken: number; lastToken: number })[] = [];
  readonly problems: Problem[] = [];
  readonly unsettled: Uint8Array;

  private readonly units: UnitIndex;
  private readonly words: WordClasses;
  /** The last run {@link titleRun} read: where, with which limits, how many words, its end (-1 for none). */
  private readonly lastRun = { from: -1, allowCaps: false, maxWords: 0, words: 0, end: -1 };
  private runWords = 0;
  /** 1 at each token a unit's designation starts at, made when a cue first asks. */
  private unitStarts: Uint8Array | undefined;

  constructor(readonly source: string, units?: readonly Mention<UnitDesignation>[]) {
    this.tokens = tokenize(source);
    this.words = new WordClasses(this.tokens, WORD_CLASSES);
    this.unsettled = new Uint8Array(this.tokens.length);
    this.units = new UnitIndex(source, units);
  }

  run(): Scan {
    let i = 0;
    while (i < this.tokens.length) {
      const classes = this.words.at(i);
      if ((classes & MAY_START) === 0) {
        i++;
        continue;
      }
      // each matcher is tried only where its first word can stand
      const next =
        ((classes & ALIAS_HEAD) !== 0 ? this.alias(i) : undefined) ??
        ((classes & AGE_START) !== 0 ? this.age(i) : undefined) ??
        ((classes & PREPOSITIONAL_CUE) !== 0 ? this.prepositional(i) : undefined) ??
        ((classes & CAPITALIZED) !== 0 ? this.originBefore(i) : undefined) ??
        ((classes & (SERVICE_HEAD | RANK_HEAD)) !== 0 ? this.rank(i) : undefined) ??
        ((classes & ROLE_HEAD) !== 0 ? this.role(i) : undefined) ??
        ((classes & NATIONALITY_HEAD) !== 0 ? this.nationality(i) : undefined) ??
        ((classes & CAPITALIZED) !== 0 ? this.name(i) : undefined);
      i = next ?? i + 1;
    }
    return { tokens: this.tokens, parts: this.parts, problems: this.problems, unsettled: this.unsettled };
  }

  /** Adds a part from `start` to `end` (offsets), read from tokens `firstToken`…`lastToken`: the token after it. */
  private push(part: Unspanned, start: number, end: number, firstToken: number, lastToken: number): number {
    // One object shape for every part keeps this hot path monomorphic.
    const plural = part.kind === "role" && part.plural;
    const former = (part.kind === "role" || part.kind === "rank") && part.former === true;
    this.parts.push({ kind: part.kind, value: part.value, start, end, plural, former, firstToken, lastToken } as Part & { firstToken: number; lastToken: number });
    return lastToken + 1;
  }

  /** Adds a part spanning tokens `from`…`to` (tagged with `firstToken`…`lastToken`, the same unless given). */
  private pushSpan(part: Unspanned, from: number, to: number, firstToken = from, lastToken = to): number {
    return this.push(part, this.tokens.startOf(from), this.tokens.endOf(to), firstToken, lastToken);
  }

  private span(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens.startOf(from), end: this.tokens.endOf(to) };
  }

  /** The previous part, when only commas (or nothing) stand between it and token `i`. */
  private adjacentPart(i: number): Part | undefined {
    const last = this.parts[this.parts.length - 1];
    if (last === undefined) return undefined;
    // Walk back over commas only: each comma is passed by one caller, so the scan stays linear.
    let k = i - 1;
    while (k > last.lastToken && this.tokens.textIs(k, ",")) k--;
    return k === last.lastToken ? last : undefined;
  }

  // "nom de guerre Viking", "call sign 'Moses'", "known as “the Doctor”"
  private alias(i: number): number | undefined {
    const cue = phraseAt(this.words, TABLES.aliases, ALIAS_HEAD, i);
    if (cue === undefined || this.nicknameOfUnit(i)) return undefined;
    let j = cue.end;
    for (let skipped = 0; skipped < 2 && [":", ",", "of", "is", "was", "—", "-"].includes(lowerAt(this.tokens, j)); skipped++) j++;
    const quoted = this.quoted(j);
    if (quoted !== undefined) {
      return this.pushSpan({ kind: "alias", value: { value: quoted.value, kind: cue.value } }, i, quoted.close);
    }
    const run = this.titleRun(j, 4, true);
    if (run === undefined) return undefined;
    const value = this.source.slice(this.tokens.get(j)?.start ?? 0, this.tokens.get(run - 1)?.end ?? 0);
    return this.pushSpan({ kind: "alias", value: { value, kind: cue.value } }, i, run - 1);
  }

  /**
   * Whether the alias cue at token `i` follows a unit's designation rather than a person: "the 47th
   * Brigade (47 ОМБр), known as “Magura”" names the brigade. A unit read as part of a person's
   * description ("chief of staff of the 2nd Battalion, known as …") still leaves the alias to them.
   */
  private nicknameOfUnit(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && [",", ")", "("].includes(this.tokens.get(k)?.text ?? "")) k--;
    if (k < 0 || !this.units.covers(this.tokens.endOf(k) - 1)) return false;
    const last = this.parts[this.parts.length - 1];
    return !(last !== undefined && last.kind === "unit" && last.end >= this.tokens.endOf(k));
  }

  /** A quoted value starting at token `j`: its text and the index of the closing quote token. */
  private quoted(j: number): { value: string; close: number } | undefined {
    // every opening mark is one character: the marks are told by their code, without making tokens
    const tokens = this.tokens;
    if (tokens.kindOf(j) !== "punct" || tokens.endOf(j) - tokens.startOf(j) !== 1) return undefined;
    const closers = QUOTES.get(this.source.charAt(tokens.startOf(j)));
    if (closers === undefined) return undefined;
    for (let k = j + 1; k < tokens.length && k <= j + QUOTE_SPAN; k++) {
      if (tokens.newlineAt(k)) return undefined;
      if (tokens.kindOf(k) === "punct" && closers.some((mark) => tokens.textIs(k, mark))) {
        const value = withoutClosingPunctuation(this.source.slice(tokens.endOf(j), tokens.startOf(k)).trim());
        return value === "" ? undefined : { value, close: k };
      }
    }
    return undefined;
  }

  /** End (exclusive) of a run of capitalised words from `j`, hyphen- and particle-joined. */
  private titleRun(j: number, maxWords: number, allowCaps = false): number | undefined {
    // A name is read where a place before "native" was just looked for (originBefore, then name, at
    // each capitalised word): the run read then is the same when it stopped short of both limits.
    const last = this.lastRun;
    const same = last.from === j && last.allowCaps === allowCaps && (last.maxWords === maxWords || (last.words < last.maxWords && last.words < maxWords));
    if (!same) {
      last.end = this.readTitleRun(j, maxWords, allowCaps);
      last.from = j;
      last.allowCaps = allowCaps;
      last.maxWords = maxWords;
      last.words = this.runWords;
    }
    return last.end < 0 ? undefined : last.end;
  }

  /** {@link titleRun} read afresh: its end (-1 for none), the number of words in `runWords`. */
  private readTitleRun(j: number, maxWords: number, allowCaps: boolean): number {
    // read from the token list's flags and the word classes: most runs are one word long, and no
    // token need be made to see where they end
    const tokens = this.tokens;
    this.runWords = 0;
    if (!(allowCaps ? tokens.capitalizedAt(j) : nameWordAt(this.words, j))) return -1;
    if (this.words.has(j, NOT_NAME)) return -1;
    let k = j + 1;
    let words = 1;
    while (words < maxWords && k < tokens.length) {
      const spaced = tokens.spacedAt(k);
      const hasAfter = k + 1 < tokens.length;
      if ((tokens.textIs(k, "-") || tokens.textIs(k, "‐")) && !spaced && hasAfter && !tokens.spacedAt(k + 1) && (tokens.capitalizedAt(k + 1) || (k > j + 1 && isGivenNameSyllable(tokens.get(k + 1))))) {
        k += 2;
      } else if (tokens.textIs(k, ".") && !spaced && tokens.endOf(k - 1) - tokens.startOf(k - 1) === 1 && tokens.capitalizedAt(k - 1)) {
        k += 1; // an initial: "John F. Kennedy"
      } else if (spaced && !tokens.newlineAt(k) && nameWordAt(this.words, k)) {
        k += 1;
        words++;
      } else if (spaced && this.words.has(k, PARTICLE) && hasAfter && (nameWordAt(this.words, k + 1) || tokens.textIs(k + 1, "-") || (this.words.has(k + 1, PARTICLE) && nameWordAt(this.words, k + 2)))) {
        k += 1;
        words++;
      } else break;
    }
    this.runWords = words;
    // "Robert Miller Jr.", "John Smith III"
    if (tokens.spacedAt(k) && !tokens.newlineAt(k) && this.isNameSuffix(k)) k++;
    // the period of "Jr." belongs to the name, whether the suffix was read as a name word or not
    if (this.isNameSuffix(k - 1) && tokens.textIs(k, ".") && !tokens.spacedAt(k)) k++;
    return k;
  }

  private isNameSuffix(k: number): boolean {
    for (const suffix of NAME_SUFFIXES) if (this.tokens.textIs(k, suffix)) return true;
    return false;
  }

  // "53-year-old", "45 years old", "forty-five-year-old", "aged 45", ", 29," and "(29)" after a name
  private age(i: number): number | undefined {
    const tokens = this.tokens;
    if (i >= tokens.length) return undefined;
    if (this.words.has(i, AGE_CUE) && i + 1 < tokens.length) {
      // "volunteers aged 18 to 24", "aged between 18 and 25": the ages of a group, no one's age
      if (this.tokens.lowerIs(i + 1, "between")) return i + 2;
      const n = this.number(i + 1);
      if (n === undefined) return undefined;
      const k = n.end;
      const joined = tokens.lowerIs(k, "to") || tokens.lowerIs(k, "or") || tokens.lowerIs(k, "and") || tokens.textIs(k, "-") || tokens.textIs(k, "–");
      if (joined && this.number(k + 1) !== undefined) return k + 1;
      let end = n.end;
      if (this.words.has(end, YEAR_WORD)) end++;
      if (this.tokens.lowerIs(end, "old")) end++;
      return this.ageFound(n.value, i, end - 1);
    }
    const n = this.number(i);
    if (n === undefined) return undefined;
    let j = n.end;
    if (this.tokens.textIs(j, "-")) j++;
    if (this.words.has(j, YEAR_WORD)) {
      j++;
      if (this.tokens.textIs(j, "-")) j++;
      if (this.tokens.lowerIs(j, "old")) return this.agesAThing(j + 1) ? j + 1 : this.ageFound(n.value, i, j);
      if (this.tokens.lowerIs(j, "of") && this.tokens.lowerIs(j + 1, "age")) return this.ageFound(n.value, i, j + 1);
      return undefined;
    }
    // A bare number right after a name: "John Smith, 29, of Texas" or "Karl (53)".
    if (tokens.kindOf(i) !== "number" || n.end !== i + 1) return undefined;
    const before = this.adjacentPart(i);
    const opened = this.tokens.textIs(i - 1, "(") && this.tokens.textIs(i + 1, ")");
    const commaBefore = this.tokens.textIs(i - 1, ",");
    const last = i + 1 >= tokens.length;
    if (opened && this.parts.at(-1)?.kind === "name" && this.parts.at(-1)?.lastToken === i - 2) return this.ageFound(n.value, i, i);
    const named = before?.kind === "name" || before?.kind === "nationality";
    if (commaBefore && named && (last || BARE_AGE_FOLLOWERS.has(lowerAt(tokens, i + 1)))) return this.ageFound(n.value, i, i);
    // "The French volunteer, 25, from Lyon", "known by the call sign Bear, 31,": a number set off by
    // commas after one person's role or alias is their age; a comma or dash must close it, for a
    // role is often followed by a count ("a medic, 12 soldiers"; "the commander, 12 of his men")
    const closed = tokens.textIs(i + 1, ",") || tokens.textIs(i + 1, "—") || tokens.textIs(i + 1, "–");
    const oneRole = before?.kind === "role" && !before.plural;
    if (commaBefore && closed && n.value <= MAX_AGE && (oneRole || before?.kind === "alias")) return this.ageFound(n.value, i, i);
    // "Oleksandr, who goes by the call sign Sova, is 41."
    const copula = this.tokens.lowerIs(i - 1, "is") || this.tokens.lowerIs(i - 1, "was");
    const subject = copula ? this.adjacentPart(i - 1)?.kind : undefined;
    const ends = last || tokens.textIs(i + 1, ".") || tokens.textIs(i + 1, ",") || tokens.textIs(i + 1, ";");
    if (ends && (subject === "name" || subject === "alias")) return this.ageFound(n.value, i, i);
    return undefined;
  }

  /**
   * "a six-year-old war", "the 75-year-old military alliance": the age of the thing named at `k`,
   * perhaps after one modifier. A role there names a person ("a 30-year-old tank crewman").
   */
  private agesAThing(k: number): boolean {
    const next = this.tokens.get(k);
    if (next === undefined || next.kind !== "word" || next.text !== next.lower) return false;
    if (this.roleAt(k) || this.roleAt(k + 1)) return false;
    return AGED_THINGS.has(next.lower) || (AGED_THINGS.has(lowerAt(this.tokens, k + 1)) && this.tokens.get(k + 1)?.text === lowerAt(this.tokens, k + 1));
  }

  private roleAt(k: number): boolean {
    return phraseAt(this.words, TABLES.roles, ROLE_HEAD, k) !== undefined;
  }

  private ageFound(value: number, first: number, last: number): number {
    if (value > MAX_AGE) {
      const { start, end } = this.span(first, last);
      this.problems.push({ code: "out_of_range", offset: start,
        message: `age ${value} in ${JSON.stringify(this.source.slice(start, end))} at offset ${start} is not a plausible human age (0–${MAX_AGE})` });
      return last + 1;
    }
    return this.pushSpan({ kind: "age", value }, first, last);
  }

  /** Digits (one token) or English number words ("forty-five", "twenty one") starting at `i`. */
  private number(i: number): { value: number; end: number } | undefined {
    const tokens = this.tokens;
    if (!(i >= 0 && i < tokens.length)) return undefined;
    const start = tokens.startOf(i);
    if (tokens.kindOf(i) === "number") {
      // a number token is ASCII digits only: its value is read without a string
      const end = tokens.endOf(i);
      if (end - start > 4) return undefined;
      let value = 0;
      for (let k = start; k < end; k++) value = value * 10 + this.source.charCodeAt(k) - 48;
      return { value, end: i + 1 };
    }
    if (!this.words.has(i, NUMBER_WORD)) return undefined;
    let end = i + 1;
    for (let k = i + 1; k < i + 6 && k < tokens.length; k++) {
      if ((tokens.textIs(k, "-") && this.words.has(k + 1, NUMBER_WORD)) || tokens.lowerIs(k, "and")) continue;
      if (this.words.has(k, NUMBER_WORD | SCALE_WORD)) end = k + 1;
      else break;
    }
    const text = this.source.slice(start, tokens.endOf(end - 1));
    const parsed = parseCardinal(text);
    return parsed.success ? { value: parsed.data, end } : undefined;
  }

  // A preposition may open a unit ("of the 2nd Battalion"), an origin ("from the Faroe Islands",
  // "native of El Salvador", "born in Chile", "of Texas" after a name) or a citizenship.
  private prepositional(i: number): number | undefined {
    const classes = this.words.at(i);
    if ((classes & ORIGIN_CUE) !== 0) {
      const cue = lowerAt(this.tokens, i);
      const prep = lowerAt(this.tokens, i + 1);
      const wanted = cue === "born" ? "in" : "of";
      if (prep !== wanted) return undefined;
      const asNationality = cue.startsWith("citizen") || cue.startsWith("national");
      return this.place(i, i + 2, asNationality);
    }
    if ((classes & UNIT_VERB) !== 0) {
      // "who joined the 92nd Brigade", "serves in the 2nd Battalion", "was assigned to …"
      return this.unit(this.words.has(i + 1, PREPOSITION) || this.tokens.lowerIs(i + 1, "for") ? i + 1 : i, i);
    }
    if ((classes & PREPOSITION) === 0) return undefined;
    const unit = this.unit(i);
    if (unit !== undefined) return unit;
    const previous = this.adjacentPart(i)?.kind;
    if (this.tokens.lowerIs(i, "from") || (this.tokens.lowerIs(i, "of") && (previous === "name" || previous === "age"))) return this.place(i, i + 1, false);
    return undefined;
  }

  /** A unit after the cue at `i` (from `cueAt`, a verb before it, the part's tokens start). */
  private unit(i: number, cueAt = i): number | undefined {
    // most cues stand before no unit: the index is asked before any word is read
    if (!this.unitStartsWithin(i + 1, i + 3)) return undefined;
    let first = this.tokens.lowerIs(i + 1, "the") ? i + 2 : i + 1;
    // "with the brigade's 2nd Battalion", "of its 3rd Company": an owner before the unit
    if (isOwnerWord(lowerAt(this.tokens, first))) first++;
    if (first >= this.tokens.length) return undefined;
    const found = this.units.at(this.tokens.startOf(first));
    if (found === undefined) return undefined;
    let last = first;
    while (last + 1 < this.tokens.length && this.tokens.endOf(last + 1) <= found.end) last++;
    // "fought in the 47th Brigade's sector": the unit's ground, not the unit
    if (isPossessive(this.tokens.get(last + 1)?.text ?? "") && UNIT_GROUND_WORDS.has(lowerAt(this.tokens, last + 2))) return undefined;
    // the cue and any owner belong to the part, so they do not separate it from the person
    return this.push({ kind: "unit", value: found.value }, found.start, found.end, cueAt, last);
  }

  /** Whether a unit's designation starts at one of the tokens `from`…`to`. */
  private unitStartsWithin(from: number, to: number): boolean {
    const starts = (this.unitStarts ??= this.units.tokenStarts(this.tokens));
    for (let k = Math.max(from, 0); k <= to && k < this.tokens.length; k++) if (starts[k] === 1) return true;
    return false;
  }

  /** A country or a capitalised place name at token `j` (after an optional "the"); the part spans from `cueAt`. */
  private place(cueAt: number, j: number, asNationality: boolean): number | undefined {
    const at = this.tokens.lowerIs(j, "the") ? j + 1 : j;
    const country = phraseAt(this.words, TABLES.countryNames, COUNTRY_HEAD, at);
    if (country !== undefined) {
      let next = this.countryPart(country, cueAt, at, country.end - 1, asNationality);
      // "a citizen of Chile and Peru": each further country after "and" counts too.
      while (this.tokens.lowerIs(next, "and")) {
        const more = this.tokens.lowerIs(next + 1, "the") ? next + 2 : next + 1;
        const further = phraseAt(this.words, TABLES.countryNames, COUNTRY_HEAD, more);
        if (further === undefined) break;
        next = this.countryPart(further, more, more, further.end - 1, asNationality);
      }
      return next;
    }
    if (asNationality) return undefined;
    let end = this.titleRun(at, PLACE_WORDS);
    if (end === undefined) return undefined;
    // "Texas" is a state of the US; "Austin, Texas" and "Lviv, Ukraine" a town and where it lies
    let lies = this.regionAt(at, end)?.country;
    const region = this.tokens.textIs(end, ",") ? this.regionAt(end + 1) : undefined;
    if (region !== undefined) {
      end = region.end;
      lies = region.country;
    }
    return this.origin(cueAt, at, end, lies);
  }

  /** An origin part from token `cueAt`, the place's name from `at` to `end` (exclusive). */
  private origin(cueAt: number, at: number, end: number, country: string | undefined, last = end - 1): number {
    const name = this.source.slice(this.tokens.get(at)?.start ?? 0, this.tokens.get(end - 1)?.end ?? 0);
    const value: PlaceOfOrigin = country === undefined ? { name } : { name, country };
    return this.pushSpan({ kind: "origin", value }, cueAt, last);
  }

  /**
   * A state, province or country named at token `k` (ending at `end` when given, else where the
   * name ends and nothing capitalised runs on): the token after it, and its country when only one
   * is meant ("Georgia" may be the state or the country).
   */
  private regionAt(k: number, end?: number): { end: number; country?: string } | undefined {
    const state = phraseAt(this.words, TABLES.subdivisions, SUBDIVISION_HEAD, k);
    const nation = phraseAt(this.words, TABLES.countryNames, COUNTRY_HEAD, k);
    const stop = Math.max(state?.end ?? 0, nation?.end ?? 0);
    if (stop === 0 || (end !== undefined && stop !== end)) return undefined;
    const after = this.tokens.get(stop);
    if (end === undefined && after !== undefined && !after.newline && after.kind === "word" && isCapitalized(after)) return undefined;
    const inState = state?.end === stop ? state.value.country : undefined;
    const nations = nation?.end === stop ? nation.value.codes : [];
    // a state that is also a foreign country ("Georgia") is left open; a territory listed both
    // ways ("Puerto Rico", "Guam") is one place, and its own code wins
    if (inState !== undefined && nations.length > 0 && !nations.some((c) => countryInfo(c)?.sovereign === inState)) return { end: stop };
    const country = pickCountry(nations.length > 0 ? nations : inState === undefined ? [] : [inState]);
    return country === undefined ? { end: stop } : { end: stop, country };
  }

  private countryPart(match: PhraseMatch<CountryPhrase>, first: number, nameAt: number, last: number, asNationality: boolean): number {
    const code = this.pick(match, nameAt);
    if (code === undefined) return last + 1;
    if (asNationality) return this.pushSpan({ kind: "nationality", value: code }, first, last);
    const name = this.source.slice(this.tokens.get(nameAt)?.start ?? 0, this.tokens.get(match.end - 1)?.end ?? 0);
    const sovereign = countryInfo(code)?.sovereign;
    const value: PlaceOfOrigin = sovereign === undefined ? { name, country: code } : { name, country: code, territoryOf: sovereign };
    return this.pushSpan({ kind: "origin", value }, first, last);
  }

  private pick(match: PhraseMatch<CountryPhrase>, at: number): string | undefined {
    const code = pickCountry(match.value.codes);
    if (code === undefined) {
      this.unsettled.fill(1, at, match.end);
      const { start, end } = this.span(at, match.end - 1);
      const names = match.value.codes.map((c) => `${c} (${countryInfo(c)?.name ?? c})`).join(", ");
      this.problems.push({ code: "ambiguous", offset: start,
        message: `${JSON.stringify(this.source.slice(start, end))} at offset ${start} can mean more than one country: ${names}` });
    }
    return code;
  }

  // "Jamaica native", "Texas-born", "El Salvador native", "Austin, Texas native", "Leeds, England-born"
  private originBefore(i: number): number | undefined {
    if (!this.tokens.capitalizedAt(i)) return undefined;
    const country = phraseAt(this.words, TABLES.countryNames, COUNTRY_HEAD, i);
    const end = country?.end ?? this.titleRun(i, PLACE_WORDS);
    if (end === undefined) return undefined;
    const last = this.nativeCue(end);
    if (last !== undefined) {
      if (country !== undefined) return this.countryPart(country, i, i, last, false);
      return this.origin(i, i, end, this.regionAt(i, end)?.country, last);
    }
    const region = country === undefined && this.tokens.textIs(end, ",") ? this.regionAt(end + 1) : undefined;
    // AP style sets the region off with commas: "an Austin, Texas, native"
    const cue = region === undefined ? undefined : this.nativeCue(this.tokens.textIs(region.end, ",") ? region.end + 1 : region.end);
    if (region === undefined || cue === undefined) return undefined;
    return this.origin(i, i, region.end, region.country, cue);
  }

  /** The last token of "native" or "-born" at token `k`, when one stands there. */
  private nativeCue(k: number): number | undefined {
    if (this.tokens.lowerIs(k, "native")) return k;
    return this.tokens.textIs(k, "-") && this.tokens.lowerIs(k + 1, "born") ? k + 1 : undefined;
  }

  // "Army Staff Sgt.", "Sgt.", "Lt. Col.", "Major" before a name
  private rank(i: number): number | undefined {
    const service = phraseAt(this.words, TABLES.services, SERVICE_HEAD, i);
    const serviced = service !== undefined && phraseAt(this.words, TABLES.ranks, RANK_HEAD, service.end) !== undefined;
    const at = serviced && service !== undefined ? service.end : i;
    const rank = phraseAt(this.words, TABLES.ranks, RANK_HEAD, at);
    if (rank === undefined) return undefined;
    if (rank.needsName && !(this.tokens.get(rank.end)?.spaced === true && nameWordAt(this.words, rank.end))) return undefined;
    if (serviced && service !== undefined) this.pushSpan({ kind: "service", value: service.value }, i, at - 1);
    // "a former corporal in the Colombian army" held that rank once, in another force: the part
    // still describes a person, but gives no rank
    return this.pushSpan({ kind: "rank", value: rank.value, former: this.formerAt(i - 1) }, at, rank.end - 1);
  }

  private role(i: number): number | undefined {
    const role = phraseAt(this.words, TABLES.roles, ROLE_HEAD, i);
    if (role === undefined) return undefined;
    // "Cook Islander" is a nationality, not the role "cook": the longer phrase wins.
    if ((phraseAt(this.words, TABLES.nationalities, NATIONALITY_HEAD, i)?.end ?? 0) > role.end) return undefined;
    const plural = isPluralRole(this.tokens, i, role.end);
    // "veteran" before another role says how long, not what: "a veteran journalist" is a journalist
    if (role.value === "veteran" && role.end === i + 1 && this.roleAt(role.end)) return role.end;
    // "Marine Corps veterans": a word of a unit's designation is no role
    if (this.units.covers(this.tokens.startOf(i))) return undefined;
    // "a former journalist, now a drone operator": a role given up describes, but is no role
    return this.pushSpan({ kind: "role", value: role.value, plural, former: this.formerAt(i - 1) }, i, role.end - 1);
  }

  /** Whether token `k` says what follows is past: "former", or "ex-" ("an ex-sergeant"). */
  private formerAt(k: number): boolean {
    return this.tokens.lowerIs(k, "former") || (this.tokens.textIs(k, "-") && !this.tokens.spacedAt(k) && this.tokens.lowerIs(k - 1, "ex"));
  }

  private nationality(i: number): number | undefined {
    const match = phraseAt(this.words, TABLES.nationalities, NATIONALITY_HEAD, i);
    if (match === undefined) return undefined;
    // read from the token flags and word classes: a token is made only for the rare compound or noun
    const tokens = this.tokens;
    const after = match.end;
    const endsThere = after >= tokens.length || tokens.kindOf(after) === "punct";
    const language = this.words.has(i - 1, LANGUAGE_CUE) || ((tokens.lowerIs(i - 1, "in") || tokens.lowerIs(i - 2, "proficiency")) && endsThere);
    if (language || (this.words.has(i - 1, REGIONAL_WORD) && tokens.capitalizedAt(i - 1))) return match.end;
    // "Russian-speaking", "Russian-backed", "Russian-made" say nothing of a citizenship; "Russian-born" gives a birthplace
    const compound = tokens.textIs(after, "-") && !tokens.spacedAt(after) ? tokens.get(after + 1) : undefined;
    if (compound !== undefined && !compound.spaced && compound.kind === "word" && compound.text === compound.lower) {
      if (compound.lower !== "born") return match.end + 2;
      const code = this.pick(match, i);
      const name = code === undefined ? undefined : countryInfo(code)?.name;
      if (code === undefined || name === undefined) return match.end + 2;
      return this.pushSpan({ kind: "origin", value: { name, country: code } }, i, match.end + 1);
    }
    const code = this.pick(match, i);
    if (code === undefined) return match.end;
    // "a Croatian national, Ivo Horvat", "The Czech citizen, 27,": the noun of a citizenship belongs
    // to it, so what it sets off describes the same person ("the Ukrainian national anthem" has none)
    // (one person's: the plural "Indian nationals" stays outside, as a plural role would)
    const noun = tokens.spacedAt(after) && !tokens.newlineAt(after) && this.words.has(after, ORIGIN_CUE) && this.citizenNounAt(after);
    const last = noun ? match.end : match.end - 1;
    return this.pushSpan({ kind: "nationality", value: code }, i, last);
  }

  /**
   * Whether token `k` is the noun of one person's citizenship ("citizen", "national", written so)
   * with a word after it that lets it close the nationality (not "the Ukrainian national anthem").
   */
  private citizenNounAt(k: number): boolean {
    const noun = this.tokens.get(k);
    if (noun === undefined || !CITIZEN_WORDS.has(noun.text)) return false;
    const then = this.tokens.get(k + 1);
    // "Two American citizens, Daniel Reyes and Kyle Martin,": a plural one names the people after it,
    // as "Two Americans, …" does; else it stays outside ("Indian nationals")
    if (noun.text.endsWith("s")) return then?.text === "," && this.tokens.capitalizedAt(k + 2);
    return then === undefined || then.kind !== "word" || isCapitalized(then) || BARE_AGE_FOLLOWERS.has(then.lower);
  }

  /** Whether a rank or a role starts at token `k`, on the same line as the word before it. */
  private titleAt(k: number): boolean {
    if (!this.tokens.spacedAt(k) || this.tokens.newlineAt(k) || !this.words.has(k, RANK_HEAD | ROLE_HEAD)) return false;
    return phraseAt(this.words, TABLES.ranks, RANK_HEAD, k) !== undefined || phraseAt(this.words, TABLES.roles, ROLE_HEAD, k) !== undefined;
  }

  /**
   * Where a name starts in a run of capitalised words from `at` to `end` that opens with a place:
   * after the country or region the tables know, else after one word, when two words or more are
   * left for the name; else at `at`.
   */
  private pastPlace(at: number, end: number): number {
    const known = this.placeEnd(at);
    const place = known > at ? known : at + 1;
    return end - place >= 2 && nameWordAt(this.words, place) ? place : at;
  }

  /** Where the country or region the tables know that starts at `at` ends (0 when none does). */
  private placeEnd(at: number): number {
    return Math.max(phraseAt(this.words, TABLES.countryNames, COUNTRY_HEAD, at)?.end ?? 0, phraseAt(this.words, TABLES.subdivisions, SUBDIVISION_HEAD, at)?.end ?? 0);
  }

  private name(i: number): number | undefined {
    let at = i;
    if (this.words.has(i, HONORIFIC) && this.tokens.capitalizedAt(i)) at = this.tokens.textIs(i + 1, ".") ? i + 2 : i + 1;
    const end = this.titleRun(at, NAME_WORDS);
    if (end === undefined) return undefined;
    // "in Kyiv Ivan Petrenko said": a place after "in" or "at" runs straight into the name after it;
    // "fought in Syria, served …": a lone word, or a run that is all a known place, is no name
    const tokens = this.tokens;
    if (this.words.has(at - 1, PLACE_CUE)) {
      const past = this.pastPlace(at, end);
      if (past === at && (end - at === 1 || this.placeEnd(at) >= end)) return end;
      at = past;
    }
    // "Kharkiv Oblast", "Donetsk Region": a run that closes on the word for a province is a place
    if (ADMIN_DIVISIONS.has(lowerAt(tokens, end - 1))) return end;
    // "a British Petroleum Company official": a run a firm's "Company" or "Group" closes names the
    // firm (which the unit finder, not knowing it armed, leaves to this scanner), not a person
    if (tokens.capitalizedAt(end) && CIVIL_BODY_NAMES.get(lowerAt(tokens, end))?.names === "any") return end;
    // A lone capitalised word opening a sentence and running straight into lower-case words
    // ("Fewer volunteers …", "Unlike the …") is an ordinary word, not a name.
    const opensSentence = at - 1 < 0 || tokens.newlineAt(at) || isSentenceEnd(tokens, at - 1);
    const lowerNext = tokens.kindOf(end) === "word" && !tokens.capitalizedAt(end);
    if (end === at + 1 && opensSentence && lowerNext) return end;
    // "the Hero of Ukraine title", "in the Donbas": a person's name takes no article
    if (tokens.lowerIs(at - 1, "the")) return end;
    // "a 25-year-old Nepali man": one capitalised word between an age and a noun qualifies the noun
    const last = this.parts[this.parts.length - 1];
    if (end === at + 1 && lowerNext && last?.kind === "age" && last.lastToken === at - 1) return end;
    const start = tokens.startOf(at);
    if (this.units.covers(start)) return end; // part of a unit's designation or its quoted name
    // "Zelenski's" names Zelenski: the possessive ending stays outside the name.
    const possessive = tokens.possessiveAt(end - 1);
    // "Ukraine's President …", "European Commission President …", "Deputy Defence Minister …":
    // a run that owns or qualifies the title after it names a country or a body, not the person
    const qualified = possessive && tokens.lowerWordAt(end) && this.titleAt(end + 1);
    if (this.titleAt(end) || qualified) return end;
    if (!possessive && end - at <= 2) {
      const inner = this.innerNickname(at, end);
      if (inner !== undefined) return inner;
    }
    const stop = tokens.endOf(end - 1) - (possessive ? 2 : 0);
    return this.push({ kind: "name", value: this.source.slice(start, stop) }, start, stop, at, end - 1);
  }

  /**
   * 'Vladyslav "Sova" Horbenko': a quoted word or two between a given name (tokens `at`…`end - 1`)
   * and a surname is the person's nickname, and the name is both sides of it. The alias part is
   * tagged with the name's last token, so that it sits inside the name for the grouping.
   */
  private innerNickname(at: number, end: number): number | undefined {
    if (!this.tokens.spacedAt(end) || this.tokens.newlineAt(end)) return undefined;
    const quoted = this.quoted(end);
    if (quoted === undefined || quoted.close > end + 4) return undefined;
    const words = quoted.value.split(/\s+/);
    if (words.length > 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
    const after = quoted.close + 1;
    if (this.tokens.get(after)?.spaced !== true || !nameWordAt(this.words, after)) return undefined;
    const last = this.titleRun(after, NAME_WORDS - (end - at));
    const lastWord = last === undefined ? undefined : this.tokens.get(last - 1);
    if (last === undefined || lastWord === undefined || isPossessive(lastWord.text) || this.titleAt(last)) return undefined;
    const start = this.tokens.get(at)?.start ?? 0;
    const given = this.source.slice(start, this.tokens.get(end - 1)?.end ?? start);
    const surname = this.source.slice(this.tokens.get(after)?.start ?? 0, lastWord.end);
    this.push({ kind: "name", value: `${given} ${surname}` }, start, lastWord.end, at, last - 1);
    return this.pushSpan({ kind: "alias", value: { value: quoted.value, kind: "nickname" } }, end, quoted.close, last - 1, last - 1);
  }
}

/**
 * Scans a text for the parts of person descriptions (internal; see parsePersonDescription and
 * findPersonDescriptions for the public readers).
 */
export function scanDescription(source: string, units?: readonly Mention<UnitDesignation>[]): Scan {
  return new Scanner(source, units).run();
}

/**
 * A quoted alias without the comma or period that US style sets inside the closing mark
 * (`call sign "Viking," he said`, `known as "Viking."`): the mark belongs to the sentence. The period
 * of an abbreviation stays ("J.R.", a single letter's "K.").
 */
function withoutClosingPunctuation(value: string): string {
  const last = value.charAt(value.length - 1);
  if (last === ",") return value.slice(0, -1).trimEnd();
  if (last !== ".") return value;
  const word = value.slice(value.lastIndexOf(" ") + 1, -1);
  return word.includes(".") || word.length === 1 ? value : value.slice(0, -1).trimEnd();
}
