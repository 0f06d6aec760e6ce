import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/common/index.js";
import { Claims } from "../../src/extract/claims.js";
import { claimClockTimes } from "../../src/extract/clock.js";
import { findDates } from "../../src/extract/dates.js";
import { findDurations } from "../../src/extract/durations.js";
import { findQuantities } from "../../src/extract/quantities.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

function values(text: string, referenceDate?: string) {
  const claims = new Claims(tokenize(text));
  claimClockTimes(claims);
  const dates = findDates(text, claims, referenceDate);
  const durations = findDurations(text, claims);
  const quantities = findQuantities(text, claims);
  return { dates, durations, quantities };
}

const STORY = [
  "The Northern Volunteer Corps was formed in March 2022 and grew to about 1,200 fighters.",
  "On October 3, 2025, its 4th Company was told to relocate that same day.",
  "Commanders won a delay until January 20, and three weeks later the move began.",
  "Recruits sign 18-month contracts and may leave after six months of service.",
  "Between 300 and 450 volunteers remained by 2026, a 41-year-old medic said; another, 29 years old, left in 2024.",
].join(" ");

describe("dates in running text", () => {
  const { dates } = values(STORY, "2026-03-01");
  const byText = Object.fromEntries(dates.map((d) => [d.text, d]));

  it("reads explicit dates at their own precision", () => {
    expect(byText["March 2022"]).toMatchObject({ value: "2022-03", precision: "month" });
    expect(byText["October 3, 2025"]).toMatchObject({ value: "2025-10-03", precision: "day" });
    expect(byText["2026"]).toMatchObject({ value: "2026", precision: "year" });
    expect(byText["2024"]).toMatchObject({ value: "2024", precision: "year" });
  });

  it("moves a year-less date forward when the text says it comes later", () => {
    expect(byText["January 20"]).toMatchObject({ value: "2026-01-20", yearInferred: true });
  });

  it("anchors narrative steps on the previous date and marks them inferred", () => {
    expect(byText["that same day"]).toMatchObject({ value: "2025-10-03", inferred: true });
    expect(byText["three weeks later"]).toMatchObject({ value: "2026-02-10", precision: "day", inferred: true });
  });

  it("finds a step whose unit comes four words on, and none where no unit of time follows", () => {
    const long = values("The brigade was formed on May 1, 2024. One hundred and twenty days later it moved.").dates;
    expect(long.map((d) => [d.text, d.value])).toEqual([["May 1, 2024", "2024-05-01"], ["One hundred and twenty days later", "2024-08-29"]]);
    const none = values("On March 3, 2025 the unit arrived; the next convoy and the following one left a week apart, later.").dates;
    expect(none.map((d) => d.text)).toEqual(["March 3, 2025"]);
    const same = values("On March 3, 2025 the unit arrived. That same day it moved; that month it rested.").dates;
    expect(same.map((d) => [d.text, d.value])).toEqual([["March 3, 2025", "2025-03-03"], ["That same day", "2025-03-03"], ["that month", "2025-03"]]);
  });

  it("reads no step in 'one day …, the next day …', which counts from a day no date names", () => {
    const dated = (text: string) => values(text).dates.map((d) => [d.text, d.value]);
    expect(dated("On March 3, 2025 the unit arrived. One day we were in the trenches, the next day we were home.")).toEqual([["March 3, 2025", "2025-03-03"]]);
    expect(dated("On March 3, 2025 the unit arrived, and one week it held the line, the following week it fell back.")).toEqual([["March 3, 2025", "2025-03-03"]]);
    // a step with no "one day" before it in its sentence, after a length ("for one day") or a counted step ("one day later") still counts from the previous date
    expect(dated("On March 3, 2025 the unit arrived. The next day, the battalion withdrew.")).toEqual([["March 3, 2025", "2025-03-03"], ["The next day", "2025-03-04"]]);
    expect(dated("On March 3, 2025 the unit arrived. One day. The next day it withdrew.")).toEqual([["March 3, 2025", "2025-03-03"], ["The next day", "2025-03-04"]]);
    expect(dated("On March 3, 2025 the unit arrived. It held for one day, and the next day it withdrew.")).toEqual([["March 3, 2025", "2025-03-03"], ["the next day", "2025-03-04"]]);
    expect(dated("On March 3, 2025 the unit arrived; one day later it attacked, and the next day it withdrew.")).toEqual([
      ["March 3, 2025", "2025-03-03"], ["one day later", "2025-03-04"], ["the next day", "2025-03-05"],
    ]);
    // "one day" and "the next week" are no idiom of one unit
    expect(dated("On March 3, 2025 the unit arrived. One day it rested, the next week it moved.")).toEqual([["March 3, 2025", "2025-03-03"], ["the next week", "2025-03-10"]]);
  });

  it("reads no date from a weekday or modifier alone, but reads the modifier with its year or month", () => {
    const found = values("It was formed in 2022. Late that night, on Tuesday, the third company and the second wave left early; in late 2024 and the end of May it moved.").dates;
    expect(found.map((d) => [d.text, d.value])).toEqual([["2022", "2022"], ["late 2024", "2024"], ["end of May", "2024-05"]]);
  });

  it("never counts the year inside a full date again, and every span slices back", () => {
    expect(dates.filter((d) => d.value === "2025")).toEqual([]);
    for (const d of dates) expect(STORY.slice(d.start, d.end)).toBe(d.text);
  });

  it("takes the reference date when the text has given no year", () => {
    const { dates: ds } = values("The meeting was on February 15.", "2025-11-01");
    expect(ds[0]).toMatchObject({ text: "February 15", value: "2025-02-15", yearInferred: true });
    expect(values("The meeting was on February 15.").dates).toEqual([]);
  });

  it("reads a month's short form only beside a day or a year ('Jan. 3', 'Sept. 2024'), never alone ('Corporal Jan Kowalski')", () => {
    const read = (text: string) => values(text, "2025-06-18").dates.map((d) => [d.text, d.value]);
    expect(read("Corporal Jan Kowalski, 28, was killed.")).toEqual([]);
    expect(read("Sgt. Jan Dvorak and Col. Dec Morgan left; the unit moved out in Dec.")).toEqual([]);
    expect(read("They met on Wed. and again on Sat.")).toEqual([]);
    // with a day or a year the short form is a date, with or without its period
    expect(read("He was wounded on Jan. 3, in Jan 2023 and in Sept. 2024; Jan 5 was quiet.")).toEqual([
      ["Jan. 3", "2025-01-03"], ["Jan 2023", "2023-01"], ["Sept. 2024", "2024-09"], ["Jan 5", "2024-01-05"],
    ]);
    // a month written out stands alone
    expect(read("In May he joined; in June he left.")).toEqual([["May", "2025-05"], ["June", "2025-06"]]);
  });

  it("reads a month after a day only when it is capitalised ('30 May'; not 'as many as 30 may have died')", () => {
    const v = (text: string) => values(text, "2025-06-18");
    const read = v("As many as 30 may have died; 12 march to the front each day, and 24 may sign.");
    expect(read.dates).toEqual([]);
    expect(read.quantities.map((q) => q.text)).toEqual(["As many as 30", "12", "24"]);
    expect(v("He was killed on 30 May and buried on the 2nd of June.").dates.map((d) => [d.text, d.value])).toEqual([["30 May", "2025-05-30"], ["2nd of June", "2025-06-02"]]);
  });

  it("takes 'to' and 'by' for a forward cue only right before the date", () => {
    expect(values("On November 1, 2025, the vote was postponed to April.").dates.map((d) => d.value)).toEqual(["2025-11-01", "2026-04"]);
    expect(values("On November 1, 2025, Ukraine lowered the age to 18 in April.").dates.map((d) => d.value)).toEqual(["2025-11-01", "2025-04"]);
  });

  it("takes the 'to' of a range for no cue: the closing end goes the way the opening end goes", () => {
    const v = (text: string) => values(text, "2025-06-18").dates.map((d) => [d.text, d.value]);
    expect(v("He was wounded on the night of 14 to 15 July.")).toEqual([["14", "2024-07-14"], ["15 July", "2024-07-15"]]);
    expect(v("He served from March to May.")).toEqual([["March", "2025-03"], ["May", "2025-05"]]);
    expect(v("Recruits trained from 20 July until 2 August.")).toEqual([["20 July", "2024-07-20"], ["2 August", "2024-08-02"]]);
    // a cue before the range still moves both ends, and "to" after a word that is no date is still a cue
    expect(v("The brigade will rotate from 3 to 5 September.")).toEqual([["3", "2025-09-03"], ["5 September", "2025-09-05"]]);
    expect(v("The exercise was postponed from March to May.")).toEqual([["March", "2026-03"], ["May", "2026-05"]]);
    expect(v("The vote was postponed to April; the deadline was extended to July.")).toEqual([["April", "2026-04"], ["July", "2025-07"]]);
  });

  it("takes the latest such date by the reference date, or the next one when a cue points ahead", () => {
    const past = values("The army lost 150 tanks between October and December, the estimate of Jan. 12 said.", "2025-03-03");
    expect(past.dates.map((d) => [d.text, d.value])).toEqual([["October", "2024-10"], ["December", "2024-12"], ["Jan. 12", "2025-01-12"]]);
    expect(values("The March 3 vote passed.", "2025-03-03").dates.map((d) => d.value)).toEqual(["2025-03-03"]);
    const ahead = values("The unit will deploy in October; the review is scheduled for January 20.", "2025-03-03");
    expect(ahead.dates.map((d) => d.value)).toEqual(["2025-10", "2026-01-20"]);
  });

  it("does not read the verb may or a bare count as a date", () => {
    expect(values("They may leave; 2000 troops stayed.").dates).toEqual([]);
  });
});

