import { isDash, parseQuantity, QUANTITY_START_WORDS, SMALL_NUMBER_WORDS, type Quantity, type Token } from "../common/index.js";
import { continuesThousands } from "../common/text/digits.js";
import { countriesForNationality } from "../personnel/index.js";
import { copulaAgeAt } from "./copula-ages.js";
import { endOf, isAgeAt, type Claims } from "./claims.js";
import { currencyOf, isCurrencySign, isScaleAbbreviation, isShortScale, percentAfter, quantityPhrase } from "./measures.js";
import { NOT_A_COUNT_NOUN } from "./vocabulary.js";
import { NUMBER_TOKEN, ORDINAL_TOKEN, PUNCT_TOKEN, QUANTITY_ANCHOR, QUANTITY_WORD } from "./word-classes.js";

/**
 * A quantity found in running text, with its `unit`: the counted noun when one follows ("20,000
 * fighters"), "percent" after a percent sign or word, or the currency sign it stands after ("$").
 *
 * @example
 * ```ts
 * import type { QuantityMention } from "musterroll/extract";
 * const m: QuantityMention = { text: "between 400 and 600", start: 0, end: 19, min: 400, max: 600, approximate: false };
 * ```
 */
export interface QuantityMention extends Quantity {
  /** The exact text, `source.slice(start, end)`. */
  readonly text: string;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
}

const MAX_TOKENS = 8;

/** A number, a vague amount or a fraction can anchor a quantity (token `k`); bare number words need a counted noun after them. */
function isAnchor(claims: Claims, k: number): boolean {
  const t = claims.tokens[k] as Token;
  if (t.kind === "number") return true;
  return t.kind === "word" && ((claims.classes[k] as number) & QUANTITY_ANCHOR) !== 0;
}

const ROUND_WORDS: ReadonlySet<string> = new Set(["dozen", "hundred", "thousand", "million", "billion"]);

/** An anchor, or a round number after "a" ("a dozen soldiers", "a million people", "half a million"). */
function isAnchorAt(claims: Claims, k: number): boolean {
  const t = claims.tokens[k];
  if (t === undefined) return false;
  const before = claims.tokens[k - 1]?.lower;
  return isAnchor(claims, k) || ((before === "a" || before === "an") && ROUND_WORDS.has(t.lower));
}

/** "~300": a tilde glued to the number it hedges. */
const isTilde = (tokens: readonly Token[], i: number): boolean => tokens[i]?.text === "~" && tokens[i + 1]?.kind === "number" && tokens[i + 1]?.start === tokens[i]?.end;

function plainWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && !NOT_A_COUNT_NOUN.has(t.lower) && t.text.charAt(0) === t.lower.charAt(0);
}

/** A capitalised nationality word, which may be counted or qualify what is ("two Americans", "300 British volunteers"). */
function nationalityWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text.charAt(0) !== t.lower.charAt(0) && countriesForNationality(t.lower).length > 0;
}

// Plurals that do not end in "s", as reports count them ("three people", "880,000 personnel").
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "people", "men", "women", "children", "personnel", "police", "militia", "infantry", "staff", "crew", "aircraft", "artillery",
]);

const isPlural = (t: Token): boolean =>
  (t.lower.length > 2 && t.lower.endsWith("s") && !t.lower.endsWith("ss")) || IRREGULAR_PLURALS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith("men"));

/**
 * The counted noun after a quantity: a plural word, or an adjective or noun and a plural ("drone
 * operators"). A nationality keeps its capital ("Colombian fighters", "Americans").
 */
function countNoun(tokens: readonly Token[], k: number): { last: number; text: string } | undefined {
  const a = tokens[k];
  const nationality = nationalityWord(a);
  if (a === undefined || (!nationality && !plainWord(a))) return undefined;
  const first = nationality ? a.text : a.lower;
  // a demonym that is its own plural ("Swiss", "Faroese") counts only with a noun after it
  if (isPlural(a) && (!nationality || !a.lower.endsWith("ss"))) return { last: k, text: first };
  const b = tokens[k + 1];
  if (plainWord(b) && b.spaceBefore && isPlural(b)) return { last: k + 1, text: `${first} ${b.lower}` };
  return undefined;
}

