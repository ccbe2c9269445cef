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
  // A typed array sorts numbers natively, several times faster than a comparator over a big log's stays.
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => quantileOfSorted(sorted, p));
}

/** simple-statistics' quantileSorted (R type 7) over a typed array. */
function quantileOfSorted(sorted: Float64Array, p: number): number {
  if (p < 0 || p > 1) return quantileSorted([...sorted], p);
  const last = sorted.length - 1;
  if (p === 1) return sorted[last] as number;
  if (p === 0) return sorted[0] as number;
  const idx = last * p;
  const lower = Math.floor(idx);
  if (lower === idx) return sorted[idx] as number;
  const below = sorted[lower] as number;
  return below + (idx - lower) * ((sorted[lower + 1] as number) - below);
}
