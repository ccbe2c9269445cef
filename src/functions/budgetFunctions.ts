/*
 * Budget variance and leading indicators (namespace GSM): thin wrappers over src/core/actions, same
 * rules as functions.ts — parameters `unknown` so args.ts coerces them in one place, ranges as rows
 * of cells, SheetErrors mapped with toExcelError.
 */
import { budgetKindOf, budgetVariance as coreBudgetVariance, type BudgetActual } from "../core/actions/budget";
import { storeCalendar } from "../core/calendar";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { allArgs, dateArg, numberArg, todaySerial } from "./args";
import { toExcelError } from "./excelError";

/** actual as one number, or a ratio's numerator and denominator in two cells (a row or a column). */
function budgetActualArg(value: unknown): BudgetActual | SheetError {
  const cells = Array.isArray(value) ? value.flatMap((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row])) : [value];
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
 * @volatile
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
export function budgetVariance(actual: unknown[][], budget: unknown, kind?: unknown, as_of?: unknown, weekend?: unknown, holidays?: unknown[][]) {
  const args = allArgs({
    actual: budgetActualArg(actual),
    budget: numberArg(budget, "budget"),
    kind: budgetKindOf(kind),
    asOf: dateArg(as_of, "as_of", todaySerial),
    calendar: storeCalendar(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  const line = coreBudgetVariance(args.kind, args.actual, args.budget, args.asOf, args.calendar);
  return isSheetError(line) ? toExcelError(line) : line.variance;
}
