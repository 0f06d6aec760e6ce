import { monthFromWord } from "../common/index.js";
import { MONTH_NAMES } from "../common/vocabulary/month-names.js";
import { lowerCaseOf, type Token, type TokenList } from "./tokens.js";
import { CUE_VERBS, NAME_STOP_WORDS, NON_PERSON_NAME_WORDS, PERSON_TITLES, PLACE_PREPOSITIONS } from "./vocabulary.js";

// What the quote and person finders ask of a word, one bit per table of vocabulary.ts. The tables
// stay the one place each word is listed; this index lets one look-up answer all of them, read
// straight from the text (no copy of the word, no lower-case copy), and the answer is kept on the
// token: a capitalised word is asked whether it is a stop word, a title and an organisation word,
// its neighbours whether they are titles or prepositions, each word before a quote whether it is
// a cue verb.
export const NAME_STOP = 1;
export const TITLE = 2;
export const ORGANISATION = 4;
export const PLACE_PREPOSITION = 8;
export const CUE = 16;
export const MONTH = 32;

const CLASSES_BY_WORD = new Map<string, number>();
function addClass(words: Iterable<string>, bit: number): void {
  for (const word of words) CLASSES_BY_WORD.set(word, (CLASSES_BY_WORD.get(word) ?? 0) | bit);
}
addClass(NAME_STOP_WORDS, NAME_STOP);
addClass(PERSON_TITLES.keys(), TITLE);
addClass(NON_PERSON_NAME_WORDS, ORGANISATION);
addClass(PLACE_PREPOSITIONS, PLACE_PREPOSITION);
addClass(CUE_VERBS.keys(), CUE);
// monthFromWord's words, found among the prefixes of the month names (its abbreviations are
// prefixes: "Jan", "Sept"); a token holds no period, so "Jan." is never asked.
addClass(MONTH_NAMES.flatMap((name) => Array.from({ length: name.length }, (_, n) => name.slice(0, n + 1).toLowerCase())).filter((w) => monthFromWord(w) !== undefined), MONTH);

// The ASCII words of CLASSES_BY_WORD again, in an open-addressing table hashed on character codes,
// so that an ASCII word of the text is looked up in place, lower-cased character by character.
const NOT_ASCII = -1;
const SLOTS = 1 << Math.ceil(Math.log2(CLASSES_BY_WORD.size * 4));
const MASK = SLOTS - 1;
const slotWords: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const slotClasses = new Int32Array(SLOTS);

/** The hash of `text.slice(start, end)` lower-cased, or NOT_ASCII when a character is not ASCII. */
function hashLowerAscii(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  // non-negative, so that it never reads as NOT_ASCII
  return h >>> 1;
}

for (const [word, classes] of CLASSES_BY_WORD) {
  const h = hashLowerAscii(word, 0, word.length);
  if (h === NOT_ASCII) continue;
  let slot = h & MASK;
  while (slotWords[slot] !== undefined) slot = (slot + 1) & MASK;
  slotWords[slot] = word;
  slotClasses[slot] = classes;
}

/** Whether `word` equals `text.slice(start, start + word.length)` with ASCII capitals lowered. */
function equalsLowered(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The classes of the word `text.slice(start, end)`, as CLASSES_BY_WORD has them for its
 * lower-case form; read in place unless the word holds a character outside ASCII.
 *
 * @example
 * ```ts
 * (classesAt("Col. Kowalska said", 14, 18) & CUE) !== 0; // true
 * ```
 */
export function classesAt(text: string, start: number, end: number): number {
  const h = hashLowerAscii(text, start, end);
  if (h === NOT_ASCII) return CLASSES_BY_WORD.get(lowerCaseOf(text, start, end)) ?? 0;
  for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
    const word = slotWords[slot];
    if (word === undefined) return 0;
    if (word.length === end - start && equalsLowered(word, text, start)) return slotClasses[slot] ?? 0;
  }
}

/** The class bits of a token, looked up once and kept on the token. */
export function wordClasses(t: Token): number {
  if (t.classBits < 0) t.classBits = classesAt(t.source, t.start, t.end);
  return t.classBits;
}

/** Whether a token is a title of PERSON_TITLES ("Col", "spokesman"). */
export const isTitle = (t: Token | undefined): boolean => t !== undefined && (wordClasses(t) & TITLE) !== 0;

/** The class bits of token `i` of a list (0 outside it), looked up once and kept in the list. */
export const classesOf = (tokens: TokenList, i: number): number => tokens.classes(i, classesAt);

/** Whether token `i` of a list is a title of PERSON_TITLES ("Col", "spokesman"). */
export const isTitleAt = (tokens: TokenList, i: number): boolean => (tokens.classes(i, classesAt) & TITLE) !== 0;

/** Whether token `i` of a list is a word of CUE_VERBS ("said", "told"). */
export const isCueAt = (tokens: TokenList, i: number): boolean => tokens.isWord(i) && (tokens.classes(i, classesAt) & CUE) !== 0;
