import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateArbitrary, partialDateArbitrary } from "../../src/common/arbitraries.js";
import { fromEpochDay, toEpochDay, toInterval } from "../../src/common/index.js";
import { ageAgreesWithBirth, ageOn, birthIntervalFromAge, birthIntervalOf, certainAgeOn } from "../../src/personnel/age.js";

const birthAndDay = fc
  .tuple(calendarDateArbitrary({ minYear: 1850, maxYear: 2050 }), fc.integer({ min: 0, max: 120 * 366 }))
  .map(([birth, days]) => ({ birth, on: fromEpochDay(toEpochDay(birth) + days) }));

describe("ageOn", () => {
  it("counts completed years", () => {
    expect(ageOn("1972-06-15", "2025-12-31")).toBe(53);
    expect(ageOn("1972-06-15", "2025-06-14")).toBe(52);
    expect(ageOn("1972-06-15", "2025-06-15")).toBe(53);
  });
  it("lets a 29 February birthday pass on 1 March in common years", () => {
    expect(ageOn("2004-02-29", "2025-02-28")).toBe(20);
    expect(ageOn("2004-02-29", "2025-03-01")).toBe(21);
    expect(ageOn("2004-02-29", "2028-02-29")).toBe(24);
  });
  it("rejects a day before the birth and non-dates", () => {
    expect(() => ageOn("2000-01-02", "2000-01-01")).toThrow("2000-01-01 is before the birth date 2000-01-02");
    expect(() => ageOn("2000-02-30", "2001-01-01")).toThrow(RangeError);
  });
});

describe("birthIntervalFromAge", () => {
  it("gives the births a reported age allows", () => {
    expect(birthIntervalFromAge(53, "2025-12-31")).toEqual({ start: "1972-01-01", end: "1972-12-31" });
    expect(birthIntervalFromAge(45, "2025")).toEqual({ start: "1979-01-02", end: "1980-12-31" });
    expect(birthIntervalFromAge(0, "2025-03-01")).toEqual({ start: "2024-03-02", end: "2025-03-01" });
    expect(birthIntervalFromAge(20, "2025-02-28")).toEqual({ start: "2004-02-29", end: "2005-02-28" });
  });
  it("rejects ages that are not whole years 0–130", () => {
    expect(() => birthIntervalFromAge(-1, "2025")).toThrow("age -1 is not a whole number of years 0–130");
    expect(() => birthIntervalFromAge(2.5, "2025")).toThrow(RangeError);
  });
  it("says undefined when the birth would be before year 0", () => {
    expect(birthIntervalFromAge(100, "0050")).toBeUndefined();
  });

  it("property: the age on a day and the birth interval agree, and the interval is tight", () => {
    fc.assert(
      fc.property(birthAndDay, ({ birth, on }) => {
        const age = ageOn(birth, on);
        const interval = birthIntervalFromAge(age, on);
        expect(interval).toBeDefined();
        if (interval === undefined) return;
        expect(interval.start <= birth && birth <= interval.end).toBe(true);
        // One day earlier is a year older, one day later a year younger (when still born by then).
        expect(ageOn(fromEpochDay(toEpochDay(interval.start) - 1), on)).toBe(age + 1);
        if (interval.end < on) expect(ageOn(fromEpochDay(toEpochDay(interval.end) + 1), on)).toBe(age - 1);
        expect(ageOn(interval.start, on)).toBe(age);
        expect(ageOn(interval.end, on)).toBe(age);
      }),
    );
  });

  it("property: a partial asOf covers exactly the births some day of it allows", () => {
    fc.assert(
      fc.property(birthAndDay, fc.constantFrom(4, 7), ({ birth, on }, precision) => {
        const asOf = on.slice(0, precision);
        const age = ageOn(birth, on);
        const interval = birthIntervalFromAge(age, asOf);
        expect(interval !== undefined && interval.start <= birth && birth <= interval.end).toBe(true);
        expect(ageAgreesWithBirth(birth, { age, asOf })).toBe(true);
        expect(ageAgreesWithBirth(birth, { age: age + 2, asOf })).toBe(false);
      }),
    );
  });
});

describe("birthIntervalOf and certainAgeOn", () => {
  it("intersects the birth date with every reported age", () => {
    expect(birthIntervalOf({ reportedAges: [{ age: 45, asOf: "2025-12-31" }, { age: 44, asOf: "2025-01-01" }] }))
      .toEqual({ start: "1980-01-02", end: "1980-12-31" });
    expect(birthIntervalOf({ birthDate: "1980-06", reportedAges: [{ age: 45, asOf: "2025-12-31" }] }))
      .toEqual({ start: "1980-06-01", end: "1980-06-30" });
    expect(birthIntervalOf({ birthDate: "1990", reportedAges: [{ age: 45, asOf: "2025-12-31" }] })).toBeNull();
    expect(birthIntervalOf({ reportedAges: [] })).toBeUndefined();
  });

  it("states an age only when every allowed birth gives it", () => {
    expect(certainAgeOn({ birthDate: "1972-06-15", reportedAges: [] }, "2025-12-31")).toBe(53);
    expect(certainAgeOn({ birthDate: "1972", reportedAges: [] }, "2025-12-31")).toBe(53);
    expect(certainAgeOn({ birthDate: "1972", reportedAges: [] }, "2025-06-01")).toBeUndefined();
    expect(certainAgeOn({ birthDate: "2030", reportedAges: [] }, "2025-06-01")).toBeUndefined();
    expect(() => certainAgeOn({ reportedAges: [] }, "2025-12")).toThrow('"2025-12" is not a full date');
  });

  it("property: a known birth day gives the same age as ageOn", () => {
    fc.assert(fc.property(birthAndDay, ({ birth, on }) => {
      expect(certainAgeOn({ birthDate: birth, reportedAges: [] }, on)).toBe(ageOn(birth, on));
    }));
  });

  it("property: partial birth dates widen, never shift, the interval", () => {
    fc.assert(fc.property(partialDateArbitrary(), (birthDate) => {
      expect(birthIntervalOf({ birthDate, reportedAges: [] })).toEqual(toInterval(birthDate));
    }));
  });
});
