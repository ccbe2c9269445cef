import { dateToSerial, dayOfWeek, daysInMonth } from "./serial";

/**
 * The serial of the n-th given weekday (0 = Sunday) of a month; n = -1 is the last one.
 * US holidays are defined this way (Memorial Day: the last Monday of May).
 * @example nthWeekday(2025, 5, 1, -1) // Memorial Day 2025: 45803 (2025-05-26)
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n === -1) {
    const last = dateToSerial(year, month, daysInMonth(year, month));
    return last - ((dayOfWeek(last) - weekday + 7) % 7);
  }
  const first = dateToSerial(year, month, 1);
  return first + ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1);
}

/** Thanksgiving: the fourth Thursday of November. */
export function thanksgivingDay(year: number): number {
  return nthWeekday(year, 11, 4, 4);
}
