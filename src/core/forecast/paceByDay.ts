import { isoDate, isSellingDay, monthProgress, monthStart, type StoreCalendar } from "../calendar";
import { sheetError, type SheetError } from "../errors";

/** One day of the month against an evenly paced target: the candles of the pace chart. */
export interface PaceDay {
  /** Whole-day serial. */
  readonly date: number;
  /** "2025-03-10". */
  readonly iso: string;
  readonly sellingDay: boolean;
  /** target × selling days elapsed through this date ÷ selling days in the month. */
  readonly cumulativeTarget: number;
  /** Deals dated from the 1st through this date. */
  readonly cumulativeActual: number;
  /** Whether cumulativeActual ≥ cumulativeTarget. */
  readonly ahead: boolean;
}

/**
 * Every day of asOf's month from the 1st through asOf (not past it: the days after have no actual
 * yet), with the target's even pace over selling days and the deals so far. Closed days repeat the
 * previous day's target. Deals after asOf are ignored; times of day are dropped.
 * Errors: negative target → #NUM! negative; a month without selling days → #N/A noSellingDaysInMonth.
 * @example paceByDay(dealDates, 120, dateToSerial(2025, 3, 10), calendar)[9].ahead
 */
export function paceByDay(
  dealDates: readonly number[],
  target: number,
  asOf: number,
  calendar: StoreCalendar
): PaceDay[] | SheetError {
  if (!Number.isFinite(target)) return sheetError("value", "notANumber", "target");
  if (target < 0) return sheetError("num", "negative", "target");
  const day = Math.floor(asOf);
  const first = monthStart(day);
  const { total } = monthProgress(day, day, calendar);
  if (total === 0) return sheetError("na", "noSellingDaysInMonth");
  const perDay = new Float64Array(day - first + 1);
  for (const d of dealDates) {
    if (!Number.isFinite(d)) continue;
    const i = Math.floor(d) - first;
    if (i >= 0 && i < perDay.length) perDay[i] = (perDay[i] as number) + 1;
  }
  const rows: PaceDay[] = [];
  let elapsed = 0;
  let actual = 0;
  for (let d = first; d <= day; d++) {
    const selling = isSellingDay(d, calendar);
    if (selling) elapsed++;
    actual += perDay[d - first] as number;
    const cumulativeTarget = (target * elapsed) / total;
    rows.push({
      date: d,
      iso: isoDate(d),
      sellingDay: selling,
      cumulativeTarget,
      cumulativeActual: actual,
      ahead: actual >= cumulativeTarget,
    });
  }
  return rows;
}
