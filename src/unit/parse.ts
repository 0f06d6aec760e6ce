import {
  fail, lowerCase, mentionOf, monthFromWord, ok, ORDINAL_WORDS, ordinalSuffix, parseOrdinal, quote,
  type Mention, type ParseErrorCode, type ParseResult,
} from "../common/index.js";
// the demonym table lives in common (units and people both read it) but is no part of the core entry
import { isDemonym } from "../common/demonyms.js";
// the month words as a table, for a hash pre-test of name words (the package exports only the look-up)
import { MONTH_WORDS } from "../common/vocabulary/calendar-words.js";
import { has, isPossessive, keyOf, knownKeyAt, knownWord, lookup, mayBeWordOf, NUMBER, PUNCT, release, tokenAt, tokenize, WORD, wordHashes, type Token, type TokenTable } from "./lexicon.js";
import type { DesignationWarning, Echelon, Qualifier, UnitDesignation, UnitType } from "./schema.js";
import {
  CIVIL_BODY_NAMES, ECHELON_TABLE, FLEET_WORDS, NAME_CONNECTORS, NAMES_AFTER_ECHELON, NOT_NAME_WORDS, NUMBER_FIRST_UNIT_WORDS, QUALIFIERS, SPELLING_ALPHABET, TASK_NAMES, UNIT_TYPE_TABLE, UNIT_TYPES,
} from "./vocabulary.js";

// Grammar of one component (one unit of a chain such as "1st Bn, 5th Marines"):
//   [the] [number] body* [echelon] ( "(" qualifier+ ")" | "quoted name" | Cyrillic genitive type )*
// body words are qualifiers, types and capitalized name words; a component ends at its echelon.
// Components are joined by "," or "of (the)"; each later one is the parent of the one before.
// The prose scanner reads the same grammar with bounded look-ahead, so it stays linear.

type Mode = "strict" | "scan";
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Context {
  readonly text: string;
  readonly table: TokenTable;
  readonly mode: Mode;
  /** Look-up key of token i (see keyOf), undefined past the end. */
  readonly keyAt: (i: number) => string | undefined;
  /** The lexicon phrase starting at token i (cached). */
  readonly lexAt: (i: number) => Hit | undefined;
  /** Whether token i is a name word (cached). */
  readonly nameAt: (i: number) => boolean;
  /** Bare names of bodies the text has shown armed so far ("Wagner" after "Wagner Group fighters"). */
  readonly armedNames: Set<string>;
  readonly rings: Rings;
}

type Hit = NonNullable<ReturnType<typeof lookup>>;

const tok = (ctx: Context, i: number): Token | undefined => tokenAt(ctx.table, i);

interface Component {
  readonly value: UnitDesignation;
  /** Index of the first content token (after "the"), and the token index after the component. */
  readonly first: number;
  readonly next: number;
  readonly start: number;
  readonly end: number;
  /** Only an inline name (no number, echelon, type, qualifier or quoted name). */
  readonly nameOnly: boolean;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly echelonCapitalized: boolean;
  /** The echelon as written: its first word's key, and whether it is an abbreviation ("Co."). */
  readonly echelonWord: string;
  readonly echelonAbbreviated: boolean;
  /** The echelon word is written in the plural ("93rd Brigades", closing a list). */
  readonly echelonPlural: boolean;
  /** The echelon word carries types or qualifiers of its own ("Marines", "ОМБр"): a kind of unit, named only by a number. */
  readonly echelonCompound: boolean;
  /** Designation words written out in the name ("Legion", "Territorial"); abbreviations do not count. */
  readonly vocabularyInName: number;
  /** Whether every body word before the echelon is capitalized (proper names are). */
  readonly titleCase: boolean;
  /** Whether the name came in quotation marks. */
  readonly quotedName: boolean;
  /** US Army style "2-502nd": a battalion whose regiment follows the hyphen, with no separator word. */
  readonly regimentAfterHyphen?: true;
  /** British style "40 Commando", "2 PARA": a bare number before the unit's word (see numberFirstUnit). */
  readonly numberFirst?: true;
  /** A naval formation's name ("Pacific Fleet", see FLEET_WORDS): in prose a unit only as a parent or owner. */
  readonly fleet?: true;
  /** "A Company" at a sentence's start (see articleLetterAt): in prose a unit only with a parent after it. */
  readonly needsParent?: true;
}

interface Failure {
  readonly code: ParseErrorCode;
  readonly message: string;
  readonly offset: number;
}

const MAX_SCAN_BODY = 10;
// "the", a number, and the body words before the echelon: how far a unit's first designation word may stand from its start
const REACH = MAX_SCAN_BODY + 2;
const MAX_SCAN_PARENTS = 6;
const MAX_QUOTED_TOKENS = 16;
const MAX_PAREN_TOKENS = 6;
const MAX_NUMBER = 99_999;
const KEY_RING = 128;

const OPEN_QUOTES = new Map([['"', '"'], ["“", "”"], ["„", "“"], ["«", "»"]]);

const isUpper = (s: string): boolean => s !== s.toLowerCase() && s === s.toUpperCase();
function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answers from the code; only other scripts need the case tables
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(String.fromCodePoint(word.codePointAt(0) ?? 0));
}
const wordIs = (t: Token | undefined, lower: string): boolean => t !== undefined && t.kind === "word" && lowerCase(t.text) === lower;
const punctIs = (t: Token | undefined, mark: string): boolean => t !== undefined && t.kind === "punct" && t.text === mark;

function inTableOrder<T extends string>(order: readonly T[], items: readonly T[], more: readonly T[] = NONE): T[] {
  const found: T[] = [];
  // most units say one or two of these words, and many none: the table is read only for them
  if (items.length + more.length === 0) return found;
  for (const x of order) if (items.includes(x) || more.includes(x)) found.push(x);
  return found;
}

/** Pushes `items` onto `list`, as list.push(...items) would, without spreading an empty list. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const x of items) list.push(x);
}

/** Whether token i is a name word: capitalized, and in prose no sentence word or month (see nameAt, which caches it). */
function isNameWord(ctx: Context, i: number): boolean {
  const table = ctx.table;
  if (!has(table, i) || table.kind[i] !== WORD) return false;
  // a word starting with an ASCII character other than a capital is no name: no copy is made to say so
  const c = ctx.text.charCodeAt(table.start[i] as number);
  if (c < 128 && (c < 65 || c > 90)) return false;
  if (c >= 128 && !capitalized(ctx.text.slice(table.start[i], table.end[i]))) return false;
  if (ctx.mode === "scan") {
    // most capitalized words of prose are names: their hash tells them so without a copy of the word
    if (!mayBeWordOf(NOT_NAME_HASHES, ctx.text, table.start[i] as number, table.end[i] as number)) return true;
    // the month table is read in lower case too: one copy serves both look-ups
    const lower = lowerWord(ctx, i);
    if (NOT_NAME_WORDS.has(lower) || monthFromWord(lower) !== undefined) return false;
  }
  return true;
}

// the words that make a capitalized word no name in prose (see isNameWord), and the words of a
// fleet's name, as hash bits
const NOT_NAME_HASHES = wordHashes([...NOT_NAME_WORDS, ...MONTH_WORDS.keys()]);
const FLEET_HASHES = wordHashes(FLEET_WORDS);

/**
 * The word at token i in lower case. A word that starts in ASCII and has no apostrophe or hyphen
 * is its own look-up key (see keyOf), which the scanner keeps: no second copy is made.
 */
function lowerWord(ctx: Context, i: number): string {
  const table = ctx.table;
  if (ctx.text.charCodeAt(table.start[i] as number) < 128) {
    const key = ctx.keyAt(i) as string;
    if (!key.includes("'") && !key.includes("-")) return key;
  }
  return lowerCase(ctx.text.slice(table.start[i], table.end[i]));
}

function readNumber(ctx: Context, t: Token): { value: number; warning?: DesignationWarning } | Failure {
  let k = 0;
  while (k < t.text.length && t.text.charCodeAt(k) >= 48 && t.text.charCodeAt(k) <= 57) k++;
  const digits = t.text.slice(0, k);
  const suffix = t.text.slice(k);
  const trimmed = digits.replace(/^0+/, "");
  if (trimmed.length > 5 || trimmed === "" || Number(trimmed) > MAX_NUMBER) {
    // the scanner fails here often ("2025-26", "1.5"): it needs no message
    if (ctx.mode === "scan") return NOT_HERE;
    return { code: "out_of_range", message: `unit number ${quote(t.text)} is outside 1–${MAX_NUMBER}`, offset: t.start };
  }
  const value = Number(trimmed);
  if (suffix === "") return { value };
  const lower = suffix.toLowerCase();
  const cyrillic = lower.replace(/^-/, "");
  if (/^[\u0400-\u04ff]{1,3}$/.test(cyrillic)) return { value };
  if (lower === "st" || lower === "nd" || lower === "rd" || lower === "th" || lower === "d") {
    const right = ordinalSuffix(value);
    const usArmyStyle = lower === "d" && (right === "nd" || right === "rd");
    if (lower === right || usArmyStyle) return { value };
    const message = `ordinal ${quote(t.text)}: ${value} takes "${right}", not "${suffix}"`;
    return { value, warning: { code: "ordinal_suffix", message, offset: t.start } };
  }
  if (ctx.mode === "scan") return NOT_HERE;
  return { code: "syntax", message: `${quote(t.text)} is not a unit number: expected digits, an ordinal such as "253rd", or a Cyrillic ending such as "92-га"`, offset: t.start };
}

