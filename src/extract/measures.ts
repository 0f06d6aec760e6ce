// What a count is measured in when a sign says so: a currency sign before it ("$2 billion",
// "₴20,000"), a scale abbreviation glued to it ("£1.5bn"), a percent sign or word after it.
import type { Token } from "../common/index.js";

/** Currency signs, kept as the unit of the amount they stand before (a "$" may be any dollar). */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(["$", "£", "€", "₴", "₽", "¥"]);

/**
 * Scale abbreviations glued to the number: of financial copy ("£1.5bn", "$40mn"), and of casual
 * copy ("700k", "2.3m"), which stand for a scale only where the finder sees a count end (see
 * quantities).
 */
const SCALE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["bn", "billion"], ["mn", "million"], ["mln", "million"], ["tn", "trillion"], ["k", "thousand"], ["m", "million"],
]);

/** The one-letter abbreviations, which also write units ("10k" a run, "500m" a distance). */
export const isShortScale = (t: Token): boolean => t.lower === "k" || t.lower === "m";

export const isCurrencySign = (t: Token | undefined): boolean => t !== undefined && t.kind === "punct" && CURRENCY_SIGNS.has(t.text);

/** A scale abbreviation glued to the number before it ("1.5bn"). */
export const isScaleAbbreviation = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && !t.spaceBefore && tokens[k - 1]?.kind === "number" && SCALE_ABBREVIATIONS.has(t.lower);
};

/**
 * The text of tokens `i`…`j` as `parseQuantity` reads it: currency signs left out and scale
 * abbreviations spelt out ("about $1.5bn" → "about 1.5 billion"); the slice itself when there is
 * neither.
 */
export function quantityPhrase(text: string, tokens: readonly Token[], i: number, j: number, end: number): string {
  let plain = true;
  for (let k = i; k <= j && plain; k++) plain = !isCurrencySign(tokens[k]) && !isScaleAbbreviation(tokens, k);
  if (plain) return text.slice((tokens[i] as Token).start, end);
  const words: string[] = [];
  for (let k = i; k <= j; k++) {
    const t = tokens[k] as Token;
    if (isCurrencySign(t)) continue;
    const scale = isScaleAbbreviation(tokens, k) ? SCALE_ABBREVIATIONS.get(t.lower) : undefined;
    words.push(scale ?? (k === j ? text.slice(t.start, end) : t.text));
  }
  return words.join(" ");
}

/** The currency sign of the amount tokens `i`…`j` state, if one stands right before a number among them. */
export function currencyOf(tokens: readonly Token[], i: number, j: number): string | undefined {
  for (let k = i; k <= j; k++) {
    const t = tokens[k] as Token;
    if (isCurrencySign(t) && tokens[k + 1]?.kind === "number" && tokens[k + 1]?.spaceBefore === false) return t.text;
  }
  return undefined;
}

/** A percent sign or word after the quantity ending at token `j` ("40%", "40 percent", "25 per cent"): its last token and end. */
export function percentAfter(tokens: readonly Token[], j: number): { last: number; end: number } | undefined {
  const next = tokens[j + 1];
  if (next === undefined) return undefined;
  if (next.text === "%" && !next.spaceBefore) return { last: j + 1, end: next.end };
  if (next.lower === "percent") return { last: j + 1, end: next.dot ? next.end - 1 : next.end };
  const cent = tokens[j + 2];
  if (next.lower === "per" && cent?.lower === "cent") return { last: j + 2, end: cent.dot ? cent.end - 1 : cent.end };
  return undefined;
}
