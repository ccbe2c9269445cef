/**
 * "Know by the 10th": the month-end projection of a deal log, learned from the log's own history.
 *
 * - `forecastMonthEnd({ dealDates, values?, asOf, calendar, reference? })` → `MonthForecast | SheetError`:
 *   the month-end total of asOf's month (deals, or the sum of `values`) as a predictive distribution —
 *   `mean`, `p10`/`p50`/`p90`, `quantile(p)` (a SheetError outside 0 < p < 1), `probAtLeast(x)`, the
 *   straight-line `trend` beside it, `method` ("model", or "trend-fallback" under 3 months of history).
 *   Dates after asOf are ignored; asOf is end of day; `reference` (the store's dates) is the prior
 *   shape of a subset such as one salesperson.
 * - `forecastCached(input)`: the same, memoised on a cheap fingerprint of the inputs (for many cells).
 * - `backtest({ dealDates, values?, calendar, asOfDay, minHistoryMonths?, endDate?, reference? })` →
 *   `BacktestRow[]`, and the metrics `wape`, `coverage`, `gapClosed`.
 * - `paceByDay(dealDates, target, asOf, calendar)` → `PaceDay[] | SheetError`: the 1st through asOf
 *   against the target paced over selling days.
 */
export type { ForecastInput, ForecastMethod, MonthForecast } from "./types";
export { forecastMonthEnd, MIN_HISTORY_MONTHS } from "./forecastMonthEnd";
export { forecastCached, forecastKey, clearForecastCache } from "./forecastCached";
export { backtest, type BacktestInput, type BacktestRow } from "./backtest";
export { wape, coverage, gapClosed, type ScoredMonth } from "./metrics";
export { paceByDay, type PaceDay } from "./paceByDay";
export { countDistribution, type CountDistribution } from "./countDistribution";
export { SALES_EVENTS, salesEventDays, commonClosedHolidays, type SalesEventName } from "./salesEvents";
export { MAX_HISTORY_MONTHS, EMPTY_MONTHS_GAP } from "./dealHistory";