// the scanner fails at most tokens; it needs no message
const NOT_HERE: Failure = { code: "no_match", message: "no unit designation here", offset: 0 };

function isFailure(x: object): x is Failure {
  // the shared NOT_HERE is by far the most frequent failure: an identity test spares the look-up
  return x === NOT_HERE || "code" in x;
}

function ordinalWord(ctx: Context, t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== "word") return undefined;
  if (ctx.mode === "scan" && !capitalized(t.text)) return undefined;
  const lower = lowerCase(t.text);
  const last = lower.slice(lower.lastIndexOf("-") + 1);
  if (!ORDINAL_WORDS.has(last)) return undefined;
  const r = parseOrdinal(t.text);
  return r.success && r.data.value >= 1 && r.data.value <= MAX_NUMBER ? r.data.value : undefined;
}

/**
 * Whether a component could start at token i of prose: a number, a capitalized word, or a word of
 * the lexicon (after an optional "the"). Most prose tokens fail this cheap test, so the scanner
 * builds no component state for them.
 */
function mayStart(ctx: Context, i: number): boolean {
  const table = ctx.table;
  for (let k = i; k <= i + 1; k++) {
    if (!has(table, k)) return false;
    const kind = table.kind[k];
    if (kind === NUMBER) return true;
    if (kind !== WORD) return false;
    const c = ctx.text.charCodeAt(table.start[k] as number);
    if (c >= 65 && c <= 90) return true;
    if (k === i && isThe(ctx, k)) continue;
    if (c >= 97 && c <= 122) return ctx.lexAt(k) !== undefined;
    return ctx.nameAt(k) || ordinalWord(ctx, tok(ctx, k)) !== undefined || ctx.lexAt(k) !== undefined;
  }
  return false;
}

/**
 * Whether a component read at token i of prose may succeed: past mayStart, its body must reach a
 * designation word (or a fleet's name word) over name words and joiners only, within the body's
 * bound. A number needs a word after it, or the hyphen or slash of "2-502nd" and "3/5 Marines":
 * its echelon and types come from body words. Nearly all capitalized words of prose ("On December
 * 31", "Bjorn Kallsoy said") and numbers ("in 2025, the") reach none, so the scanner spares them
 * the deep read. A false "yes" costs only time; a false "no" would lose a unit.
 */
function mayReachDesignation(ctx: Context, i: number): boolean {
  if (!mayStart(ctx, i)) return false;
  const table = ctx.table;
  const first = isThe(ctx, i) ? i + 1 : i;
  if (table.kind[first] === NUMBER) {
    if (!has(table, first + 1)) return false;
    if (table.kind[first + 1] === WORD) return true;
    const mark = ctx.keyAt(first + 1);
    return mark === "-" || mark === "/";
  }
  const c = ctx.text.charCodeAt(table.start[first] as number);
  if (c >= 97 && c <= 122) return mayBeNamedAfterEchelon(ctx, first);
  // the first word may be an ordinal or a Roman numeral ("First", "III"), which need be no name word
  for (let k = first; k <= first + MAX_SCAN_BODY && has(table, k) && table.kind[k] === WORD; k++) {
    if (ctx.lexAt(k) !== undefined) return true;
    // a fleet's word ends a name, so it is a name word; other words pass only as joiners
    if (ctx.nameAt(k)) {
      // the hash turns away other names before their key is made
      if (mayBeWordOf(FLEET_HASHES, ctx.text, table.start[k] as number, table.end[k] as number) && FLEET_WORDS.has(ctx.keyAt(k) as string)) return true;
    } else if (k > first && !mayJoinName(ctx, k)) return false;
  }
  return false;
}

/**
 * A component that starts on a lower-case designation word has no number and is no Title Case
 * name, so prose reads it only with an echelon and a name after that ("the battalion “Azov”", see
 * clearInProse): its body must reach an echelon, and a parenthesis, an opening quote, a capitalized
 * word (a letter, "West"), a word of another script or "named" must follow it ("the battalion
 * achieved", "volunteers fought", "the battalions, between" are passed over).
 */
function mayBeNamedAfterEchelon(ctx: Context, first: number): boolean {
  const table = ctx.table;
  let k = first;
  while (k <= first + MAX_SCAN_BODY && has(table, k) && table.kind[k] === WORD) {
    const hit = ctx.lexAt(k);
    if (hit === undefined) {
      if (!ctx.nameAt(k) && !mayJoinName(ctx, k)) return false;
      k++;
      continue;
    }
    k += hit.length;
    // the period of an abbreviation ("Bde.")
    if (hit.lexeme.abbreviation && ctx.keyAt(k) === ".") k++;
    if (hit.lexeme.echelon !== undefined) {
      if (!has(table, k)) return false;
      // qualifiers in parentheses, or a quoted name
      if (table.kind[k] === PUNCT) return ctx.keyAt(k) === "(" || OPEN_QUOTES.has(ctx.keyAt(k) as string);
      const c = ctx.text.charCodeAt(table.start[k] as number);
      return table.kind[k] === WORD && (c > 127 || (c >= 65 && c <= 90) || ctx.keyAt(k) === "named");
    }
  }
  return false;
}

/** Whether the body of a name may pass over word k as a joiner (see NAME_CONNECTORS, tailConnector, ofInsideName). */
function mayJoinName(ctx: Context, k: number): boolean {
  const key = ctx.keyAt(k) as string;
  return NAME_CONNECTORS.has(key) || key === "of" || (key === "the" && ctx.keyAt(k - 1) === "for");
}

