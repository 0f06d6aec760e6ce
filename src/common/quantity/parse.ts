import { fail, ok, phraseTooLong, quote, type ParseResult } from "../result.js";
import { continuesThousands, ungrouped } from "../text/digits.js";
import { isDash, tokenize } from "../text/tokenize.js";
import { parseCardinal, SCALE_WORDS, SMALL_NUMBER_WORDS } from "../vocabulary/numbers.js";
import { DURATION_UNIT_WORDS } from "../vocabulary/duration-units.js";
import { FRACTION_WORDS, HEDGE_WORDS, PLURAL_AMOUNTS, VAGUE_AMOUNTS, YEAR_PREPOSITIONS } from "../vocabulary/quantity-words.js";
import type { Quantity } from "./schema.js";

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "dash" | "plus" | "tilde";
}

/** Words, numbers, dashes, "+" and "~"; commas carry no meaning here; anything else is an error at its offset. */
function phraseTokens(text: string): Token[] | { offset: number } {
  const tokens: Token[] = [];
  for (const t of tokenize(text)) {
    const last = tokens.at(-1);
    // "10 000": one number, its groups kept apart by a space in `text`
    if (t.kind === "number" && last?.kind === "number" && continuesThousands(text, last, t)) tokens[tokens.length - 1] = { ...last, text: `${last.text} ${t.text}`, end: t.end };
    else if (t.kind === "word" || t.kind === "number") tokens.push({ text: t.kind === "word" ? t.lower : t.text, start: t.start, end: t.end, kind: t.kind });
    else if (isDash(t)) tokens.push({ text: "-", start: t.start, end: t.end, kind: "dash" });
    else if (t.text === "+") tokens.push({ text: "+", start: t.start, end: t.end, kind: "plus" });
    else if (t.text === "~") tokens.push({ text: "~", start: t.start, end: t.end, kind: "tilde" });
    else if (t.text !== ",") return { offset: t.start };
  }
  return tokens;
}

/** A number or range read from the text before bounds are applied. */
interface Amount {
  readonly min: number;
  readonly max: number;
  readonly approximate: boolean;
  readonly fraction?: { numerator: number; denominator: number };
}

type Bound = "gt" | "ge" | "lt" | "le" | undefined;

const PREFIXES: readonly [readonly string[], Bound | "hedge"][] = [
  [["more", "than"], "gt"], [["over"], "gt"], [["upwards", "of"], "gt"], [["in", "excess", "of"], "gt"],
  [["at", "least"], "ge"], [["no", "fewer", "than"], "ge"], [["no", "less", "than"], "ge"], [["a", "minimum", "of"], "ge"],
  [["fewer", "than"], "lt"], [["less", "than"], "lt"], [["under"], "lt"], [["below"], "lt"],
  [["up", "to"], "le"], [["at", "most"], "le"], [["no", "more", "than"], "le"], [["not", "more", "than"], "le"], [["a", "maximum", "of"], "le"],
  [["as", "many", "as"], "le"], [["as", "much", "as"], "le"],
  [["an", "estimated"], "hedge"], [["an", "approximate"], "hedge"], [["close", "to"], "hedge"],
];

// The prefixes by their first word, in table order, so a reader tries only those that can match.
const PREFIXES_BY_FIRST_WORD: ReadonlyMap<string, readonly (typeof PREFIXES)[number][]> = PREFIXES.reduce((byWord, prefix) => {
  const first = prefix[0][0] as string;
  byWord.set(first, [...(byWord.get(first) ?? []), prefix]);
  return byWord;
}, new Map<string, (typeof PREFIXES)[number][]>());

/**
 * The words a quantity phrase can begin with: hedges ("about"), bounds ("more than", "up to"),
 * ranges ("between", "from") and vague amounts ("several", "dozens", "tens of thousands"). Derived
 * from the tables `parseQuantity` reads, so finders in running text start where it can.
 *
 * @example
 * ```ts
 * import { QUANTITY_START_WORDS } from "musterroll";
 * QUANTITY_START_WORDS.has("between"); // true
 * ```
 */
export const QUANTITY_START_WORDS: ReadonlySet<string> = new Set([
  ...PREFIXES.map(([words]) => words[0] as string),
  ...HEDGE_WORDS, ...VAGUE_AMOUNTS.keys(), ...PLURAL_AMOUNTS.keys(), "between", "from", "a", "tens",
]);

