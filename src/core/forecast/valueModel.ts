import type { DealHistory } from "./dealHistory";
import type { ValueModel } from "./monthForecast";

/** Months of history the per-deal value is learned from (recent values drift: prices, F&I menus). */
const VALUE_MONTHS = 12;

/**
 * The per-deal value of this month's deals still to come: the recent months' per-deal mean and
 * spread, and this month's deals so far, weighted by how much monthly means really move (their
 * variance beyond sampling noise) against how noisy a few deals are.
 * `monthBounds` are day indices of month starts (as in the day table); `current` the month being
 * forecast; `throughIndex` the asOf day's index.
 */
export function valueModel(
  history: DealHistory,
  monthBounds: Int32Array,
  current: number,
  throughIndex: number
): ValueModel {
  const { counts, sums, squares } = history;
  if (!sums || !squares) return { mean: 0, variance: 0, meanVariance: 0 };
  const monthStats = (lo: number, hi: number): { n: number; sum: number; squares: number } => {
    let n = 0;
    let sum = 0;
    let sq = 0;
    for (let i = lo; i < hi; i++) {
      n += counts[i] ?? 0;
      sum += sums[i] ?? 0;
      sq += squares[i] ?? 0;
    }
    return { n, sum, squares: sq };
  };
  const past: { n: number; sum: number; squares: number }[] = [];
  for (let m = Math.max(0, current - VALUE_MONTHS); m < current; m++) {
    const s = monthStats(monthBounds[m] as number, monthBounds[m + 1] as number);
    if (s.n > 0) past.push(s);
  }
  const now = monthStats(monthBounds[current] as number, throughIndex + 1);
  const all = past.length > 0 ? past : [now];
  let n = 0;
  let sum = 0;
  let within = 0;
  let dof = 0;
  for (const s of all) {
    n += s.n;
    sum += s.sum;
    within += s.squares - (s.sum * s.sum) / s.n;
    dof += s.n - 1;
  }
  if (n === 0) return { mean: 0, variance: 0, meanVariance: 0 };
  const pooledMean = sum / n;
  const variance = dof > 0 ? Math.max(0, within / dof) : 0;
  // Between-month variance of the per-deal mean beyond sampling noise (method of moments).
  let between = 0;
  let noise = 0;
  for (const s of past) {
    between += (s.sum / s.n - pooledMean) ** 2;
    noise += variance / s.n;
  }
  const drift = past.length > 1 ? Math.max(0, (between - noise) / (past.length - 1)) : variance / Math.max(1, n);
  const historyVariance = drift + variance / Math.max(1, n);
  if (now.n === 0 || past.length === 0) return { mean: pooledMean, variance, meanVariance: historyVariance };
  // Every deal worth the same within a month: this month's deals so far say exactly what the rest are worth.
  if (variance === 0) return { mean: now.sum / now.n, variance, meanVariance: 0 };
  if (historyVariance === 0) return { mean: pooledMean, variance, meanVariance: 0 };
  const nowVariance = variance / now.n;
  const precision = 1 / historyVariance + 1 / nowVariance;
  const mean = (pooledMean / historyVariance + now.sum / now.n / nowVariance) / precision;
  return { mean, variance, meanVariance: 1 / precision };
}
