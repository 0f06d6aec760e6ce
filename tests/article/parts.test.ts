import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeByline, parseByline, parseDateline } from "../../src/article/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

describe("parseDateline", () => {
  it.each([
    ["KYIV, Dec 31 (Reuters) – Text", { place: "KYIV", date: "2025-12-31", agency: "Reuters" }, "KYIV, Dec 31 (Reuters) –"],
    ["WASHINGTON, Aug. 4, 2004 – Text", { place: "WASHINGTON", date: "2004-08-04" }, "WASHINGTON, Aug. 4, 2004 –"],
    ["KRAMATORSK, Ukraine (AP) — Text", { place: "KRAMATORSK, Ukraine", agency: "Associated Press" }, "KRAMATORSK, Ukraine (AP) —"],
    ["ST. PETERSBURG - Text", { place: "ST. PETERSBURG" }, "ST. PETERSBURG -"],
    ["Kyiv, 31 December 2025 (dpa) – Text", { place: "Kyiv", date: "2025-12-31", agency: "dpa" }, "Kyiv, 31 December 2025 (dpa) –"],
  ])("reads %s", (text, dateline, written) => {
    const r = parseDateline(text, { referenceDate: "2025-06-01" });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.dateline).toEqual(dateline);
      expect(r.data.text).toBe(written);
      expect(text.slice(0, r.data.end)).toBe(written);
      if (r.data.dateSpan) expect(text.slice(r.data.dateSpan.start, r.data.dateSpan.end)).toMatch(/\d/);
    }
  });

  it("keeps a year-less date as text when there is no reference date", () => {
    const r = parseDateline("KYIV, Dec 31 (Reuters) – Text");
    expect(r.success && r.data).toMatchObject({ dateline: { place: "KYIV", agency: "Reuters" }, dateText: "Dec 31" });
  });

  it.each([
    ["The unit moved – quietly – north.", "no_match"],
    ["Kyiv – the capital", "no_match"],
    ["", "no_match"],
    ["KYIV, Feb. 30, 2025 – Text", "invalid_date"],
    ["KYIV, the capital city of it all – Text", "no_match"],
  ])("refuses %j with %s", (text, code) => {
    const r = parseDateline(text);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe(code);
  });

  it("is total and linear", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typeof parseDateline(s).success).toBe("boolean");
      }),
    );
    expectLinear((n) => repeatTo("KYIV, ", n), (t) => parseDateline(t));
  });
});

describe("parseByline", () => {
  it.each([
    ["By Jane Doe and John Roe", [{ name: "Jane Doe" }, { name: "John Roe" }]],
    ["By Jane Doe, John Roe & Max Roe", [{ name: "Jane Doe" }, { name: "John Roe" }, { name: "Max Roe" }]],
    ["By JANE DOE, Associated Press", [{ name: "Jane Doe", affiliation: "Associated Press" }]],
    ["By Jane Doe | Reuters", [{ name: "Jane Doe", affiliation: "Reuters" }]],
    ["By Jane Doe in Kyiv", [{ name: "Jane Doe" }]],
    ["Written by Jan van der Berg, staff writer", [{ name: "Jan van der Berg", role: "staff writer" }]],
    ["Reporting by Jane Doe; Editing by John Roe", [{ name: "Jane Doe" }, { name: "John Roe", role: "editor" }]],
    ["Reporting by Jane Doe and Max Roe; Additional reporting by Ann Lee in Kyiv; Writing by Tom Holt; Editing by John Roe", [
      { name: "Jane Doe" }, { name: "Max Roe" }, { name: "Ann Lee", role: "contributor" }, { name: "Tom Holt", role: "writer" }, { name: "John Roe", role: "editor" },
    ]],
    ["By Jane Doe | Published 3 hours ago", [{ name: "Jane Doe" }]],
    ["By Jane Doe | Reuters | Updated 12:30 GMT", [{ name: "Jane Doe", affiliation: "Reuters" }]],
  ])("reads %s", (text, authors) => {
    expect(parseByline(text)).toEqual({ success: true, data: authors });
  });

  it.each([
    ["", "empty"],
    ["By", "no_match"],
    ["By the way, this is a long sentence about nothing", "no_match"],
    ["By Jane Doe, Who Wrote This Very Long Line", "syntax"],
    // a bar before any name leaves nothing to skip to
    ["By | Published 3 hours ago", "syntax"],
    ["x".repeat(300), "out_of_range"],
  ])("refuses %j with %s", (text, code) => {
    const r = parseByline(text);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe(code);
  });

  it("tells bylines from sentences that start with By", () => {
    expect(looksLikeByline("By Jane Doe")).toBe(true);
    expect(looksLikeByline("By the end of 2025, the unit was gone.")).toBe(false);
    expect(looksLikeByline("By 2026, the company had three platoons.")).toBe(false);
  });

  it("is total", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(typeof parseByline(s).success).toBe("boolean");
      }),
    );
  });
});
