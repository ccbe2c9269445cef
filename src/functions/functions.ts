/*
 * Pacecar's custom functions (namespace GSM). Each is a thin wrapper: coerce the arguments,
 * call the core, turn a SheetError into the error value Excel shows. The JSDoc below is the
 * help Excel's autocomplete shows; functions.json is generated from it at build time.
 *
 * Parameters are `unknown` (type any in functions.json) so Excel hands over what the cell holds and
 * args.ts coerces it in one place; ranges (holidays, deal_dates, values) are `unknown[][]` so they
 * arrive as rows of cells. Return types are left to inference and declared as `@returns {number}`
 * (or `{any[][]}` for a spill) for the metadata: the generator would call the
 * `number | CustomFunctions.Error` union "any".
 */
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { monthProgress, type StoreCalendar } from "../core/calendar";
import { forecastCached, paceByDay as corePaceByDay, type MonthForecast } from "../core/forecast";
import { expectedToDate as coreExpectedToDate, pace as corePace, trend as coreTrend } from "../core/pace";
import { finiteResult } from "../core/pace/finiteResult";
import type { DateColumnRead } from "../core/dealLog/dateColumn";
import { allArgs, calendarArg, dateArg, dateRangeArg, numberArg, quantileArg, targetArg, todaySerial } from "./args";
import { toExcelError } from "./excelError";

function result(value: number | SheetError): number | CustomFunctions.Error {
  return isSheetError(value) ? toExcelError(value) : value;
}

/**
 * Selling days in the month that holds a date: days the showroom is open, after the weekend and the holidays. With through, only those from the 1st through that date.
 * @customfunction SELLING_DAYS
 * @param month Any date in the month.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001" (Monday first, 1 = closed).
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @param [through] Count only the selling days from the 1st through this date (end of that day).
 * @returns {number} Number of selling days.
 * @example =GSM.SELLING_DAYS(DATE(2025,3,1)) returns 26: March 2025 has 31 days and 5 Sundays.
 */
export function sellingDays(month: unknown, weekend?: unknown, holidays?: unknown[][], through?: unknown) {
  const args = allArgs({
    month: dateArg(month, "month"),
    calendar: calendarArg(weekend, holidays),
    // Without through, the whole month counts.
    through: dateArg(through, "through", () => Number.MAX_SAFE_INTEGER),
  });
  if (isSheetError(args)) return toExcelError(args);
  return monthProgress(args.month, args.through, args.calendar).elapsed;
}

/**
 * How much of a monthly target should be done by the end of as_of: target × selling days elapsed ÷ selling days in the month.
 * @customfunction EXPECTED_TO_DATE
 * @param target The month's target (units or gross).
 * @param [as_of] Last day that counts as done; defaults to today.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Target expected to date.
 * @example =GSM.EXPECTED_TO_DATE(130, DATE(2025,3,10)) returns 40: 8 of March 2025's 26 selling days are done.
 */