/**
 * Reads a quantity as reports write it: "20,000", "between 400 and 600", "32,000 to 35,000",
 * "400-600", "about 20,000", "more than 1,000" (min 1,001, no max), "at least 50", "up to 600",
 * "several thousand", "a few hundred", "dozens", "tens of thousands", "two-thirds", "1.5 million",
 * "four battalions" (a count and its noun, kept in `unit`), "10 000" (thousands grouped by a space,
 * a no-break, narrow no-break or thin space). Vague words have the documented ranges of
 * {@link VAGUE_AMOUNTS} and {@link PLURAL_AMOUNTS}.
 *
 * A year is never a count: "in 2000" fails with `no_match`, while "2,000 troops" and "2000 troops"
 * are counts.
 *
 * @param text - the quantity phrase alone, optionally followed by the counted noun.
 * @returns the quantity, or an error: `empty`, `syntax`, `unknown_word`, `no_match`.
 * @example
 * ```ts
 * import { parseQuantity } from "musterroll";
 * parseQuantity("between 400 and 600"); // { success: true, data: { min: 400, max: 600, approximate: false } }
 * parseQuantity("several thousand");    // { min: 3000, max: 9000, approximate: true }
 * parseQuantity("in 2000").success;     // false: a year, not a quantity
 * ```
 */
export function parseQuantity(text: string): ParseResult<Quantity> {
  const tooLong = phraseTooLong(text, "a quantity phrase");
  if (tooLong) return tooLong;
  const tokens = phraseTokens(text);
  if (!Array.isArray(tokens)) {
    return fail("syntax", `${quote(text)}: unexpected ${quote(text[tokens.offset] ?? "")} at offset ${tokens.offset}`, text, tokens.offset);
  }
  if (tokens.length === 0) return fail("empty", "expected a quantity such as \"20,000\", got an empty string", text, 0);
  return new QuantityReader(text, tokens).read();
}

class QuantityReader {
  private i = 0;
  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {}

  private word(k = 0): string | undefined {
    const t = this.tokens[this.i + k];
    return t?.kind === "word" ? t.text : undefined;
  }

  private err(code: "syntax" | "unknown_word" | "no_match", message: string, at?: Token): ParseResult<Quantity> {
    const offset = at?.start ?? this.tokens[this.i]?.start ?? this.text.length;
    return fail(code, `${quote(this.text)}: ${message}`, this.text, offset);
  }

  read(): ParseResult<Quantity> {
    let approximate = false;
    let bound: Bound;
    let range = false;
    for (;;) {
      if (this.tokens[this.i]?.kind === "tilde") {
        approximate = true;
        this.i++;
        continue;
      }
      const prefix = this.prefix();
      if (prefix !== undefined && bound === undefined) {
        this.i += prefix[0].length;
        if (prefix[1] === "hedge") approximate = true;
        else bound = prefix[1];
        continue;
      }
      const w = this.word();
      if (w !== undefined && HEDGE_WORDS.has(w) && !(w === "some" && this.tokens.length === 1)) {
        approximate = true;
        this.i++;
        continue;
      }
      if ((w === "between" || w === "from") && bound === undefined && !range) {
        range = true;
        this.i++;
        continue;
      }
      break;
    }
    const prep = this.tokens[this.i];
    const year = this.tokens[this.i + 1];
    if (prep?.kind === "word" && YEAR_PREPOSITIONS.has(prep.text) && year?.kind === "number" && /^\d{4}$/.test(year.text) && this.tokens.length === this.i + 2) {
      return this.err("no_match", `${quote(year.text)} after ${quote(prep.text)} is a year, not a quantity`, year);
    }
    const a = this.readAmount();
    if ("error" in a) return a.error;
    let amount = a.amount;
    const joiner = this.tokens[this.i];
    const suffix = joiner?.kind === "dash" && (this.word(1) === "plus" || this.word(1) === "odd");
    const joinsRange = joiner !== undefined && !suffix && (joiner.kind === "dash" || (joiner.kind === "word" && (joiner.text === "to" || (range && joiner.text === "and"))));
    if (range && !joinsRange) return this.err("syntax", `"between"/"from" needs a second number after "and" or "to"`);
    if (joinsRange && bound === undefined) {
      this.i++;
      const b = this.readAmount();
      if ("error" in b) return b.error;
      if (b.amount.fraction || amount.fraction) return this.err("syntax", "a range of fractions is not supported", joiner);
      // "between 10 and 20 million": a scale after the second number counts for a bare first one
      const shared = a.scale === 1 && b.scale !== undefined && b.scale > 1 && amount.min * b.scale <= b.amount.max ? b.scale : 1;
      const min = amount.min * shared;
      if (b.amount.max < min) {
        return this.err("syntax", `the range ${min}–${b.amount.max} runs backwards`, joiner);
      }
      amount = { min, max: b.amount.max, approximate: amount.approximate || b.amount.approximate };
    }
    if (this.word() === "or" && this.word(1) === "more" && bound === undefined) {
      bound = "ge";
      this.i += 2;
    } else if (this.tokens[this.i]?.kind === "plus" && bound === undefined) {
      bound = "ge";
      this.i++;
    } else if (this.tokens[this.i]?.kind === "dash" && this.word(1) === "plus" && bound === undefined) {
      // "1,000-plus"
      bound = "ge";
      this.i += 2;
    } else if (this.tokens[this.i]?.kind === "dash" && this.word(1) === "odd") {
      // "400-odd", "twenty-odd"
      approximate = true;
      this.i += 2;
    }
    const unit = this.readUnit();
    if (typeof unit !== "string" && unit !== undefined) return unit.error;
    return ok(build(amount, bound, approximate, unit));
  }

