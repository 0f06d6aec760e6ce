import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerCase } from "../../../src/common/index.js";

describe("lowerCase", () => {
  it("agrees with String.prototype.toLowerCase on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => lowerCase(s) === s.toLowerCase()));
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => lowerCase(s) === s.toLowerCase()));
  });

  it("lowers capitals of any script, and special cases such as İ", () => {
    expect(lowerCase("Brigade")).toBe("brigade");
    expect(lowerCase("ОМБр")).toBe("омбр");
    expect(lowerCase("İ")).toBe("İ".toLowerCase());
    expect(lowerCase("")).toBe("");
  });
});
