import { toInterval, type CalendarDate, type PartialDate } from "../common/index.js";
import { certainAgeOn } from "./age.js";
import { countriesForName, countriesForNationality, countryInfo, pickCountry } from "./countries.js";
import type { PersonDescription } from "./description.js";
import type { Alias, ArmedService, Person, Rank } from "./schema.js";
import { RANKS, ROLE_WORDS, SERVICE_WORDS } from "./vocabulary.js";

/**
 * Options of {@link describePerson}.
 *
 * @example
 * ```ts
 * import type { DescribeOptions } from "musterroll/personnel";
 * const options: DescribeOptions = { asOf: "2025-12-31", rank: "staff-sergeant", service: "army" };
 * ```
 */
export interface DescribeOptions {
  /** Day to state the age for; without it the latest reported age is used. */
  readonly asOf?: CalendarDate;
  /** Rank to write before the name (from a service record). */
  readonly rank?: Rank;
  /** Armed service to write before the rank. */
  readonly service?: ArmedService;
}

/**
 * The age describePerson states: the certain age on `asOf` when given (from the birth date and
 * reported ages), otherwise the most recently reported age.
 *
 * @param person - a person.
 * @param asOf - the day to state the age for.
 * @returns the age, or `undefined` when none is known.
 * @throws {RangeError} when `asOf` is not a full calendar date.
 * @example
 * ```ts
 * import { statedAge } from "musterroll/personnel";
 * statedAge({ reportedAges: [{ age: 44, asOf: "2024-06" }, { age: 45, asOf: "2025-12-31" }] }); // 45
 * ```
 */
export function statedAge(person: Pick<Person, "reportedAges"> & { readonly birthDate?: PartialDate | undefined }, asOf?: CalendarDate): number | undefined {
  if (asOf !== undefined) return certainAgeOn(person, asOf);
  let latest: { age: number; end: string } | undefined;
  for (const r of person.reportedAges) {
    const end = toInterval(r.asOf).end;
    if (latest === undefined || end > latest.end) latest = { age: r.age, end };
  }
  return latest?.age;
}

const ALIAS_PHRASE: Readonly<Record<Alias["kind"], string>> = {
  "nom-de-guerre": "known by the nom de guerre",
  "call-sign": "call sign",
  nickname: "nicknamed",
  pseudonym: "under the pseudonym",
};
const QUOTE_PAIRS = [["“", "”"], ["'", "'"], ["«", "»"]] as const;

function quoted(value: string): string {
  const pair = QUOTE_PAIRS.find(([open, close]) => !value.includes(open) && !value.includes(close) && !value.includes("\"")) ?? QUOTE_PAIRS[0];
  return `${pair[0]}${value}${pair[1]}`;
}

/** The demonym when it reads back as the same country, otherwise undefined (then "citizen of …" is written). */
function adjectiveFor(code: string): string | undefined {
  const word = countryInfo(code)?.demonym;
  return word !== undefined && pickCountry(countriesForNationality(word)) === code ? word : undefined;
}

function nameOfCountry(code: string): string {
  const name = countryInfo(code)?.name ?? code;
  return pickCountry(countriesForName(name)) === code ? name : code;
}

const andJoin = (words: readonly string[]) => words.join(" and ");
// "an 8-", "an 11-", "an 18-", "an 80-year-old": the numbers spoken with a vowel sound.
const startsWithVowelSound = (phrase: string) => /^(?:[8aeiou]|1[18]-)/i.test(phrase);

/**
 * Writes a person as a report would describe them: "Staff Sgt. Karl Olsen, a 53-year-old American
 * combat medic, known by the nom de guerre “Viking”, from the Faroe Islands". Reading the result
 * with parsePersonDescription gives back the name, aliases, age, nationalities and roles.
 *
 * @param person - the person.
 * @param options - the day for the age, and a rank and service to write before the name.
 * @returns the description.
 * @throws {RangeError} when `options.asOf` is not a full calendar date.
 * @example
 * ```ts
 * import { describePerson } from "musterroll/personnel";
 * describePerson({
 *   id: "karl", name: { full: "Karl", transliterations: [] }, aliases: [],
 *   reportedAges: [{ age: 53, asOf: "2025-12-31" }], nationalities: ["US"], origins: [], roles: ["combat-medic"],
 * }); // "Karl, a 53-year-old American combat medic"
 * ```
 */