const CONNECTORS = new Set([
  "and", "to", "or", "more", "than", "of", "least", "most", "thousand", "million", "billion", "hundred", "dozen", "thousands",
  // "not more than", "as many as", "in excess of", "close to", "1,000-plus", "400-odd", "a quarter of a million"
  "not", "as", "many", "much", "excess", "close", "plus", "odd", "a", "an",
  // "one out of every four"
  "out", "every",
]);

/** The furthest token a quantity starting at `i` can reach: quantity words only, and at most eight. */
function extent(claims: Claims, i: number): number {
  const tokens = claims.tokens;
  let last = i;
  for (let k = i; k < Math.min(i + MAX_TOKENS, tokens.length); k++) {
    const t = tokens[k] as Token;
    // a number, or a word that anchors a quantity or opens one (QUANTITY_START_WORDS)
    const quantityWord = t.kind === "number" || (t.kind === "word" && ((claims.classes[k] as number) & QUANTITY_WORD) !== 0);
    const ok = quantityWord || CONNECTORS.has(t.lower) || t.text === "-" || t.text === "+" || t.text === "~" || t.text === "\u2013" ||
      isCurrencySign(t) || isScaleAbbreviation(tokens, k);
    if (!ok) break;
    last = k;
  }
  return last;
}

/**
 * Whether the digits ending a quantity at token `j` run on, with no space, into something that
 * makes them no count: letters ("in their 30s", "the 1990s"), a slash ("24/7", "1/2"), an ordinal
 * after a hyphen ("1-508th": 1st Battalion, 508th Regiment), or a hyphen and a date's day ("the
 * night of 5-6 August").
 */
function runsOnFromDigits(tokens: readonly Token[], j: number, claims: Claims): boolean {
  const last = tokens[j] as Token;
  const next = tokens[j + 1];
  if (last.kind !== "number" || next === undefined || next.start !== last.end) return false;
  if (next.kind === "word" || next.text === "/") return true;
  const after = tokens[j + 2];
  if (next.text !== "-" || after === undefined || after.start !== next.end) return false;
  return after.kind === "ordinal" || (after.kind === "number" && !claims.isFree(j + 2, j + 2));
}

// Nouns a number labels rather than counts: "Hill 223", "Article 5", "Resolution 2202", "Task
// Force 61", "No. 3057", "military unit 29155", "Route 66"
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  "hill", "height", "article", "resolution", "no", "nr", "number", "unit", "force", "route", "highway", "road", "flight",
  "section", "paragraph", "chapter", "clause", "point", "object", "sector", "building", "block", "room", "gate", "platform",
  "bn", "bde", "brigade", "battalion", "regiment", "division", "corps", "company", "squad", "group", "protocol", "decree", "law", "order",
]);
// A calibre is no count: "12.7 mm", "203 mm shells", "155 millimetre guns"
const CALIBRE_WORDS: ReadonlySet<string> = new Set(["mm", "millimetre", "millimeter", "millimetres", "millimeters", "calibre", "caliber", "cal"]);

/** Whether the number at `i` labels the noun before it ("Hill 223") or the amount ending at `j` is a calibre ("12.7 mm"). */
function isLabelOrCalibre(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const label = t.kind === "number" && before !== undefined && before.kind === "word" && LABEL_NOUNS.has(before.lower) && (before.lower !== "no" || before.dot);
  return label || CALIBRE_WORDS.has(tokens[j + 1]?.lower ?? "");
}

/** Whether the number at `i` has a space-grouped thousands group after it ("10 000"). */
function groupedAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return t.kind === "number" && next?.kind === "number" && continuesThousands(text, t, next);
}

/**
 * Whether an amount ending on a glued "k" or "m" at `j` is a count ("700k soldiers", "losses
 * passed 700k.", "$40m", "2.3m."): the letters also write units ("a 10k run", "advanced 500m
 * from the line"), so they need a currency sign or a counted noun, or the end of the clause after
 * them, and a whole number before "m" at a clause's end is left out ("advanced 500m.": a distance).
 */
function shortScaleCounts(tokens: readonly Token[], j: number, moneyOrNoun: boolean): boolean {
  const scale = tokens[j] as Token;
  if (!isScaleAbbreviation(tokens, j) || !isShortScale(scale) || moneyOrNoun) return true;
  const next = tokens[j + 1];
  const clauseEnds = scale.dot || next === undefined || (next.kind === "punct" && !isDash(next) && next.text !== "/");
  return clauseEnds && (scale.lower === "k" || (tokens[j - 1] as Token).text.includes("."));
}

