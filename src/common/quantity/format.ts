import { groupThousands as grouped } from "../text/digits.js";
import { cardinalToWords } from "../vocabulary/numbers.js";
import type { Quantity } from "./schema.js";

const DENOMINATOR_WORDS: Readonly<Record<number, readonly [string, string]>> = {
  2: ["half", "halves"], 3: ["third", "thirds"], 4: ["quarter", "quarters"], 5: ["fifth", "fifths"],
  6: ["sixth", "sixths"], 7: ["seventh", "sevenths"], 8: ["eighth", "eighths"], 9: ["ninth", "ninths"], 10: ["tenth", "tenths"],
};


/**
 * Writes a {@link Quantity} as English that {@link parseQuantity} reads back to the same value:
 * "20,000", "about 20,000", "between 400 and 600", "about 3,000 to 9,000", "at least 1,001",
 * "up to 600", "two-thirds", "1 in 20" (a share with no word for its parts), "four battalions"
 * style counts with their `unit`.
 *
 * @param q - the quantity.
 * @returns the phrase.
 * @throws {RangeError} when `q` breaks {@link QuantitySchema} (max below min, a fraction that does
 * not match min and max, or is not below one).
 * @example
 * ```ts
 * import { formatQuantity } from "musterroll";
 * formatQuantity({ min: 400, max: 600, approximate: false });               // "between 400 and 600"
 * formatQuantity({ min: 20_000, max: 20_000, approximate: true, unit: "troops" }); // "about 20,000 troops"
 * ```
 */
export function formatQuantity(q: Quantity): string {
  if (q.max !== undefined && q.max < q.min) throw new RangeError(`max ${q.max} is below min ${q.min}`);
  const unit = q.unit === undefined ? "" : ` ${q.unit}`;
  if (q.fraction !== undefined) {
    const { numerator, denominator } = q.fraction;
    if (numerator >= denominator || q.min !== numerator / denominator || q.max !== q.min) {
      throw new RangeError(`cannot write the fraction ${numerator}/${denominator} of ${q.min}–${q.max ?? "?"} in words`);
    }
    const names = DENOMINATOR_WORDS[denominator];
    // a share with no word for its parts is told as a ratio: "1 in 20"
    if (names === undefined) return `${q.approximate ? "about " : ""}${numerator} in ${denominator}${unit}`;
    const text = `${cardinalToWords(numerator)}-${numerator === 1 ? names[0] : names[1]}`;
    return `${q.approximate ? "about " : ""}${text}${q.unit === undefined ? "" : ` of ${q.unit}`}`;
  }
  const hedge = q.approximate ? "about " : "";
  if (q.max === undefined) return q.approximate ? `about ${grouped(q.min)} or more${unit}` : `at least ${grouped(q.min)}${unit}`;
  if (q.min === q.max) return `${hedge}${grouped(q.min)}${unit}`;
  if (q.min === 0) return `${hedge}up to ${grouped(q.max)}${unit}`;
  return q.approximate ? `about ${grouped(q.min)} to ${grouped(q.max)}${unit}` : `between ${grouped(q.min)} and ${grouped(q.max)}${unit}`;
}