/** Whether word token i is "the" in any case (its key is "the"), told from its letters: most words are not, and need no key. */
function isThe(ctx: Context, i: number): boolean {
  const { text, table } = ctx;
  const start = table.start[i] as number;
  return table.end[i] === start + 3 && table.kind[i] === WORD && (text.charCodeAt(start) | 32) === 116 && (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 101;
}

/** Whether token j is a period glued to the word before it ("Bde."); j may be past the end. */
function periodAfter(ctx: Context, j: number): boolean {
  const table = ctx.table;
  if (!has(table, j) || table.kind[j] !== PUNCT) return false;
  const start = table.start[j] as number;
  return table.end[j] === start + 1 && ctx.text.charCodeAt(start) === 46 && table.end[j - 1] === start;
}

const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;

/** capitalized() of word token i, told from its first letter without a copy of the word. */
function capitalizedAt(ctx: Context, i: number): boolean {
  const c = ctx.text.charCodeAt(ctx.table.start[i] as number);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(String.fromCodePoint(ctx.text.codePointAt(ctx.table.start[i] as number) ?? 0));
}

/**
 * Whether the mark at token j opens a quotation: it stands apart from the word before it and
 * touches the one after it (in “the Azov Brigade” and “Kraken” the mark after "Brigade" closes one).
 */
function opensQuote(ctx: Context, j: number): boolean {
  const table = ctx.table;
  const start = table.start[j] as number;
  return (j === 0 || start > (table.end[j - 1] as number)) && has(table, j + 1) && table.start[j + 1] === table.end[j];
}

// the types or qualifiers of a plain name word: none, shared rather than made for each word
const NONE: readonly never[] = [];

const ROMAN: ReadonlyMap<string, number> = new Map([["I", 1], ["V", 5], ["X", 10], ["L", 50]]);
const ROMAN_ECHELONS: ReadonlySet<Echelon> = new Set(["corps", "army"]);

/** The value of an upper-case Roman numeral up to 89 written the standard way ("XVIII"), else undefined. */
function romanValue(word: string): number | undefined {
  let total = 0;
  for (let k = 0; k < word.length; k++) {
    const v = ROMAN.get(word.charAt(k));
    if (v === undefined) return undefined;
    const next = ROMAN.get(word.charAt(k + 1)) ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 90 && toRoman(total) === word ? total : undefined;
}

function toRoman(n: number): string {
  const tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"];
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  return `${tens[Math.floor(n / 10)] ?? ""}${ones[n % 10] ?? ""}`;
}

/**
 * "III Corps", "XVIII Airborne Corps", "I Corps": a Roman numeral numbers a corps or an army, and
 * only when that echelon follows within a few designation words ("C Company" is a letter).
 */
function romanBeforeCorps(ctx: Context, j: number): number | undefined {
  // a numeral is written in its letters only: other words need no token object
  if (!has(ctx.table, j)) return undefined;
  for (let k = ctx.table.start[j] as number; k < (ctx.table.end[j] as number); k++) if (!ROMAN.has(ctx.text.charAt(k))) return undefined;
  const t = tok(ctx, j);
  const value = t === undefined || t.kind !== "word" ? undefined : romanValue(t.text);
  if (value === undefined) return undefined;
  for (let k = j + 1; k <= j + 4; k++) {
    const hit = ctx.lexAt(k);
    if (hit === undefined) return undefined;
    if (hit.lexeme.echelon !== undefined) return ROMAN_ECHELONS.has(hit.lexeme.echelon) ? value : undefined;
  }
  return undefined;
}

/**
 * "2-502nd Infantry", "1-508th": the US Army's battalion-of-regiment shorthand, a battalion number
 * glued by a hyphen to its regiment's ordinal. The battalion is read here; its regiment is the
 * next link of the chain (see readLinks).
 */
function battalionOfRegiment(ctx: Context, j: number): Component | undefined {
  // one or two digits and a mark glued to them: other numbers need no token objects
  const table = ctx.table;
  if (!has(table, j + 2) || (table.end[j] as number) - (table.start[j] as number) > 2 || table.start[j + 1] !== table.end[j]) return undefined;
  const t = tok(ctx, j);
  const dash = tok(ctx, j + 1);
  const regiment = tok(ctx, j + 2);
  if (t === undefined || dash === undefined || regiment === undefined || t.text.length > 2 || !/^[1-9]\d?$/.test(t.text)) return undefined;
  if (dash.start !== t.end || regiment.start !== dash.end) return undefined;
  // "2-502nd Infantry"; the Marine Corps writes "3/5 Marines" for the 3rd Battalion, 5th Marines
  const marines = punctIs(dash, "/") && regiment.kind === "number" && /^[1-9]\d?$/.test(regiment.text) && /^marines?$/.test(ctx.keyAt(j + 3) ?? "");
  // "1-64 Armor", "2-8 Cavalry": without the suffix, a capitalised type word must follow
  const typed = regiment.kind === "number" && /^[1-9]\d{0,2}$/.test(regiment.text) && capitalized(tok(ctx, j + 3)?.text ?? "") && (ctx.lexAt(j + 3)?.lexeme.types.length ?? 0) > 0;
  if (!marines && !(punctIs(dash, "-") && (hasOrdinalSuffix(ctx, j + 2) || typed))) return undefined;
  const value = { number: Number(t.text), echelon: "battalion", types: [], qualifiers: [] } as Mutable<UnitDesignation>;
  return {
    value, first: j, next: j + 2, start: t.start, end: t.end, nameOnly: false, nameStart: -1, nameEnd: -1,
    echelonCapitalized: true, echelonCompound: false, echelonPlural: false, echelonWord: "", echelonAbbreviated: false,
    vocabularyInName: 0, titleCase: true, quotedName: false, regimentAfterHyphen: true,
  };
}

/** The regiment of "2-502nd": what follows the hyphen, a regiment unless it names another echelon. */
function regimentAt(ctx: Context, j: number): Component {
  const read = readComponent(ctx, j);
  if (!isFailure(read) && read.value.number !== undefined) {
    if (read.value.echelon !== undefined) return read;
    const { number, types, qualifiers, ...rest } = read.value;
    // keys in the schema's order: number, echelon, types, qualifiers, then the rest
    return { ...read, value: { number, echelon: "regiment", types, qualifiers, ...rest } };
  }
  const t = tok(ctx, j) as Token;
  const n = readNumber(ctx, t);
  const value = { number: isFailure(n) ? 0 : n.value, echelon: "regiment", types: [], qualifiers: [] } as Mutable<UnitDesignation>;
  return {
    value, first: j, next: j + 1, start: t.start, end: t.end, nameOnly: false, nameStart: -1, nameEnd: -1,
    echelonCapitalized: true, echelonCompound: false, echelonPlural: false, echelonWord: "", echelonAbbreviated: false,
    vocabularyInName: 0, titleCase: true, quotedName: false,
  };
}

const isDigits = (s: string): boolean => /^\d+$/.test(s);

/** Whether token `k` is a word of NUMBER_FIRST_UNIT_WORDS after a number ("40 Commando"): the scanner does not pass it over. */
const numberFirstWordAt = (ctx: Context, k: number): boolean => k > 0 && ctx.table.kind[k - 1] === NUMBER && ctx.table.kind[k] === WORD && NUMBER_FIRST_UNIT_WORDS.has(ctx.keyAt(k) ?? "");

/** Whether token `k` is a lower-case plural noun ("soldiers", "troops"): the number before it counts. */
function pluralNounAt(ctx: Context, k: number): boolean {
  const t = tok(ctx, k);
  return t !== undefined && t.kind === "word" && !capitalized(t.text) && t.text.length >= 4 && t.text.endsWith("s") && !t.text.endsWith("ss");
}

/**
 * "40 Commando", "2 PARA", "1 Royal Irish" at the number token `at` (see NUMBER_FIRST_UNIT_WORDS):
 * the unit as the strict parser reads it, or undefined when a plural noun follows ("3 Para
 * soldiers" counts) or more name or designation words do ("1 Royal Irish Regiment" is read the
 * usual way). A service written after the unit is left out: "45 Commando Royal Marines".
 */
function numberFirstUnit(ctx: Context, at: number, value: number): Component | undefined {
  const k = at + 1;
  const t = tok(ctx, k);
  if (t === undefined || t.kind !== "word" || !capitalized(t.text)) return undefined;
  const key = ctx.keyAt(k) ?? "";
  const max = NUMBER_FIRST_UNIT_WORDS.get(key);
  if (max === undefined || value > max) return undefined;
  let end = k + 1;
  if (key === "royal") {
    const demonym = tok(ctx, k + 1);
    if (demonym === undefined || demonym.kind !== "word" || !capitalized(demonym.text) || !isDemonym(demonym.text)) return undefined;
    end = k + 2;
  }
  if (pluralNounAt(ctx, end) || !(serviceAfter(ctx, end) || (!ctx.nameAt(end) && ctx.lexAt(end) === undefined))) return undefined;
  const hit = ctx.lexAt(k);
  const types = key === "royal" || hit === undefined ? [] : inTableOrder(UNIT_TYPES, hit.lexeme.types);
  const first = tok(ctx, at) as Token;
  const last = tok(ctx, end - 1) as Token;
  const unit = { number: value, types, qualifiers: [] } as Mutable<UnitDesignation>;
  if (types.length === 0) unit.name = ctx.text.slice(t.start, last.end);
  return {
    value: unit, first: at, next: end, start: first.start, end: last.end, nameOnly: false, nameStart: -1, nameEnd: -1,
    echelonCapitalized: true, echelonCompound: false, echelonPlural: false, echelonWord: "", echelonAbbreviated: false,
    vocabularyInName: 0, titleCase: true, quotedName: false, numberFirst: true,
  };
}

/** Whether the words at `k` are a service written after a unit: capitalized words ending on one that names a kind of unit ("Royal Marines"). */
function serviceAfter(ctx: Context, k: number): boolean {
  for (let m = k; m < k + 3; m++) {
    const hit = ctx.lexAt(m);
    const t = tok(ctx, m);
    if (t === undefined || t.kind !== "word" || !capitalized(t.text)) return false;
    if (hit !== undefined && hit.lexeme.echelon !== undefined) return hit.lexeme.types.length + hit.lexeme.qualifiers.length > 0;
    if (hit === undefined && !ctx.nameAt(m)) return false;
  }
  return false;
}

const HONORIFIC_JOINERS: ReadonlySet<string> = new Set(["of", "the", "de", "von", "van"]);
const MAX_HONORIFIC_WORDS = 8;

/** "named after Anne of Kyiv", "named for Hetman Ivan Vyhovsky" at token `j`: the name, and the token after it. */
function honorificName(ctx: Context, j: number): { name: string; next: number } | undefined {
  if (ctx.keyAt(j) !== "named" || (ctx.keyAt(j + 1) !== "after" && ctx.keyAt(j + 1) !== "for")) return undefined;
  let k = j + 2;
  let last = -1;
  while (k < j + 2 + MAX_HONORIFIC_WORDS && has(ctx.table, k) && ctx.table.kind[k] === WORD) {
    const t = tok(ctx, k) as Token;
    if (capitalized(t.text)) last = k;
    else if (!(HONORIFIC_JOINERS.has(t.text) && last >= 0)) break;
    k++;
  }
  if (last < 0) return undefined;
  return { name: ctx.text.slice(tok(ctx, j + 2)?.start, tok(ctx, last)?.end), next: last + 1 };
}

// Capitalized words that may end a unit's name after its designation words ("Kraken Special Forces Unit").
const TRAILING_NAME_WORDS: ReadonlySet<string> = new Set(["unit", "units"]);

/** Whether a parenthesised qualifier or a quoted name follows at token `j`: the name then goes on. */
function startsQualifierOrName(ctx: Context, j: number): boolean {
  const t = tok(ctx, j);
  return t !== undefined && t.kind === "punct" && (t.text === "(" || OPEN_QUOTES.has(t.text));
}

function readComponent(ctx: Context, at: number): Component | Failure {
  const { text, mode } = ctx;
  if (mode === "scan" && !mayStart(ctx, at)) return NOT_HERE;
  const table = ctx.table;
  let j = at;
  if (has(ctx.table, j) && isThe(ctx, j)) j++;
  const first = j;
  const startTok = tok(ctx, j);
  if (startTok === undefined) return { code: "syntax", message: "expected a unit designation, got the end of the text", offset: text.length };
  let number: number | undefined;
  const warnings: DesignationWarning[] = [];
  if (startTok.kind === "punct" && mode === "scan") return NOT_HERE;
  if (startTok.kind === "number") {
    const hyphened = battalionOfRegiment(ctx, j);
    if (hyphened !== undefined) return hyphened;
    const n = readNumber(ctx, startTok);
    if (isFailure(n)) return mode === "scan" ? NOT_HERE : n;
    // in prose a bare 1900–2099 is a year ("the 2025 Army budget"), not a unit number
    if (mode === "scan" && startTok.text.length === 4 && n.value >= 1900 && n.value < 2100) return NOT_HERE;
    number = n.value;
    if (n.warning) warnings.push(n.warning);
    j++;
    const british = mode === "scan" && n.warning === undefined && isDigits(startTok.text) ? numberFirstUnit(ctx, first, number) : undefined;
    if (british !== undefined) return british;
  } else {
    const n = ordinalWord(ctx, startTok) ?? romanBeforeCorps(ctx, j);
    if (n !== undefined) {
      number = n;
      j++;
    }
  }

  let echelon: Echelon | undefined;
  let echelonCapitalized = false;
  let echelonCompound = false;
  let echelonPlural = false;
  let echelonWord = "";
  let echelonAbbreviated = false;
  const types: UnitType[] = []; // said by body words; part of the name when there is one
  const qualifiers: Qualifier[] = [];
  const laterTypes: UnitType[] = []; // said by the echelon word or after it
  const laterQualifiers: Qualifier[] = [];
  let nameWords = 0;
  let vocabularyInName = 0;
  let typesInName = 0; // written-out type words among them ("Legion", "Territorial Defense"), not qualifiers
  let titleCase = true;
  let nameStart = -1;
  let nameEnd = -1;
  // the words of an inline name, so designation words around an honorific can be told from it
  const parts: NamePart[] = [];
  let afterVocabulary = -1; // token index after the name's last written-out designation word
  let vocabularyEnd = -1;
  let wordsAfterVocabulary = 0;
  const bodyLimit = mode === "scan" ? j + MAX_SCAN_BODY : Infinity;
  let forTail = false; // a "for …" tail of a name: "International Legion for the Defence of Ukraine"
  // "A Company", "I Company": a letter prose takes for a sentence word, read as a name before a company
  const letter = mode === "scan" && number === undefined && articleLetterAt(ctx, j);
  while (has(table, j) && j < bodyLimit) {
    if (table.kind[j] !== WORD) break;
    const hit = ctx.lexAt(j);
    const ofInName = number === undefined && nameWords > 0 && vocabularyInName === 0 && ofInsideName(ctx, j);
    const isLetter = letter && j === first;
    if (hit === undefined && !ctx.nameAt(j) && !NAME_CONNECTORS.has(ctx.keyAt(j) ?? "") && !tailConnector(ctx, j, forTail) && !ofInName && !isLetter) break;
    // the word's offsets are read from the table: most words of a body need no token object
    const tStart = table.start[j] as number;
    const tEnd = table.end[j] as number;
    if (hit !== undefined) {
      if (hit.lexeme.echelon !== undefined) {
        echelon = hit.lexeme.echelon;
        echelonCapitalized = capitalizedAt(ctx, j);
        echelonCompound = hit.lexeme.types.length + hit.lexeme.qualifiers.length > 0;
        echelonPlural = hit.lexeme.plural === true;
        echelonWord = ctx.keyAt(j) ?? "";
        echelonAbbreviated = hit.lexeme.abbreviation;
        append(laterTypes, hit.lexeme.types);
        append(laterQualifiers, hit.lexeme.qualifiers);
        j += hit.length;
        if (hit.lexeme.abbreviation && periodAfter(ctx, j)) j++;
        // "Brig. Gen. John Smith" is a brigadier general, not a brigade
        if (mode === "scan" && hit.lexeme.abbreviation && ctx.keyAt(j) === "gen") return NOT_HERE;
        break;
      }
      if (nameStart < 0) nameStart = tStart;
      if (!capitalizedAt(ctx, j)) titleCase = false;
      append(types, hit.lexeme.types);
      append(qualifiers, hit.lexeme.qualifiers);
      // in prose "Lt. Col." is a rank, not a light unit named "Col": an abbreviation alone makes no name
      if (!hit.lexeme.abbreviation) vocabularyInName++;
      if (!hit.lexeme.abbreviation && hit.lexeme.types.length > 0) typesInName++;
      j += hit.length;
      if (hit.lexeme.abbreviation && periodAfter(ctx, j)) j++;
      nameEnd = table.end[j - 1] as number;
      parts.push({ start: tStart, end: nameEnd, vocabulary: !hit.lexeme.abbreviation, types: hit.lexeme.types, qualifiers: hit.lexeme.qualifiers });
      if (!hit.lexeme.abbreviation) {
        afterVocabulary = j;
        vocabularyEnd = nameEnd;
        wordsAfterVocabulary = 0;
      }
      continue;
    }
    const lower = lowerWord(ctx, j);
    // in prose "and" joins two things, not two words of a name: "Russia and Wagner Group" is a
    // country and a unit
    const joinsNames = mode === "strict" || lower !== "and";
    const isConnector = (NAME_CONNECTORS.has(lower) && joinsNames && nameWords > 0 && ctx.nameAt(j + 1) && ctx.lexAt(j + 1)?.lexeme.echelon === undefined) ||
      (nameWords > 0 && tailConnector(ctx, j, forTail)) || ofInName;
    if (isConnector && lower === "for") forTail = true;
    if (!ctx.nameAt(j) && !isConnector && !isLetter) break;
    if (nameStart < 0) nameStart = tStart;
    if (!isConnector) nameWords++;
    if (!isConnector) parts.push({ start: tStart, end: tEnd, vocabulary: false, types: NONE, qualifiers: NONE });
    // the words of a "for …" tail belong to the name ("… for the Defence of Ukraine")
    if (!isConnector && !TRAILING_NAME_WORDS.has(lower) && !forTail) wordsAfterVocabulary++;
    j++;
    nameEnd = tEnd;
  }
  // In prose a name without number or echelon ends on its last designation word: "National Guard
  // CWO Baba Smith" is the National Guard and then a person, not one unit.
  if (mode === "scan" && echelon === undefined && number === undefined && wordsAfterVocabulary > 0 && afterVocabulary > 0 && !startsQualifierOrName(ctx, j)) {
    nameWords -= wordsAfterVocabulary;
    j = afterVocabulary;
    nameEnd = vocabularyEnd;
  }
  // "National Guard of Ukraine", "Territorial Defense Forces of Ukraine": a service written out and
  // named with its country is one name, as "International Legion … of Ukraine" is; the country is no parent
  const service = parts.length === 1 && j - first >= 2 ? (parts[0] as NamePart) : undefined;
  if (number === undefined && echelon === undefined && nameWords === 0 && service !== undefined && service.vocabulary && service.types.some((t) => UNIT_TYPE_TABLE[t].service === true)) {
    const end = countryAfterOf(ctx, j);
    if (end > j) {
      nameWords = end - j - 1;
      nameEnd = (tok(ctx, end - 1) as Token).end;
      j = end;
    }
  }

  let quoted: string | undefined;
  for (;;) {
    // read from the table: the token after a body is most often a word or a comma, and ends the unit
    if (!has(table, j)) break;
    const kind = table.kind[j];
    const mark = kind === PUNCT ? (ctx.keyAt(j) as string) : "";
    if (mark === "(") {
      const found: Qualifier[] = [];
      const foundTypes: UnitType[] = [];
      let k = j + 1;
      while (has(table, k) && k <= j + MAX_PAREN_TOKENS) {
        const hit = ctx.lexAt(k);
        if (hit === undefined || hit.lexeme.echelon !== undefined) break;
        append(found, hit.lexeme.qualifiers);
        append(foundTypes, hit.lexeme.types);
        k += hit.length;
      }
      if (k === j + 1 || !punctIs(tok(ctx, k), ")")) break;
      append(laterQualifiers, found);
      append(laterTypes, foundTypes);
      j = k + 1;
      continue;
    }
    const close = OPEN_QUOTES.get(mark);
    if (close !== undefined && quoted === undefined && opensQuote(ctx, j)) {
      let k = j + 1;
      const limit = mode === "scan" ? j + MAX_QUOTED_TOKENS : Infinity;
      const t2 = ctx.table; // its arrays grow as has() reads on: index them afresh each time
      while (has(table, k) && k <= limit && !(t2.kind[k] === PUNCT && t2.end[k] === (t2.start[k] as number) + close.length && text.startsWith(close, t2.start[k]))) k++;
      const closing = tok(ctx, k);
      if (closing === undefined || closing.text !== close || k === j + 1) break;
      quoted = text.slice(table.end[j], closing.start).trim();
      j = k + 1;
      continue;
    }
    // "Company H", "Battery A": a letter after a company-size echelon names it, as in "H Company"
    const letterName = kind === WORD && table.end[j] === (table.start[j] as number) + 1 && isAsciiCapital(text.charCodeAt(table.start[j] as number)) && number === undefined && rankOf(echelon) <= rankOf("company") && (mode === "strict" || echelonCapitalized);
    if (echelon !== undefined && nameWords === 0 && quoted === undefined && letterName) {
      quoted = text.slice(table.start[j], table.end[j]);
      j++;
      continue;
    }
    if (echelon !== undefined && nameWords === 0 && quoted === undefined && kind === WORD && capitalizedAt(ctx, j) && NAMES_AFTER_ECHELON.has(lowerWord(ctx, j))) {
      quoted = text.slice(table.start[j], table.end[j]);
      j++;
      continue;
    }
    // an honorific name: "155th Separate Mechanized Brigade named after Anne of Kyiv"
    const honorific = echelon !== undefined && nameWords === 0 && quoted === undefined ? honorificName(ctx, j) : undefined;
    if (honorific !== undefined) {
      quoted = honorific.name;
      j = honorific.next;
      continue;
    }
    // Ukrainian and Russian put "of territorial defense" after the noun: бригада територіальної оборони
    const key = ctx.keyAt(j);
    if (echelon !== undefined && kind === WORD && key !== undefined && key.startsWith("~")) {
      const hit = ctx.lexAt(j);
      if (hit !== undefined && hit.lexeme.echelon === undefined) {
        append(laterTypes, hit.lexeme.types);
        append(laterQualifiers, hit.lexeme.qualifiers);
        j += hit.length;
        continue;
      }
    }
    break;
  }

  if (j === first) {
    if (mode === "scan") return NOT_HERE;
    const t = tok(ctx, j) as Token;
    return t.kind === "word" && !capitalized(t.text)
      ? { code: "unknown_word", message: `${quote(t.text)} is neither a designation word (echelon, type, qualifier) nor a capitalized name`, offset: t.start }
      : { code: "syntax", message: `expected a unit designation at ${quote(t.text)}`, offset: t.start };
  }
  // "Pacific Fleet", "Black Sea Fleet": the last word of a name of two or more names a naval formation
  const lastPart = parts[parts.length - 1];
  const fleet = number === undefined && echelon === undefined && quoted === undefined && nameWords >= 2 && lastPart !== undefined && !lastPart.vocabulary &&
    lastPart.end === nameEnd && FLEET_WORDS.has(lowerCase(text.slice(lastPart.start, lastPart.end)));
  if (fleet) vocabularyInName++;
  // without an echelon, prose needs a name with designation words in it, or a number and a type
  const numberedType = number !== undefined && nameWords === 0 && types.length > 0;
  if (mode === "scan" && echelon === undefined && !numberedType && (nameWords === 0 || vocabularyInName === 0)) return NOT_HERE;
  // a qualifier says what kind of unit something is only beside an echelon or a type: "Kyiv
  // Independent" and "Federal Reserve" are a newspaper and a bank, "Georgian Legion" is a unit
  if (mode === "scan" && echelon === undefined && number === undefined && quoted === undefined && typesInName === 0 && !fleet) return NOT_HERE;
  if (nameWords > 0 && quoted !== undefined) {
    if (mode === "strict") return { code: "syntax", message: `a designation has two names: ${quote(text.slice(nameStart, nameEnd))} and ${quote(quoted)}`, offset: nameStart };
    // in prose the quoted name is the unit's name: "the 4th Rapid Reaction Brigade “Rubizh”"
    nameWords = 0;
  }
  // "24th King Danylo Separate Mechanized Brigade", "4th Guards Kantemirovskaya Tank Division": the
  // designation words around an honorific name say what the numbered unit is
  if (number !== undefined && echelon !== undefined && nameWords > 0) {
    let a = 0;
    while (a < parts.length && (parts[a] as NamePart).vocabulary) a++;
    let b = parts.length;
    while (b > a && (parts[b - 1] as NamePart).vocabulary) b--;
    if (a < b && (a > 0 || b < parts.length)) {
      for (const p of [...parts.slice(0, a), ...parts.slice(b)]) {
        append(laterTypes, p.types);
        append(laterQualifiers, p.qualifiers);
      }
      nameStart = (parts[a] as NamePart).start;
      nameEnd = (parts[b - 1] as NamePart).end;
    }
  }
  const inlineName = nameWords > 0 ? text.slice(nameStart, nameEnd) : undefined;
  const name = inlineName ?? (quoted !== undefined && quoted !== "" ? quoted : undefined);
  // inside a proper name, type words are part of the name, not facts about the unit
  const named = inlineName !== undefined;
  // keys in the order of UnitDesignationSchema, so JSON output reads the same everywhere
  const value = {} as Mutable<UnitDesignation>;
  if (number !== undefined) value.number = number;
  if (echelon !== undefined) value.echelon = echelon;
  value.types = named ? inTableOrder(UNIT_TYPES, laterTypes) : inTableOrder(UNIT_TYPES, types, laterTypes);
  value.qualifiers = named ? inTableOrder(QUALIFIERS, laterQualifiers) : inTableOrder(QUALIFIERS, qualifiers, laterQualifiers);
  if (name !== undefined) value.name = name;
  if (warnings.length > 0) value.warnings = warnings;
  return {
    value, first, next: j, start: table.start[first] as number, end: table.end[j - 1] as number,
    nameOnly: inlineName !== undefined && number === undefined && echelon === undefined && value.types.length === 0 && value.qualifiers.length === 0,
    nameStart, nameEnd, echelonCapitalized, echelonCompound, echelonPlural, echelonWord, echelonAbbreviated, vocabularyInName, titleCase, quotedName: quoted !== undefined,
    ...(fleet ? { fleet: true as const } : {}),
    ...(letter && !letterAfterWord(ctx, at, first) ? { needsParent: true as const } : {}),
  };
}

/**
 * Whether word j is a capital letter that prose also writes as a word ("A", "I": see
 * NOT_NAME_WORDS) before a capitalized company-size echelon word ("A Company", "A Battery", "I
 * Troop"): it may name a lettered sub-unit, as "B Company" does.
 */
function articleLetterAt(ctx: Context, j: number): boolean {
  const table = ctx.table;
  if (!has(table, j + 1) || table.kind[j] !== WORD || table.end[j] !== (table.start[j] as number) + 1 || !isAsciiCapital(ctx.text.charCodeAt(table.start[j] as number))) return false;
  if (!NOT_NAME_WORDS.has(ctx.keyAt(j) as string) || !capitalizedAt(ctx, j + 1)) return false;
  const hit = ctx.lexAt(j + 1);
  return hit !== undefined && hit.lexeme.echelon === "company" && hit.lexeme.plural !== true;
}

/**
 * Whether the letter at `first` stands inside a sentence, where no article is written with a
 * capital: after "the" ("the A Company"), a lower-case word ("with A Company") or a comma or
 * semicolon on the same line. At a sentence's start "A Company" may be "a company", so only a
 * parent after it says it is a unit ("A Company, 2nd Battalion").
 */
function letterAfterWord(ctx: Context, at: number, first: number): boolean {
  if (first > at) return true;
  const table = ctx.table;
  const prev = first - 1;
  if (prev < 0) return false;
  const start = table.end[prev] as number;
  const end = table.start[first] as number;
  // a line break ends a headline or a list item as a period ends a sentence
  for (let k = start; k < end; k++) if (ctx.text.charCodeAt(k) === 10) return false;
  if (table.kind[prev] === PUNCT) return ctx.keyAt(prev) === "," || ctx.keyAt(prev) === ";";
  const c = ctx.text.charCodeAt(table.start[prev] as number);
  return table.kind[prev] === WORD && c >= 97 && c <= 122;
}

// the last two letters of every ordinal word ("st", "nd", "th"): a hyphenated word ending otherwise
// is no ordinal, and is split without asking parseOrdinal (which spells out why it fails)
const ORDINAL_ENDINGS: ReadonlySet<string> = new Set([...ORDINAL_WORDS.keys()].map((w) => w.slice(-2)));

/** Whether a hyphenated word is an ordinal ("Twenty-third"), which the tokenizer keeps whole. */
const isOrdinalWord = (word: string): boolean => ORDINAL_ENDINGS.has(lowerCase(word.slice(-2))) && parseOrdinal(word).success;

/**
 * Caches of the keys, lexicon phrases and name tests of recent tokens: the scanner looks a few
 * dozen tokens ahead, again and again. Each is a ring whose size is a power of two, so a slot is
 * found with a mask; each slot remembers the token index it holds (-1, no token, marks it empty).
 */
interface Rings {
  readonly keyIndex: Int32Array;
  readonly keys: string[];
  readonly lexIndex: Int32Array;
  readonly lexHits: (Hit | undefined)[];
  readonly nameIndex: Int32Array;
  readonly names: Uint8Array;
}

// one set of rings is kept for the next text, as the tokenizer keeps its arrays (see release):
// emptying them costs less than making them
let spareRings: Rings | undefined;

function emptyRings(): Rings {
  const reused = spareRings;
  spareRings = undefined;
  if (reused === undefined) {
    return {
      keyIndex: new Int32Array(KEY_RING).fill(-1), keys: new Array<string>(KEY_RING).fill(""),
      lexIndex: new Int32Array(KEY_RING).fill(-1), lexHits: new Array<Hit | undefined>(KEY_RING).fill(undefined),
      nameIndex: new Int32Array(KEY_RING).fill(-1), names: new Uint8Array(KEY_RING),
    };
  }
  reused.keyIndex.fill(-1);
  reused.lexIndex.fill(-1);
  reused.nameIndex.fill(-1);
  return reused;
}

function context(text: string, mode: Mode): Context {
  const table = tokenize(text, isOrdinalWord);
  const rings = emptyRings();
  const { keyIndex, keys, lexIndex, lexHits, nameIndex, names } = rings;
  const mask = KEY_RING - 1;
  const keyAt = (i: number): string | undefined => {
    if (!has(table, i)) return undefined;
    const slot = i & mask;
    if (keyIndex[slot] === i) return keys[slot];
    const kind = table.kind[i];
    const start = table.start[i] as number;
    const end = table.end[i] as number;
    // a word of the tables gets their own string, with no copy of it (see knownKeyAt)
    const key = kind === NUMBER ? "#" : kind === PUNCT ? text.slice(start, end) : (knownKeyAt(text, start, end) ?? keyOf(text.slice(start, end)));
    keyIndex[slot] = i;
    keys[slot] = key;
    return key;
  };
  const lexAt = (i: number): Hit | undefined => {
    // most words are no phrase's first, as the tokenizer found: they need no slot
    if (!has(table, i) || table.head[i] !== 1) return undefined;
    const slot = i & mask;
    if (lexIndex[slot] === i) return lexHits[slot];
    const hit = lookup(keyAt, i);
    lexIndex[slot] = i;
    lexHits[slot] = hit;
    return hit;
  };
  const ctx: Context = {
    text, table, mode, keyAt, lexAt, armedNames: new Set(), rings,
    nameAt: (i: number): boolean => {
      // the ring marks an empty slot with -1: the token before the first is asked of no slot
      if (i < 0) return false;
      const slot = i & mask;
      if (nameIndex[slot] === i) return names[slot] === 1;
      const yes = isNameWord(ctx, i);
      nameIndex[slot] = i;
      names[slot] = yes ? 1 : 0;
      return yes;
    },
  };
  return ctx;
}

/** Gives the context's token table and rings to the next text; `ctx` must not be read after this. */
function done(ctx: Context): void {
  release(ctx.table);
  // a long key may be a slice that keeps the whole text alive: the spare rings hold none
  ctx.rings.keys.fill("");
  spareRings = ctx.rings;
}

/** One word of an inline name, and what it says when it is a designation word. */
interface NamePart {
  readonly start: number;
  readonly end: number;
  readonly vocabulary: boolean;
  readonly types: readonly UnitType[];
  readonly qualifiers: readonly Qualifier[];
}

/**
 * In a name's "for …" tail, "the" after "for" and "of" between names join it: "International
 * Legion for the Defence of Ukraine". Elsewhere "of" is left to the parent chain.
 */
function tailConnector(ctx: Context, j: number, forTail: boolean): boolean {
  const key = ctx.keyAt(j);
  if (key === "for") return ctx.keyAt(j + 1) === "the" && ctx.nameAt(j + 2) && ctx.lexAt(j + 2)?.lexeme.echelon === undefined;
  if (key === "the") return ctx.keyAt(j - 1) === "for" && ctx.nameAt(j + 1) && ctx.lexAt(j + 1)?.lexeme.echelon === undefined;
  return key === "of" && forTail && ctx.nameAt(j + 1) && ctx.lexAt(j + 1)?.lexeme.echelon === undefined;
}

const MAX_OF_NAME_WORDS = 3;

/**
 * "Freedom of Russia Legion": "of" inside a name before its first designation word, when one to
 * three name words and then a designation word of no echelon follow (the caller checks that the
 * name so far has none). Elsewhere "of" is left to the parent chain ("Azov Brigade of the …").
 */
function ofInsideName(ctx: Context, j: number): boolean {
  if (ctx.keyAt(j) !== "of") return false;
  let k = j + 1;
  while (k <= j + MAX_OF_NAME_WORDS && ctx.nameAt(k) && ctx.lexAt(k) === undefined) k++;
  const hit = k > j + 1 ? ctx.lexAt(k) : undefined;
  return hit !== undefined && hit.lexeme.echelon === undefined && !hit.lexeme.abbreviation && capitalized(tok(ctx, k)?.text ?? "");
}

// a country's name is one or two words ("Ukraine", "Great Britain"); more is a person's name
// after it ("… of Ukraine Oleksandr Pivnenko"), where the service gives no name
const MAX_COUNTRY_WORDS = 2;

/**
 * "of Ukraine", "of Great Britain" at token `j`: the token after one or two name words that no
 * designation word follows, else -1 ("of Kharkiv Brigade" names a parent).
 */
function countryAfterOf(ctx: Context, j: number): number {
  if (ctx.keyAt(j) !== "of") return -1;
  // "of the" leads to a parent, as formatUnitDesignation writes one ("National Guard of the Azov")
  const from = j + 1;
  let k = from;
  while (k <= from + MAX_COUNTRY_WORDS && ctx.nameAt(k) && ctx.lexAt(k) === undefined) k++;
  if (k === from || k > from + MAX_COUNTRY_WORDS || ctx.lexAt(k) !== undefined) return -1;
  return k;
}

const GEOGRAPHIC_ECHELON_WORDS: ReadonlySet<string> = new Set(["region", "theater", "theatre"]);

/** In running text, only components that clearly name a unit count ("the brigade" does not). */
// Echelons that may follow a proper name in lower case ("the Azov regiment", "the Aidar battalion").
const LOWER_CASE_AFTER_NAME: ReadonlySet<Echelon> = new Set(["battalion", "regiment", "brigade"]);

/** What clearInProse says of a body that is a unit only with a parent unit after it (see isCivilBody). */
const WITH_PARENT = "with-parent";

function clearInProse(ctx: Context, c: Component): boolean | typeof WITH_PARENT {
  const v = c.value;
  // "the 24th, 28th and 93rd Mechanized Brigades" closes a list; "3 brigades" counts, names none
  if (c.echelonPlural) return hasOrdinalSuffix(ctx, c.first);
  if (c.numberFirst === true) return true;
  // "85 marines" counts men; "5th Marines" and "85 Marines" name a regiment
  if (c.echelonCompound && !c.echelonCapitalized && !hasOrdinalSuffix(ctx, c.first)) return false;
  if (v.number !== undefined && v.echelon !== undefined) return true;
  // "the 82nd Airborne", "the 187th Infantry": an ordinal and a written-out type, echelon left unsaid
  if (v.number !== undefined && v.types.length > 0 && c.titleCase && c.vocabularyInName > 0 && v.name === undefined && hasOrdinalSuffix(ctx, c.first)) return true;
  if (c.quotedName && v.echelon !== undefined) return true;
  // "Boeing Co." and "Kharkiv Region", "Mariupol Drama Theater": without a number an abbreviated
  // echelon or one that also names a piece of land is a firm or a place
  // ("H Co" is a lettered company)
  const lettered = v.name !== undefined && v.name.length === 1;
  if (v.number === undefined && !lettered && (c.echelonAbbreviated || GEOGRAPHIC_ECHELON_WORDS.has(c.echelonWord))) return false;
  // "the Marines", "Royal Marines": a word that names a kind of unit needs a number ("5th Marines")
  if (c.echelonCompound) return false;
  // "the Coca-Cola Company" is a firm, "the Kharkiv Company of the 3rd Battalion" a unit
  if (v.number === undefined && isCivilBody(ctx, c)) return WITH_PARENT;
  // without a number, only a Title Case name reads as a unit: "Azov Brigade", not "Kupiansk region"
  if (!c.titleCase) return false;
  if (v.echelon !== undefined && !c.echelonCapitalized) return namesBeforeLowerEchelon(ctx, c);
  if (v.echelon !== undefined) return v.name !== undefined || v.types.length > 0 || v.qualifiers.length > 0;
  // "a former Royal Marine", "a US Marine": the singular names a member, not the body
  return c.nameOnly && c.vocabularyInName > 0 && !endsWithMember(c);
}

/** Whether a name-only body ends on "Marine", the word for one of its members ("Royal Marine"; the body is "Royal Marines"). */
function endsWithMember(c: Component): boolean {
  const name = c.value.name ?? "";
  return name.endsWith(" Marine") || name === "Marine";
}

/**
 * "Thales Group", "the Salvation Army", "the Peace Corps", "the Walt Disney Company": a firm, a
 * charity or an agency (see CIVIL_BODY_NAMES). Only a bare name counts: a designation word in it
 * ("Kraken Special Forces Group"), a quoted name, a letter or a sub-unit's task ("Alpha Group",
 * "Weapons Company"), a country but for a company ("Free Syrian Army", "Russia's Wagner Group")
 * or a word around it that names an armed force ("Wagner Group fighters", "the mercenary Wagner
 * Group") makes an armed body; so does a chain of units it is part of (see readLinks).
 */
function isCivilBody(ctx: Context, c: Component): boolean {
  const v = c.value;
  const entry = CIVIL_BODY_NAMES.get(c.echelonWord);
  if (entry === undefined || v.echelon !== entry.echelon || v.name === undefined || c.nameStart < 0 || c.quotedName) return false;
  if (c.vocabularyInName > 0 || v.types.length > 0 || v.qualifiers.length > 0) return false;
  const words = v.name.split(/\s+/);
  if (entry.names !== "any" && !entry.names.has(lowerCase(words[words.length - 1] as string))) return false;
  // "Alpha Group", "Headquarters Company": a letter or a task names an armed body, not a firm, unless
  // it ends a longer name the scanner has passed over ("the East India Company")
  const military = (words.length === 1 && (v.name.length === 1 || SPELLING_ALPHABET.has(lowerCase(v.name)))) || words.every((w) => TASK_NAMES.has(lowerCase(w)));
  if (military && !ctx.nameAt(c.first - 1)) return false;
  // once the text shows a body armed, its later bare mentions are the same body ("… Wagner Group
  // fighters … the Wagner Group withdrew")
  const key = civilKey(c);
  if (ctx.armedNames.has(key)) return false;
  const mark = tok(ctx, c.first - 1);
  const owner = tok(ctx, c.first - 2);
  const owned = mark !== undefined && mark.kind === "punct" && isPossessive(mark.text) && owner !== undefined && NOT_NAME_WORDS.has(`${lowerCase(owner.text)}'s`);
  const country = entry.byCountry !== false && (owned || words.some((w) => isDemonym(w)));
  if (!country && !armedNear(ctx, c)) return true;
  ctx.armedNames.add(key);
  return false;
}

/**
 * The key under which ctx.armedNames remembers a body shown armed: its echelon word and its name
 * ("the Russian Wagner Group … the Wagner Group": the country is no part of the body's name).
 */
function civilKey(c: Component): string {
  return `${c.echelonWord} ${lowerCase((c.value.name ?? "").split(/\s+/).filter((w) => !isDemonym(w)).join(" "))}`;
}

// Words that make a bare "X Group" an armed body: its members after it ("Wagner Group fighters"),
// or a kind of armed force before it or in an apposition after it ("the mercenary Wagner Group",
// "the Wagner Group, a Russian paramilitary organisation").
const ARMED_MEMBERS = new Set(["fighters", "mercenaries", "troops", "soldiers", "commanders", "militants", "forces", "units", "contractors"]);
const ARMED_KINDS = new Set(["mercenary", "mercenaries", "paramilitary", "militia", "pmc", "armed"]);
const APPOSITION_WORDS = 6;

/** Whether words around a bare-named body mark it as armed (see ARMED_MEMBERS, ARMED_KINDS). */
function armedNear(ctx: Context, c: Component): boolean {
  const word = (i: number): string => {
    const t = tok(ctx, i);
    return t === undefined || t.kind === "punct" ? "" : lowerCase(t.text);
  };
  if (ARMED_MEMBERS.has(word(c.next))) return true;
  const before = word(c.first - 1) === "the" ? c.first - 2 : c.first - 1;
  if (ARMED_KINDS.has(word(before))) return true;
  if (tok(ctx, c.next)?.text !== ",") return false;
  for (let k = c.next + 1; k <= c.next + APPOSITION_WORDS; k++) {
    const w = word(k);
    if (ARMED_KINDS.has(w) || (w === "private" && word(k + 1) === "military")) return true;
    if (tok(ctx, k)?.kind === "punct") return false;
  }
  return false;
}

/**
 * "the Azov regiment", "the Da Vinci Wolves battalion": a proper name and a lower-case battalion,
 * regiment or brigade, inside a sentence (a capital at a sentence start proves no name) and not a
 * nationality ("the Georgian battalion" is a battalion of Georgians, not one named so).
 */
function namesBeforeLowerEchelon(ctx: Context, c: Component): boolean {
  const v = c.value;
  if (v.echelon === undefined || !LOWER_CASE_AFTER_NAME.has(v.echelon) || v.name === undefined || c.nameStart < 0) return false;
  const before = tok(ctx, c.first - 1);
  if (before === undefined || before.kind !== "word" || (capitalized(before.text) && before.text.toLowerCase() !== "the")) return false;
  return !v.name.split(/\s+/).every((word) => isDemonym(word));
}

/** Whether token `i` is a number written as an ordinal ("82nd"), not bare digits. */
function hasOrdinalSuffix(ctx: Context, i: number): boolean {
  const t = tok(ctx, i);
  return t !== undefined && t.kind === "number" && /^\d+(?:st|nd|rd|th|d)$/i.test(t.text);
}

const rankOf = (e: Echelon | undefined): number => (e === undefined ? 0 : ECHELON_TABLE[e].rank);

interface Chain {
  /** Innermost first: each component's parent is the next one. */
  readonly comps: Component[];
  readonly next: number;
  /** Where the chain is written (a possessor comes first in the text but last in `comps`). */
  readonly start: number;
  readonly end: number;
}

/**
 * Whether `owner` can own `outer` by possessive: in prose an owned unit is smaller than its owner;
 * a named owner of no echelon ("the International Legion's 1st Battalion") may own any unit with one.
 */
function owns(owner: Component, outer: Component): boolean {
  return outer.value.echelon !== undefined && (rankOf(outer.value.echelon) < rankOf(owner.value.echelon) || (owner.nameOnly && owner.value.echelon === undefined));
}

/**
 * A chain, and the chains it owns by possessive: in "the 5th Marine Regiment's 1st Battalion"
 * the regiment is the battalion's parent. Read as a loop, not by recursion, so a long run of
 * possessives costs no stack; in prose each owned unit must be smaller than its owner.
 */
function readChain(ctx: Context, at: number): Chain | Failure {
  const first = readLinks(ctx, at);
  if (isFailure(first)) return first;
  const owners: Component[][] = [first.comps];
  let count = first.comps.length;
  let next = first.next;
  let end = (first.comps[first.comps.length - 1] as Component).end;
  for (;;) {
    const mark = tok(ctx, next);
    if (mark === undefined || mark.kind !== "punct" || !isPossessive(mark.text)) break;
    const owned = readLinks(ctx, next + 1);
    if (isFailure(owned)) {
      if (ctx.mode === "strict") return owned;
      break;
    }
    const outer = owned.comps[owned.comps.length - 1] as Component;
    const links = owners[owners.length - 1] as Component[];
    // "the 200th Brigade of the Northern Fleet's 14th Army Corps": after "of", the possessive owns
    // the unit of the last link, and what it owns stands between that link and the one before
    if (owners.length === 1 && links.length > 1 && owns(links[links.length - 1] as Component, outer) && rankOf(outer.value.echelon) > rankOf((links[links.length - 2] as Component).value.echelon)) {
      if (ctx.mode === "scan" && count + owned.comps.length > MAX_SCAN_PARENTS + 1) break;
      links.splice(links.length - 1, 0, ...owned.comps);
      count += owned.comps.length;
      next = owned.next;
      end = outer.end;
      continue;
    }
    const owner = links[0] as Component;
    const smaller = owns(owner, outer);
    if (ctx.mode === "scan" && (count + owned.comps.length > MAX_SCAN_PARENTS + 1 || !smaller)) break;
    owners.push(owned.comps);
    count += owned.comps.length;
    next = owned.next;
    end = outer.end;
  }
  const comps: Component[] = [];
  for (let k = owners.length - 1; k >= 0; k--) comps.push(...(owners[k] as Component[]));
  // a fleet alone is read only in a chain: "of the Pacific Fleet", "the Black Sea Fleet's 810th Brigade"
  if (ctx.mode === "scan" && comps.length === 1 && comps[0]?.fleet === true) return NOT_HERE;
  return { comps, next, start: (first.comps[0] as Component).start, end };
}

function readLinks(ctx: Context, at: number): { comps: Component[]; next: number } | Failure {
  const head = readComponent(ctx, at);
  if (isFailure(head)) return head;
  const clear = ctx.mode === "strict" || clearInProse(ctx, head);
  if (clear === false) return NOT_HERE;
  // a firm's name and a sentence's "A Company" are units only in a chain: "Kharkiv Company of the
  // 3rd Battalion", "A Company, 2nd Battalion, 7th Marines" (or as a parent, see below)
  const needsParent = ctx.mode === "scan" && (clear === WITH_PARENT || head.needsParent === true);
  const comps: Component[] = head.regimentAfterHyphen ? [head, regimentAt(ctx, head.next)] : [head];
  let j = (comps[comps.length - 1] as Component).next;
  while (has(ctx.table, j) && (ctx.mode === "strict" || comps.length <= MAX_SCAN_PARENTS)) {
    const sep = tok(ctx, j);
    let after: number;
    let bareOf = false;
    if (punctIs(sep, ",")) after = j + 1;
    else if (wordIs(sep, "of")) {
      after = j + 1;
      bareOf = !wordIs(tok(ctx, after), "the");
    } else break;
    const next = readComponent(ctx, after);
    if (isFailure(next)) {
      if (ctx.mode === "strict") return next;
      break;
    }
    const prev = comps[comps.length - 1] as Component;
    if (bareOf && prev.nameOnly && next.nameOnly) {
      // "International Legion for Territorial Defense of Ukraine": one name, not a parent
      const name = ctx.text.slice(prev.nameStart, next.nameEnd);
      comps[comps.length - 1] = { ...prev, value: { ...prev.value, name }, next: next.next, end: next.end, nameEnd: next.nameEnd, vocabularyInName: prev.vocabularyInName + next.vocabularyInName, titleCase: prev.titleCase && next.titleCase };
      j = next.next;
      continue;
    }
    if (ctx.mode === "scan") {
      // a name with no number or echelon is a large body or no unit at all, never a part of what
      // follows its comma: "According to the Georgian Legion, the 3rd Battalion …"
      if (!bareOf && !wordIs(sep, "of") && prev.value.echelon === undefined && prev.value.number === undefined) break;
      // "the 3rd Battalion, the 47th Brigade said, …", "…, the 47th Brigade's best unit", "…, the
      // 47th Brigade and …": after a comma, a unit with "the" is a parent only as a whole apposition
      if (punctIs(sep, ",") && wordIs(tok(ctx, after), "the") && !closesApposition(tok(ctx, next.next))) break;
      // two numbered units of no echelon are a list ("2 PARA, 3 PARA"), as two of one echelon are
      const listed = prev.value.echelon === undefined && next.value.echelon === undefined && prev.value.number !== undefined && next.value.number !== undefined;
      const climbs = !listed && (prev.value.echelon === undefined || next.value.echelon === undefined || rankOf(next.value.echelon) > rankOf(prev.value.echelon));
      const clearNext = clearInProse(ctx, next);
      if (clearNext === false || !climbs) break;
      // a body that looks like a firm is shown armed by the unit it is the parent of, as by its own
      // parent: "the 1st Platoon, Kharkiv Company"
      if (clearNext === WITH_PARENT) ctx.armedNames.add(civilKey(next));
    }
    comps.push(next);
    j = next.next;
  }
  if (needsParent && comps.length === 1) return NOT_HERE;
  // a body a parent shows armed is that body in its later bare mentions too
  if (clear === WITH_PARENT) ctx.armedNames.add(civilKey(head));
  return { comps, next: j };
}

const APPOSITION_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ":", ")", "—", "–"]);

