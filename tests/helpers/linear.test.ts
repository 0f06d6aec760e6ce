import { describe, expect, it } from "vitest";
import { expectLinear, repeatTo } from "./linear.js";

// The linear-time checker must itself be able to fail: a reader whose work grows with the square
// of its input is refused, a linear one passes.
describe("expectLinear", () => {
  const make = (n: number) => repeatTo("ab", n);
  const linear = (s: string) => {
    let x = 0;
    for (let i = 0; i < s.length; i++) x += s.charCodeAt(i);
    return x;
  };
  const quadratic = (s: string) => {
    let x = linear(s);
    for (let i = 0; i < s.length; i += 16) for (let j = 0; j < i; j += 256) x += j;
    return x;
  };

  it("passes a linear reader", () => {
    expect(expectLinear(make, linear)).toBeLessThan(256);
  });

  it("refuses a quadratic one", () => {
    expect(() => expectLinear(make, quadratic)).toThrow(/CPU time ratio/);
  });
});
