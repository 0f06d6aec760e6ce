import fc from "fast-check";
import { calendarDateArbitrary, partialDateArbitrary } from "../common/arbitraries.js";
import { fromEpochDay, toEpochDay, type CalendarDate, type PartialDate } from "../common/index.js";
import { ageOn } from "./age.js";
import { COUNTRY_CODES } from "../common/index.js";
import { countriesForName, countryInfo } from "./countries.js";
import type { PersonDescription } from "./description.js";
import { describePerson } from "./format.js";
import { parsePersonDescription } from "./parse.js";
import {
  AliasKindSchema, ArmedServiceSchema, AssignmentReasonSchema, RankSchema, RoleSchema,
  type Alias, type ArmedService, type Assignment, type AssignmentReason, type NationalityCode, type Person,
  type PersonName, type PlaceOfOrigin, type Rank, type ReportedAge, type Role, type ServiceHistory,
  type Transliteration, type UnitLifetime,
} from "./schema.js";

const SYLLABLE = fc.tuple(fc.constantFrom(..."bdfgklmnprstvz"), fc.constantFrom(..."aeiou")).map(([c, v]) => c + v);
const CYRILLIC = [..."абвгдежзиклмнопрстуфхцчшщюя"];

/** A capitalised made-up word that reads as a name: not a rank, role, nationality or function word. */
function nameWordArbitrary(): fc.Arbitrary<string> {
  return fc
    .array(SYLLABLE, { minLength: 2, maxLength: 4 })
    .map((s) => s.join(""))
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .filter((w) => {
      const r = parsePersonDescription(w);
      // Made-up words can hit real names ("Togo", "Viti" for Fiji): those are not name words.
      if (countriesForName(w).length > 0) return false;
      return r.success && r.data.name?.value === w && r.data.roles.length === 0 && r.data.nationalities.length === 0;
    });
}

/**
 * ISO 3166-1 alpha-2 codes from the `world-countries` dataset.
 *
 * @returns an arbitrary of codes that pass `NationalityCodeSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { nationalityCodeArbitrary } from "musterroll/testing";
 * fc.sample(nationalityCodeArbitrary(), 2); // e.g. ["FO", "CO"]
 * ```
 */
export function nationalityCodeArbitrary(): fc.Arbitrary<NationalityCode> {
  return fc.constantFrom(...COUNTRY_CODES);
}

/**
 * Transliterations: Cyrillic spellings, or Latin ones with a named system.
 *
 * @returns an arbitrary of values that pass `TransliterationSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { transliterationArbitrary } from "musterroll/testing";
 * fc.sample(transliterationArbitrary(), 1); // e.g. [{ script: "Cyrl", text: "бодан" }]
 * ```
 */
export function transliterationArbitrary(): fc.Arbitrary<Transliteration> {
  return fc.oneof(
    fc.array(fc.constantFrom(...CYRILLIC), { minLength: 2, maxLength: 12 }).map((cs): Transliteration => ({ script: "Cyrl", text: cs.join("") })),
    fc.tuple(nameWordArbitrary(), fc.constantFrom("BGN/PCGN", "ISO 9", "KMU 2010")).map(([text, system]): Transliteration => ({ script: "Latn", text, system })),
  );
}

/**
 * Person names of one to three made-up name words, with given and family parts.
 *
 * @returns an arbitrary of values that pass `PersonNameSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { personNameArbitrary } from "musterroll/testing";
 * fc.sample(personNameArbitrary(), 1); // e.g. [{ full: "Bado Kiremu", given: "Bado", family: "Kiremu", transliterations: [] }]
 * ```
 */
export function personNameArbitrary(): fc.Arbitrary<PersonName> {
  return fc
    .record({ words: fc.array(nameWordArbitrary(), { minLength: 1, maxLength: 3 }), transliterations: fc.array(transliterationArbitrary(), { maxLength: 2 }) })
    .map(({ words, transliterations }): PersonName => {
      const [given, ...rest] = words;
      const full = words.join(" ");
      if (given === undefined || rest.length === 0) return { full, transliterations };
      return { full, given, family: rest.join(" "), transliterations };
    });
}

/**
 * Aliases of every kind; values are one or two words without quote characters.
 *
 * @returns an arbitrary of values that pass `AliasSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { aliasArbitrary } from "musterroll/testing";
 * fc.sample(aliasArbitrary(), 1); // e.g. [{ value: "Mosera", kind: "call-sign" }]
 * ```
 */
export function aliasArbitrary(): fc.Arbitrary<Alias> {
  const word = fc.array(SYLLABLE, { minLength: 1, maxLength: 3 }).chain((s) => fc.constantFrom(s.join(""), s.join("")[0]?.toUpperCase() + s.join("").slice(1)));
  return fc.record({
    value: fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(" ")),
    kind: fc.constantFrom(...AliasKindSchema.options),
  });
}