/** Whether the token after an apposition closes it: the end, or a mark such as "," or ")". */
function closesApposition(t: Token | undefined): boolean {
  return t === undefined || (t.kind === "punct" && APPOSITION_ENDS.has(t.text));
}

function nest(comps: readonly Component[]): UnitDesignation {
  // each component's value is a fresh object made by readComponent, so it may take its parent in place
  let d: UnitDesignation | undefined;
  for (let k = comps.length - 1; k >= 0; k--) {
    const v = (comps[k] as Component).value as Mutable<UnitDesignation>;
    if (d !== undefined) v.parent = d;
    d = v;
  }
  return d as UnitDesignation;
}

/**
 * Reads a unit designation as reports write it: "2nd Battalion", "253rd Assault Regiment of the
 * 129th Territorial Defense Brigade", "1st Bn, 5th Marines", "H Co, 2nd Bn, 5th Marines, 1st Marine
 * Division", "129 TDF Bde", "3rd Separate Tank Brigade (Reserve)", "3rd Separate Assault Brigade
 * \"Azov\"", "International Legion for Territorial Defense", and Ukrainian/Russian forms ("92 ОМБр",
 * "128 ОГШБр", "47-ма окрема механізована бригада"). A later part joined by "," or "of (the)" is
 * the `parent` of the part before it; a possessive owner is the parent of what it owns ("5th Marine
 * Regiment's 1st Battalion"); a letter after a company-size echelon names it ("Company H", as
 * "H Company"); a service written out with its country is one name ("National Guard of Ukraine").
 * A wrong ordinal suffix ("15nd") is accepted and reported in
 * `warnings`. Inside a proper name, type words stay part of the name. Never throws; linear time.
 *
 * @param text - the designation alone (a leading "the" is allowed).
 * @returns the designation, or an error (`empty`, `unknown_word`, `syntax`, `out_of_range`) with the offset of the bad word.
 * @example
 * ```ts
 * import { parseUnitDesignation } from "musterroll/unit";
 * const r = parseUnitDesignation("253rd Assault Regiment of the 129th Territorial Defense Brigade");
 * // r.data: { number: 253, echelon: "regiment", types: ["assault"], qualifiers: [],
 * //           parent: { number: 129, echelon: "brigade", types: ["territorial-defense"], qualifiers: [] } }
 * parseUnitDesignation("92 ОМБр").success; // true: separate mechanized brigade
 * parseUnitDesignation("2nd foo Battalion"); // error unknown_word at offset 4
 * ```
 */