  /** The first prefix of PREFIXES that the words from here spell ("more than", "up to"). */
  private prefix(): (typeof PREFIXES)[number] | undefined {
    const candidates = PREFIXES_BY_FIRST_WORD.get(this.word() ?? "");
    if (candidates === undefined) return undefined;
    for (const prefix of candidates) {
      const words = prefix[0];
      let k = 1;
      while (k < words.length && this.word(k) === words[k]) k++;
      if (k === words.length) return prefix;
    }
    return undefined;
  }

  /** A whole number from 1 to 1,000 written at token `k` from here, in digits or words ("5", "five"). */
  private smallWhole(k: number): number | undefined {
    const t = this.tokens[this.i + k];
    if (t?.kind === "number") return /^\d{1,4}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 1000 ? Number(t.text) : undefined;
    const n = t?.kind === "word" ? SMALL_NUMBER_WORDS.get(t.text) : undefined;
    return n !== undefined && n >= 1 ? n : undefined;
  }

  /**
   * A share told as a ratio: "one in five", "1 in 5", "one out of (every) five", with the fraction
   * it is. "3 in 5 days" is no ratio (a count within a length of time).
   */
  private readRatio(): Amount | undefined {
    const numerator = this.smallWhole(0);
    if (numerator === undefined) return undefined;
    let k = 1;
    if (this.word(k) === "in") k++;
    else if (this.word(k) === "out" && this.word(k + 1) === "of") k += this.word(k + 2) === "every" ? 3 : 2;
    else return undefined;
    const denominator = this.smallWhole(k);
    // a share's parts are at most a hundred (FractionSchema); "3 in 5 days" counts within a length of time
    if (denominator === undefined || denominator <= numerator || denominator > 100 || DURATION_UNIT_WORDS.has(this.word(k + 1) ?? "")) return undefined;
    // "1 in 3 000": the number runs on in a group of thousands
    if (this.tokens[this.i + k + 1]?.kind === "number") return undefined;
    this.i += k + 1;
    return { min: numerator / denominator, max: numerator / denominator, approximate: false, fraction: { numerator, denominator } };
  }

