import type { BenchRow } from "./run";

/** Benchmarks of the forecast (added once the model lands). */
export function extraBenchmarks(_random: () => number): BenchRow[] {
  return [];
}