describe("durations and quantities in running text", () => {
  const { durations, quantities } = values(STORY, "2026-03-01");

  it("reads durations but not ages", () => {
    expect(durations.map((d) => [d.text, d.value])).toEqual([
      ["18-month", "P18M"],
      ["six months", "P6M"],
    ]);
  });

  it("reads ranges of durations, lower end first", () => {
    const v = values("Recruits train for two to three weeks, sign 6-12 month contracts or serve between two and three years; one or two years later; 10 to 5 days; two weeks to three months.");
    expect(v.durations.map((d) => [d.text, d.value, d.max])).toEqual([
      ["two to three weeks", "P2W", "P3W"],
      ["6-12 month", "P6M", "P12M"],
      ["between two and three years", "P2Y", "P3Y"],
      ["one or two years", "P1Y", "P2Y"],
      // not ranges: the first is the larger, or the units differ
      ["5 days", "P5D", undefined],
      ["two weeks", "P2W", undefined],
      ["three months", "P3M", undefined],
    ]);
  });

  it("reads quantities with their counted noun, not years or ages", () => {
    expect(quantities.map((q) => [q.text, q.min, q.max, q.approximate, q.unit])).toEqual([
      ["about 1,200", 1200, 1200, true, "fighters"],
      ["Between 300 and 450", 300, 450, false, "volunteers"],
    ]);
  });

  it("counts people named by their nationality, keeping its capital", () => {
    const q = values("Two British volunteers died and three Colombians were hurt; some 40 Swiss nationals left. Two Swiss stayed. In 2022 Americans voted.").quantities;
    expect(q.map((x) => [x.text, x.min, x.unit])).toEqual([
      ["Two", 2, "British volunteers"],
      ["three", 3, "Colombians"],
      ["some 40", 40, "Swiss nationals"],
    ]);
  });

  it("is total and linear on hostile text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const found = values(text, "2025-01-01");
        for (const m of [...found.dates, ...found.durations, ...found.quantities]) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
    );
    expectLinear((n) => repeatTo("December 31, 2025 ", n), (t) => values(t));
    expectLinear((n) => repeatTo("1st 2nd 3rd ", n), (t) => values(t));
    // with thousands groups, ratios, glued scales, steps off the article's day and decades between
    expectLinear((n) => repeatTo("six months and a half, two to three weeks or 1 000 in 5 000 700k late May of last year the early 2000s ", n), (t) => values(t, "2025-06-01"));
    // with a "one day" before every "the next day" in one endless sentence, and weeks and seasons off the article's day
    expectLinear((n) => repeatTo("On May 3, 2024 one day the next day, early last week and last summer over the last year ", n), (t) => values(t, "2025-06-01"));
  });
});