  /** An amount, and for digits the scale word written after them ("20 million": 1,000,000; "10": 1). */
  private readAmount(): { amount: Amount; scale?: number } | { error: ParseResult<Quantity> } {
    const t = this.tokens[this.i];
    if (t === undefined) return { error: this.err("syntax", "the text ends where a number was expected") };
    // "a few hundred", "several thousand", "a couple of hundred"
    const vagueWord = this.word() === "a" && VAGUE_AMOUNTS.has(this.word(1) ?? "") ? this.word(1) : this.word();
    const vague = vagueWord === undefined ? undefined : VAGUE_AMOUNTS.get(vagueWord);
    if (vague !== undefined && (vagueWord !== "couple" || this.word() === "a")) {
      this.i += this.word() === "a" ? 2 : 1;
      if (this.word() === "of" && SCALE_WORDS.has(this.word(1) ?? "")) this.i++;
      // "a few dozen", "several dozen"
      const scale = this.word() === "dozen" ? (this.i++, 12) : this.readScale();
      return { amount: { min: vague[0] * scale, max: vague[1] * scale, approximate: true } };
    }
    // "dozens", "hundreds of", "tens of thousands", "hundreds of thousands"
    if (this.word() === "tens" && this.word(1) === "of" && this.word(2) === "thousands") {
      this.i += 3;
      return { amount: { min: 20_000, max: 99_999, approximate: true } };
    }
    const plural = PLURAL_AMOUNTS.get(this.word() ?? "");
    if (plural !== undefined) {
      this.i++;
      if (this.word() === "hundreds" && this.word(-1) === "hundreds") return { error: this.err("syntax", "a range word repeats") };
      if (this.word() === "of" && this.word(1) === "thousands" && this.word(-1) === "hundreds") {
        this.i += 2;
        return { amount: { min: 200_000, max: 999_999, approximate: true } };
      }
      return { amount: { min: plural[0], max: plural[1], approximate: true } };
    }
    const ratio = this.readRatio();
    if (ratio !== undefined) return { amount: ratio };
    // fractions: "two-thirds", "a third", "one half", "three quarters"
    const numeratorWord = this.word();
    const fractionAt = this.tokens[this.i + 1]?.kind === "dash" ? 2 : 1;
    const denominator = FRACTION_WORDS.get(this.word(fractionAt) ?? "") ?? (numeratorWord === "half" ? 2 : undefined);
    if (denominator !== undefined && numeratorWord !== undefined) {
      const numerator = numeratorWord === "half" ? 1 : numeratorWord === "a" || numeratorWord === "an" ? 1 : SMALL_NUMBER_WORDS.get(numeratorWord);
      if (numerator !== undefined && numerator > 0 && numerator < denominator) {
        this.i += numeratorWord === "half" ? 1 : fractionAt + 1;
        const v = numerator / denominator;
        // "half a million", "a quarter of a million", "half a dozen": a share of a round number is a count
        const of = this.word() === "of" ? 1 : 0;
        const whole = this.word(of) === "a" || this.word(of) === "an" ? wholeOf(this.word(of + 1)) : undefined;
        if (whole !== undefined && Number.isInteger(v * whole)) {
          this.i += of + 2;
          return { amount: { min: v * whole, max: v * whole, approximate: false } };
        }
        return { amount: { min: v, max: v, approximate: false, fraction: { numerator, denominator } } };
      }
    }
    if (t.kind === "number") {
      this.i++;
      const [whole = "", frac = ""] = ungrouped(t.text).split(".");
      let scale = this.readScale();
      if (this.word() === "dozen") {
        scale *= 12;
        this.i++;
      }
      const value = scaled(whole, frac, scale);
      return { amount: { min: value, max: value, approximate: false }, scale };
    }
    if (this.word() === "a" && this.word(1) === "dozen") {
      this.i += 2;
      return { amount: { min: 12, max: 12, approximate: false } };
    }
    // number words: "four", "twenty-three", "a hundred", "two thousand", "two dozen"
    const start = this.i;
    while (this.i < this.tokens.length) {
      const w = this.word();
      const prev = this.word(-1);
      if (w === undefined) {
        if (this.tokens[this.i]?.kind === "dash" && SMALL_NUMBER_WORDS.has(this.word(1) ?? "") && SMALL_NUMBER_WORDS.has(prev ?? "")) {
          this.i++;
          continue;
        }
        break;
      }
      if (SMALL_NUMBER_WORDS.has(w) || SCALE_WORDS.has(w) || ((w === "a" || w === "an") && this.i === start && SCALE_WORDS.has(this.word(1) ?? ""))) this.i++;
      else if (w === "and" && SCALE_WORDS.has(prev ?? "") && SMALL_NUMBER_WORDS.has(this.word(1) ?? "")) this.i++;
      else break;
    }
    if (this.i === start) {
      return { error: this.err(t.kind === "word" ? "unknown_word" : "syntax", `${quote(t.text)} at offset ${t.start} is not a number`, t) };
    }
    const from = this.tokens[start] as Token;
    const to = this.tokens[this.i - 1] as Token;
    const n = hundreds(this.word(start - this.i), this.word(start + 1 - this.i), this.i - start) ?? parseCardinal(this.text.slice(from.start, to.end));
    if (!n.success) return { error: fail(n.error.code, `${quote(this.text)}: ${n.error.message}`, this.text, from.start + n.error.offset) };
    let value = n.data;
    if (this.word() === "dozen") {
      value *= 12;
      this.i++;
    }
    // "two thousand": the scale it ends on, which a bare first number of a range shares ("between two and three thousand")
    const scale = SCALE_WORDS.get(to.text) ?? 1;
    return { amount: { min: value, max: value, approximate: false }, scale };
  }

