export * from "./schema.js";
export * from "./vocabulary.js";
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
export { parsePersonDescription, findPersonDescriptions } from "./parse.js";
export * from "./format.js";
