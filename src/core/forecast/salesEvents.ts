import { dateToSerial, nthWeekday, serialToDate, thanksgivingDay } from "../calendar";

/**
 * The US retail calendar a dealer's month bends around, computed by rule: the holiday sales
 * weekends (whose lift the forecast learns from the store's own history) and the holidays many
 * stores close on (whether this store does is learned too, when its calendar does not say).
 */

/** Sales events the forecast gives their own learned multiplier, in a stable order. */
export const SALES_EVENTS = [
  "Presidents Day weekend",
  "Memorial Day weekend",
  "Fourth of July",
  "Labor Day weekend",
  "Black Friday weekend",
  "Christmas Eve",
  "Year-end clearance",
] as const;

export type SalesEventName = (typeof SALES_EVENTS)[number];

const MONDAY = 1;

/**
 * Each sales-event day of a year mapped to its index in SALES_EVENTS. Long weekends run Friday
 * through the Monday holiday; the Fourth of July runs the 3rd to the 5th; Black Friday weekend is
 * the Friday and Saturday after Thanksgiving; the year-end clearance runs December 26–31.
 * @example salesEventDays(2025).get(dateToSerial(2025, 5, 24)) // 1 (Memorial Day weekend)
 */
export function salesEventDays(year: number): ReadonlyMap<number, number> {
  const days = new Map<number, number>();
  const span = (index: number, first: number, last: number): void => {
    for (let d = first; d <= last; d++) if (!days.has(d)) days.set(d, index);
  };
  const presidents = nthWeekday(year, 2, MONDAY, 3);
  const memorial = nthWeekday(year, 5, MONDAY, -1);
  const labor = nthWeekday(year, 9, MONDAY, 1);
  const blackFriday = thanksgivingDay(year) + 1;
  span(0, presidents - 3, presidents);
  span(1, memorial - 3, memorial);
  span(2, dateToSerial(year, 7, 3), dateToSerial(year, 7, 5));
  span(3, labor - 3, labor);
  span(4, blackFriday, blackFriday + 1);
  span(5, dateToSerial(year, 12, 24), dateToSerial(year, 12, 24));
  span(6, dateToSerial(year, 12, 26), dateToSerial(year, 12, 31));
  return days;
}

/** Holidays many US stores close on: New Year's Day, Thanksgiving, Christmas Day. */
export function commonClosedHolidays(year: number): readonly number[] {
  return [dateToSerial(year, 1, 1), thanksgivingDay(year), dateToSerial(year, 12, 25)];
}

/** Event and common-holiday lookups for a span of days, precomputed so fitting loops only index arrays. */
export interface EventCalendar {
  /** Index in SALES_EVENTS of the day's event, or -1 on an ordinary day (or outside the span). */
  eventOf(day: number): number;
  /** Whether the day is one of the common closed holidays (closure itself is learned). */
  isCommonClosedHoliday(day: number): boolean;
}

/** An EventCalendar for the whole-day serials first..last. */
export function createEventCalendar(first: number, last: number): EventCalendar {
  const length = Math.max(0, last - first + 1);
  const events = new Int8Array(length).fill(-1);
  const closed = new Uint8Array(length);
  const fromYear = serialToDate(first).year;
  const toYear = serialToDate(last).year;
  for (let year = fromYear; year <= toYear; year++) {
    for (const [day, index] of salesEventDays(year)) if (day >= first && day <= last) events[day - first] = index;
    for (const day of commonClosedHolidays(year)) if (day >= first && day <= last) closed[day - first] = 1;
  }
  return {
    eventOf: (day) => (day >= first && day <= last ? (events[day - first] as number) : -1),
    isCommonClosedHoliday: (day) => day >= first && day <= last && closed[day - first] === 1,
  };
}
