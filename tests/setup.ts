import fc from "fast-check";

// Property runs get a time budget so `npm test` stays quick on 2 cores; an interrupted run passes
// with the runs it completed (fast-check's default), a failing run still fails at once.
// MUSTERROLL_PROPERTY_RUNS raises the count for a soak (see bench/).
const runs = Number(process.env.MUSTERROLL_PROPERTY_RUNS ?? 300);
fc.configureGlobal({
  numRuns: runs,
  interruptAfterTimeLimit: Number(process.env.MUSTERROLL_PROPERTY_MS ?? 4_000),
  ...(process.env.MUSTERROLL_SEED ? { seed: Number(process.env.MUSTERROLL_SEED) } : {}),
});
