// What the description scanner needs to know of a word before it reads further: bits looked up once
// per token and kept, so that deciding whether a part may start at a token costs a bit test, not a
// look-up in each of a dozen word sets (most words of prose start no part at all). A word of plain
// ASCII, as most words of an English report are, is looked up by its characters in the source,
// without making a string of it: slicing and lower-casing every word was most of the scanner's time.
import { asciiKeyOf, KIND_MASK, KIND_NUMBER, KIND_WORD, LOWER_INSIDE, PLAIN_ASCII, type TokenList } from "./tokens.js";

/** Starts with an upper-case letter: see isCapitalized. */
export const CAPITALIZED = 1 << 0;
/** Capitalised with a lower-case letter after it: see isTitleCase. */
export const TITLE_CASE = 1 << 1;
/** A number written in digits. */
export const DIGITS = 1 << 2;
/** The first bit free for the classes a table of words gives. */
export const FIRST_TABLE_BIT = 1 << 3;

/**
 * The plain ASCII words of a table (lower-case word → a number other than 0) in an open-addressing
 * hash table, probed with a token's look-up key and compared with its characters in the source
 * (lower-cased on the fly): a word of the text is looked up without making a string of it.
 *
 * @example
 * ```ts
 * const words = new AsciiWords(new Map([["of", 1]]));
 * const tokens = tokenize("OF");
 * words.get(tokens.source, tokens.startOf(0), tokens.endOf(0), tokens.asciiKey(0) ?? 0); // 1
 * ```
 */
export class AsciiWords {
  /**
   * Four numbers a slot: the word's look-up key, its number (0 for an empty slot), where its
   * characters start in {@link chars} and how many there are. One slot is one read from memory,
   * and most words of a text are told apart by the key alone.
   */
  private readonly slots: Int32Array;
  /** The characters of every word, one after another. */
  private readonly chars: Uint8Array;
  private readonly mask: number;

  constructor(table: ReadonlyMap<string, number>) {
    const words = [...table].filter(([word, value]) => isLowerAscii(word) && value !== 0);
    let size = 16;
    // at most a third full, so that a word not in the table meets an empty slot at once
    while (size < words.length * 3) size *= 2;
    this.slots = new Int32Array(size * SLOT);
    this.chars = new Uint8Array(words.reduce((sum, [word]) => sum + word.length, 0));
    this.mask = size - 1;
    let offset = 0;
    for (const [word, value] of words) {
      const key = asciiKeyOf(word);
      let slot = key & this.mask;
      while (this.slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set([key, value, offset, word.length], slot * SLOT);
      for (let k = 0; k < word.length; k++) this.chars[offset + k] = word.charCodeAt(k);
      offset += word.length;
    }
  }

  /** The number of the word written at `start`…`end - 1` of `source` (plain ASCII, look-up key `key`), 0 when none. */
  get(source: string, start: number, end: number, key: number): number {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const at = slot * SLOT;
      const value = slots[at + 1] as number;
      if (value === 0) return 0;
      if (slots[at] === key && slots[at + 3] === end - start && this.sameWord(source, start, slots[at + 2] as number, end - start)) return value;
      slot = (slot + 1) & this.mask;
    }
  }

  private sameWord(source: string, start: number, offset: number, length: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < length; k++) {
      const c = source.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== chars[offset + k]) return false;
    }
    return true;
  }
}

/** Numbers in a slot of {@link AsciiWords}. */
const SLOT = 4;

/**
 * Whether a word is written in ASCII without upper-case letters: the words a table of plain ASCII
 * words can hold.
 *
 * @example
 * ```ts
 * isLowerAscii("sgt."); // true
 * isLowerAscii("Sgt"); // false
 * isLowerAscii("côte"); // false
 * ```
 */
export function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** A table of word classes, as {@link wordClassTable} builds it. */
export interface WordClassTable {
  /** Lower-case word → the bits of its classes. */
  readonly classes: ReadonlyMap<string, number>;
  /** The same, for words of plain ASCII looked up without a string. */
  readonly ascii: AsciiWords;
}

/**
 * A table of word classes: each lower-case word with the bits of every class it belongs to.
 *
 * @example
 * ```ts
 * const table = wordClassTable([[FIRST_TABLE_BIT, ["of", "in"]], [FIRST_TABLE_BIT << 1, ["in"]]]);
 * table.classes.get("in"); // both bits
 * ```
 */
export function wordClassTable(classes: readonly (readonly [bit: number, words: Iterable<string>])[]): WordClassTable {
  const table = new Map<string, number>();
  for (const [bit, words] of classes) for (const word of words) table.set(word, (table.get(word) ?? 0) | bit);
  return { classes: table, ascii: new AsciiWords(table) };
}

/**
 * The word classes of each token of a list, looked up once for all tokens when the list is made:
 * the scanner asks for every token's classes anyway, and one pass over the token arrays costs less
 * than a look-up behind each question. Punctuation belongs to no class; numbers in digits are
 * looked up too (a table may list them).
 *
 * @example
 * ```ts
 * const words = new WordClasses(tokenize("Born in Texas"), wordClassTable([[FIRST_TABLE_BIT, ["in"]]]));
 * words.has(1, FIRST_TABLE_BIT); // true
 * words.has(2, CAPITALIZED | TITLE_CASE); // true
 * ```
 */
export class WordClasses {
  private readonly bits: Uint32Array;

  constructor(readonly tokens: TokenList, table: WordClassTable) {
    const n = tokens.length;
    const bits = new Uint32Array(n);
    const { source, starts, ends, flags, keys } = tokens;
    const ascii = table.ascii;
    for (let i = 0; i < n; i++) {
      const flag = flags[i] as number;
      const kind = flag & KIND_MASK;
      if (kind !== KIND_WORD && kind !== KIND_NUMBER) continue;
      if ((flag & PLAIN_ASCII) === 0) {
        bits[i] = otherClasses(tokens, i, table);
        continue;
      }
      const start = starts[i] as number;
      const end = ends[i] as number;
      let found = ascii.get(source, start, end, keys[i] as number);
      if (kind === KIND_NUMBER) found |= DIGITS;
      else {
        const c = source.charCodeAt(start);
        if (c >= 65 && c <= 90) found |= (flag & LOWER_INSIDE) !== 0 || end - start === 1 ? CAPITALIZED | TITLE_CASE : CAPITALIZED;
      }
      bits[i] = found;
    }
    this.bits = bits;
  }

  /** The class bits of token `i` (0 outside the list). */
  at(i: number): number {
    return i >= 0 && i < this.bits.length ? (this.bits[i] as number) : 0;
  }

  /** Whether token `i` belongs to one of the classes of `bits`. */
  has(i: number, bits: number): boolean {
    return (this.at(i) & bits) !== 0;
  }
}

/** The classes of a word or number not of plain ASCII, looked up by its lower-case text. */
function otherClasses(tokens: TokenList, i: number, table: WordClassTable): number {
  let bits = table.classes.get(tokens.get(i)?.lower ?? "") ?? 0;
  if (tokens.kindOf(i) === "number") bits |= DIGITS;
  else if (tokens.capitalizedAt(i)) bits |= tokens.titleCaseAt(i) ? CAPITALIZED | TITLE_CASE : CAPITALIZED;
  return bits;
}
