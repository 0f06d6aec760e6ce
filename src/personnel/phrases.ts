// Phrase tables over tokens: the personnel vocabularies and the country dataset, indexed so that the
// longest phrase starting at a token is found in time bounded by the longest phrase, not the text.
import { countryPhrases, subdivisionPhrases } from "./countries.js";
import { isCapitalized, phraseKey, tokenize, type TokenList } from "./tokens.js";
import { ALIAS_CUES, RANKS, ROLE_WORDS, SERVICE_WORDS, type AliasKindId, type ArmedServiceId, type RankEntry, type RankId, type RoleId } from "./vocabulary.js";

/** How a source phrase must be written to count. */
export type CaseRule = "any" | "capitalized" | "exact";

interface Entry<V> {
  readonly value: V;
  readonly rule: CaseRule;
  /** The phrase as the table writes it, compared for `exact`. */
  readonly written: string;
  /** Counts only when a name follows (a title that is also an ordinary word). */
  readonly needsName: boolean;
}

/** A phrase match: the value and the token index after the phrase. */
export interface PhraseMatch<V> {
  readonly value: V;
  readonly end: number;
  readonly needsName: boolean;
}

export class PhraseTable<V> {
  private readonly entries = new Map<string, Entry<V>[]>();
  private readonly prefixes = new Set<string>();
  /** First words of the phrases: most tokens of prose start none, and are turned away here. */
  private readonly heads = new Set<string>();
  private longest = 1;

  add(phrase: string, value: V, rule: CaseRule, needsName = false): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    this.longest = Math.max(this.longest, tokens.length);
    this.heads.add(phraseKey(tokens, 0, 1));
    for (let k = 1; k < tokens.length; k++) this.prefixes.add(phraseKey(tokens, 0, k));
    const key = phraseKey(tokens, 0, tokens.length);
    const list = this.entries.get(key) ?? [];
    list.push({ value, rule, written: exactKey(tokens, 0, tokens.length), needsName });
    this.entries.set(key, list);
  }

  /** Whether some phrase of the table starts with this lower-case word. */
  startsWith(lower: string): boolean {
    return this.heads.has(lower);
  }

  /** The first words of the table's phrases, lower case. */
  headWords(): IterableIterator<string> {
    return this.heads.values();
  }

  /** The longest phrase of the table starting at token `i`, honouring each entry's case rule. */
  longestAt(tokens: TokenList, i: number): PhraseMatch<V> | undefined {
    const head = tokens.get(i);
    if (head === undefined || !this.heads.has(head.lower)) return undefined;
    let best: PhraseMatch<V> | undefined;
    let key = "";
    for (let k = 0; k < this.longest && i + k < tokens.length; k++) {
      const t = tokens.get(i + k);
      if (t === undefined) break;
      key += (k > 0 && t.spaced ? " " : "") + t.lower;
      const entries = this.entries.get(key);
      if (entries !== undefined) {
        for (const entry of entries) {
          if (fits(entry, tokens, i, i + k + 1)) {
            best = { value: entry.value, end: i + k + 1, needsName: entry.needsName };
            break;
          }
        }
      }
      if (!this.prefixes.has(key)) break;
    }
    return best;
  }
}

function exactKey(tokens: TokenList, from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) {
    const t = tokens.get(k);
    if (t !== undefined) key += (k > from && t.spaced ? " " : "") + t.text;
  }
  return key;
}

function fits<V>(entry: Entry<V>, tokens: TokenList, from: number, to: number): boolean {
  if (entry.rule === "any") return true;
  if (entry.rule === "capitalized") {
    // "1st Sgt.": an ordinal opens the phrase, the capital comes with the first word after it.
    const first = tokens.get(from);
    return isCapitalized(first) || (first !== undefined && /^\d/.test(first.text) && isCapitalized(tokens.get(from + 1)));
  }
  return exactKey(tokens, from, to) === entry.written;
}

const ROLES = new PhraseTable<RoleId>();
const PLURAL_ROLES = new Set<string>();
for (const [id, words] of Object.entries(ROLE_WORDS) as [RoleId, readonly string[]][]) {
  for (const w of words) ROLES.add(w, id, w === w.toUpperCase() ? "exact" : "any");
  // a row lists plurals beside their singulars ("medic", "medics"); a plural names a group
  for (const w of words) for (const p of pluralsOf(w.toLowerCase())) if (words.some((x) => x.toLowerCase() === p)) PLURAL_ROLES.add(p);
}