export function expectedToDate(target: unknown, as_of?: unknown, weekend?: unknown, holidays?: unknown[][]) {
  const args = allArgs({
    target: numberArg(target, "target"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  return result(coreExpectedToDate(args.target, args.asOf, args.calendar));
}

/**
 * Pace against target: actual ÷ expected to date. 1 is on pace, 1.1 is 10% ahead, 0.9 is 10% behind.
 * @customfunction PACE
 * @param actual Deals (or gross) so far this month.
 * @param target The month's target.
 * @param [as_of] Last day that counts as done; defaults to today.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Pace as a ratio (format the cell as %).
 * @example =GSM.PACE(36, 130, DATE(2025,3,10)) returns 0.9: 36 deals against 40 expected by the 10th.
 */
export function pace(actual: unknown, target: unknown, as_of?: unknown, weekend?: unknown, holidays?: unknown[][]) {
  const args = allArgs({
    actual: numberArg(actual, "actual"),
    target: numberArg(target, "target"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  return result(corePace(args.actual, args.target, args.asOf, args.calendar));
}

/**
 * The straight-line month end: actual ÷ selling days elapsed × selling days in the month.
 * @customfunction TREND
 * @param actual Deals (or gross) so far this month.
 * @param [as_of] Last day that counts as done; defaults to today.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Projected month-end total on a straight line.
 * @example =GSM.TREND(36, DATE(2025,3,10)) returns 117: 36 deals in 8 selling days, times 26.
 */
export function trend(actual: unknown, as_of?: unknown, weekend?: unknown, holidays?: unknown[][]) {
  const args = allArgs({
    actual: numberArg(actual, "actual"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  return result(coreTrend(args.actual, args.asOf, args.calendar));
}

/** The month-end projection of a deal_dates range, memoised: a sheet's p10, p50, p90 and PROB_REACH cells over one range fit it once. */
function projection(deals: DateColumnRead, asOf: number, calendar: StoreCalendar): MonthForecast | SheetError {
  return forecastCached({ dealDates: deals.dates, values: deals.values, asOf, calendar });
}

/**
 * Projected month-end total for as_of's month, learned from the deal log's own history: deals, or the sum of values (e.g. gross). The median, or the quantile you ask for.
 * @customfunction PROJECT_MONTH_END
 * @param deal_dates Range of sold dates, e.g. Deals[Sold Date] or a FILTER of it (blanks, a header and text that isn't a date are skipped).
 * @param [as_of] Last day that counts as done; defaults to today. Its month is the one projected.
 * @param [values] Range beside deal_dates to add up instead of counting deals, e.g. Deals[Front Gross] (same size as deal_dates).
 * @param [quantile] Which point of the projection: 0.5 = median (default), 0.1 = low end, 0.9 = high end of the likely range.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Projected month-end total.
 * @example =GSM.PROJECT_MONTH_END(Deals[Sold Date], DATE(2025,3,10)) returns the median projected deal count for March 2025 from the deals through 3/10; with quantile 0.1 and 0.9, the likely range.
 */
export function projectMonthEnd(
  deal_dates: unknown[][],
  as_of?: unknown,
  values?: unknown[][],
  quantile?: unknown,
  weekend?: unknown,
  holidays?: unknown[][]
) {
  const args = allArgs({
    deals: dateRangeArg(deal_dates, values),
    asOf: dateArg(as_of, "as_of", todaySerial),
    quantile: quantileArg(quantile, "quantile"),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  const forecast = projection(args.deals, args.asOf, args.calendar);
  if (isSheetError(forecast)) return toExcelError(forecast);
  const value = forecast.quantile(args.quantile);
  return result(isSheetError(value) ? value : finiteResult(value));
}

/**
 * Probability that as_of's month ends at or above target (deals, or the sum of values), from the same projection as PROJECT_MONTH_END.
 * @customfunction PROB_REACH
 * @param deal_dates Range of sold dates, e.g. Deals[Sold Date] or a FILTER of it (blanks, a header and text that isn't a date are skipped).
 * @param target The month's target: deals, or the total of values.
 * @param [as_of] Last day that counts as done; defaults to today. Its month is the one projected.
 * @param [values] Range beside deal_dates to add up instead of counting deals, e.g. Deals[Front Gross] (same size as deal_dates).
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {number} Probability from 0 to 1 (format the cell as %); 1 once the target is reached.
 * @example =GSM.PROB_REACH(Deals[Sold Date], 130, DATE(2025,3,10)) returns the chance, from 0 to 1, that March 2025 ends with 130 deals or more.
 */
export function probReach(
  deal_dates: unknown[][],
  target: unknown,
  as_of?: unknown,
  values?: unknown[][],
  weekend?: unknown,
  holidays?: unknown[][]
) {
  const args = allArgs({
    deals: dateRangeArg(deal_dates, values),
    target: targetArg(target, "target"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  const forecast = projection(args.deals, args.asOf, args.calendar);
  if (isSheetError(forecast)) return toExcelError(forecast);
  // 1 − a CDF that rounds to just above 1 dips below 0 by a rounding error: keep a probability within [0, 1].
  const p = forecast.probAtLeast(args.target);
  return result(finiteResult(Number.isNaN(p) ? p : Math.min(1, Math.max(0, p))));
}

/** The header row of PACE_BY_DAY's spill. */
const PACE_BY_DAY_HEADER = ["Date", "Cumulative target", "Cumulative actual", "Ahead"] as const;

/**
 * Day-by-day pace of as_of's month: a header row, then one row per day from the 1st through as_of with the date, the target's even pace over selling days, the deals so far, and TRUE where deals are at or above pace.
 * @customfunction PACE_BY_DAY
 * @param deal_dates Range of sold dates, e.g. Deals[Sold Date] or a FILTER of it (blanks, a header and text that isn't a date are skipped).
 * @param target The month's target in deals.
 * @param [as_of] Last day shown; defaults to today.
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {any[][]} A table that spills: Date, Cumulative target, Cumulative actual, Ahead (format the Date column as dates).
 * @example =GSM.PACE_BY_DAY(Deals[Sold Date], 130, DATE(2025,3,10)) returns a header row and 10 rows, 3/1 through 3/10, each with the deals so far beside 130's even pace.
 */
export function paceByDay(
  deal_dates: unknown[][],
  target: unknown,
  as_of?: unknown,
  weekend?: unknown,
  holidays?: unknown[][]
) {
  const args = allArgs({
    deals: dateRangeArg(deal_dates),
    target: targetArg(target, "target"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: calendarArg(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  // The same rule as the projection: a day before the range's first deal is a wrong as_of, not a month of zeros.
  if (!args.deals.dates.some((d) => d <= args.asOf)) return toExcelError(sheetError("na", "asOfBeforeFirstDeal"));
  const days = corePaceByDay(args.deals.dates, args.target, args.asOf, args.calendar);
  if (isSheetError(days)) return toExcelError(days);
  const rows: (string | number | boolean)[][] = [[...PACE_BY_DAY_HEADER]];
  for (const d of days) {
    // A huge target can overflow its even pace; Excel would show #NUM!, so say why.
    if (!Number.isFinite(d.cumulativeTarget)) return toExcelError(sheetError("num", "resultTooLarge"));
    rows.push([d.date, d.cumulativeTarget, d.cumulativeActual, d.ahead]);
  }
  return rows;
}
