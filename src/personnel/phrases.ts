// Phrase tables over tokens: the personnel vocabularies and the country dataset, indexed so that the
// longest phrase starting at a token is found in time bounded by the longest phrase, not the text.
import { countryPhrases, subdivisionPhrases } from "./countries.js";
import { asciiKeyOf, phraseKey, tokenize, type TokenList } from "./tokens.js";
import { AsciiWords, isLowerAscii } from "./word-classes.js";
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

/** One phrase of a table: how it is written, what it means, and how it must be written to count. */
type Row<V> = readonly [phrase: string, value: V, rule: CaseRule, needsName?: boolean];

/**
 * A node of the phrase trie: the entries of the phrase that ends here, and the words that continue
 * it, after white space or written on (as "." after "Lt"). Walking it reads each token's lower-case
 * word once, where building a key string of the phrase so far at each step cost a string and a hash.
 */
interface Node<V> {
  readonly entries: Entry<V>[];
  spaced: Children<V> | undefined;
  joined: Children<V> | undefined;
}

/**
 * The words that continue a phrase, by lower-case word, and those of plain ASCII also by their
 * look-up key (see asciiKeyOf), so that a token of plain ASCII finds its child without making a
 * string; the key is checked against the word, for two words may share a key.
 */
interface Children<V> {
  readonly byWord: Map<string, Node<V>>;
  readonly byKey: Map<number, { readonly word: string; readonly node: Node<V> }>;
  /** Two words of plain ASCII share a key here: every token is looked up by its word. */
  clash: boolean;
}

const newNode = <V>(): Node<V> => ({ entries: [], spaced: undefined, joined: undefined });
const newChildren = <V>(): Children<V> => ({ byWord: new Map(), byKey: new Map(), clash: false });

/** The child of `children` for word `lower`, made when missing. */
function childFor<V>(children: Children<V>, lower: string): Node<V> {
  const known = children.byWord.get(lower);
  if (known !== undefined) return known;
  const node = newNode<V>();
  children.byWord.set(lower, node);
  if (isLowerAscii(lower)) {
    const key = asciiKeyOf(lower);
    if (children.byKey.has(key)) children.clash = true;
    children.byKey.set(key, { word: lower, node });
  }
  return node;
}

/** The child of `children` for token `k`. */
function childAt<V>(children: Children<V>, tokens: TokenList, k: number): Node<V> | undefined {
  const key = children.clash ? undefined : tokens.asciiKey(k);
  if (key === undefined) return children.byWord.get(tokens.get(k)?.lower ?? "");
  const child = children.byKey.get(key);
  return child !== undefined && tokens.lowerIs(k, child.word) ? child.node : undefined;
}

export class PhraseTable<V> {
  /** Phrases by their first word: most tokens of prose start none, and are turned away here. */
  private readonly heads = new Map<string, Node<V>>();
  /** The same for a first word of plain ASCII, read in the source: 1 + the index of its node. */
  private readonly asciiHeads: AsciiWords;
  private readonly headNodes: Node<V>[];

  constructor(rows: readonly Row<V>[]) {
    const phrases = rows.filter(([phrase]) => phrase.trim() !== "");
    // All phrases go through the tokenizer as one text, one per line: V8 tunes the tokenizer to the
    // first inputs it sees, and thousands of tiny phrase strings at load made it three times slower
    // on the reports it is for.
    const tokens = tokenize(phrases.map(([phrase]) => phrase).join("\n"));
    let from = 0;
    for (const [, value, rule, needsName = false] of phrases) {
      let to = from + 1;
      while (to < tokens.length && tokens.get(to)?.newline !== true) to++;
      const head = phraseKey(tokens, from, from + 1);
      let node = this.heads.get(head) ?? newNode<V>();
      this.heads.set(head, node);
      for (let k = from + 1; k < to; k++) {
        const t = tokens.get(k);
        if (t === undefined) break;
        node = childFor(t.spaced ? (node.spaced ??= newChildren()) : (node.joined ??= newChildren()), t.lower);
      }
      node.entries.push({ value, rule, written: exactKey(tokens, from, to), needsName });
      from = to;
    }
    this.headNodes = [...this.heads.values()];
    this.asciiHeads = new AsciiWords(new Map([...this.heads.keys()].map((word, index) => [word, index + 1])));
  }

  /** Whether some phrase of the table starts with this lower-case word. */
  startsWith(lower: string): boolean {
    return this.heads.has(lower);
  }

  /** The first words of the table's phrases, lower case. */
  headWords(): IterableIterator<string> {
    return this.heads.keys();
  }

  /** The trie node of the first word of the phrases starting at token `i`, if any. */
  private headAt(tokens: TokenList, i: number): Node<V> | undefined {
    const key = tokens.asciiKey(i);
    if (key === undefined) {
      const head = tokens.get(i);
      return head === undefined ? undefined : this.heads.get(head.lower);
    }
    return this.headNodes[this.asciiHeads.get(tokens.source, tokens.startOf(i), tokens.endOf(i), key) - 1];
  }