describe("numeric dates", () => {
  it("reads dates written in digits, and leaves no count behind when their order is ambiguous", () => {
    const v = values("Signed on 12/03/2024, in force on 2024-03-15 (or 15.03.2024), reviewed 2024-06; 400-600 troops, 1/2 of them on duty 24/7, on the night of 5-6 August 2024.");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([["2024-03-15", "2024-03-15"], ["15.03.2024", "2024-03-15"], ["2024-06", "2024-06"], ["5", "2024-08-05"], ["6 August 2024", "2024-08-06"]]);
    expect(v.quantities.map((q) => [q.text, q.min, q.max])).toEqual([["400-600", 400, 600]]);
  });
});

describe("sentence periods", () => {
  it("a period after a full word ends the sentence; after an abbreviation it is part of it", () => {
    const text = "He served six months. They met on Dec. 3, 2024 and again in May.";
    const { dates, durations } = values(text, "2025-01-10");
    expect(durations.map((d) => d.text)).toEqual(["six months"]);
    expect(dates.map((d) => d.text)).toEqual(["Dec. 3, 2024", "May"]);
  });
});

describe("dates relative to the article's day", () => {
  // 2025-06-01 is a Sunday
  const dated = (text: string, ref: string | undefined = "2025-06-01") => values(text, ref).dates.map((d) => [d.text, d.value, d.precision, d.inferred]);

  it("reads a weekday as the latest one by the reference date, or the next one after a forward cue", () => {
    expect(dated("The ministry said on Tuesday that drones hit Kharkiv. Talks will resume on Friday. It said Sunday.")).toEqual([
      ["Tuesday", "2025-05-27", "day", true], ["Friday", "2025-06-06", "day", true], ["Sunday", "2025-06-01", "day", true],
    ]);
  });

  it("reads yesterday, today, tomorrow and last, this and next year", () => {
    expect(dated("He said yesterday that last year was hard; this year is better and next year will be too. Today and tomorrow.")).toEqual([
      ["yesterday", "2025-05-31", "day", true], ["last year", "2024", "year", true], ["this year", "2025", "year", true],
      ["next year", "2026", "year", true], ["Today", "2025-06-01", "day", true], ["tomorrow", "2025-06-02", "day", true],
    ]);
  });

  it("leaves a weekday before a written date to that date, and reads nothing without a reference date", () => {
    expect(dated("Tuesday, Feb. 24, 2022 and Monday 3 March 2025.")).toEqual([["Feb. 24, 2022", "2022-02-24", "day", undefined], ["Monday 3 March 2025", "2025-03-03", "day", undefined]]);
    expect(values("said on Tuesday, last year").dates).toEqual([]);
    expect(dated("a sunday market, the last years")).toEqual([]);
  });

  it("reads a month or modifier before a step off the article's day as one date: 'May of last year', 'late last year'", () => {
    const read = (text: string, ref = "2025-06-01") => values(text, ref).dates.map((d) => [d.text, d.value, d.precision, d.modifier, d.inferred]);
    expect(read("In May of last year and December last year, in March this year and in May of next year.")).toEqual([
      ["May of last year", "2024-05", "month", undefined, true], ["December last year", "2024-12", "month", undefined, true],
      ["March this year", "2025-03", "month", undefined, true], ["May of next year", "2026-05", "month", undefined, true],
    ]);
    expect(read("Late last year, early this year, by the end of last year, in the spring of last year, late last month and in late 2024.")).toEqual([
      ["Late last year", "2024", "year", "late", true], ["early this year", "2025", "year", "early", true],
      ["end of last year", "2024", "year", "late", true], ["spring of last year", "2024", "year", "spring", true],
      ["late last month", "2025-05", "month", "late", true], ["late 2024", "2024", "year", "late", undefined],
    ]);
    // a January report's "December of last year"; a day before the step keeps its day
    expect(read("In December of last year and on 12 May last year.", "2026-01-05")).toEqual([
      ["December of last year", "2025-12", "month", undefined, true], ["12 May last year", "2025-05-12", "day", undefined, true],
    ]);
    // a comma or a full stop between them, a winter (which spans two years), or no reference date: as before
    expect(read("In May, last year's recruits left. In May. Last year it grew; in winter last year.")).toEqual([
      ["May", "2025-05", "month", undefined, undefined], ["May", "2025-05", "month", undefined, undefined],
      ["Last year", "2024", "year", undefined, true], ["last year", "2024", "year", undefined, true],
    ]);
    expect(values("In May of last year and late last year.").dates).toEqual([]);
  });

  it("reads 'this spring' as the season of the article's year, and leaves weekends and winters unread", () => {
    const read = (text: string) => values(text, "2025-06-01").dates.map((d) => [d.text, d.value, d.precision, d.modifier, d.inferred]);
    expect(read("This spring the unit grew; this summer, this autumn and this fall.")).toEqual([
      ["This spring", "2025", "year", "spring", true], ["this summer", "2025", "year", "summer", true],
      ["this autumn", "2025", "year", "autumn", true], ["this fall", "2025", "year", "autumn", true],
    ]);
    // a weekend is two days, no month or year; a winter spans two years; "last spring" in June is read differently by different writers
    expect(read("Over the weekend, last weekend, last spring, this winter, last winter, next winter, this fall in recruitment and this early in the war.")).toEqual([]);
    // "late" adds no second modifier to a season: the season alone, which holds the late spring
    expect(read("It came late this spring.")).toEqual([["this spring", "2025", "year", "spring", true]]);
    expect(values("This spring the unit grew.").dates).toEqual([]);
  });

  it("reads 'last spring' and 'next summer' when only one season can be meant, and no season of an order ('the last summer of the war')", () => {
    const read = (text: string, ref: string) => values(text, ref).dates.map((d) => [d.text, d.value, d.precision, d.modifier, d.inferred]);
    // in March 2026 this year's spring has not ended and its autumn not begun
    expect(read("Last spring, last summer, last autumn and last fall it grew; next autumn and next spring it moves.", "2026-03-10")).toEqual([
      ["Last spring", "2025", "year", "spring", true], ["last summer", "2025", "year", "summer", true],
      ["last autumn", "2025", "year", "autumn", true], ["last fall", "2025", "year", "autumn", true], ["next spring", "2027", "year", "spring", true],
    ]);
    // on the first day of summer: this year's spring is over ("last spring" is either), its summer has begun
    expect(read("Last spring, last summer, next spring and next summer.", "2025-06-01")).toEqual([
      ["last summer", "2024", "year", "summer", true], ["next spring", "2026", "year", "spring", true], ["next summer", "2026", "year", "summer", true],
    ]);
    expect(read("In the last summer of the war, its next spring and the last fall of Bakhmut; last fall in numbers.", "2026-03-10")).toEqual([]);
    expect(values("Last spring it grew.").dates).toEqual([]);
  });

  it("reads a week as the month that holds it whole, else the year that does, else nothing", () => {
    const read = (text: string, ref: string) => values(text, ref).dates.map((d) => [d.text, d.value, d.precision, d.modifier, d.inferred]);
    // Wednesday 11 June 2025: the weeks of 2–8, 9–15 and 16–22 June
    expect(read("Last week it fought, earlier this week it rested, and next week it moves.", "2025-06-11")).toEqual([
      ["Last week", "2025-06", "month", undefined, true], ["this week", "2025-06", "month", undefined, true], ["next week", "2025-06", "month", undefined, true],
    ]);
    // Sunday 1 June 2025: last week was 19–25 May; this week, 26 May–1 June, holds two months of one year
    expect(read("Last week and this week.", "2025-06-01")).toEqual([["Last week", "2025-05", "month", undefined, true], ["this week", "2025", "year", undefined, true]]);
    // Thursday 1 January 2026: this week, 29 December–4 January, holds two years and gives nothing
    expect(read("Last week, this week and next week.", "2026-01-01")).toEqual([["Last week", "2025-12", "month", undefined, true], ["next week", "2026-01", "month", undefined, true]]);
    // a modifier narrows no week: "early last week" is the week's month, not "early June"
    expect(read("It began early last week.", "2025-06-11")).toEqual([["last week", "2025-06", "month", undefined, true]]);
    // an order among weeks, a week's long and a possessive name no week; nor does anything without the article's day
    expect(read("In the last week of the siege, over the past week, in its next week, a week-long drill, this week-long drill, last week's raid.", "2025-06-11")).toEqual([]);
    expect(values("Last week it fought.").dates).toEqual([]);
  });

  it("reads a week the same under any time zone", () => {
    // the week's Monday is counted in UTC: "last week" holds the day seven days before the reference day, "this week" the day itself
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-08"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        const ref = d.toISOString().slice(0, 10);
        const weekBefore = new Date(Date.parse(`${ref}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
        const [last, now] = ["It fought last week.", "It fought this week."].map((text) => values(text, ref).dates[0]);
        if (last !== undefined) expect(weekBefore.startsWith(last.value)).toBe(true);
        if (now !== undefined) expect(ref.startsWith(now.value)).toBe(true);
        // only the week of New Year gives nothing
        if (now === undefined) expect(ref.slice(5, 7) === "12" || ref.slice(5, 7) === "01").toBe(true);
      }),
    );
  });

  it("reads no step off the article's day in an order among periods or a length of one ('over the last year', 'this month-long offensive')", () => {
    const read = (text: string) => values(text, "2025-06-01").dates.map((d) => [d.text, d.value]);
    expect(read("Over the last year, in the last month of the siege, in its next year and in this month-long offensive.")).toEqual([]);
    // "the next year" with no date before it steps from nothing
    expect(read("The next year it moved.")).toEqual([]);
    // a pronoun before the step is no order: "told her last year"
    expect(read("He told her last year and us this month that it grew.")).toEqual([["last year", "2024"], ["this month", "2025-06"]]);
  });

  it("does not depend on the time zone", () => {
    // the weekday arithmetic is UTC: any TZ the suite runs under gives the same days
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), fc.constantFrom("Monday", "Thursday", "Sunday"), (d, day) => {
        const ref = d.toISOString().slice(0, 10);
        const [found] = values(`It said on ${day}.`, ref).dates;
        const got = new Date(`${found?.value}T00:00:00Z`);
        const back = (Date.parse(`${ref}T00:00:00Z`) - got.getTime()) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThan(7);
        expect(got.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" })).toBe(day);
      }),
    );
  });
});

describe("years without a preposition", () => {
  const dated = (text: string) => values(text, "2025-06-01");

  it("reads both ends of a year range as years, and no count", () => {
    const v = dated("in 2015–2017 and again in 2022-2024, the 2023-24 season and the 2023/24 budget");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([["2015", "2015"], ["2017", "2017"], ["2022", "2022"], ["2024", "2024"], ["2023", "2023"], ["24", "2024"], ["2023", "2023"], ["24", "2024"]]);
    expect(v.quantities).toEqual([]);
  });

  it("keeps a range of counts and a full numeric date as they were", () => {
    const v = dated("1500-2000 troops, 2010-2090 rounds, on 2024-03-15");
    expect(v.quantities.map((q) => [q.text, q.min, q.max])).toEqual([["1500-2000", 1500, 2000], ["2010-2090", 2010, 2090]]);
    expect(v.dates.map((d) => d.value)).toEqual(["2024-03-15"]);
  });

  it("reads a year that qualifies a noun ('the 2022 invasion', 'Ukraine's 2025 budget') as a date, not a count", () => {
    const v = dated("Since the 2022 invasion, the 2014 Minsk agreements mean little; Ukraine's 2025 budget grew. It was 2022.");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([["2022", "2022"], ["2014", "2014"], ["2025", "2025"]]);
    // a bare year with no counted noun after it is no count either
    expect(v.quantities.map((q) => q.text)).toEqual([]);
    const w = dated("€7 billion for 2024; the aid covers 2024 and 2025, up compared with 2023; 2000 troops and about 2000 of them came.");
    expect(w.quantities.map((q) => q.text)).toEqual(["€7 billion", "2000", "about 2000"]);
  });

  it("reads no date in a decade ('the early 2000s', 'the 1990s'), rather than its first year", () => {
    const v = dated("In the early 2000s, the mid-1990s, the late 1980s, the 2000's and the 2010\u2019s, in the 1990s and 2000s, 300 troops served.");
    expect(v.dates).toEqual([]);
    expect(v.durations).toEqual([]);
    expect(v.quantities.map((q) => q.text)).toEqual(["300"]);
    // a year, with or without a modifier, is still one
    expect(dated("in early 2000, in 2000 and 2001").dates.map((d) => [d.text, d.value, d.modifier])).toEqual([["early 2000", "2000", "early"], ["2000", "2000", undefined], ["2001", "2001", undefined]]);
  });

  it("gives a year-less month the year that closes its range", () => {
    const v = dated("Between March and May 2024, from December to February 2024, through March-April 2023; in March and May.");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([
      ["March", "2024-03"], ["May 2024", "2024-05"], ["December", "2023-12"], ["February 2024", "2024-02"],
      // with no closing year, the narrative's year holds
      ["March", "2023-03"], ["April 2023", "2023-04"], ["March", "2024-03"], ["May", "2024-05"],
    ]);
  });

  it("steps back from the previous date: 'the previous day', 'two days earlier'", () => {
    const v = values("On May 3, 2024, the unit left. The previous day it rested. Two days earlier it fought. A month earlier it was formed. The preceding year it trained.");
    expect(v.dates.map((d) => [d.text, d.value, d.inferred ?? false])).toEqual([
      ["May 3, 2024", "2024-05-03", false], ["The previous day", "2024-05-02", true], ["Two days earlier", "2024-04-30", true],
      ["A month earlier", "2024-03", true], ["The preceding year", "2023", true],
    ]);
  });

  it("counts back from the article's day: 'two days ago', 'last month'", () => {
    const v = values("Two days ago a drone hit. Three weeks ago, a month ago, 3 years ago, last month, this month and next month.", "2025-06-15");
    expect(v.dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ["Two days ago", "2025-06-13", "day"], ["Three weeks ago", "2025-05-25", "day"], ["a month ago", "2025-05", "month"], ["3 years ago", "2022", "year"],
      ["last month", "2025-05", "month"], ["this month", "2025-06", "month"], ["next month", "2025-07", "month"],
    ]);
    expect(v.durations).toEqual([]);
    // without the article's day they are left out, and the length of time stays a duration
    expect(values("Two days ago a drone hit.").durations.map((d) => d.value)).toEqual(["P2D"]);
    // a January report's "last month" is December of the year before
    expect(values("It began last month.", "2026-01-05").dates.map((d) => d.value)).toEqual(["2025-12"]);
  });

  it("moves a year-less month ahead under 'will' anywhere in its clause", () => {
    const v = (text: string) => values(text, "2025-06-18").dates.map((d) => d.value);
    expect(v("The brigade will rotate out in August.")).toEqual(["2025-08"]);
    expect(v("The exercise will take place in February.")).toEqual(["2026-02"]);
    expect(v("The unit will be disbanded in late December.")).toEqual(["2025-12"]);
    // not past the clause
    expect(v("It will rest, as it did in February.")).toEqual(["2025-02"]);
  });

  it("reads both ends of a range of days that writes its month once", () => {
    const v = dated("On the night of 12-13 May 2025, between 3 and 5 March, on May 12–14, 2025, from June 3 to 5, the 12th–14th of July 2024.");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([
      ["12", "2025-05-12"], ["13 May 2025", "2025-05-13"], ["3", "2025-03-03"], ["5 March", "2025-03-05"],
      ["May 12", "2025-05-12"], ["14, 2025", "2025-05-14"], ["June 3", "2025-06-03"], ["5", "2025-06-05"],
      ["12th", "2024-07-12"], ["14th of July 2024", "2024-07-14"],
    ]);
    expect(v.dates.filter((d) => d.yearInferred).map((d) => d.text)).toEqual(["3", "5 March", "June 3", "5"]);
    expect(v.quantities).toEqual([]);
  });

  it("reads every range of days inside one month, in either order, as its two dates", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    fc.assert(fc.property(
      fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 27 }),
      fc.constantFrom("-", "–", " to ", " through "), fc.boolean(),
      (year, month, first, gap, joiner, dayFirst) => {
        const last = Math.min(28, first + gap);
        fc.pre(first < last);
        const name = months[month - 1] as string;
        const text = dayFirst ? `On ${first}${joiner}${last} ${name} ${year} it rained.` : `On ${name} ${first}${joiner}${last}, ${year} it rained.`;
        const iso = (d: number) => `${String(year)}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const v = values(text);
        expect(v.dates.map((d) => d.value)).toEqual([iso(first), iso(last)]);
        expect(v.quantities).toEqual([]);
      },
    ), { numRuns: 200 });
  });

  it("leaves a backwards or impossible range of days alone, and dates a range across months by its last end", () => {
    const v = values("On 5–3 May 2025 and Feb. 28-30, 2025; April 30–May 2, 2025.");
    expect(v.dates.map((d) => [d.text, d.value])).toEqual([["3 May 2025", "2025-05-03"], ["Feb. 28", "2025-02-28"], ["April 30", "2025-04-30"], ["May 2, 2025", "2025-05-02"]]);
    expect(v.dates.find((d) => d.text === "April 30")?.yearInferred).toBe(true);
  });

  it("stays linear on chains of ranges", () => {
    expectLinear((n) => repeatTo("March and May and 2015-2017-2019 1-2-3 May 4 to 5 to 6, 2025 April 30–May ", n), (t) => values(t, "2025-06-01"));
  });
});

