import type { MonthForecast } from "../../forecast";

/**
 * The chance the month ends at or above target when, on top of the projection, `sureDeals` extra
 * deals are made and each deal of `chances` closes with its own chance (independently of each
 * other and of the projection's own deals). The extra count is a Poisson-binomial: its
 * distribution is built one deal at a time, then P = Σ_k P(extra = sure + k) · P(projection ≥ target − sure − k).
 * @example probWithExtra(forecast, 130, 0, []) // forecast.probAtLeast(130): nothing extra
 */
export function probWithExtra(
  forecast: Pick<MonthForecast, "probAtLeast">,
  target: number,
  sureDeals: number,
  chances: readonly number[]
): number {
  let dist = [1];
  for (const c of chances) {
    const p = Math.min(1, Math.max(0, c));
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, k) => {
      next[k] = (next[k] ?? 0) + q * (1 - p);
      next[k + 1] = (next[k + 1] ?? 0) + q * p;
    });
    dist = next;
  }
  let prob = 0;
  dist.forEach((q, k) => {
    if (q > 0) prob += q * forecast.probAtLeast(target - sureDeals - k);
  });
  return Math.min(1, Math.max(0, prob));
}
