import { expect } from "vitest";

const SMALL = 32 * 1024;
const LARGE = 1024 * 1024;

function perCall(fn: () => unknown, minMs: number): number {
  fn(); // warm up the JIT on this shape
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Asserts that `run` takes time linear in its input: the time for a 1 MB input built by `make`
 * must stay within `factor` times 32× the time for a 32 KB input. A quadratic parser gives a
 * ratio near 1024, a linear one near 32. A ratio, never a wall-clock bound.
 */
export function expectLinear(make: (length: number) => string, run: (input: string) => unknown, factor = 3): number {
  const small = make(SMALL);
  const large = make(LARGE);
  const tSmall = perCall(() => run(small), 40);
  const tLarge = perCall(() => run(large), 40);
  const ratio = tLarge / tSmall;
  expect(ratio, `1 MB / 32 KB time ratio ${ratio.toFixed(1)} (linear ≈ 32)`).toBeLessThan(32 * factor);
  return ratio;
}

/** Repeats `unit` until the string is `length` code units long (cut to exactly that length). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
