import { monthProgress, type StoreCalendar } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { finiteResult } from "./finiteResult";

/**
 * actual ÷ expected-to-date: 1 is on pace, 0.9 is 10% behind.
 * #N/A before the first selling day has passed (nothing was expected yet).
 */
export function pace(actual: number, target: number, asOf: number, calendar: StoreCalendar): number | SheetError {
  if (actual < 0) return sheetError("num", "negative", "actual");
  if (target < 0) return sheetError("num", "negative", "target");
  const { elapsed, total } = monthProgress(asOf, asOf, calendar);
  if (total === 0) return sheetError("na", "noSellingDaysInMonth");
  if (elapsed === 0) return sheetError("na", "noSellingDayElapsed");
  // A zero target makes pace meaningless, as actual/0 is in Excel.
  if (target === 0) return sheetError("div0", "targetZero");
  return finiteResult(actual / ((target * elapsed) / total));
}