describe("durations and counts that real reports write", () => {
  it("counts no age after 'aged', 'as young as' or 'the age of', unless a noun follows", () => {
    const q = (text: string) => values(text).quantities.map((m) => [m.text, m.unit]);
    expect(q("The prisoners, aged between 20 and 60, some as young as 19 or as old as 65, were freed.")).toEqual([]);
    expect(q("Men under the age of 25 cannot be mobilised; volunteers aged 18 to 24 may sign.")).toEqual([]);
    expect(q("The volunteers, aged 24 and 31, left; the medics, aged 19, 24 or 31, stayed.")).toEqual([]);
    // a noun after the number, or no cue before it, makes a count
    expect(q("Between 20 and 60 soldiers were killed, and 300 recruits aged 18 joined; as many as 19 died.")).toEqual([
      ["Between 20 and 60", "soldiers"], ["300", "recruits"], ["as many as 19", undefined],
    ]);
  });

  it("counts no age told with 'he was', 'she is' or 'who was'", () => {
    const q = (text: string) => values(text).quantities.map((m) => m.text);
    expect(q("Ivan Petrov died on Monday. He was 27. Petrov, who was 27, died. She is 41 and has two sons. He was 30 when he joined.")).toEqual(["two"]);
    // no person for a subject, a noun after the number, or no human age: a count as before
    expect(q("The death toll was 54. The unit, which was 300 strong, left. He was 200.")).toEqual(["54", "300", "200"]);
  });

  it("reads 'a month' after an amount or a count of events as a rate, no length of time", () => {
    const d = (text: string) => values(text).durations.map((m) => [m.text, m.value]);
    expect(d("Fighters receive a bonus of $1,000 a month and 200,000 rubles a month.")).toEqual([]);
    expect(d("They train three times a week, eat twice a day and earn 50,000 a year.")).toEqual([]);
    // after a unit of time, a verb or nothing, "a month" is still a length
    expect(d("He served two years and a month. He was wounded a month after he arrived.")).toEqual([["two years and a month", "P2Y1M"], ["a month", "P1M"]]);
    expect(d("A month later the unit left; after a year it came back.")).toEqual([["A month", "P1M"], ["a year", "P1Y"]]);
  });

  it("reads halves and quarters of a year as dates with their modifier, and no count", () => {
    const read = (text: string) => {
      const v = values(text);
      return [v.dates.map((d) => [d.text, d.value, d.modifier]), v.quantities.map((q) => q.text)];
    };
    expect(read("During the first half of 2024 the unit grew.")).toEqual([[["first half of 2024", "2024", "first-half"]], []]);
    expect(read("By the end of Q3 2025 it had 300 men.")).toEqual([[["Q3 2025", "2025", "q3"]], ["300"]]);
    expect(read("In the third quarter of 2025 and in H2 2024 it shrank.")).toEqual([[["third quarter of 2025", "2025", "q3"], ["H2 2024", "2024", "second-half"]], []]);
    expect(read("The first battalion left.")).toEqual([[], []]);
  });

  it("reads 'two and a half years' whole", () => {
    expect(values("He served for two and a half years on a two-and-a-half-year contract.").durations.map((d) => [d.text, d.value])).toEqual([
      ["two and a half years", "P2Y6M"], ["two-and-a-half-year", "P2Y6M"],
    ]);
  });

  it("reads no length of time in an age used as a noun ('two 70-year-olds', 'the 45-year-old's family')", () => {
    const read = (text: string) => {
      const v = values(text);
      return [v.durations.map((d) => d.text), v.quantities.map((q) => q.text)];
    };
    expect(read("Two 70-year-olds and a pair of 19-year-olds were hurt; two seventy-year-olds and two 70 year olds fled.")).toEqual([[], []]);
    expect(read("The 45-year-old's family and the 45-year-old\u2019s son spoke for the 18-year-olds\u2019 unit.")).toEqual([[], []]);
    // a length of time still is one, even with "old" after it elsewhere
    expect(read("He served 70 years, signed a three-year contract and was 45 years old.")).toEqual([["70 years", "three-year"], []]);
  });

  it("counts nouns whose plural has no s", () => {
    const q = values("Three people were killed; some 1,000 men, 880,000 personnel, 600,000 Russian servicemen and two children.").quantities;
    expect(q.map((x) => [x.text, x.unit])).toEqual([["Three", "people"], ["some 1,000", "men"], ["880,000", "personnel"], ["600,000", "Russian servicemen"], ["two", "children"]]);
  });
});

