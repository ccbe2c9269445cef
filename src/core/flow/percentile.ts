import { quantileSorted } from "simple-statistics";

/**
 * The p-th percentile of minutes, as Excel's PERCENTILE.INC computes it: rank p·(n−1) in the sorted
 * values, interpolating linearly between neighbours (simple-statistics' quantileSorted, R type 7).
 * Null for no values.
 * @example percentileInc([10, 20, 30, 40], 0.9) // 37 (rank 2.7: 30 + 0.7 × 10)
 */
export function percentileInc(values: readonly number[], p: number): number | null {
  return percentilesInc(values, [p])[0] ?? null;
}

/** Several percentiles of the same values, sorting them once (a stage's median and 90th on a big log). */
export function percentilesInc(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => quantileSorted(sorted, p));
}
