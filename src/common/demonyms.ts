import { DEMONYM_ROWS } from "./demonyms.generated.js";

/**
 * The English demonyms of a country: the words for its people and their adjective ("Danish",
 * "Ukrainian"), masculine and feminine, from the maintained `world-countries` dataset.
 *
 * @example
 * ```ts
 * import type { Demonyms } from "musterroll/personnel";
 * const d: Demonyms = { masculine: "Danish", feminine: "Danish" };
 * ```
 */
export interface Demonyms {
  readonly masculine: string;
  readonly feminine: string;
}

let byCode: ReadonlyMap<string, Demonyms> | undefined;
let words: ReadonlySet<string> | undefined;

// Built on first use, so that a bundle that never asks carries the table but does no work.
function table(): ReadonlyMap<string, Demonyms> {
  byCode ??= new Map(
    DEMONYM_ROWS.trim().split("\n").map((row) => {
      const [code = "", masculine = "", feminine = ""] = row.split("|");
      return [code, { masculine, feminine }] as const;
    }),
  );
  return byCode;
}

/**
 * A country's English demonyms, from the `world-countries` dataset (ODbL-1.0). The one demonym
 * table of musterroll: nationality words of the person reader and the unit reader's test for a
 * name that is only a nationality both come from it. Exported by `musterroll/personnel`, so the
 * core entry stays small.
 *
 * @param code - an ISO 3166-1 alpha-2 code.
 * @returns the masculine and feminine forms (a form may list variants: "Kittitian or Nevisian"),
 *   or `undefined` for a code the dataset does not know. A form is empty when the dataset has none.
 * @example
 * ```ts
 * import { demonymsOf } from "musterroll/personnel";
 * demonymsOf("UA")?.masculine; // "Ukrainian"
 * ```
 */
export function demonymsOf(code: string): Demonyms | undefined {
  return table().get(code);
}

/**
 * Whether a word is a country's English demonym in the singular ("Ukrainian", "danish",
 * "Faroese"), in any case. Plurals and supplements such as "Dane" are the person reader's.
 *
 * @param word - one word or a multi-word demonym ("New Zealander").
 * @returns `true` for a demonym of the dataset.
 * @example
 * ```ts
 * import { isDemonym } from "musterroll/personnel";
 * isDemonym("Georgian"); // true
 * isDemonym("Azov"); // false
 * ```
 */
export function isDemonym(word: string): boolean {
  words ??= new Set(
    [...table().values()].flatMap((d) => [d.masculine, d.feminine]).flatMap((form) => form.split(/, | or /)).map((w) => w.trim().toLowerCase()).filter((w) => w !== ""),
  );
  return words.has(word.trim().toLowerCase());
}
