import { dateToSerial, nthWeekday, thanksgivingDay } from "../core/calendar";

/** A day the showroom is closed for a holiday. */
export interface ClosedHoliday {
  readonly name: string;
  readonly date: number;
}

/** A sales event: its days sell at `lift` times their usual rate (closed days among them stay closed). */
export interface SalesEvent {
  readonly name: string;
  readonly dates: readonly number[];
  readonly lift: number;
}

const MONDAY = 1;

/** The days most US dealers close: New Year's Day, Thanksgiving and Christmas Day. */
export function closedHolidays(year: number): ClosedHoliday[] {
  return [
    { name: "New Year's Day", date: dateToSerial(year, 1, 1) },
    { name: "Thanksgiving", date: thanksgivingDay(year) },
    { name: "Christmas Day", date: dateToSerial(year, 12, 25) },
  ];
}

/** Friday through a Monday holiday: the long weekend dealers advertise. */
function longWeekend(monday: number): number[] {
  return [monday - 3, monday - 2, monday - 1, monday];
}

function range(first: number, last: number): number[] {
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  return days;
}

/**
 * The year's US retail sales events and their lift on daily deals. Memorial and Labor Day weekends
 * about double a day's deals (the trade reports a fifth of the month on such a weekend).
 */
export function salesEvents(year: number): SalesEvent[] {
  const blackFriday = thanksgivingDay(year) + 1;
  return [
    { name: "Presidents Day weekend", dates: longWeekend(nthWeekday(year, 2, MONDAY, 3)), lift: 1.5 },
    { name: "Memorial Day weekend", dates: longWeekend(nthWeekday(year, 5, MONDAY, -1)), lift: 2 },
    { name: "Fourth of July", dates: range(dateToSerial(year, 7, 3), dateToSerial(year, 7, 5)), lift: 1.4 },
    { name: "Labor Day weekend", dates: longWeekend(nthWeekday(year, 9, MONDAY, 1)), lift: 2 },
    { name: "Black Friday weekend", dates: [blackFriday, blackFriday + 1], lift: 1.8 },
    // Short hours on Christmas Eve, then the year-end clearance runs to the 31st.
    { name: "Christmas Eve", dates: [dateToSerial(year, 12, 24)], lift: 0.6 },
    { name: "Year-end clearance", dates: range(dateToSerial(year, 12, 26), dateToSerial(year, 12, 31)), lift: 1.4 },
  ];
}

/** Each event day of the year and its lift (events on the same day multiply). */
export function eventLifts(year: number): Map<number, number> {
  const lifts = new Map<number, number>();
  for (const event of salesEvents(year)) {
    for (const date of event.dates) lifts.set(date, (lifts.get(date) ?? 1) * event.lift);
  }
  return lifts;
}
