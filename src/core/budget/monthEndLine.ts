import { monthProgress, type StoreCalendar } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { finiteResult } from "../pace/finiteResult";

/**
 * The straight-line month end of a month-to-date total: mtd ÷ selling days elapsed × selling days in
 * the month, as GSM.TREND, except that a negative total (front gross after a bad week) is projected
 * too instead of refused.
 * #N/A when the month has no selling day or none has elapsed by the end of asOf.
 * @example monthEndLine(36, serialOf(2025-03-10), sundaysClosed) // 117: 36 in 8 of 26 selling days
 */
export function monthEndLine(mtd: number, asOf: number, calendar: StoreCalendar): number | SheetError {
  const { elapsed, total } = monthProgress(asOf, asOf, calendar);
  if (total === 0) return sheetError("na", "noSellingDaysInMonth");
  if (elapsed === 0) return sheetError("na", "noSellingDayElapsed");
  return finiteResult((mtd / elapsed) * total);
}
