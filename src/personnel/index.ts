/**
 * People: parse and find person descriptions, describe a person, nationality words ⇄ country
 * codes, age rules, person and service-history validation, and the rank, role, service and alias-cue
 * tables. The person schemas are in the root entry, `musterroll`.
 *
 * @module musterroll/personnel
 */
export * from "./vocabulary.js";
export { demonymsOf, isDemonym, type Demonyms } from "../common/demonyms.js";
export {
  countryInfo,
  countriesForNationality,
  countriesForName,
  pickCountry,
  parseNationality,
  nationalityWord,
  type CountryInfo,
} from "./countries.js";
export * from "./age.js";
export * from "./rules.js";
export * from "./description.js";
export { parsePersonDescription, findPersonDescriptions, type FindPersonDescriptionsOptions } from "./parse.js";
export * from "./format.js";
