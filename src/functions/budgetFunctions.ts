/*
 * Budget variance and leading indicators (namespace GSM): thin wrappers over src/core/budget and src/core/gap/indicators, same
 * rules as functions.ts — parameters `unknown` so args.ts coerces them in one place, ranges as rows
 * of cells, SheetErrors mapped with toExcelError.
 */
import { budgetKindOf, budgetVariance as coreBudgetVariance, type BudgetActual } from "../core/budget";
import {
  cellNumber,
  DEFAULT_MAX_LAG,
  leadingIndicators as coreLeadingIndicators,
  MAX_MAX_LAG,
  readIndicatorSeries,
  type IndicatorModel,
  type IndicatorResult,
} from "../core/gap/indicators";
import { storeCalendar } from "../core/calendar";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { allArgs, dateArg, numberArg, todaySerial } from "./args";
import { toExcelError } from "./excelError";

// The calendar of omitted weekend and holidays (Sundays closed), built once rather than on every call down a sheet.
const DEFAULT_CALENDAR = storeCalendar(undefined, undefined);

/** actual as one number, or a ratio's numerator and denominator in two cells (a row or a column). */
function budgetActualArg(value: unknown): BudgetActual | SheetError {
  // One cell (the usual case, called down a budget sheet) without flattening anything.
  const single =
    Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && (value[0] as unknown[]).length === 1;
  const cells = single
    ? [(value[0] as unknown[])[0]]
    : Array.isArray(value)
      ? value.flatMap((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]))
      : [value];
  if (cells.length === 1) {
    const v = numberArg(cells[0], "actual");
    return isSheetError(v) ? v : { value: v };
  }
  if (cells.length !== 2) return sheetError("value", "budgetActualShape");
  const numerator = numberArg(cells[0], "actual");
  if (isSheetError(numerator)) return numerator;
  const denominator = numberArg(cells[1], "actual");
  if (isSheetError(denominator)) return denominator;
  return { numerator, denominator };
}

/**
 * A budget line against the month so far. kind "total" (default): actual is the month-to-date total (units, front or back gross, ad spend), projected to month end on a straight line over selling days; returns projected − budget. kind "ratio": actual is the ratio as it stands (gross per unit, F&I PVR, ad cost per sale) or two cells, numerator and denominator (e.g. back gross and units); returns ratio − budget. Positive is above budget: good for gross and units, bad for ad spend.
 * @customfunction BUDGET_VARIANCE
 * @param actual Month to date: one number, or for a ratio two cells (numerator, denominator).
 * @param budget The month's budget for the line (a total, or a ratio).
 * @param [kind] "total" (default): projected to month end; "ratio": compared as it stands (a straight line scales numerator and denominator alike).
 * @param [as_of] Last day that counts as done; defaults to today.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Variance: projected − budget for a total, ratio − budget for a ratio.
 * @example =GSM.BUDGET_VARIANCE(36, 130, "total", DATE(2025,3,10)) returns -13: 36 units in 8 of March 2025's 26 selling days project to 117, 13 short of 130.
 * @example =GSM.BUDGET_VARIANCE(1700, 1800, "ratio") returns -100: an F&I PVR of $1,700 is $100 under a $1,800 budget.
 */
