/** A forecast beside what happened: the least the accuracy metrics need. */
export interface ScoredMonth {
  readonly actual: number;
  readonly p10: number;
  readonly p90: number;
}

/**
 * Weighted absolute percentage error: Σ|forecast − actual| ÷ Σ actual over the rows whose forecast
 * `pick` gives (null skips a row, e.g. a trend before the first selling day). NaN with no rows.
 * @example wape(rows, (r) => r.p50)
 */
export function wape<T extends { readonly actual: number }>(
  rows: readonly T[],
  pick: (row: T) => number | null
): number {
  let error = 0;
  let actual = 0;
  for (const row of rows) {
    const f = pick(row);
    if (f === null || !Number.isFinite(f)) continue;
    error += Math.abs(f - row.actual);
    actual += Math.abs(row.actual);
  }
  return actual > 0 ? error / actual : NaN;
}

/**
 * Share of rows whose actual landed inside [p10, p90] (ends included): ~0.8 when calibrated.
 * @example coverage(backtest({ dealDates, calendar, asOfDay: 10 }))
 */
export function coverage(rows: readonly ScoredMonth[]): number {
  if (rows.length === 0) return NaN;
  let inside = 0;
  for (const r of rows) if (r.actual >= r.p10 && r.actual <= r.p90) inside++;
  return inside / rows.length;
}

/**
 * How much of the gap between the straight line and the noise limit a model closes:
 * (WAPE_trend − WAPE_model) ÷ (WAPE_trend − WAPE_limit). 1 = as good as knowing every day's expectation.
 */
export function gapClosed(trendWape: number, modelWape: number, limitWape: number): number {
  return (trendWape - modelWape) / (trendWape - limitWape);
}