export function parseUnitDesignation(text: string): ParseResult<UnitDesignation> {
  if (typeof text !== "string") return fail("syntax", `expected a string, got ${typeof text}`, "", 0);
  if (text.trim() === "") return fail("empty", "expected a unit designation, got an empty string", text, 0);
  const ctx = context(text, "strict");
  const chain = readChain(ctx, 0);
  const rest = isFailure(chain) ? undefined : tok(ctx, chain.next);
  done(ctx);
  if (isFailure(chain)) return fail(chain.code, chain.message, text, chain.offset);
  if (rest !== undefined) {
    const unknown = rest.kind === "word" && !capitalized(rest.text) && !knownWord(rest.text);
    return unknown
      ? fail("unknown_word", `${quote(rest.text)} is neither a designation word (echelon, type, qualifier) nor a capitalized name`, text, rest.start)
      : fail("syntax", `unexpected ${quote(rest.text)} after the designation ${quote(text.slice(0, rest.start).trim())}`, text, rest.start);
  }
  return ok(nest(chain.comps));
}

/**
 * Finds unit designations in running prose. "the 2nd Battalion was integrated into the 253rd
 * Assault Regiment of the 129th Territorial Defense Brigade" gives two mentions, "2nd Battalion"
 * and the regiment with its parent brigade. A mention needs a number and an echelon, a quoted
 * name, or Title Case words ("Azov Brigade"; without an echelon, with a type word: "Georgian
 * Legion"); "the brigade", "the Kupiansk region", a firm's or charity's "Thales Group", "the
 * Coca-Cola Company" or "the Salvation Army" and a paper's "Kyiv Independent" are not units, and a
 * bare 1900–2099 is a year. "A Company" is a lettered unit inside a sentence, and at a sentence's
 * start only with a parent ("A Company, 2nd Battalion"). British number-first forms ("40
 * Commando", "2 PARA") are read. A parent joined by "," or "of" is kept only when it is larger
 * than its child; a fleet is read only as a parent or owner ("… of the Pacific Fleet"). Warning
 * offsets index `text`. Never throws; linear time.
 *
 * @param text - any text.
 * @returns the mentions in text order, each with `text === source.slice(start, end)`.
 * @example
 * ```ts
 * import { findUnitDesignations } from "musterroll/unit";
 * const found = findUnitDesignations("The 2nd Battalion joined the 47th Brigade.");
 * found.map((m) => m.text); // ["2nd Battalion", "47th Brigade"]
 * ```
 */