/**
 * Reported ages 0–130 as of dates in 1900–2100.
 *
 * @returns an arbitrary of values that pass `ReportedAgeSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { reportedAgeArbitrary } from "musterroll/testing";
 * fc.sample(reportedAgeArbitrary(), 1); // e.g. [{ age: 45, asOf: "2025-12" }]
 * ```
 */
export function reportedAgeArbitrary(): fc.Arbitrary<ReportedAge> {
  return fc.record({ age: fc.integer({ min: 0, max: 130 }), asOf: partialDateArbitrary() });
}

/**
 * Places of origin: countries and territories from the dataset (with the sovereign of a
 * territory), or a made-up place without a country.
 *
 * @returns an arbitrary of values that pass `PlaceOfOriginSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { placeOfOriginArbitrary } from "musterroll/testing";
 * fc.sample(placeOfOriginArbitrary(), 1); // e.g. [{ name: "Faroe Islands", country: "FO", territoryOf: "DK" }]
 * ```
 */
export function placeOfOriginArbitrary(): fc.Arbitrary<PlaceOfOrigin> {
  return fc.oneof(
    nationalityCodeArbitrary().map((code): PlaceOfOrigin => {
      const info = countryInfo(code);
      const name = info?.name ?? code;
      return info?.sovereign === undefined ? { name, country: code } : { name, country: code, territoryOf: info.sovereign };
    }),
    nameWordArbitrary().map((name): PlaceOfOrigin => ({ name })),
  );
}

/**
 * Roles from the role table.
 *
 * @returns an arbitrary of values that pass `RoleSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { roleArbitrary } from "musterroll/testing";
 * fc.sample(roleArbitrary(), 2); // e.g. ["combat-medic", "instructor"]
 * ```
 */
export function roleArbitrary(): fc.Arbitrary<Role> {
  return fc.constantFrom(...RoleSchema.options);
}

/**
 * Ranks from the rank table.
 *
 * @returns an arbitrary of values that pass `RankSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { rankArbitrary } from "musterroll/testing";
 * fc.sample(rankArbitrary(), 2); // e.g. ["staff-sergeant", "colonel"]
 * ```
 */
export function rankArbitrary(): fc.Arbitrary<Rank> {
  return fc.constantFrom(...RankSchema.options);
}

/**
 * Armed services from the service table.
 *
 * @returns an arbitrary of values that pass `ArmedServiceSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { armedServiceArbitrary } from "musterroll/testing";
 * fc.sample(armedServiceArbitrary(), 1); // e.g. ["army"]
 * ```
 */
export function armedServiceArbitrary(): fc.Arbitrary<ArmedService> {
  return fc.constantFrom(...ArmedServiceSchema.options);
}

/**
 * Persons whose facts agree: reported ages are computed from a hidden birth day, and the birth
 * date (when present) is that day at some precision. `validatePerson` finds no issue in them.
 *
 * @returns an arbitrary of values that pass `PersonSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { personArbitrary } from "musterroll/testing";
 * fc.sample(personArbitrary(), 1)[0]?.name.full; // e.g. "Bado Kiremu"
 * ```
 */
export function personArbitrary(): fc.Arbitrary<Person> {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
      name: personNameArbitrary(),
      aliases: fc.array(aliasArbitrary(), { maxLength: 2 }),
      birth: calendarDateArbitrary({ minYear: 1900, maxYear: 2010 }),
      birthPrecision: fc.constantFrom<"none" | 4 | 7 | 10>("none", 4, 7, 10),
      ageDays: fc.array(fc.tuple(fc.integer({ min: 0, max: 100 * 365 }), fc.constantFrom(4, 7, 10)), { maxLength: 3 }),
      nationalities: fc.uniqueArray(nationalityCodeArbitrary(), { maxLength: 2 }),
      origins: fc.array(placeOfOriginArbitrary(), { maxLength: 2 }),
      roles: fc.uniqueArray(roleArbitrary(), { maxLength: 2 }),
    })
    .map(({ id, name, aliases, birth, birthPrecision, ageDays, nationalities, origins, roles }): Person => {
      const reportedAges = ageDays.map(([days, precision]) => {
        const on: CalendarDate = fromEpochDay(toEpochDay(birth) + days);
        return { age: ageOn(birth, on), asOf: on.slice(0, precision) as PartialDate };
      });
      const base = { id, name, aliases, reportedAges, nationalities, origins, roles };
      return birthPrecision === "none" ? base : { ...base, birthDate: birth.slice(0, birthPrecision) };
    });
}

/**
 * Person descriptions, made by describing a generated person and reading the text back.
 *
 * @returns an arbitrary of values that pass `PersonDescriptionSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { personDescriptionArbitrary } from "musterroll/testing";
 * fc.sample(personDescriptionArbitrary(), 1)[0]?.name?.text; // e.g. "Bado Kiremu"
 * ```
 */