  /** The longest phrase of the table starting at token `i`, honouring each entry's case rule. */
  longestAt(tokens: TokenList, i: number): PhraseMatch<V> | undefined {
    let node = this.headAt(tokens, i);
    let best: PhraseMatch<V> | undefined;
    for (let end = i + 1; node !== undefined; end++) {
      for (const entry of node.entries) {
        if (fits(entry, tokens, i, end)) {
          best = { value: entry.value, end, needsName: entry.needsName };
          break;
        }
      }
      // most phrases are one word: the token after it is not read
      if (node.spaced === undefined && node.joined === undefined) break;
      if (end >= tokens.length) break;
      const children = tokens.spacedAt(end) ? node.spaced : node.joined;
      node = children === undefined ? undefined : childAt(children, tokens, end);
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
    return tokens.capitalizedAt(from) || (tokens.startsWithDigitAt(from) && tokens.capitalizedAt(from + 1));
  }
  return exactKey(tokens, from, to) === entry.written;
}

const ROLE_ENTRIES = Object.entries(ROLE_WORDS) as [RoleId, readonly string[]][];
const ROLES = new PhraseTable(ROLE_ENTRIES.flatMap(([id, words]) => words.map((w): Row<RoleId> => [w, id, w === w.toUpperCase() ? "exact" : "any"])));
const PLURAL_ROLES = new Set<string>();
for (const [, words] of ROLE_ENTRIES) {
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
  // most roles are one word, looked up in the source without a string
  const key = to === from + 1 ? tokens.asciiKey(from) : undefined;
  if (key !== undefined) return PLURAL_WORDS.get(tokens.source, tokens.startOf(from), tokens.endOf(from), key) !== 0;
  // a longer one that is singular is told so by its last letter, without the phrase's key
  if (tokens.asciiKey(to - 1) !== undefined) {
    const c = tokens.source.charCodeAt(tokens.endOf(to - 1) - 1);
    if (!PLURAL_LAST_CODES.has(c >= 65 && c <= 90 ? c | 0x20 : c)) return false;
  }
  return PLURAL_ROLES.has(phraseKey(tokens, from, to));
}

/** The plural role phrases of plain ASCII, for a role of one word looked up without a string. */
const PLURAL_WORDS = new AsciiWords(new Map([...PLURAL_ROLES].map((phrase) => [phrase, 1])));
/** The last character of each plural role phrase. */
const PLURAL_LAST_CODES = new Set([...PLURAL_ROLES].map((phrase) => phrase.charCodeAt(phrase.length - 1)));

const RANK_ROWS: Row<RankId>[] = [];
for (const [id, entry] of Object.entries(RANKS) as [RankId, RankEntry][]) {
  if (entry.abbreviationsOnly !== true) RANK_ROWS.push([entry.title, id, entry.needsName === true ? "capitalized" : "any", entry.needsName === true]);
  for (const abbr of entry.abbreviations) {
    if (abbr.includes(".")) {
      // "Senior Lt. Natalia Koval", "Junior Sgt. …": reports spell the grade out before an abbreviated title
      const graded = /^(?:Sr|Jr)\. /.test(abbr) ? [`${abbr.startsWith("Sr") ? "Senior" : "Junior"}${abbr.slice(3)}`] : [];
      for (const form of [abbr, ...graded]) {
        RANK_ROWS.push([form, id, "capitalized"]);
        if (form.endsWith(".")) RANK_ROWS.push([form.slice(0, -1), id, "capitalized"]);
      }
    } else {
      // Bare capitals ("SGT", "MG", "PO") are common words or other acronyms unless a name follows.
      RANK_ROWS.push([abbr, id, "exact", true]);
    }
  }
}
const RANK_TABLE = new PhraseTable(RANK_ROWS);

const SERVICES = new PhraseTable((Object.entries(SERVICE_WORDS) as [ArmedServiceId, readonly string[]][]).flatMap(([id, words]) => words.map((w): Row<ArmedServiceId> => [w, id, "capitalized"])));

const ALIASES = new PhraseTable((Object.entries(ALIAS_CUES) as [AliasKindId, readonly string[]][]).flatMap(([kind, cues]) => cues.map((c): Row<AliasKindId> => [c, kind, "any"])));

/** A nationality word or country name with every country it can mean. */
export interface CountryPhrase {
  readonly codes: readonly string[];
}

const COUNTRY_ROWS = { nationality: [] as Row<CountryPhrase>[], name: [] as Row<CountryPhrase>[] };
for (const { phrase, codes, kind } of countryPhrases()) {
  // All-capital spellings (USA, DRC, UK) must be written that way; other names need a capital.
  COUNTRY_ROWS[kind === "nationality" ? "nationality" : "name"].push([phrase, { codes }, /^[A-Z.]+$/.test(phrase) ? "exact" : "capitalized"]);
}
const NATIONALITIES = new PhraseTable(COUNTRY_ROWS.nationality);
const COUNTRY_NAMES = new PhraseTable(COUNTRY_ROWS.name);

/** A state, province or territory, and the country it lies in. */
export interface SubdivisionPhrase {
  /** ISO 3166-2 code ("US-TX"). */
  readonly code: string;
  /** ISO 3166-1 alpha-2 code of its country ("US"). */
  readonly country: string;
}

const SUBDIVISIONS = new PhraseTable([...subdivisionPhrases()].map(({ phrase, code, country }): Row<SubdivisionPhrase> => [phrase, { code, country }, "capitalized"]));

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
