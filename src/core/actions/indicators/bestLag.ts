import { sampleCorrelation } from "simple-statistics";

/** A series' best lead on the outcome: how many periods earlier it moves with it, and how closely. */
export interface LagCorrelation {
  readonly lag: number;
  /** Pearson correlation of the indicator `lag` periods earlier with the outcome; null when either doesn't vary. */
  readonly correlation: number | null;
}

/** The indicator shifted by `lag`, paired with the outcome from period `maxLag` on (the same periods for every lag). */
export function laggedWindow(series: readonly number[], lag: number, maxLag: number): number[] {
  const out: number[] = [];
  for (let t = maxLag; t < series.length; t++) out.push(series[t - lag] ?? 0);
  return out;
}

function varies(xs: readonly number[]): boolean {
  return xs.some((x) => x !== xs[0]);
}

/**
 * The lag 0..maxLag at which an indicator correlates most strongly (either sign) with the outcome.
 * Every lag is scored on the same periods (from maxLag on), so a longer lag doesn't win by having
 * fewer, luckier points; a tie goes to the shorter lag.
 * @example bestLag([1, 5, 2, 8, 3, 9], [0, 1, 5, 2, 8, 3], 2) // { lag: 1, correlation: 1 }
 */
export function bestLag(indicator: readonly number[], outcome: readonly number[], maxLag: number): LagCorrelation {
  const y = laggedWindow(outcome, 0, maxLag);
  let best: LagCorrelation = { lag: 0, correlation: null };
  if (!varies(y)) return best;
  for (let lag = 0; lag <= maxLag; lag++) {
    const x = laggedWindow(indicator, lag, maxLag);
    if (!varies(x)) continue;
    const r = sampleCorrelation(x, y);
    if (!Number.isFinite(r)) continue;
    if (best.correlation === null || Math.abs(r) > Math.abs(best.correlation) + 1e-12) best = { lag, correlation: r };
  }
  return best;
}
