/** Deterministic deal logs whose month-end a reader can work out by hand. */
import { addMonths, sellingDaysOfMonth, type StoreCalendar } from "../../../src/core/calendar";
import { closedHolidays, SUNDAY_CLOSED } from "./syntheticLog";

/** Sundays closed, and New Year's Day, Thanksgiving and Christmas 2020–2027. */
export const STORE: StoreCalendar = { weekend: SUNDAY_CLOSED, holidays: closedHolidays(2020, 2027) };

/**
 * Every selling day sells exactly `perDay` deals, except the month's last `pushDays` selling days,
 * which sell `pushPerDay`; from the 1st of `first`'s month for `months` months, no deal after `through`.
 */
export function exactLog(
  first: number,
  months: number,
  perDay: number,
  pushPerDay: number,
  pushDays: number,
  through: number,
  calendar: StoreCalendar = STORE
): number[] {
  const dates: number[] = [];
  for (let m = first, k = 0; k < months; k++, m = addMonths(m, 1)) {
    const open = sellingDaysOfMonth(m, calendar);
    open.forEach((d, i) => {
      if (d > through) return;
      const n = i >= open.length - pushDays ? pushPerDay : perDay;
      for (let j = 0; j < n; j++) dates.push(d);
    });
  }
  return dates;
}