export function personDescriptionArbitrary(): fc.Arbitrary<PersonDescription> {
  return fc
    .tuple(personArbitrary(), fc.option(rankArbitrary(), { nil: undefined }), fc.option(armedServiceArbitrary(), { nil: undefined }))
    .map(([person, rank, service]) => {
      const options = rank === undefined ? {} : service === undefined ? { rank } : { rank, service };
      const parsed = parsePersonDescription(describePerson(person, options));
      return parsed.success ? parsed.data : undefined;
    })
    .filter((d): d is PersonDescription => d !== undefined);
}

/**
 * Reasons an assignment began or ended.
 *
 * @returns an arbitrary of values that pass `AssignmentReasonSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { assignmentReasonArbitrary } from "musterroll/testing";
 * fc.sample(assignmentReasonArbitrary(), 1); // e.g. ["transferred"]
 * ```
 */
export function assignmentReasonArbitrary(): fc.Arbitrary<AssignmentReason> {
  return fc.constantFrom(...AssignmentReasonSchema.options);
}

/**
 * Single assignments with `to` (when present) not before `from`.
 *
 * @returns an arbitrary of values that pass `AssignmentSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { assignmentArbitrary } from "musterroll/testing";
 * fc.sample(assignmentArbitrary(), 1); // e.g. [{ unitId: "u3", from: "2023-04", to: "2024-01-15" }]
 * ```
 */
export function assignmentArbitrary(): fc.Arbitrary<Assignment> {
  return fc
    .record({
      unitId: fc.constantFrom("u1", "u2", "u3", "ua-2-bn", "us-1-mar"),
      from: calendarDateArbitrary({ minYear: 1990, maxYear: 2030 }),
      length: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      precision: fc.constantFrom(4, 7, 10),
      role: fc.option(roleArbitrary(), { nil: undefined }),
      rank: fc.option(rankArbitrary(), { nil: undefined }),
      reason: fc.option(fc.constantFrom<AssignmentReason>("enlisted", "transferred", "integrated", "promoted"), { nil: undefined }),
    })
    .map(({ unitId, from, length, precision, role, rank, reason }): Assignment => ({
      unitId,
      from: from.slice(0, precision),
      ...(length === undefined ? {} : { to: fromEpochDay(toEpochDay(from) + length) }),
      ...(role === undefined ? {} : { role }),
      ...(rank === undefined ? {} : { rank }),
      ...(reason === undefined ? {} : { reason }),
    }));
}

/**
 * Valid service records: assignments one after another at day precision, a gap of at least a
 * day between them, the last one possibly ongoing. `validateServiceHistory` finds no issue in them.
 *
 * @returns an arbitrary of values that pass `ServiceHistorySchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { serviceHistoryArbitrary } from "musterroll/testing";
 * fc.sample(serviceHistoryArbitrary(), 1)[0]?.assignments.length; // e.g. 3
 * ```
 */
export function serviceHistoryArbitrary(): fc.Arbitrary<ServiceHistory> {
  return fc
    .record({
      personId: fc.constantFrom("p1", "karl", "bjorn-kallsoy"),
      start: calendarDateArbitrary({ minYear: 1990, maxYear: 2020 }),
      steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 900 }), fc.constantFrom("u1", "u2", "u3")), { maxLength: 5 }),
      ongoing: fc.boolean(),
    })
    .map(({ personId, start, steps, ongoing }): ServiceHistory => {
      let day = toEpochDay(start);
      const assignments = steps.map(([gap, length, unitId], i): Assignment => {
        const from = fromEpochDay(day + gap);
        day += gap + length;
        const last = i === steps.length - 1 && ongoing;
        return last ? { unitId, from } : { unitId, from, to: fromEpochDay(day) };
      });
      return { personId, assignments };
    });
}

/**
 * Unit lifetimes with `dissolved` (when present) not before `established`.
 *
 * @returns an arbitrary of values that pass `UnitLifetimeSchema`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { unitLifetimeArbitrary } from "musterroll/testing";
 * fc.sample(unitLifetimeArbitrary(), 1); // e.g. [{ established: "2022-03" }]
 * ```
 */
export function unitLifetimeArbitrary(): fc.Arbitrary<UnitLifetime> {
  return fc
    .tuple(fc.option(partialDateArbitrary({ minYear: 1950, maxYear: 2000 }), { nil: undefined }), fc.option(partialDateArbitrary({ minYear: 2001, maxYear: 2050 }), { nil: undefined }))
    .map(([established, dissolved]): UnitLifetime => ({
      ...(established === undefined ? {} : { established }),
      ...(dissolved === undefined ? {} : { dissolved }),
    }));
}
