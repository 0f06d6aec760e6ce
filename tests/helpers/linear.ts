import { expect } from "vitest";

const SMALL = 32 * 1024;
const LARGE = 1024 * 1024;
const COPIES = LARGE / SMALL;
const MIN_SAMPLE_MS = 20;
const MAX_REPS = 50;

/** CPU time of this process in milliseconds: other processes on a busy machine do not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU time of `batch` runs of `fn`, keeping every result alive until the end. Small inputs are run
 * 32 at a time so that both sides allocate and retain the same amount of memory: the garbage
 * collector then costs both the same, and what is left of the ratio is the algorithm.
 */
function timeBatch(fn: () => unknown, batch: number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const kept: unknown[] = [];
  const t0 = cpuMs();
  for (let k = 0; k < batch; k++) kept.push(fn());
  const elapsed = cpuMs() - t0;
  if (kept.length !== batch) throw new Error("unreachable");
  return elapsed;
}

// Two rounds per side: a spike on both is rare, and a failing ratio is measured again anyway (see
// expectLinear), so a third round would only lengthen every passing test.
const ROUNDS = 2;

function best(fn: () => unknown, batch: number): number {
  timeBatch(fn, 1); // warm up the JIT on this shape
  let min = Infinity;
  for (let round = 0; round < ROUNDS; round++) min = Math.min(min, timeBatch(fn, batch));
  return min;
}

/**
 * Asserts that `run` takes time linear in its input: one 1 MB input built by `make` must take less
 * than `factor` times as long as 32 inputs of 32 KB. The reported figure is the per-input ratio
 * (1 MB / 32 KB): linear ≈ 32, quadratic ≈ 1024. The default bound, 8 × 32 = 256, leaves room for
 * what a garbage-collected runtime adds to large inputs on a busy machine and still fails anything
 * quadratic by a factor of four. CPU time, never a wall-clock bound.
 */
export function expectLinear(make: (length: number) => string, run: (input: string) => unknown, factor = 8): number {
  const small = make(SMALL);
  const large = make(LARGE);
  // A spike (a major collection, a deoptimisation, another test's work in the same process) can
  // land on one measurement; a super-linear reader exceeds the bound on every one. So measure up
  // to three times and keep the best ratio: quadratic time still fails by a factor of four.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && !(ratio < 32 * factor); attempt++) ratio = Math.min(ratio, measureRatio(small, large, run));
  expect(ratio, `1 MB / 32 KB CPU time ratio ${ratio.toFixed(1)} (linear ≈ 32, quadratic ≈ 1024)`).toBeLessThan(32 * factor);
  return ratio;
}

function measureRatio(small: string, large: string, run: (input: string) => unknown): number {
  // A fast parser reads a megabyte in a millisecond or two, where V8's background compiler and
  // marker (whose CPU time the process counts too) can double a sample: repeat both sides alike
  // until a large sample takes about MIN_SAMPLE_MS.
  const once = timeBatch(() => run(large), 1);
  const reps = Math.min(MAX_REPS, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(once, 0.01))));
  const tSmall = best(() => run(small), COPIES * reps) / (COPIES * reps);
  const tLarge = best(() => run(large), reps) / reps;
  return tLarge / Math.max(tSmall, 1e-6);
}

/** Repeats `unit` until the string is `length` code units long (cut to exactly that length). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
