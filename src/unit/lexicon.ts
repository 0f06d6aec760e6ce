// Tokens and word look-up for designations: one pass over the text, no backtracking, offsets kept.
// The lexicon is built once from the vocabulary tables; nothing here spells a word itself.
import { lowerCase } from "../common/index.js";
import type { Echelon, Qualifier, UnitType } from "./schema.js";
import {
  COMPOUND_TABLE, ECHELON_TABLE, ECHELONS, NAME_CONNECTORS, NOT_NAME_WORDS, QUALIFIER_TABLE, QUALIFIERS, UNIT_TYPE_TABLE, UNIT_TYPES,
  type DesignationWordEntry,
} from "./vocabulary.js";

export interface Token {
  readonly kind: "word" | "number" | "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What a word (or phrase) of the lexicon says. */
export interface Lexeme {
  readonly echelon?: Echelon;
  readonly types: readonly UnitType[];
  readonly qualifiers: readonly Qualifier[];
  /** Whether the surface form is an abbreviation (a period may follow it). */
  readonly abbreviation: boolean;
  /** Whether the surface form is an echelon word in the plural ("Brigades", after a list of numbers). */
  readonly plural?: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x52f;
const LETTER = /\p{L}|\p{M}/u;
function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  if (isCyrillic(c)) return true;
  // General Punctuation (dashes, curly quotes, spaces) has no letter and no mark: prose is full of it
  if (c >= 0x2000 && c <= 0x206f) return false;
  return c < 0xd800 || c > 0xdfff ? LETTER.test(String.fromCharCode(c)) : false;
}
// comparisons, not Set look-ups: the tokenizer asks after every word
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 0x60;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

/** Token kinds, stored as bytes. */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

/**
 * The tokens of a text as parallel typed arrays, read lazily: a megabyte of input makes no
 * megabyte of small objects (which keeps the collector, and so the running time, linear), and a
 * parser that fails early reads no further. Call {@link has} before reading index i.
 */
export interface TokenTable {
  text: string;
  count: number;
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  /** 1 when the word may start a lexicon phrase (see mayStartPhrase), told while its letters are read. */
  head: Uint8Array;
  /** Where reading stopped. */
  pos: number;
  isWhole: (word: string) => boolean;
}

function push(t: TokenTable, kind: number, start: number, end: number, head: boolean): void {
  if (t.count === t.kind.length) grow(t);
  t.head[t.count] = head ? 1 : 0;
  t.kind[t.count] = kind;
  t.start[t.count] = start;
  t.end[t.count] = end;
  t.count++;
}

// kept out of push, which runs once a token, so that push stays small enough to inline
function grow(t: TokenTable): void {
  const double = <A extends Uint8Array | Uint32Array>(a: A, make: (n: number) => A): A => {
    const b = make(a.length * 2);
    b.set(a);
    return b;
  };
  t.kind = double(t.kind, (n) => new Uint8Array(n));
  t.start = double(t.start, (n) => new Uint32Array(n));
  t.end = double(t.end, (n) => new Uint32Array(n));
  t.head = double(t.head, (n) => new Uint8Array(n));
}

// Tokens are read in runs of this many: one call reads a run in a tight loop (a call per token
// cost a fifth of the finder's time), and a parser that fails early still reads little past it.
const READ_AHEAD = 64;

/** Whether token `i` exists, reading on as far as needed. */
export function has(t: TokenTable, i: number): boolean {
  if (t.count <= i && t.pos < t.text.length) readTokens(t, i + READ_AHEAD);
  return i >= 0 && i < t.count;
}

/** The token at `i` as an object (short-lived), or undefined past the end. */
export function tokenAt(t: TokenTable, i: number): Token | undefined {
  if (!has(t, i)) return undefined;
  const kind = t.kind[i] === WORD ? "word" : t.kind[i] === NUMBER ? "number" : "punct";
  const start = t.start[i] as number;
  const end = t.end[i] as number;
  return { kind, text: t.text.slice(start, end), start, end };
}

// One table's arrays are kept for the next text: typed arrays live outside the heap, and making
// four for every text cost more than filling them. A table far larger than prose needs is let go.
let spare: TokenTable | undefined;
const MAX_SPARE_TOKENS = 1 << 14;

/**
 * Splits text into words (letters with inner apostrophes and hyphens), numbers (digits with a
 * glued ordinal suffix such as "253rd" or a Cyrillic one such as "92-га") and single punctuation
 * marks. White space only separates tokens. A hyphenated word the lexicon does not know whole
 * ("Mountain-Assault", "гірсько-штурмової") is split at its hyphens; `isWhole` may keep it whole.
 * Nothing is read until {@link has} asks for it. Hand the table to {@link release} when done with it.
 */
export function tokenize(text: string, isWhole: (word: string) => boolean = () => false): TokenTable {
  const reused = spare;
  if (reused !== undefined) {
    spare = undefined;
    reused.text = text;
    reused.count = 0;
    reused.pos = 0;
    reused.isWhole = isWhole;
    return reused;
  }
  // about one token per four characters of prose: sized so, the arrays rarely grow
  const size = Math.min(Math.max(64, text.length >> 2), 1 << 16);
  return { text, count: 0, kind: new Uint8Array(size), start: new Uint32Array(size), end: new Uint32Array(size), head: new Uint8Array(size), pos: 0, isWhole };
}

/** Gives a table's arrays to the next {@link tokenize}; the table must not be read after this. */
export function release(t: TokenTable): void {
  if (t.kind.length > MAX_SPARE_TOKENS) return;
  // keep no reference to the text, which may be large
  t.text = "";
  t.isWhole = NEVER_WHOLE;
  spare = t;
}

const NEVER_WHOLE = (): boolean => false;

/** Whether the word `start`…`end` ends in a possessive "'s" (after at least two letters). */
function isPossessiveAt(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const s = text.charCodeAt(end - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2)) && isLetter(text.charCodeAt(end - 3)) && !isCyrillic(text.charCodeAt(end - 3));
}

