import { describe, expect, it } from "vitest";
import { answers } from "../../examples/unit-order-of-battle.js";

describe("examples/unit-order-of-battle.ts", () => {
  it("gives the answers docs/units.md shows", () => {
    const a = answers();
    expect(a.mentions).toEqual(["2nd Battalion", "253rd Assault Regiment of the 129th Territorial Defense Brigade", "International Legion for Territorial Defense"]);
    expect(a.regimentShort).toBe("253rd Aslt Regt, 129th TD Bde");
    expect(a.battalionParentInJune).toBe("bde129");
    expect(a.battalionActiveInJuly).toBe("unknown");
    expect(a.battalionActiveIn2025).toBe("unknown");
    expect(a.legionActiveOnNewYearsEve).toBe(true);
    expect(a.legionActiveIn2026).toBe(false);
    expect(a.treeIn2026).toEqual([{ id: "bde129", active: true, children: [{ id: "regt253", active: true, children: [] }] }]);
    expect(a.battalionBecame).toEqual(["integrated into regt253 (2025-07)"]);
    expect(a.issues).toEqual([]);
    expect(a.regimentSidc).toBe("10031000171211000000");
  });
});
