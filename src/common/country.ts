import { z } from "zod";
import { ALPHA2_CODES } from "./country-codes.generated.js";
import { quote } from "./result.js";

/**
 * Every ISO 3166-1 alpha-2 code in the maintained `world-countries` dataset (mledoze/countries,
 * ODbL-1.0), sorted: the one country table of musterroll, shared by units, people and contracts.
 * The codes are copied from the dataset into a generated table (`npm run generate:countries`), so
 * the dataset is not a runtime dependency.
 *
 * @example
 * ```ts
 * import { COUNTRY_CODES } from "musterroll";
 * COUNTRY_CODES.includes("FO"); // true
 * ```
 */
export const COUNTRY_CODES: readonly string[] = ALPHA2_CODES.trim().split(/\s+/);

const KNOWN: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * An ISO 3166-1 alpha-2 country code ("UA", "DK", "FO") known to the `world-countries` dataset.
 * Upper case only. Its JSON Schema checks the two-letter shape; the dataset check is zod's.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from "musterroll";
 * CountryCodeSchema.parse("UA");
 * CountryCodeSchema.safeParse("XY").success; // false
 * ```
 */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, {
  abort: true, // a code of the wrong shape gets one message, not a second "not in the dataset"
  error: (issue) => `${quote(String(issue.input))} is not an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. "DK")`,
}).refine(isCountryCode, {
  error: (issue) => `${quote(String(issue.input))} is not an ISO 3166-1 alpha-2 code in the world-countries dataset`,
});

/**
 * An ISO 3166-1 alpha-2 country code; see {@link CountryCodeSchema}.
 *
 * @example
 * ```ts
 * import type { CountryCode } from "musterroll";
 * const country: CountryCode = "UA";
 * ```
 */
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * Whether a string is a country code of {@link COUNTRY_CODES}.
 *
 * @param code - the candidate.
 * @returns `true` for "DK", `false` for "dk" or "XY".
 * @example
 * ```ts
 * import { isCountryCode } from "musterroll";
 * isCountryCode("FO"); // true
 * ```
 */
export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}