/** Whether a token's text is a possessive ending ("'s", "’s"). */
export function isPossessive(word: string): boolean {
  return word.length === 2 && isApostrophe(word.charCodeAt(0)) && (word[1] === "s" || word[1] === "S");
}

/** Reads tokens (and the white space between them) until token `last` exists or the text ends. */
function readTokens(t: TokenTable, last: number): void {
  // one loop reads every kind of token: a call per word cost an eighth of the tokenizer's time
  const text = t.text;
  const n = text.length;
  let i = t.pos;
  while (i < n && t.count <= last) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // a glued suffix: letters ("rd"), or a hyphen and Cyrillic letters ("-га")
      if (i < n && isHyphen(text.charCodeAt(i)) && i + 1 < n && isCyrillic(text.charCodeAt(i + 1))) i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      push(t, NUMBER, start, i, false);
    } else if (isLetter(c)) {
      // a word: letters with inner apostrophes and hyphens. Its hash for the lexicon's pre-test
      // (see mayStartPhrase) is made as its letters are read, and kept apart from a possessive
      // ending; `wide` gathers the bits of every code
      let h = hashStep(HASH_SEED, asciiKeyCode(c));
      let wide = c;
      let beforeMark = h;
      let wideBeforeMark = wide;
      let hyphens = false;
      let marks = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        // lower-case ASCII first: most letters of prose, and their own key codes
        if (d >= 97 && d <= 122) {
          h = hashStep(h, d);
          i++;
        } else if ((d >= 65 && d <= 90) || isDigit(d) || (d >= 0xc0 && isLetter(d))) {
          // (isLetter(d) || isDigit(d), in the order prose needs: capitals, digits, other scripts)
          h = hashStep(h, asciiKeyCode(d));
          wide |= d;
          i++;
        } else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
          hyphens ||= isHyphen(d);
          marks = true;
          beforeMark = h;
          wideBeforeMark = wide;
          const e = text.charCodeAt(i + 1);
          h = hashStep(hashStep(h, asciiKeyCode(d)), asciiKeyCode(e));
          wide |= d | e;
          i += 2;
        } else break;
      }
      // a possessive ending is a token of its own: "Regiment's 1st Battalion" names a parent (its
      // apostrophe was read as a mark, so a word with none needs no test)
      const possessive = marks && isPossessiveAt(text, start, i);
      const stem = possessive ? i - 2 : i;
      // the "'s" was read last, as a mark and a letter
      const head = possessive ? wideBeforeMark > 127 || isHeadHash(beforeMark) : wide > 127 || isHeadHash(h);
      if (hyphens) pushHyphenated(t, start, stem, head);
      else push(t, WORD, start, stem, head);
      if (possessive) push(t, PUNCT, stem, i, false);
    } else {
      // keep a surrogate pair whole so a token never splits a character
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      push(t, PUNCT, start, i, false);
    }
  }
  t.pos = i;
}

