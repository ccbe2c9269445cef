import { countDistribution } from "./countDistribution";
import type { DealHistory } from "./dealHistory";
import { monthForecast, type ForecastFacts, type ValueModel } from "./monthForecast";
import type { MonthForecast } from "./types";

/** Spread of the deals still to come around the straight line, as a CV: wide, since nothing was learned. */
export const FALLBACK_CV = 0.4;

/**
 * The straight line with an honest, wide range, for logs too short to learn a month's shape:
 * the deals still to come are negative binomial around trend − mtd with a 40% CV on top of Poisson
 * noise; a value per deal, when asked, is the log's own mean and spread so far.
 */
export function trendFallback(facts: ForecastFacts, history: DealHistory, remainingMean: number): MonthForecast {
  const m = Math.max(0, remainingMean);
  const remaining = countDistribution(m, m + (FALLBACK_CV * m) ** 2);
  return monthForecast(facts, remaining, history.sums ? pooledValue(history) : null);
}

function pooledValue(history: DealHistory): ValueModel {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < history.counts.length; i++) {
    n += history.counts[i] ?? 0;
    sum += history.sums?.[i] ?? 0;
    squares += history.squares?.[i] ?? 0;
  }
  if (n === 0) return { mean: 0, variance: 0, meanVariance: 0 };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : 0;
  // A month's mean may sit a fifth away from the few deals seen so far.
  return { mean, variance, meanVariance: variance / n + (0.2 * mean) ** 2 };
}