/** The value of one number token or number word ("5", "five"), if it is one. */
function numberValue(t: Token | undefined): number | undefined {
  if (t?.kind === "number") return Number(t.lower);
  return t?.kind === "word" ? SMALL_NUMBER_WORDS.get(t.lower) : undefined;
}

/**
 * "1 in 300", "1 in 3 000": a ratio beyond what a share holds (parseQuantity reads "1 in 5" as the
 * share 1/5), whose two numbers count nothing. The amount at `i`…`j` is one number, "in" follows,
 * then a larger number not taken ("300 in 2023" is a date's; "300 in 10 villages" is no ratio,
 * since the first is the larger). Returns the last token of the ratio.
 */
function ratioEndAt(text: string, tokens: readonly Token[], i: number, j: number, claims: Claims, hedged: boolean): number | undefined {
  // "some 1 in 300": a hedge may stand before the one number
  if ((i !== j && !(hedged && numberValue(tokens[j]) !== undefined && numberValue(tokens[j - 1]) === undefined)) || tokens[j + 1]?.lower !== "in" || !claims.isFree(j + 2, j + 2)) return undefined;
  let end = j + 2;
  let digits = tokens[end]?.lower ?? "";
  while (groupedAfter(text, tokens, end) && end < j + 2 + MAX_TOKENS) digits += (tokens[++end] as Token).lower;
  const a = numberValue(tokens[j]);
  const b = tokens[end]?.kind === "number" ? Number(digits) : numberValue(tokens[end]);
  return a !== undefined && b !== undefined && a < b ? end : undefined;
}

