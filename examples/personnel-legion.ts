/**
 * From a report to person records and a checked service history.
 * Run: npx tsx examples/personnel-legion.ts
 *
 * The report (invented wording) describes three volunteers of a foreign legion. We find the
 * descriptions, turn them into person records as of the report's date, give one of them a service
 * history, check it against the units' lifetimes, and write each person back as a description.
 */
import { pathToFileURL } from "node:url";
import type { Person, ServiceHistory } from "musterroll";
import {
  birthIntervalOf, describePerson, findPersonDescriptions, personFromDescription, validatePerson, validateServiceHistory,
} from "musterroll/personnel";

export const REPORT =
  "Among the wounded was Tomas Varga, a 38-year-old Slovak drone operator, call sign 'Hawk'. " +
  "Lt. Col. Ivan Petrenko, commander of the 2nd Battalion, said the unit had lost a Norwegian volunteer from the Faroe Islands, 41 years old. " +
  "Army Staff Sgt. Leon Brandt, 29, of Ohio, a combat medic, was transferred in March.";
export const REPORT_DATE = "2025-11-20";

export function answers() {
  const found = findPersonDescriptions(REPORT);
  const people: Person[] = found.map((m, k) => personFromDescription(m.value, { id: `p${k + 1}`, asOf: REPORT_DATE, name: `unnamed person ${k + 1}` }));
  const history: ServiceHistory = {
    personId: "p4",
    assignments: [
      { unitId: "legion-1bn", from: "2024-02", to: "2025-03-01", role: "combat-medic", rank: "staff-sergeant", reason: "enlisted" },
      { unitId: "legion-2bn", from: "2025-03", role: "combat-medic", rank: "staff-sergeant", reason: "transferred" },
    ],
  };
  const lifetimes = { "legion-1bn": { established: "2022-03" }, "legion-2bn": { established: "2022-06", dissolved: "2025-12-31" } };
  return {
    descriptions: found.map((m) => ({ text: m.text, name: m.value.name?.value, age: m.value.age?.value, rank: m.value.rank?.value })),
    people,
    personIssues: people.flatMap((p) => validatePerson(p)),
    birthIntervals: people.map((p) => birthIntervalOf(p)),
    historyIssues: validateServiceHistory(history, { unitLifetimes: lifetimes }).map((i) => `${i.code}: ${i.message}`),
    rewritten: people.map((p) => describePerson(p)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(answers(), null, 2));
}
