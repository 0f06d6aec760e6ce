/** A small benchmark harness: median of several timed rounds after a warm-up, in the same process. */
export interface Timing {
  readonly name: string;
  readonly perOpNs: number;
  readonly opsPerSecond: number;
}

export function time(name: string, items: readonly unknown[], run: (item: never) => unknown, rounds = 9): Timing {
  const call = run as (item: unknown) => unknown;
  let sink = 0;
  for (let w = 0; w < 3; w++) for (const item of items) sink += call(item) ? 1 : 0;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const item of items) sink += call(item) ? 1 : 0;
    samples.push(Number(process.hrtime.bigint() - t0) / items.length);
  }
  samples.sort((a, b) => a - b);
  const perOpNs = samples[Math.floor(samples.length / 2)] ?? 0;
  if (sink === -1) console.log(""); // keep the results alive
  return { name, perOpNs, opsPerSecond: 1e9 / perOpNs };
}

export function report(title: string, ours: Timing, peer: Timing, goal?: number): void {
  const ratio = peer.perOpNs / ours.perOpNs;
  console.log(`\n## ${title}`);
  for (const t of [ours, peer]) console.log(`  ${t.name.padEnd(40)} ${t.perOpNs.toFixed(0).padStart(8)} ns/op  ${Math.round(t.opsPerSecond).toLocaleString("en-US").padStart(12)} ops/s`);
  console.log(`  ratio: ${ours.name} is ${ratio.toFixed(2)}× ${peer.name}${goal ? ` (goal ≥ ${goal}×: ${ratio >= goal ? "met" : "NOT met"})` : ""}`);
}