export function describePerson(person: Person, options: DescribeOptions = {}): string {
  const prefix = [
    options.service === undefined ? undefined : SERVICE_WORDS[options.service][0],
    options.rank === undefined ? undefined : RANKS[options.rank].abbreviations[0] ?? RANKS[options.rank].title,
  ].filter((w) => w !== undefined);
  const head = [...prefix, person.name.full].join(" ");
  const age = statedAge(person, options.asOf);
  const nationalities = [...new Set(person.nationalities)];
  const adjectives = nationalities.map(adjectiveFor).filter((w) => w !== undefined);
  const citizenships = nationalities.filter((c) => adjectiveFor(c) === undefined).map(nameOfCountry);
  const roles = [...new Set(person.roles)].map((r) => ROLE_WORDS[r][0] ?? r);
  const clauses: string[] = [head];
  if (roles.length > 0 || adjectives.length > 0) {
    // Without a role the adjective needs a noun: "a Danish national".
    const noun = roles.length > 0 ? andJoin(roles) : "national";
    const words = [age === undefined ? undefined : `${age}-year-old`, andJoin(adjectives), noun].filter((w) => w !== undefined && w !== "");
    const phrase = words.join(" ");
    clauses.push(`${startsWithVowelSound(phrase) ? "an" : "a"} ${phrase}`);
  } else if (age !== undefined) {
    clauses.push(String(age));
  }
  if (citizenships.length > 0) clauses.push(`a citizen of ${andJoin(citizenships)}`);
  for (const alias of person.aliases) clauses.push(`${ALIAS_PHRASE[alias.kind]} ${quoted(alias.value)}`);
  for (const origin of person.origins) clauses.push(`from ${origin.name}`);
  return clauses.join(", ");
}

/**
 * Options of {@link personFromDescription}.
 *
 * @example
 * ```ts
 * import type { PersonFromDescriptionOptions } from "musterroll/personnel";
 * const options: PersonFromDescriptionOptions = { id: "karl", asOf: "2025-12-31" };
 * ```
 */
export interface PersonFromDescriptionOptions {
  /** The new record's id. */
  readonly id: string;
  /** The date the description was true on (the report's date), for the reported age. */
  readonly asOf: PartialDate;
  /** Name to use when the description has none (e.g. "unnamed volunteer 3"). */
  readonly name?: string;
}

/**
 * Turns a parsed description into a person record: the age becomes a reported age as of the
 * report's date; rank, service and unit belong to a service record and are not copied.
 *
 * @param description - from parsePersonDescription or findPersonDescriptions.
 * @param options - id, report date and a fallback name.
 * @returns the person.
 * @throws {RangeError} when the description has no name and `options.name` is not given.
 * @example
 * ```ts
 * import { parsePersonDescription, personFromDescription } from "musterroll/personnel";
 * const r = parsePersonDescription("Karl, a 53-year-old American combat medic");
 * if (r.success) personFromDescription(r.data, { id: "karl", asOf: "2025-12-31" }).reportedAges;
 * // [{ age: 53, asOf: "2025-12-31" }]
 * ```
 */
export function personFromDescription(description: PersonDescription, options: PersonFromDescriptionOptions): Person {
  const full = description.name?.value ?? options.name;
  if (full === undefined) throw new RangeError("the description names nobody: pass options.name");
  return {
    id: options.id,
    name: { full, transliterations: [] },
    aliases: description.aliases.map((m) => m.value),
    reportedAges: description.age === undefined ? [] : [{ age: description.age.value, asOf: options.asOf }],
    nationalities: [...new Set(description.nationalities.map((m) => m.value))],
    origins: description.origins.map((m) => m.value),
    roles: [...new Set(description.roles.map((m) => m.value))],
  };
}
