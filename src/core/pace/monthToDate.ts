import { monthKey, monthProgress, monthStart, type StoreCalendar } from "../calendar";
import { isSheetError, type SheetError } from "../errors";
import { expectedToDate } from "./expectedToDate";
import { pace } from "./pace";
import { trend } from "./trend";

/** The month so far, as the pane's first screen shows it. Numbers are null where there is no answer yet. */
export interface MonthToDate {
  /** "2025-03" */
  readonly month: string;
  readonly asOf: number;
  readonly sellingDaysTotal: number;
  readonly sellingDaysElapsed: number;
  readonly sellingDaysLeft: number;
  /** Deals dated from the 1st through as_of. */
  readonly mtd: number;
  readonly target: number | null;
  readonly expectedToDate: number | null;
  readonly pace: number | null;
  readonly trend: number | null;
}

/** Counts the month's deals through asOf and puts them against the target's pace. */
export function monthToDate(
  dealDates: readonly number[],
  asOf: number,
  calendar: StoreCalendar,
  target: number | null
): MonthToDate {
  const day = Math.floor(asOf);
  const start = monthStart(day);
  let mtd = 0;
  for (const d of dealDates) if (d >= start && d < day + 1) mtd++;
  const progress = monthProgress(day, day, calendar);
  const orNull = (x: number | SheetError): number | null => (isSheetError(x) ? null : x);
  return {
    month: monthKey(day),
    asOf: day,
    sellingDaysTotal: progress.total,
    sellingDaysElapsed: progress.elapsed,
    sellingDaysLeft: progress.total - progress.elapsed,
    mtd,
    target,
    expectedToDate: target === null ? null : orNull(expectedToDate(target, day, calendar)),
    pace: target === null ? null : orNull(pace(mtd, target, day, calendar)),
    trend: orNull(trend(mtd, day, calendar)),
  };
}
