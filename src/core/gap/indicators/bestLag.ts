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
  if (indicator.length === outcome.length && outcome.length - maxLag >= 2)
    return bestLagInPlace(indicator, outcome, maxLag);
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

/** simple-statistics' sum (compensated) of series[from, from + n). */
function windowSum(series: readonly number[], from: number, n: number): number {
  let sum = series[from] as number;
  let correction = 0;
  for (let i = from + 1; i < from + n; i++) {
    const v = series[i] as number;
    const transition = sum + v;
    correction += Math.abs(sum) >= Math.abs(v) ? sum - transition + v : v - transition + sum;
    sum = transition;
  }
  return sum + correction;
}

/**
 * bestLag without copying a window per lag: each lag's window read in place, with simple-statistics'
 * sampleCorrelation computed step for step (the same sums in the same order, so the same numbers).
 * Up to 53 lags × every indicator on each recalculation made the copies the larger part of the work.
 */
function bestLagInPlace(indicator: readonly number[], outcome: readonly number[], maxLag: number): LagCorrelation {
  const n = outcome.length - maxLag;
  let best: LagCorrelation = { lag: 0, correlation: null };
  const y0 = outcome[maxLag] as number;
  let yVaries = false;
  for (let t = maxLag; t < outcome.length; t++) if (outcome[t] !== y0) yVaries = true;
  if (!yVaries) return best;
  const ymean = windowSum(outcome, maxLag, n) / n;
  let yss = 0;
  for (let t = maxLag; t < outcome.length; t++) {
    const d = (outcome[t] as number) - ymean;
    yss += d * d;
  }
  const ystd = Math.sqrt(yss / (n - 1));
  for (let lag = 0; lag <= maxLag; lag++) {
    const from = maxLag - lag;
    const x0 = indicator[from] as number;
    let xVaries = false;
    for (let i = from; i < from + n; i++) if (indicator[i] !== x0) xVaries = true;
    if (!xVaries) continue;
    const xmean = windowSum(indicator, from, n) / n;
    let cov = 0;
    let xss = 0;
    for (let k = 0; k < n; k++) {
      const dx = (indicator[from + k] as number) - xmean;
      cov += dx * ((outcome[maxLag + k] as number) - ymean);
      xss += dx * dx;
    }
    const r = cov / (n - 1) / Math.sqrt(xss / (n - 1)) / ystd;
    if (!Number.isFinite(r)) continue;
    if (best.correlation === null || Math.abs(r) > Math.abs(best.correlation) + 1e-12) best = { lag, correlation: r };
  }
  return best;
}