export function findUnitDesignations(text: string): Mention<UnitDesignation>[] {
  if (typeof text !== "string") return [];
  const ctx = context(text, "scan");
  const table = ctx.table;
  const found: Mention<UnitDesignation>[] = [];
  let i = 0;
  let known = 0; // the first token at or after i that the lexicon knows
  while (has(ctx.table, i)) {
    // a unit in prose has an echelon or designation word within REACH tokens of its start, so
    // stretches of prose with none are passed over without trying to read a unit at each word
    if (known < i) known = i;
    // (a word the tokenizer did not mark as a phrase's possible start is none: no look-up asked)
    while (known <= i + REACH && has(table, known) && (table.head[known] !== 1 || ctx.lexAt(known) === undefined) && !numberFirstWordAt(ctx, known)) known++;
    if (!has(ctx.table, known)) break;
    if (known > i + REACH) {
      i = known - REACH;
      continue;
    }
    const chain = mayReachDesignation(ctx, i) ? readChain(ctx, i) : NOT_HERE;
    if (isFailure(chain)) {
      i++;
      continue;
    }
    const value = nest(chain.comps);
    const floor = found.length === 0 ? 0 : (found[found.length - 1] as Mention<UnitDesignation>).end;
    for (const n of listedBefore(ctx, chain.comps[0] as Component, floor)) found.push(mentionOf(text, n.start, n.end, sharing(value, n.value)));
    found.push(mentionOf(text, chain.start, chain.end, value));
    i = chain.next;
  }
  done(ctx);
  return found;
}

