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
  const table = Number.isFinite(through) ? monthTable(calendar, year, m) : null;
  if (table) {
    const last = Math.min(Math.floor(through), table.end);
    const elapsed = last < table.start ? 0 : (table.elapsed[last - table.start] as number);
    return { monthStart: table.start, monthEnd: table.end, total: table.total, elapsed };
  }
  const start = dateToSerial(year, m, 1);
  const end = start + daysInMonth(year, m) - 1;
  const total = sellingDaysBetween(start, end, calendar);
  const elapsed = sellingDaysBetween(start, Math.min(Math.floor(through), end), calendar);
  return { monthStart: start, monthEnd: end, total, elapsed };
}

/** A month of a calendar: its first and last day, its selling days, and how many fall on or before each day. */
interface MonthTable {
  readonly start: number;
  readonly end: number;
  readonly total: number;
  /** elapsed[i]: selling days from the 1st through day start + i. */
  readonly elapsed: Uint8Array;
}

const monthTables = new WeakMap<StoreCalendar, Map<number, MonthTable>>();
/** Months kept per calendar: a century of pace sheets; past it the table starts over. */
const MONTHS_KEPT = 1200;

/**
 * The month's table for a frozen calendar (the shared calendars custom functions read once per
 * weekend and holidays pair: frozen, they never change), or null for any other calendar, which is
 * counted afresh each time. A sheet's 100k pace cells then look a month up instead of counting it.
 */
function monthTable(calendar: StoreCalendar, year: number, month: number): MonthTable | null {
  if (!Object.isFrozen(calendar)) return null;
  let months = monthTables.get(calendar);
  if (!months) {
    months = new Map();
    monthTables.set(calendar, months);
  }
  const key = year * 12 + month;
  const known = months.get(key);
  if (known) return known;
  if (months.size >= MONTHS_KEPT) months.clear();
  const start = dateToSerial(year, month, 1);
  const end = start + daysInMonth(year, month) - 1;
  const elapsed = new Uint8Array(end - start + 1);
  let count = 0;
  for (let d = start; d <= end; d++) {
    if (isSellingDay(d, calendar)) count++;
    elapsed[d - start] = count;
  }
  const table: MonthTable = { start, end, total: count, elapsed };
  months.set(key, table);
  return table;
}