  private readScale(): number {
    let scale = 1;
    for (;;) {
      const s = SCALE_WORDS.get(this.word() ?? "");
      if (s === undefined || s <= 1 || (scale !== 1 && s >= scale)) return scale;
      scale *= s;
      this.i++;
    }
  }

  private readUnit(): string | undefined | { error: ParseResult<Quantity> } {
    if (this.i >= this.tokens.length) return undefined;
    if (this.word() === "of") this.i++;
    const from = this.tokens[this.i];
    if (from === undefined) return { error: this.err("syntax", "\"of\" must be followed by what is counted") };
    for (let k = this.i; k < this.tokens.length; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind !== "word" && t.kind !== "dash") {
        return { error: this.err("syntax", `unexpected ${quote(t.text)} at offset ${t.start} after the quantity`, t) };
      }
    }
    const last = this.tokens[this.tokens.length - 1] as Token;
    return this.text.slice(from.start, last.end);
  }
}

/** The round number after "half a", "a quarter of a": a scale word or "dozen". */
function wholeOf(word: string | undefined): number | undefined {
  if (word === "dozen") return 12;
  const scale = SCALE_WORDS.get(word ?? "");
  return scale !== undefined && scale > 1 ? scale : undefined;
}

/** "fifteen hundred" (1,500): eleven to ninety-nine hundred, as people say years and round counts. */
function hundreds(first: string | undefined, second: string | undefined, words: number): { success: true; data: number } | undefined {
  const n = SMALL_NUMBER_WORDS.get(first ?? "");
  return words === 2 && second === "hundred" && n !== undefined && n >= 11 && n <= 99 ? { success: true, data: n * 100 } : undefined;
}

/** `whole.frac × scale` computed exactly where the result is whole ("1.5 million" → 1,500,000). */
function scaled(whole: string, frac: string, scale: number): number {
  // with at most 15 digits and a safe product, floating point is exact and gives the same number
  if (whole.length + frac.length <= 15) {
    let tenths = 1;
    for (let k = 0; k < frac.length; k++) tenths *= 10;
    const product = Number(`${whole}${frac}`) * scale;
    if (product <= Number.MAX_SAFE_INTEGER) return product / tenths;
  }
  const den = 10n ** BigInt(frac.length);
  const num = (BigInt(whole || "0") * den + BigInt(frac || "0")) * BigInt(scale);
  return num % den === 0n ? Number(num / den) : Number(num) / Number(den);
}

function build(a: Amount, bound: Bound, hedged: boolean, unit: string | undefined): Quantity {
  const approximate = hedged || a.approximate;
  // A bound turns an exact share into a range, so only an unbounded fraction keeps `fraction`.
  const extra = { ...(unit !== undefined ? { unit } : {}), ...(a.fraction && bound === undefined ? { fraction: a.fraction } : {}) };
  switch (bound) {
    case "gt":
      return { min: Number.isInteger(a.max) ? a.max + 1 : a.max, approximate, ...extra };
    case "ge":
      return { min: a.min, approximate, ...extra };
    case "lt":
      return { min: 0, max: Number.isInteger(a.min) && a.min > 0 ? a.min - 1 : a.min, approximate, ...extra };
    case "le":
      return { min: 0, max: a.max, approximate, ...extra };
    default:
      return { min: a.min, max: a.max, approximate, ...extra };
  }
}