describe("times of day, ordinals and the amounts reports round", () => {
  it("reads no count or length of time in a time of day", () => {
    const v = values("It struck at 3 a.m., again at 11:30 p.m. and 05:45, at 0400 local time, at 1400 hours and at 10 o'clock; from 11 p.m. to 5 a.m. Pilots flew 1400 hours.");
    expect(v.quantities).toEqual([]);
    expect(v.durations.map((d) => [d.text, d.value])).toEqual([["1400 hours", "PT1400H"]]);
  });

  it("takes 'a second' before a noun for the ordinal, and an article before a plural unit for no length", () => {
    const v = values("A second soldier died in a second attack, for a second time, after a months-long siege. He waited a second. A second later it hit.");
    expect(v.durations.map((d) => d.text)).toEqual(["a second", "A second"]);
  });

  it("reads no count in a number that labels a noun, or in a calibre", () => {
    const v = values("Military unit 29155, No. 3057, Task Force 61, Hill 223, Article 5 and Resolution 2202; 12.7 mm rounds and 203 mm shells; the brigade lost 300 troops.");
    expect(v.quantities.map((q) => q.text)).toEqual(["300"]);
  });

  it("reads round amounts, shares of them, and the bounds and hedges reports write", () => {
    const v = values("A dozen soldiers, a million people, over a hundred drones, half a million refugees, a quarter of a million men, half a dozen tanks, "
      + "a few dozen medics, fifteen hundred troops, ~300 drones, not more than 30 fighters, as many as 3,000 men, in excess of 5,000 troops, "
      + "1,000-plus volunteers and 400-odd soldiers.");
    expect(v.quantities.map((q) => [q.text, q.min, q.max ?? null, q.approximate])).toEqual([
      ["A dozen", 12, 12, false], ["a million", 1_000_000, 1_000_000, false], ["over a hundred", 101, null, false],
      ["half a million", 500_000, 500_000, false], ["a quarter of a million", 250_000, 250_000, false], ["half a dozen", 6, 6, false],
      ["a few dozen", 24, 60, true], ["fifteen hundred", 1_500, 1_500, false], ["~300", 300, 300, true], ["not more than 30", 0, 30, false],
      ["as many as 3,000", 0, 3_000, false], ["in excess of 5,000", 5_001, null, false], ["1,000-plus", 1_000, null, false], ["400-odd", 400, 400, true],
    ]);
  });
});

