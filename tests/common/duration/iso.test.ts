import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { duration, formatIsoDuration, isoDurationCodec, IsoDurationSchema, parseIsoDuration, type Duration } from "../../../src/index.js";
import { durationArbitrary, isoDurationStringArbitrary } from "../../../src/testing.js";
import { expectLinear, repeatTo } from "../../helpers/linear.js";

const FIXTURE = new URL("../../../../shared/fixtures/rfc3339-duration-cases.json", import.meta.url);

function temporalValid(text: string): Temporal.Duration | undefined {
  try {
    return Temporal.Duration.from(text);
  } catch {
    return undefined;
  }
}

function sameAsTemporal(ours: Duration, theirs: Temporal.Duration): void {
  const s = theirs.sign === 0 ? 1 : theirs.sign;
  expect(ours.sign).toBe(s);
  expect(ours.years).toBe(Math.abs(theirs.years));
  expect(ours.months).toBe(Math.abs(theirs.months));
  expect(ours.weeks).toBe(Math.abs(theirs.weeks));
  expect(ours.days).toBe(Math.abs(theirs.days));
  expect(ours.hours).toBe(Math.abs(theirs.hours));
  expect(ours.minutes).toBe(Math.abs(theirs.minutes));
  expect(ours.seconds).toBe(Math.abs(theirs.seconds));
  const ns = Math.abs(theirs.milliseconds) * 1e6 + Math.abs(theirs.microseconds) * 1e3 + Math.abs(theirs.nanoseconds);
  expect(ours.nanoseconds).toBe(ns);
}

describe("parseIsoDuration — rfc3339 profile", () => {
  const fixture = existsSync(FIXTURE)
    ? (JSON.parse(readFileSync(FIXTURE, "utf8")) as { cases: { data: string; valid: boolean }[] }).cases
    : [];
  it.runIf(fixture.length > 0).each(fixture)("$data → valid: $valid", ({ data, valid }) => {
    expect(parseIsoDuration(data, { profile: "rfc3339" }).success).toBe(valid);
  });

  it("reads the JSON Schema examples exactly", () => {
    expect(parseIsoDuration("P4DT12H30M5S", { profile: "rfc3339" })).toEqual({
      success: true,
      data: duration({ days: 4, hours: 12, minutes: 30, seconds: 5 }),
    });
    expect(parseIsoDuration("P1Y0M2D", { profile: "rfc3339" }).success).toBe(true);
    expect(parseIsoDuration("p2w", { profile: "rfc3339" }).success).toBe(true); // ABNF literals ignore case
  });

  it("round-trips every duration it can write", () => {
    fc.assert(
      fc.property(durationArbitrary({ profile: "rfc3339" }), (d) => {
        const text = formatIsoDuration(d, { profile: "rfc3339" });
        expect(parseIsoDuration(text, { profile: "rfc3339" })).toEqual({ success: true, data: d });
      }),
    );
  });

  it("refuses to write what RFC 3339 cannot hold", () => {
    expect(() => formatIsoDuration(duration({ sign: -1, days: 1 }), { profile: "rfc3339" })).toThrow(/negative/);
    expect(() => formatIsoDuration(duration({ nanoseconds: 5 }), { profile: "rfc3339" })).toThrow(/fraction/);
    expect(() => formatIsoDuration(duration({ weeks: 1, days: 1 }), { profile: "rfc3339" })).toThrow(/weeks/);
  });
});

describe("formatIsoDuration — temporal profile", () => {
  it("writes the non-zero components only, in order, with a fraction of a second on the seconds", () => {
    expect(formatIsoDuration(duration({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 }))).toBe("P1Y2M3W4DT5H6M7S");
    expect(formatIsoDuration(duration({ weeks: 2, days: 1 }))).toBe("P2W1D");
    expect(formatIsoDuration(duration({ hours: 36 }))).toBe("PT36H");
    expect(formatIsoDuration(duration({ nanoseconds: 500_000_000 }))).toBe("PT0.5S");
    expect(formatIsoDuration(duration({ minutes: 1, seconds: 2, nanoseconds: 30 }))).toBe("PT1M2.00000003S");
    expect(formatIsoDuration(duration({ sign: -1, months: 6 }))).toBe("-P6M");
    expect(formatIsoDuration(duration({}))).toBe("PT0S");
    // no zero components, as RFC 3339 would write
    expect(formatIsoDuration(duration({ years: 1, days: 2 }))).toBe("P1Y2D");
    expect(formatIsoDuration(duration({ years: 1, days: 2 }), { profile: "rfc3339" })).toBe("P1Y0M2D");
  });
});