/**
 * A hyphenated word: whole when the lexicon knows it so (or `isWhole` keeps it), else split at its
 * hyphens ("Mountain-Assault", "гірсько-штурмової").
 */
function pushHyphenated(t: TokenTable, start: number, stem: number, head: boolean): void {
  const text = t.text;
  if (knownWord(text.slice(start, stem)) || t.isWhole(text.slice(start, stem))) {
    push(t, WORD, start, stem, head);
    return;
  }
  let from = start;
  for (let k = start; k <= stem; k++) {
    if (k === stem || isHyphen(text.charCodeAt(k))) {
      if (k > from) push(t, WORD, from, k, mayStartPhrase(text, from, k));
      from = k + 1;
    }
  }
}

const ODD_MARKS = /[\u2019\u02bc`\u2010\u2011]/;
// the marks of ODD_MARKS (normalizeApostrophes, below, must stay in step with it)
function hasOddMark(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 96 || c === 0x2019 || c === 0x2bc || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}
const normalizeApostrophes = (s: string): string =>
  ODD_MARKS.test(s) ? s.replace(/[\u2019\u02bc`]/g, "'").replace(/[\u2010\u2011]/g, "-") : s;

const EXACT = new Map<string, Lexeme[]>(); // phrase of lower-case words joined by " " → meanings
const STEMS = new Set<string>();
const STEM_MAX_EXTRA = 3;

function add(key: string, lexeme: Lexeme): void {
  const list = EXACT.get(key);
  if (list === undefined) EXACT.set(key, [lexeme]);
  else list.push(lexeme);
}

function addCyrillic(form: string, lexeme: Lexeme): void {
  const parts = normalizeApostrophes(form.toLowerCase()).split(" ");
  for (const p of parts) STEMS.add(p);
  add(parts.map((p) => `~${p}`).join(" "), lexeme);
}

function addEntry(entry: DesignationWordEntry, lexeme: Omit<Lexeme, "abbreviation">): void {
  for (const w of [entry.long, ...entry.words]) add(normalizeApostrophes(w.toLowerCase()), { ...lexeme, abbreviation: false });
  // a short form spelt like the long one ("Army", "Corps") is no abbreviation: its period ends a sentence
  for (const w of [entry.short, ...entry.abbreviations]) {
    if (w.toLowerCase() !== entry.long.toLowerCase()) add(normalizeApostrophes(w.toLowerCase()), { ...lexeme, abbreviation: true });
  }
  for (const w of entry.cyrillic) addCyrillic(w, { ...lexeme, abbreviation: false });
}

const PLURAL_ECHELONS: ReadonlySet<Echelon> = new Set(["platoon", "company", "battalion", "regiment", "brigade", "division", "army"]);

for (const e of ECHELONS) {
  const row = ECHELON_TABLE[e];
  // "Unit"/"Formation" are not echelon words in English designations ("Kraken Special Forces Unit" is a name)
  if (e === "unspecified") {
    for (const w of row.cyrillic) addCyrillic(w, { echelon: e, types: [], qualifiers: [], abbreviation: false });
    continue;
  }
  addEntry({ long: row.long, short: row.short, words: row.words, abbreviations: row.abbreviations, cyrillic: row.cyrillic }, { echelon: e, types: [], qualifiers: [] });
  // lists close on field units ("the 47th and 93rd Brigades", "the 1st and 2nd Squadrons"); the
  // plurals are few so that the cheap pre-test still turns away ordinary words
  for (const w of PLURAL_ECHELONS.has(e) ? [row.long, ...row.words] : []) {
    const plural = pluralOf(normalizeApostrophes(w.toLowerCase()));
    if (plural !== undefined) add(plural, { echelon: e, types: [], qualifiers: [], abbreviation: false, plural: true });
  }
  for (const w of row.pluralAbbreviations ?? []) add(w, { echelon: e, types: [], qualifiers: [], abbreviation: true, plural: true });
}

