import { addMonths, dayOfWeek, isSellingDay, serialToDate, type StoreCalendar } from "../calendar";
import type { EventCalendar } from "./salesEvents";

/** How many of a month's last selling days get their own push multiplier (earlier days share 1). */
export const PUSH_DAYS = 10;
/** How many of a month's first selling days get their own multiplier (the post-push lull). */
export const START_DAYS = 3;

/** Days the store turned out to keep closed although its calendar says open (learned from history). */
export interface LearnedClosures {
  /** Closed weekdays, 0 = Sunday. */
  readonly weekdays: readonly boolean[];
  /** Closed dates (common closed holidays the store keeps shut). */
  readonly days: ReadonlySet<number>;
}

/** No learned closures: the store's calendar alone. */
export const NO_CLOSURES: LearnedClosures = {
  weekdays: [false, false, false, false, false, false, false],
  days: new Set(),
};

/**
 * Everything about a day the shape model looks up, precomputed once per forecast for the span
 * origin .. end (whole months), so fitting loops read typed arrays instead of recomputing dates.
 */
export interface DayTable {
  readonly origin: number;
  readonly length: number;
  /** 1 when the store is open (calendar and learned closures). */
  readonly open: Uint8Array;
  readonly dow: Uint8Array;
  /** Months since the origin month. */
  readonly month: Int32Array;
  /** Push level: selling days left after this one in its month, or PUSH_DAYS when further out; −1 closed. */
  readonly push: Int8Array;
  /** Start level: selling days before this one in its month, or START_DAYS when later; −1 closed. */
  readonly start: Int8Array;
  /** Sales event index, −1 for none. */
  readonly event: Int8Array;
  /** 1 in March, June, September and December (OEM quarter-end programs). */
  readonly quarterEnd: Uint8Array;
  /** Index in the table of each month's 1st, and one past the last day as the final entry. */
  readonly monthBounds: Int32Array;
  /** Calendar month (1–12) of each month of the table. */
  readonly calendarMonth: Uint8Array;
}

/** Builds the day table for whole months from origin's month through end's month. */
export function buildDayTable(
  origin: number,
  end: number,
  calendar: StoreCalendar,
  closures: LearnedClosures,
  events: EventCalendar
): DayTable {
  const length = end - origin + 1;
  const open = new Uint8Array(length);
  const dow = new Uint8Array(length);
  const month = new Int32Array(length);
  const push = new Int8Array(length);
  const start = new Int8Array(length);
  const event = new Int8Array(length);
  const quarterEnd = new Uint8Array(length);
  const bounds: number[] = [];
  const calendarMonths: number[] = [];
  for (let m = 0, first = origin; first <= end; m++) {
    const next = addMonths(first, 1);
    const { month: cm } = serialToDate(first);
    bounds.push(first - origin);
    calendarMonths.push(cm);
    const lo = first - origin;
    const hi = next - origin;
    let selling = 0;
    for (let i = lo; i < hi; i++) {
      const d = origin + i;
      const w = dayOfWeek(d);
      dow[i] = w;
      month[i] = m;
      quarterEnd[i] = cm % 3 === 0 ? 1 : 0;
      event[i] = events.eventOf(d);
      const isOpen = isSellingDay(d, calendar) && !closures.weekdays[w] && !closures.days.has(d);
      open[i] = isOpen ? 1 : 0;
      start[i] = isOpen ? Math.min(selling, START_DAYS) : -1;
      if (isOpen) selling++;
    }
    let after = 0;
    for (let i = hi - 1; i >= lo; i--) {
      if (open[i]) {
        push[i] = Math.min(after, PUSH_DAYS);
        after++;
      } else push[i] = -1;
    }
    first = next;
  }
  bounds.push(length);
  return {
    origin,
    length,
    open,
    dow,
    month,
    push,
    start,
    event,
    quarterEnd,
    monthBounds: Int32Array.from(bounds),
    calendarMonth: Uint8Array.from(calendarMonths),
  };
}