const MAX_LISTED = 12;
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "&"]);

/**
 * "the 47th and 93rd brigades", "the 24th, 28th and 93rd Mechanized Brigades": the ordinals listed
 * before a numbered unit, which share its echelon, types and parent. Each is its own mention,
 * spanning its number, in text order; none starts before `floor`.
 */
function listedBefore(ctx: Context, head: Component, floor: number): { value: number; start: number; end: number }[] {
  const v = head.value;
  if (!head.echelonPlural || v.number === undefined || v.name !== undefined || !hasOrdinalSuffix(ctx, head.first)) return [];
  const listed: { value: number; start: number; end: number }[] = [];
  let k = head.first - 1;
  while (listed.length < MAX_LISTED) {
    let joiner = k;
    while (joiner > head.first - 4 && LIST_JOINERS.has(ctx.keyAt(joiner) ?? "")) joiner--;
    if (joiner === k || !hasOrdinalSuffix(ctx, joiner)) break;
    const t = tok(ctx, joiner) as Token;
    const n = readNumber(ctx, t);
    if (t.start < floor || isFailure(n)) break;
    listed.push({ value: n.value, start: t.start, end: t.end });
    k = joiner - 1;
    head = { ...head, first: joiner };
  }
  return listed.reverse();
}

/** The designation of a listed ordinal: the head's, with its own number and no warnings. */
function sharing(head: UnitDesignation, number: number): UnitDesignation {
  const { warnings: _warnings, name: _name, ...rest } = head;
  return { ...rest, number };
}