/** The regular English plurals a role phrase may take: its head word (the first before "of", else the last) inflected. */
function pluralsOf(phrase: string): string[] {
  const words = phrase.split(" ");
  const at = words.includes("of") ? 0 : words.length - 1;
  const head = words[at] as string;
  const forms = [`${head}s`, `${head}es`, head.replace(/man$/, "men"), head.replace(/y$/, "ies")].filter((f) => f !== head);
  return forms.map((f) => words.map((w, k) => (k === at ? f : w)).join(" "));
}

/**
 * Whether tokens `from`…`to - 1` are the plural form of a role phrase ("soldiers", "combat medics",
 * "chiefs of staff"): such a description names a group, not a person.
 */
export function isPluralRole(tokens: TokenList, from: number, to: number): boolean {
  return PLURAL_ROLES.has(phraseKey(tokens, from, to));
}

const RANK_TABLE = new PhraseTable<RankId>();
for (const [id, entry] of Object.entries(RANKS) as [RankId, RankEntry][]) {
  if (entry.abbreviationsOnly !== true) RANK_TABLE.add(entry.title, id, entry.needsName === true ? "capitalized" : "any", entry.needsName === true);
  for (const abbr of entry.abbreviations) {
    if (abbr.includes(".")) {
      RANK_TABLE.add(abbr, id, "capitalized");
      if (abbr.endsWith(".")) RANK_TABLE.add(abbr.slice(0, -1), id, "capitalized");
    } else {
      // Bare capitals ("SGT", "MG", "PO") are common words or other acronyms unless a name follows.
      RANK_TABLE.add(abbr, id, "exact", true);
    }
  }
}

const SERVICES = new PhraseTable<ArmedServiceId>();
for (const [id, words] of Object.entries(SERVICE_WORDS) as [ArmedServiceId, readonly string[]][]) {
  for (const w of words) SERVICES.add(w, id, "capitalized");
}

const ALIASES = new PhraseTable<AliasKindId>();
for (const [kind, cues] of Object.entries(ALIAS_CUES) as [AliasKindId, readonly string[]][]) {
  for (const c of cues) ALIASES.add(c, kind, "any");
}

/** A nationality word or country name with every country it can mean. */
export interface CountryPhrase {
  readonly codes: readonly string[];
}

const NATIONALITIES = new PhraseTable<CountryPhrase>();
const COUNTRY_NAMES = new PhraseTable<CountryPhrase>();
for (const { phrase, codes, kind } of countryPhrases()) {
  const table = kind === "nationality" ? NATIONALITIES : COUNTRY_NAMES;
  // All-capital spellings (USA, DRC, UK) must be written that way; other names need a capital.
  table.add(phrase, { codes }, /^[A-Z.]+$/.test(phrase) ? "exact" : "capitalized");
}

/** A state, province or territory, and the country it lies in. */
export interface SubdivisionPhrase {
  /** ISO 3166-2 code ("US-TX"). */
  readonly code: string;
  /** ISO 3166-1 alpha-2 code of its country ("US"). */
  readonly country: string;
}

const SUBDIVISIONS = new PhraseTable<SubdivisionPhrase>();
for (const { phrase, code, country } of subdivisionPhrases()) SUBDIVISIONS.add(phrase, { code, country }, "capitalized");

// The first words of every table a word of a description may open: one look-up turns most words away.
const OPENING_WORDS: ReadonlySet<string> = new Set([ROLES, RANK_TABLE, SERVICES, ALIASES, NATIONALITIES].flatMap((t) => [...t.headWords()]));

/** Whether a lower-case word opens a phrase of the role, rank, service, alias or nationality table. */
export function opensPhrase(lower: string): boolean {
  return OPENING_WORDS.has(lower);
}

/** The tables the description scanner reads. */
export const TABLES = {
  roles: ROLES,
  ranks: RANK_TABLE,
  services: SERVICES,
  aliases: ALIASES,
  nationalities: NATIONALITIES,
  countryNames: COUNTRY_NAMES,
  subdivisions: SUBDIVISIONS,
} as const;
