export type { ForecastInput, ForecastMethod, MonthForecast } from "./types";
export { forecastMonthEnd, MIN_HISTORY_MONTHS } from "./forecastMonthEnd";
export { forecastCached, forecastKey, clearForecastCache } from "./forecastCached";
export { backtest, type BacktestInput, type BacktestRow } from "./backtest";
export { wape, coverage, gapClosed, type ScoredMonth } from "./metrics";
export { paceByDay, type PaceDay } from "./paceByDay";
export { countDistribution, type CountDistribution } from "./countDistribution";
export { SALES_EVENTS, salesEventDays, commonClosedHolidays, nthWeekday, thanksgivingDay, type SalesEventName } from "./salesEvents";
