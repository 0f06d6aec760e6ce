import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnitIdentifierSchema } from "../../src/index.js";
import { ECHELON_TABLE, ECHELONS, echelonFromSidc, echelonOfSidc, parseUnitDesignation, toSidc } from "../../src/unit/index.js";
import { unitDesignationArbitrary } from "../../src/testing.js";

describe("echelon codes both ways", () => {
  it("uses the APP-6D / 2525D amplifiers 11–18, 21–26 and the 2525C letters A–N", () => {
    const sized = ECHELONS.filter((e) => e !== "unspecified");
    expect(sized.map((e) => ECHELON_TABLE[e].sidc)).toEqual(["11", "12", "13", "14", "15", "16", "17", "18", "21", "22", "23", "24", "25", "26"]);
    expect(sized.map((e) => ECHELON_TABLE[e].letter).join("")).toBe("ABCDEFGHIJKLMN");
    expect(sized.map((e) => ECHELON_TABLE[e].rank)).toEqual(sized.map((_, k) => k + 1));
  });

  it.each(ECHELONS.filter((e) => e !== "unspecified"))("%s round-trips through its digits and its letter", (e) => {
    expect(echelonFromSidc(ECHELON_TABLE[e].sidc)).toBe(e);
    expect(echelonFromSidc(ECHELON_TABLE[e].letter)).toBe(e);
    expect(echelonFromSidc(ECHELON_TABLE[e].letter.toLowerCase())).toBe(e);
  });

  it("reads the echelon of whole SIDCs and rejects other codes", () => {
    expect(echelonOfSidc("10031000161211000000")).toBe("battalion");
    expect(echelonOfSidc("SFGPUCI----F---")).toBe("battalion");
    expect(echelonOfSidc("SFGPUCI--------")).toBe("unspecified");
    expect(echelonOfSidc("12345")).toBeUndefined();
    expect(echelonFromSidc("19")).toBeUndefined();
    expect(echelonFromSidc("Z")).toBeUndefined();
  });
});

describe("toSidc", () => {
  const of = (text: string) => {
    const r = parseUnitDesignation(text);
    if (!r.success) throw new Error(r.error.message);
    return r.data;
  };
  it.each<[string, "friend" | "hostile" | "neutral", string]>([
    ["92 ОМБр", "friend", "10031000181205000000"],
    ["59 ОМПБр", "friend", "10031000181211040000"],
    ["128 ОГШБр", "friend", "10031000181211000027"],
    ["2nd Battalion", "hostile", "10061000160000000000"],
    ["129th Territorial Defense Brigade", "friend", "10031000181211000000"],
    ["25th Airborne Brigade", "friend", "10031000181211000001"],
    ["95th Air Assault Brigade", "friend", "10031000181211000100"],
    ["1st Marine Division", "neutral", "10041000211211010000"],
    ["44th Artillery Brigade", "friend", "10031000181303000000"],
    ["H Co", "friend", "10031000150000000000"],
  ])("%s (%s) → %s", (text, affiliation, sidc) => {
    expect(toSidc(of(text), { affiliation })).toBe(sidc);
  });

  it("always writes 20 digits that pass the identifier schema and keep the echelon", () => {
    fc.assert(
      fc.property(unitDesignationArbitrary(), fc.constantFrom("pending", "unknown", "assumed-friend", "friend", "neutral", "suspect", "hostile" as const), (d, affiliation) => {
        const sidc = toSidc(d, { affiliation });
        expect(UnitIdentifierSchema.safeParse({ scheme: "sidc", value: sidc }).success).toBe(true);
        expect(echelonOfSidc(sidc)).toBe(d.echelon ?? "unspecified");
      }),
    );
  });
});