export function budgetVariance(
  actual: unknown[][],
  budget: unknown,
  kind?: unknown,
  as_of?: unknown,
  weekend?: unknown,
  holidays?: unknown[][]
) {
  const args = allArgs({
    actual: budgetActualArg(actual),
    budget: numberArg(budget, "budget"),
    kind: budgetKindOf(kind),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar:
      weekend === null || weekend === undefined
        ? holidays === null || holidays === undefined
          ? DEFAULT_CALENDAR
          : storeCalendar(weekend, holidays)
        : storeCalendar(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  const line = coreBudgetVariance(args.kind, args.actual, args.budget, args.asOf, args.calendar);
  return isSheetError(line) ? toExcelError(line) : line.variance;
}

/** max_lag: omitted is DEFAULT_MAX_LAG; 0 (also an empty cell on the desktop) means the same period only. */
function maxLagArg(value: unknown): number | SheetError {
  if (value === null || value === undefined || value === "") return DEFAULT_MAX_LAG;
  const lag = numberArg(value, "max_lag");
  if (isSheetError(lag)) return lag;
  return Number.isInteger(lag) && lag >= 0 && lag <= MAX_MAX_LAG
    ? lag
    : sheetError("num", "indicatorsMaxLag", MAX_MAX_LAG);
}

function indicatorModel(indicators: unknown, outcome: unknown, max_lag: unknown): IndicatorModel | SheetError {
  const maxLag = maxLagArg(max_lag);
  if (isSheetError(maxLag)) return maxLag;
  const series = readIndicatorSeries(indicators, outcome);
  if (isSheetError(series)) return series;
  return coreLeadingIndicators(series, maxLag);
}

/** The header row of LEADING_INDICATORS' spill. */
const LEADING_INDICATORS_HEADER = ["Indicator", "Best lag", "Correlation", "Weight", "Strength"] as const;

/** The strength column in words: strong/moderate/weak/none, "(inverse)" when it moves against the outcome, or why it was left out. */
function strengthText(result: IndicatorResult): string {
  if (result.status === "constant") return "constant";
  if (result.status === "collinear") return `collinear with ${result.collinearWith ?? ""}`;
  return result.strength !== "none" && (result.correlation ?? 0) < 0 ? `${result.strength} (inverse)` : result.strength;
}

/**
 * Which indicators lead the outcome, and by how much: for each column of indicators, the lag (periods ahead, 0 to max_lag) at which it correlates most with the outcome, that correlation, its standardized weight in one joint regression of the outcome on all the lagged indicators, and a strength label. Rows strongest first; constant and collinear indicators are listed and left out of the regression.
 * @customfunction LEADING_INDICATORS
 * @param indicators Table of indicators, one column each, one row per period (oldest first), with or without its header row, e.g. WeeklyIndicators[[#All],[Leads]:[Ad Spend]]. A Week or Date column is skipped.
 * @param outcome Column of the outcome over the same periods, with or without its header, e.g. WeeklyIndicators[[#All],[Units Sold]].
 * @param [max_lag] Longest lead tried, in periods: 4 (default), 0 for the same period only, up to 52.
 * @returns {any[][]} A table that spills: Indicator, Best lag, Correlation, Weight, Strength.
 * @example =GSM.LEADING_INDICATORS(WeeklyIndicators[[#All],[Leads]:[Ad Spend]], WeeklyIndicators[[#All],[Units Sold]]) returns one row per indicator, e.g. Appointments with best lag 1 (a week ahead of sales) and a strong correlation.
 */
export function leadingIndicators(indicators: unknown[][], outcome: unknown[][], max_lag?: unknown) {
  const model = indicatorModel(indicators, outcome, max_lag);
  if (isSheetError(model)) return toExcelError(model);
  const rank = (r: IndicatorResult): number => (r.correlation === null ? -1 : Math.abs(r.correlation));
  const rows: (string | number)[][] = [[...LEADING_INDICATORS_HEADER]];
  for (const r of [...model.indicators].sort((a, b) => rank(b) - rank(a))) {
    rows.push([r.name, r.lag ?? "", r.correlation ?? "", r.weight ?? "", strengthText(r)]);
  }
  return rows;
}

/**
 * The outcome of the coming period predicted from the indicators, with the lags and weights LEADING_INDICATORS learns: indicators that lead by a period or more are read from the table's last rows, same-period ones from current.
 * @customfunction INDICATOR_FORECAST
 * @param indicators Table of indicators, one column each, one row per period (oldest first), with or without its header row.
 * @param outcome Column of the outcome over the same periods, with or without its header.
 * @param current The indicators' values in the period forecast (e.g. this week's so far), one cell per indicator column in the same order; only same-period (lag 0) indicators need a value.
 * @param [max_lag] Longest lead tried, in periods: 4 (default), 0 for the same period only, up to 52.
 * @returns {number} The outcome predicted for the period of current.
 * @example =GSM.INDICATOR_FORECAST(WeeklyIndicators[[#All],[Leads]:[Ad Spend]], WeeklyIndicators[[#All],[Units Sold]], J2:N2) returns this week's expected units from last week's appointments and this week's shows in J2:N2.
 */
export function indicatorForecast(
  indicators: unknown[][],
  outcome: unknown[][],
  current: unknown[][],
  max_lag?: unknown
) {
  const maxLag = maxLagArg(max_lag);
  if (isSheetError(maxLag)) return toExcelError(maxLag);
  const series = readIndicatorSeries(indicators, outcome);
  if (isSheetError(series)) return toExcelError(series);
  const cells = Array.isArray(current)
    ? current.flatMap((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]))
    : [current];
  // current may span the whole table row (a skipped Week column included) or just the indicators.
  const byIndicator =
    cells.length === series.width && series.width !== series.names.length
      ? series.positions.map((p) => cells[p])
      : cells.length === series.names.length
        ? cells
        : null;
  if (!byIndicator) return toExcelError(sheetError("value", "indicatorsCurrentSize", series.names.length));
  const model = coreLeadingIndicators(series, maxLag);
  if (isSheetError(model)) return toExcelError(model);
  const predicted = model.forecast(byIndicator.map(cellNumber));
  return isSheetError(predicted) ? toExcelError(predicted) : predicted;
}
