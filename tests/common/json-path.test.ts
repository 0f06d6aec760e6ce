import { describe, expect, it } from "vitest";
import { jsonPath } from "../../src/index.js";

describe("jsonPath", () => {
  it("writes keys, indices and odd keys the way messages quote them", () => {
    expect(jsonPath(["assignments", 1, "to"])).toBe("$.assignments[1].to");
    expect(jsonPath([])).toBe("$");
    expect(jsonPath(["a b", "__proto__", "$ok"], "$[3]")).toBe('$[3]["a b"].__proto__.$ok');
    expect(jsonPath(["x\"y"])).toBe('$["x\\"y"]');
  });
});
