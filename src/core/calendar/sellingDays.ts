import { dateToSerial, dayOfWeek, daysInMonth, monthEnd, monthStart, serialToDate } from "./serial";
import type { WeekendMask } from "./weekend";

/** The store's calendar: which weekdays are closed and which dates are closed holidays. */
export interface StoreCalendar {
  readonly weekend: WeekendMask;
  readonly holidays: ReadonlySet<number>;
}

/** Whether the showroom is open on a whole-day serial. */
export function isSellingDay(serial: number, calendar: StoreCalendar): boolean {
  const day = Math.floor(serial);
  return !calendar.weekend[dayOfWeek(day)] && !calendar.holidays.has(day);
}

/**
 * NETWORKDAYS.INTL(start, end, weekend, holidays) for start ≤ end: selling days in [start, end].
 * Returns 0 when end < start (callers count "nothing yet", not a negative span).
 */
export function sellingDaysBetween(start: number, end: number, calendar: StoreCalendar): number {
  const a = Math.floor(start);
  const b = Math.floor(end);
  if (b < a) return 0;
  const span = b - a + 1;
  const { weekend, holidays } = calendar;
  let openPerWeek = 0;
  for (let w = 0; w < 7; w++) if (!weekend[w]) openPerWeek++;
  // Whole weeks by arithmetic (fast for long spans), the remainder day by day.
  const weeks = Math.floor(span / 7);
  let count = weeks * openPerWeek;
  for (let d = a + weeks * 7, w = dayOfWeek(d); d <= b; d++, w = w === 6 ? 0 : w + 1) if (!weekend[w]) count++;
  if (holidays.size > 0) for (const h of holidays) if (h >= a && h <= b && !weekend[dayOfWeek(h)]) count--;
  return count;
}

/** The selling days of serial's month, as a sorted list of serials. */
export function sellingDaysOfMonth(serial: number, calendar: StoreCalendar): number[] {
  const days: number[] = [];
  for (let d = monthStart(serial), end = monthEnd(serial); d <= end; d++) {
    if (isSellingDay(d, calendar)) days.push(d);
  }
  return days;
}

/** Selling days in the month holding `serial`, and how many of them fall on or before `through`. */
export interface MonthProgress {
  readonly monthStart: number;
  readonly monthEnd: number;
  /** Selling days in the whole month. */
  readonly total: number;
  /** Selling days from the 1st through `through` (end of that day), clamped to the month. */
  readonly elapsed: number;
}

export function monthProgress(month: number, through: number, calendar: StoreCalendar): MonthProgress {
  const { year, month: m } = serialToDate(month);
  const start = dateToSerial(year, m, 1);
  const end = start + daysInMonth(year, m) - 1;
  const total = sellingDaysBetween(start, end, calendar);
  const elapsed = sellingDaysBetween(start, Math.min(Math.floor(through), end), calendar);
  return { monthStart: start, monthEnd: end, total, elapsed };
}
