import { DURATION_UNIT_WORDS, isCalendarAbbreviation, type Token } from "../common/index.js";
import { readTokens } from "../common/text/span-tokens.js";
import { spanClasses, tokenClasses } from "./word-classes.js";

/** Which tokens an earlier finder already read, so a year inside a full date is not a second year. */
export class Claims {
  private readonly taken: Uint8Array;
  /** What each token may open and what it is (see word-classes), asked once for all the finders. */
  readonly classes: Uint16Array;
  constructor(readonly tokens: readonly Token[], classes: Uint16Array = tokenClasses(tokens)) {
    this.taken = new Uint8Array(tokens.length);
    this.classes = classes;
  }

  /**
   * The claims on the tokens of a whole text, none taken yet. Its tokens make their strings when
   * read: the finders read those of few tokens.
   */
  static of(text: string): Claims {
    const tokens = readTokens(text);
    return new Claims(tokens, spanClasses(tokens));
  }

  isFree(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (this.taken[k] === 1) return false;
    return true;
  }

  take(from: number, to: number): void {
    this.taken.fill(1, from, to + 1);
  }

  /** Claims every token inside `[start, end)` of the text (for spans found by other finders). */
  takeSpan(start: number, end: number): void {
    for (let k = this.indexAt(start); k < this.tokens.length && (this.tokens[k] as Token).start < end; k++) this.taken[k] = 1;
  }

  /** The first token that ends after `offset` (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Abbreviations whose period belongs to them ("Dec.", "Wed.", "yrs."), from the tables that know them. */
const isAbbreviation = (lower: string): boolean => isCalendarAbbreviation(lower) || DURATION_UNIT_WORDS.get(lower)?.abbreviation === true;

/** Where a candidate ending on token `j` stops: a sentence period after an ordinary word is not part of it. */
export function endOf(token: Token): number {
  return token.dot && !isAbbreviation(token.lower) ? token.end - 1 : token.end;
}

// "old", and the noun it makes: a person of that age ("two 70-year-olds", "the 45-year-old's family")
const AGE_WORDS: ReadonlySet<string> = new Set(["old", "olds", "old's", "old\u2019s"]);

/**
 * An age, not a count or a length: "45 years old", "a 53-year-old medic", and the age used as a
 * noun ("two 70-year-olds", "the 45-year-old's family") — the number at `i` starts one.
 */
export function isAgeAt(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === "-") k++;
  const unit = tokens[k]?.lower;
  if (unit !== "year" && unit !== "years") return false;
  k++;
  if (tokens[k]?.text === "-") k++;
  return AGE_WORDS.has(tokens[k]?.lower ?? "");
}

/** The last token of a candidate must carry meaning: never a comma or other punctuation. */
export function isPunct(token: Token | undefined): boolean {
  return token?.kind === "punct";
}
