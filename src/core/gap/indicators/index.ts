/**
 * Leading indicators: which weekly numbers (leads, appointments, shows, test drives, ad spend) move
 * ahead of the outcome (units sold), by how many periods, and what they say about the next one.
 *
 * - `readIndicatorSeries(indicators, outcome)`: ranges as a user selects them → equal-length series.
 * - `leadingIndicators(series, maxLag)` → `IndicatorModel | SheetError`: best lag and correlation per
 *   indicator, standardized weights of one joint regression (constant and collinear indicators
 *   reported, left out), and `forecast(current)` for the next period.
 */
export { readIndicatorSeries, cellNumber, type IndicatorSeries } from "./indicatorSeries";
export { bestLag, laggedWindow, type LagCorrelation } from "./bestLag";
export { indicatorStrength, type IndicatorStrength } from "./indicatorStrength";
export { fitLinear, type LinearFit } from "./linearFit";
export {
  leadingIndicators,
  periodsNeeded,
  DEFAULT_MAX_LAG,
  MAX_MAX_LAG,
  MIN_FIT_PERIODS,
  COLLINEAR_R_SQUARED,
  type IndicatorModel,
  type IndicatorResult,
  type IndicatorStatus,
} from "./leadingIndicators";
export { WEEKLY_INDICATORS_TABLE, WEEKLY_INDICATORS_SHEET, WEEKLY_INDICATORS_HEADERS } from "./weeklyIndicatorsTable";
