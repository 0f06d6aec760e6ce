// What the description scanner needs to know of a word before it reads further: bits looked up once
// per token and kept, so that deciding whether a part may start at a token costs a bit test, not a
// look-up in each of a dozen word sets (most words of prose start no part at all). A word of plain
// ASCII, as most words of an English report are, is looked up by its characters in the source,
// without making a string of it: slicing and lower-casing every word was most of the scanner's time.
import { asciiKeyOf, type TokenList } from "./tokens.js";

/** Starts with an upper-case letter: see isCapitalized. */
export const CAPITALIZED = 1 << 0;
/** Capitalised with a lower-case letter after it: see isTitleCase. */
export const TITLE_CASE = 1 << 1;
/** A number written in digits. */
export const DIGITS = 1 << 2;
/** The first bit free for the classes a table of words gives. */
export const FIRST_TABLE_BIT = 1 << 3;
// Set on every token once classified, so that 0 means "not looked up yet".
const KNOWN = 1 << 30;

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
  private readonly words: string[] = [];
  private readonly bits: number[] = [];
  /** 0 for an empty slot, else 1 + the index of the word. */
  private readonly slots: Int32Array;
  /** The look-up key of the word in each slot: most other words are told apart by it alone. */
  private readonly keys: Int32Array;
  private readonly mask: number;

  constructor(table: ReadonlyMap<string, number>) {
    for (const [word, bits] of table) {
      if (isLowerAscii(word)) {
        this.words.push(word);
        this.bits.push(bits);
      }
    }
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.keys = new Int32Array(size);
    this.mask = size - 1;
    this.words.forEach((word, index) => {
      const key = asciiKeyOf(word);
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
      this.keys[slot] = key;
    });
  }

  /** The number of the word written at `start`…`end - 1` of `source` (plain ASCII, look-up key `key`), 0 when none. */
  get(source: string, start: number, end: number, key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const index = (this.slots[slot] as number) - 1;
      if (index < 0) return 0;
      if (this.keys[slot] === key && sameLowerCase(source, start, end, this.words[index] as string)) return this.bits[index] as number;
      slot = (slot + 1) & this.mask;
    }
  }
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function sameLowerCase(source: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = source.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== word.charCodeAt(i)) return false;
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
 * The word classes of each token of a list, looked up on first use and kept. Punctuation belongs
 * to no class; numbers in digits are looked up too (a table may list them).
 */
export class WordClasses {
  private readonly bits: Uint32Array;

  constructor(readonly tokens: TokenList, private readonly table: WordClassTable) {
    this.bits = new Uint32Array(tokens.length);
  }

  /** The class bits of token `i` (0 outside the list). */
  at(i: number): number {
    if (!(i >= 0 && i < this.bits.length)) return 0;
    const known = this.bits[i] as number;
    return known !== 0 ? known : this.classify(i);
  }

  /** Whether token `i` belongs to one of the classes of `bits`. */
  has(i: number, bits: number): boolean {
    return (this.at(i) & bits) !== 0;
  }

  private classify(i: number): number {
    const tokens = this.tokens;
    const kind = tokens.kindOf(i);
    let bits = KNOWN;
    if (kind === "word" || kind === "number") {
      const key = tokens.asciiKey(i);
      bits |= key === undefined
        ? (this.table.classes.get(tokens.get(i)?.lower ?? "") ?? 0)
        : this.table.ascii.get(tokens.source, tokens.startOf(i), tokens.endOf(i), key);
      if (kind === "number") bits |= DIGITS;
      else if (tokens.capitalizedAt(i)) bits |= tokens.titleCaseAt(i) ? CAPITALIZED | TITLE_CASE : CAPITALIZED;
    }
    this.bits[i] = bits;
    return bits;
  }
}
