import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/personnel/tokens.js";
import { UnitIndex } from "../../src/personnel/unit-link.js";

describe("unit index", () => {
  it("marks the tokens a designation starts at, and no token inside one or between", () => {
    const text = "Karl of the 2nd Battalion spoke. Ivan joined the 47th Mechanized Brigade in Kyiv.";
    const units = new UnitIndex(text);
    const tokens = tokenize(text);
    const starts = units.tokenStarts(tokens);
    const marked = Array.from({ length: tokens.length }, (_, i) => i).filter((i) => starts[i] === 1);
    // the same tokens the index answers for by offset
    const byOffset = Array.from({ length: tokens.length }, (_, i) => i).filter((i) => units.at(tokens.startOf(i)) !== undefined);
    expect(marked).toEqual(byOffset);
    expect(marked.map((i) => tokens.get(i)?.text)).toEqual(["2nd", "47th"]);
  });

  it("marks nothing in a text without designations", () => {
    const text = "Karl, 45, of Texas.";
    expect([...new UnitIndex(text).tokenStarts(tokenize(text))].every((b) => b === 0)).toBe(true);
  });
});
