import { monthProgress, type StoreCalendar } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { finiteResult } from "./finiteResult";

/**
 * The share of a monthly target that should be done by the end of `asOf`, spread evenly over
 * the month's selling days: target × elapsed ÷ total.
 * @example expectedToDate(100, serialOf(2025-03-10), sundaysClosed) // 100 × 8 / 26
 */
export function expectedToDate(target: number, asOf: number, calendar: StoreCalendar): number | SheetError {
  if (target < 0) return sheetError("num", "negative", "target");
  const { elapsed, total } = monthProgress(asOf, asOf, calendar);
  if (total === 0) return sheetError("na", "noSellingDaysInMonth");
  return finiteResult((target * elapsed) / total);
}