describe("parseIsoDuration — temporal profile", () => {
  it.each([
    ["P6M", duration({ months: 6 })],
    ["-P1D", duration({ sign: -1, days: 1 })],
    ["+pt36h", duration({ hours: 36 })],
    ["P1Y2W", duration({ years: 1, weeks: 2 })],
    ["PT1.5H", duration({ hours: 1, minutes: 30 })],
    ["PT0,000000001S", duration({ nanoseconds: 1 })],
    ["PT1.000001M", duration({ minutes: 1, nanoseconds: 60_000 })],
    ["-PT0S", duration({})],
  ])("%s", (text, expected) => {
    expect(parseIsoDuration(text)).toEqual({ success: true, data: expected });
  });

  it.each([
    ["", "empty", 0],
    ["P", "syntax", 1],
    ["PT", "syntax", 1],
    ["P1DT", "syntax", 3],
    ["P1.5D", "syntax", 1],
    ["PT1.5H30M", "syntax", 6],
    ["PT0.0000000001S", "syntax", 4],
    ["P1D2H", "syntax", 4],
    ["P2D1Y", "syntax", 4],
    ["P1Y1Y", "syntax", 4],
    ["P4294967296Y", "out_of_range", 0],
    ["PT9007199254740992S", "out_of_range", 0],
    ["−P1D", "syntax", 0],
    ["P1D ", "syntax", 3],
  ] as const)("%j fails with %s at %i", (text, code, offset) => {
    const result = parseIsoDuration(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe(code);
      expect(result.error.offset).toBe(offset);
      expect(result.error.input).toBe(text);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it("agrees with Temporal.Duration.from on validity and value for generated valid strings", () => {
    fc.assert(
      fc.property(isoDurationStringArbitrary(), (text) => {
        const ours = parseIsoDuration(text);
        const theirs = temporalValid(text);
        expect(ours.success).toBe(theirs !== undefined);
        if (ours.success && theirs) sameAsTemporal(ours.data, theirs);
      }),
    );
  });

  it("agrees with Temporal.Duration.from on near-miss strings", () => {
    const piece = fc.constantFrom("P", "p", "T", "t", "Y", "M", "W", "D", "H", "S", "1", "0", "12", ".", ",", "-", "+", "5", "99999999999");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join("")), (text) => {
        const ours = parseIsoDuration(text);
        const theirs = temporalValid(text);
        expect(ours.success, text).toBe(theirs !== undefined);
        if (ours.success && theirs) sameAsTemporal(ours.data, theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips every duration", () => {
    fc.assert(
      fc.property(durationArbitrary(), (d) => {
        expect(parseIsoDuration(formatIsoDuration(d))).toEqual({ success: true, data: d });
      }),
    );
  });

  it("is total on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        const result = parseIsoDuration(text, { profile: "temporal" });
        const strict = parseIsoDuration(text, { profile: "rfc3339" });
        expect(typeof result.success).toBe("boolean");
        expect(typeof strict.success).toBe("boolean");
      }),
    );
  });

  it("runs in linear time on long adversarial input", () => {
    expectLinear((n) => `P${repeatTo("9", n)}`, (t) => parseIsoDuration(t));
    expectLinear((n) => `PT${repeatTo("1", n - 3)}.5`, (t) => parseIsoDuration(t, { profile: "rfc3339" }));
  });
});

describe("IsoDurationSchema and isoDurationCodec", () => {
  it("validates strings with the parser's message", () => {
    expect(IsoDurationSchema.parse("P3Y")).toBe("P3Y");
    const bad = IsoDurationSchema.safeParse("P1D2H");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/"H" at offset 4/);
  });

  it("decodes and encodes", () => {
    expect(isoDurationCodec.decode("P1Y6M")).toEqual(duration({ years: 1, months: 6 }));
    expect(isoDurationCodec.encode(duration({ years: 1, months: 6 }))).toBe("P1Y6M");
    expect(isoDurationCodec.safeDecode("six months").success).toBe(false);
  });

  it("accepts every generated ISO string", () => {
    fc.assert(fc.property(isoDurationStringArbitrary(), (text) => IsoDurationSchema.safeParse(text).success));
  });
});