describe("shares, money and model codes", () => {
  it("reads a percent sign or word as the unit 'percent'", () => {
    const q = values("Roughly 40% of the recruits left; some 40 percent stayed and 25 per cent. returned after a 50% cut.").quantities;
    expect(q.map((x) => [x.text, x.min, x.approximate, x.unit])).toEqual([
      ["Roughly 40%", 40, true, "percent"], ["some 40 percent", 40, true, "percent"], ["25 per cent", 25, false, "percent"], ["50%", 50, false, "percent"],
    ]);
  });

  it("keeps a currency sign with its amount, as the unit, and reads bn and mn", () => {
    const q = values("$2 billion in military aid, about $1,200 a month, £1.5bn, €5bn, ₴20,000 each and up to $40mn.").quantities;
    expect(q.map((x) => [x.text, x.min, x.max, x.approximate, x.unit])).toEqual([
      ["$2 billion", 2e9, 2e9, false, "$"], ["about $1,200", 1200, 1200, true, "$"], ["£1.5bn", 1.5e9, 1.5e9, false, "£"],
      ["€5bn", 5e9, 5e9, false, "€"], ["₴20,000", 20_000, 20_000, false, "₴"], ["up to $40mn", 0, 4e7, false, "$"],
    ]);
  });

  it("reads thousands grouped by a space as one count, never across a year or a date", () => {
    const read = (text: string) => {
      const v = values(text, "2025-06-15");
      return [v.dates.map((d) => d.text), v.durations.map((d) => d.text), v.quantities.map((q) => [q.text, q.min, q.max, q.unit])];
    };
    expect(read("Some 10 000 troops, 1\u00a0500 tanks and 1\u202f500\u2009000 people; pilots flew 10 000 hours.")).toEqual([[], ["10 000 hours"], [
      ["Some 10 000", 10_000, 10_000, "troops"], ["1\u00a0500", 1_500, 1_500, "tanks"], ["1\u202f500\u2009000", 1_500_000, 1_500_000, "people"],
    ]]);
    expect(read("In 2022 300 soldiers died; on May 12 300 more left.")).toEqual([["2022", "May 12"], [], [["300", 300, 300, "soldiers"], ["300", 300, 300, undefined]]]);
    // the year of a date is no first group, and a label is one number
    expect(read("on 12 May 2025 000 and Hill 223 100 troops").at(2)?.map((q) => q?.[0])).toEqual(["000", "100"]);
    expect(read("They had 10 0000 rounds, 10  000 rounds, 1,500 000 men.").at(2)?.map((q) => q?.[0])).toEqual(["10", "10", "000", "1,500", "000"]);
  });

  it("reads a glued k or m as a scale where a count ends, and leaves units alone", () => {
    const q = values("Russia lost 700k soldiers; about 1.5k troops and 2.3m people fled. Losses passed 700k, £2.3m. and $40m on drones. The toll was 2.3m.").quantities;
    expect(q.map((x) => [x.text, x.min, x.approximate, x.unit])).toEqual([
      ["700k", 700_000, false, "soldiers"], ["about 1.5k", 1_500, true, "troops"], ["2.3m", 2_300_000, false, "people"], ["700k", 700_000, false, undefined],
      ["£2.3m", 2_300_000, false, "£"], ["$40m", 40_000_000, false, "$"], ["2.3m", 2_300_000, false, undefined],
    ]);
    // a distance, a run, a compound: no count
    expect(values("They advanced 500m. A 10k run, 500m from the line, a 500m-long trench, a 700k-strong army.").quantities).toEqual([]);
  });

  it("reads a ratio as the share it is, no count in one beyond a hundred, and a number word before a percent word as a share", () => {
    const q = values("1 in 5 soldiers, one in three recruits, about nine in 10 Ukrainians and 1 in 3 000 men; Ninety percent stayed, ninety per cent. They killed 300 in 10 villages.").quantities;
    expect(q.map((x) => [x.text, x.min, x.unit, x.approximate])).toEqual([
      ["1 in 5", 0.2, "soldiers", false], ["one in three", 1 / 3, "recruits", false], ["about nine in 10", 0.9, "Ukrainians", true],
      ["Ninety percent", 90, "percent", false], ["ninety per cent", 90, "percent", false], ["300", 300, undefined, false], ["10", 10, "villages", false],
    ]);
    expect(values("Some 1 in 300 men and one out of every four recruits left.").quantities.map((x) => [x.text, x.min])).toEqual([["one out of every four", 0.25]]);
  });

  it("reads no count in a model code ('T-72', 'Su-25') and no scale in a glued word ('5bnx')", () => {
    const q = values("the T-72 and Su-25 jets, 20-30 troops, 7bnx").quantities;
    expect(q.map((x) => x.text)).toEqual(["20-30"]);
  });
});
