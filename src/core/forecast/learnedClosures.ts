import { dayOfWeek, isSellingDay, type StoreCalendar } from "../calendar";
import type { LearnedClosures } from "./dayTable";
import type { EventCalendar } from "./salesEvents";

// A weekday is closed when it carried under 5% of its fair share over at least 8 weeks and 10 expected deals.
const WEEKDAY_MIN_WEEKS = 8;
const WEEKDAY_MIN_EXPECTED = 10;
const WEEKDAY_MAX_SHARE = 0.05;
// A common holiday is closed when it carried under 10% of what its days would sell, over at least 3 expected deals.
const HOLIDAY_MIN_EXPECTED = 3;
const HOLIDAY_MAX_SHARE = 0.1;

/**
 * Days the store keeps closed though its calendar leaves them open, read from the deal log's
 * history (from..to exclusive, whole serials): a weekday with next to no deals (a store that
 * never sells on Sundays but was given a Saturday-Sunday weekend code), and New Year's Day,
 * Thanksgiving or Christmas when they never carry deals.
 */
export function learnClosures(
  counts: Float64Array,
  origin: number,
  from: number,
  to: number,
  calendar: StoreCalendar,
  events: EventCalendar
): LearnedClosures {
  const occurrences = new Float64Array(7);
  const deals = new Float64Array(7);
  let openDays = 0;
  let total = 0;
  const holidayDays: number[] = [];
  for (let d = from; d < to; d++) {
    if (!isSellingDay(d, calendar)) continue;
    const y = counts[d - origin] ?? 0;
    const w = dayOfWeek(d);
    occurrences[w] = (occurrences[w] ?? 0) + 1;
    deals[w] = (deals[w] ?? 0) + y;
    openDays++;
    total += y;
    if (events.isCommonClosedHoliday(d)) holidayDays.push(d);
  }
  const weekdays = [false, false, false, false, false, false, false];
  if (openDays === 0 || total === 0) return { weekdays, days: new Set() };
  const rate = total / openDays;
  for (let w = 0; w < 7; w++) {
    const n = occurrences[w] ?? 0;
    const expected = n * rate;
    if (n >= WEEKDAY_MIN_WEEKS && expected >= WEEKDAY_MIN_EXPECTED && (deals[w] ?? 0) <= WEEKDAY_MAX_SHARE * expected)
      weekdays[w] = true;
  }
  // Weekdays found closed can't close the whole week.
  if (weekdays.every((closed, w) => closed || calendar.weekend[w])) weekdays.fill(false);
  const days = new Set<number>();
  if (holidayDays.length > 0) {
    const expected = holidayDays.length * rate;
    let sold = 0;
    for (const d of holidayDays) sold += counts[d - origin] ?? 0;
    if (expected >= HOLIDAY_MIN_EXPECTED && sold <= HOLIDAY_MAX_SHARE * expected) {
      // Closed on these holidays in history: closed on them in any year of the span.
      for (let d = origin; d < origin + counts.length; d++) if (events.isCommonClosedHoliday(d)) days.add(d);
    }
  }
  return { weekdays, days };
}
