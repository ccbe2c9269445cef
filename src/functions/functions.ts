/*
 * Pacecar's custom functions (namespace GSM). Each is a thin wrapper: coerce the arguments,
 * call the core, turn a SheetError into the error value Excel shows. The JSDoc below is the
 * help Excel's autocomplete shows; functions.json is generated from it at build time.
 *
 * Parameters are `unknown` (type any in functions.json) so Excel hands over what the cell holds and
 * args.ts coerces it in one place; holidays is `unknown[][]` so a range arrives as rows of cells.
 * Return types are left to inference and declared as `@returns {number}` for the metadata: the
 * generator would call the `number | CustomFunctions.Error` union "any".
 */
import { isSheetError, type SheetError } from "../core/errors";
import { monthProgress, storeCalendar } from "../core/calendar";
import { expectedToDate as coreExpectedToDate, pace as corePace, trend as coreTrend } from "../core/pace";
import { allArgs, dateArg, numberArg, todaySerial } from "./args";
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
    calendar: storeCalendar(weekend, holidays),
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
    calendar: storeCalendar(weekend, holidays),
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
    calendar: storeCalendar(weekend, holidays),
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
    calendar: storeCalendar(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  return result(coreTrend(args.actual, args.asOf, args.calendar));
}