/** A lone four-digit number 1900–2100 written without a comma, as years are ("2024", not "2,024"). */
function isBareYear(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[i] as Token;
  if (i !== j || t.kind !== "number" || !/^\d{4}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n >= 1900 && n <= 2100;
}

const AGE_CUES: ReadonlySet<string> = new Set(["aged", "ages"]);
const AGE_LIST_JOINERS: ReadonlySet<string> = new Set(["and", "or", ","]);

/**
 * "aged between 20 and 60", "as young as 19", "under the age of 18": a number after a word that asks
 * how old is an age or an age limit, which counts nothing unless a noun follows it.
 */
function agedBefore(tokens: readonly Token[], at: number): boolean {
  // "aged 24 and 31", "aged 19, 24 or 31": a number listed after an age is one too (a few steps back)
  let i = at;
  for (let n = 0; n < 3 && AGE_LIST_JOINERS.has(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.kind === "number"; n++) i -= 2;
  const w = (k: number): string => tokens[i - k]?.lower ?? "";
  const first = tokens[i]?.lower === "between" ? 0 : w(1) === "between" ? 1 : -1;
  if (first >= 0) return AGE_CUES.has(w(first + 1));
  return AGE_CUES.has(w(1)) || (w(1) === "of" && w(2) === "age") || (w(1) === "as" && (w(2) === "young" || w(2) === "old") && w(3) === "as");
}

// The two tests below are loops, not array methods with a callback: a callback that read the
// loop's `i` made the engine keep a fresh copy of `i` for every token the loop passed.

/** Whether tokens `i`…`j` are all words ("two hundred"). */
function allWords(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if ((tokens[k] as Token).kind !== "word") return false;
  return true;
}

/** Whether one of tokens `i`…`j` anchors a quantity (see isAnchorAt). */
function anchoredWithin(claims: Claims, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (isAnchorAt(claims, k)) return true;
  return false;
}

/** Finds quantities in running text, skipping what dates, durations and unit designations already took. */
export function findQuantities(text: string, claims: Claims): QuantityMention[] {
  const tokens = claims.tokens;
  const found: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // a word that opens no quantity, or a mark other than a tilde before digits
    const bits = claims.classes[i] as number;
    if ((bits & (QUANTITY_WORD | NUMBER_TOKEN | ORDINAL_TOKEN | PUNCT_TOKEN)) === 0 || ((bits & PUNCT_TOKEN) !== 0 && !isTilde(tokens, i)) || !claims.isFree(i, i)) continue;
    const t = tokens[i] as Token;
    if (!(isAnchor(claims, i) || isTilde(tokens, i) || (QUANTITY_START_WORDS.has(t.lower) && (isAnchorAt(claims, i + 1) || isAnchorAt(claims, i + 2) || isAnchorAt(claims, i + 3))))) continue;
    // Digits glued to letters are codes, not counts ("A1314", "T-72"); after a slash, a ratio ("24/7").
    const before = tokens[i - 1];
    if (t.kind === "number" && !t.spaceBefore && before !== undefined && (before.kind !== "punct" || before.text === "/")) continue;
    // a model code with a hyphen: "T-72", "Su-25", "F-16s"
    if (t.kind === "number" && !t.spaceBefore && before?.text === "-" && !before.spaceBefore && tokens[i - 2]?.kind === "word") continue;
    let best: { j: number; q: Quantity; end: number } | undefined;
    for (let j = extent(claims, i); j >= i; j--) {
      const last = tokens[j] as Token;
      if (!(isAnchor(claims, j) || ROUND_WORDS.has(last.lower) || last.lower === "more" || last.lower === "plus" || last.lower === "odd" || last.text === "+" || isScaleAbbreviation(tokens, j))) continue;
      if (!claims.isFree(i, j)) continue;
      const end = endOf(last);
      const result = parseQuantity(quantityPhrase(text, tokens, i, j, end));
      if (!result.success || result.data.unit !== undefined) continue;
      best = { j, q: result.data, end };
      break;
    }
    if (best === undefined) continue;
    if (t.kind === "number" && isAgeAt(tokens, best.j)) continue;
    // "1 in 3 000": a ratio read as a share whose denominator runs on past a hundred counts nothing
    if (best.q.fraction !== undefined && groupedAfter(text, tokens, best.j)) {
      let end = best.j;
      while (groupedAfter(text, tokens, end) && end < best.j + MAX_TOKENS) end++;
      i = end;
      continue;
    }
    const ratioEnd = ratioEndAt(text, tokens, i, best.j, claims, best.q.approximate);
    if (ratioEnd !== undefined) {
      i = ratioEnd;
      continue;
    }
    if (runsOnFromDigits(tokens, best.j, claims)) continue;
    if (isLabelOrCalibre(tokens, i, best.j)) {
      // "Hill 223 100 troops": a label is one number, not the thousands group after it
      if (!groupedAfter(text, tokens, i)) i = best.j;
      continue;
    }
    // "hundreds of foreign volunteers": a vague amount may name its noun after "of"
    const viaOf = best.q.approximate && tokens[best.j + 1]?.lower === "of" ? 1 : 0;
    const noun = countNoun(tokens, best.j + 1 + viaOf);
    if (noun === undefined && (agedBefore(tokens, i) || (i === best.j && copulaAgeAt(tokens, i) !== undefined))) {
      i = best.j;
      continue;
    }
    // "for 2024", "covers 2024 and 2025", "2024 was hard": a bare year counts nothing unless a noun follows ("2000 troops")
    if (isBareYear(tokens, i, best.j) && noun === undefined) {
      i = best.j;
      continue;
    }
    const spelled = allWords(tokens, i, best.j);
    const isWordNumber = spelled && best.q.fraction === undefined && !best.q.approximate && best.q.max === best.q.min;
    // "Ninety percent": a number word before a percent word is a share, as "90 percent" is
    if (isWordNumber && noun === undefined && percentAfter(tokens, best.j) === undefined) continue;
    if (spelled && !anchoredWithin(claims, i, best.j)) continue;
    // "$2 billion": the sign is part of the amount and names its unit; "40%" the same after it
    const sign = before !== undefined && isCurrencySign(before) && !t.spaceBefore ? before : undefined;
    const currency = sign?.text ?? currencyOf(tokens, i, best.j);
    const percent = currency === undefined ? percentAfter(tokens, best.j) : undefined;
    if (!shortScaleCounts(tokens, best.j, currency !== undefined || noun !== undefined)) {
      i = best.j;
      continue;
    }
    const last = percent?.last ?? best.j;
    const end = percent?.end ?? best.end;
    const start = sign?.start ?? t.start;
    claims.take(i, last);
    const unit = currency !== undefined ? { unit: currency } : percent !== undefined ? { unit: "percent" }
      : noun !== undefined && claims.isFree(best.j + 1 + viaOf, noun.last) ? { unit: noun.text } : {};
    found.push({ text: text.slice(start, end), start, end, ...best.q, ...unit });
    i = last;
  }
  return found;
}