/** "brigades", "batteries", "battalion tactical groups" (the last word); undefined for a word that is its own plural ("corps"). */
function pluralOf(phrase: string): string | undefined {
  if (phrase.endsWith("s")) return undefined;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}
for (const t of UNIT_TYPES) addEntry(UNIT_TYPE_TABLE[t], { types: [t], qualifiers: [] });
for (const q of QUALIFIERS) addEntry(QUALIFIER_TABLE[q], { types: [], qualifiers: [q] });
for (const c of COMPOUND_TABLE) {
  const lexeme: Lexeme = { ...(c.echelon ? { echelon: c.echelon } : {}), types: c.types, qualifiers: c.qualifiers, abbreviation: false };
  for (const f of c.forms) {
    if (c.stems) addCyrillic(f, lexeme);
    else add(normalizeApostrophes(f.toLowerCase()), lexeme);
  }
}

/** The meaning of a phrase of the lexicon, and how many words it takes. */
export interface Hit {
  readonly lexeme: Lexeme;
  readonly length: number;
}

/** The phrases of the lexicon as a tree of words: what the words read so far mean, and which words may follow them. */
interface PhraseNode {
  hit: Hit | undefined;
  next: Map<string, PhraseNode> | undefined;
}

// first word → its node. A look-up walks the tree word by word, so it joins no strings, and it
// reads on only while what it has read may still grow into a phrase; every phrase's answer is made
// once, here, rather than a new object at each look-up
const PHRASES = new Map<string, PhraseNode>();
for (const [phrase, meanings] of EXACT) {
  const words = phrase.split(" ");
  let level = PHRASES;
  let node: PhraseNode | undefined;
  for (const word of words) {
    node = level.get(word);
    if (node === undefined) {
      node = { hit: undefined, next: undefined };
      level.set(word, node);
    }
    level = node.next ??= new Map();
  }
  (node as PhraseNode).hit = { lexeme: mergeMeanings(meanings), length: words.length };
}
// a node no word may follow keeps no empty map: the look-up stops there without asking
const prune = (level: Map<string, PhraseNode>): void => {
  for (const node of level.values()) {
    if (node.next === undefined) continue;
    if (node.next.size === 0) node.next = undefined;
    else prune(node.next);
  }
};
prune(PHRASES);

/**
 * The look-up key of one word: its lower-case form, or for a Cyrillic word `~stem` when a stem of
 * the vocabulary covers it (the longest stem wins; at most three letters of ending).
 */
export function keyOf(word: string): string {
  const lowered = lowerCase(word);
  // a loop over the letters finds the rare odd mark sooner than a regular expression does
  const lower = hasOddMark(word) ? normalizeApostrophes(lowered) : lowered;
  // only a Cyrillic word may need its stem: the cheap test first spares most words a hash
  if (!isCyrillic(lower.charCodeAt(0)) || EXACT.has(lower)) return lower;
  // short stems take fewer extra letters ("бр" only exactly, "рот" one more: рота, роти)
  for (let cut = 0; cut <= STEM_MAX_EXTRA && cut < lower.length; cut++) {
    const stem = lower.slice(0, lower.length - cut);
    if (STEMS.has(stem) && cut <= stem.length - 2) return `~${stem}`;
  }
  return lower;
}

/** Whether a single word is in the lexicon (so a hyphenated word is looked up whole). */
export function knownWord(word: string): boolean {
  return EXACT.has(keyOf(word));
}

// A hash of every word a lexicon phrase can start with, kept as bits: a word of prose whose hash
// is none of these is turned away before its key is made (a copy, a lower-case copy and a string
// hash). The hash is made from the char codes as keyOf would lower them, so no string is built to ask.
const HEAD_HASH_BITS = 1 << 16;
const HEAD_HASHES = new Uint32Array(HEAD_HASH_BITS >>> 5);
const asciiKeyCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c);
// FNV-1a over the key's char codes, folded to 16 bits
const HASH_SEED = 2166136261 | 0;
const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
const hashBit = (h: number): number => (h ^ (h >>> 16)) & (HEAD_HASH_BITS - 1);
for (const key of EXACT.keys()) {
  const head = key.split(" ")[0] as string;
  let h = HASH_SEED;
  for (let i = 0; i < head.length; i++) h = hashStep(h, head.charCodeAt(i));
  const bit = hashBit(h);
  HEAD_HASHES[bit >>> 5] = (HEAD_HASHES[bit >>> 5] as number) | (1 << (bit & 31));
}

