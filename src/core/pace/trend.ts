import { monthProgress, type StoreCalendar } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { finiteResult } from "./finiteResult";

/**
 * The straight-line month end dealer tools show: actual ÷ selling days elapsed × selling days in
 * the month. Biased on back-loaded months; see the forecast for a better projection.
 */
export function trend(actual: number, asOf: number, calendar: StoreCalendar): number | SheetError {
  if (actual < 0) return sheetError("num", "negative", "actual");
  const { elapsed, total } = monthProgress(asOf, asOf, calendar);
  if (total === 0) return sheetError("na", "noSellingDaysInMonth");
  if (elapsed === 0) return sheetError("na", "noSellingDayElapsed");
  return finiteResult((actual / elapsed) * total);
}