/**
 * Whether the word `start`…`end` of `text` may start a lexicon phrase (never false for one that
 * does; true for the few others whose hash collides with one). Words with a character outside
 * ASCII are always let through to the full look-up.
 */
export function mayStartPhrase(text: string, start: number, end: number): boolean {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    h = hashStep(h, asciiKeyCode(c));
  }
  return isHeadHash(h);
}

function isHeadHash(h: number): boolean {
  const bit = hashBit(h);
  return ((HEAD_HASHES[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

// The words of the lexicon's phrases, the joiners of names and the sentence words, by hash: a word
// of the text written in ASCII that is one of them gets the table's own string as its key, with no
// copy of the word and no lower-case copy (see knownKeyAt)
const KEYS_BY_HASH = new Map<number, string>();
for (const word of [...[...EXACT.keys()].flatMap((phrase) => phrase.split(" ")), ...NAME_CONNECTORS, ...NOT_NAME_WORDS]) {
  let h = HASH_SEED;
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    ascii &&= c < 128;
    h = hashStep(h, asciiKeyCode(c));
  }
  // a key is its word's codes as asciiKeyCode gives them: lower-case, with "'" for a backtick
  if (ascii && !KEYS_BY_HASH.has(h) && [...word].every((ch) => asciiKeyCode(ch.charCodeAt(0)) === ch.charCodeAt(0))) KEYS_BY_HASH.set(h, word);
}

/**
 * keyOf(text.slice(start, end)) without a copy of the word, for a word written in ASCII that the
 * lexicon or the sentence-word table holds; undefined for any other word (ask keyOf). An ASCII
 * word's key is its codes as asciiKeyCode gives them, so a match code by code is its key.
 */
export function knownKeyAt(text: string, start: number, end: number): string | undefined {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return undefined;
    h = hashStep(h, asciiKeyCode(c));
  }
  const key = KEYS_BY_HASH.get(h);
  if (key === undefined || key.length !== end - start) return undefined;
  for (let i = 0; i < key.length; i++) if (asciiKeyCode(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return undefined;
  return key;
}

/** Lower-case words kept as hash bits, for a pre-test that makes no string (see mayBeWordOf). */
export function wordHashes(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(HEAD_HASH_BITS >>> 5);
  for (const word of words) {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, asciiKeyCode(word.charCodeAt(i)));
    const bit = hashBit(h);
    bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return bits;
}

/**
 * Whether the word `start`…`end` of `text`, in lower case, may be one of the words of `bits` (never
 * false for one that is; true for the few others whose hash collides with one). Words with a
 * character outside ASCII are always let through to the full test.
 */
export function mayBeWordOf(bits: Uint32Array, text: string, start: number, end: number): boolean {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    h = hashStep(h, asciiKeyCode(c));
  }
  const bit = hashBit(h);
  return ((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/**
 * The longest phrase of the lexicon that starts at `keys[i]`, and how many words it takes.
 * When one phrase has several meanings, the first table's (echelon, then type, qualifier, compound) wins.
 */
export function lookup(keyAt: (i: number) => string | undefined, i: number): Hit | undefined {
  const first = keyAt(i);
  if (first === undefined) return undefined;
  let node = PHRASES.get(first);
  let found = node?.hit;
  for (let k = 1; node?.next !== undefined; k++) {
    const key = keyAt(i + k);
    if (key === undefined) break;
    node = node.next.get(key);
    if (node?.hit !== undefined) found = node.hit;
  }
  return found;
}

function mergeMeanings(found: readonly Lexeme[]): Lexeme {
  // a compound row added after its parts overrides them ("Marines" is a regiment, not just "marine")
  const last = found[found.length - 1] as Lexeme;
  return found.length === 1 || last.echelon !== undefined ? last : (found[0] as Lexeme);
}
