/**
 * A small synthetic dealer for the forecast tests, independent of the demo generator: Sundays and
 * three holidays closed, busier Fridays and Saturdays, a month-end push whose strength varies month
 * to month, a lognormal monthly shock, optional seasonality, Poisson days. Seeded and deterministic.
 */
import {
  dateToSerial,
  dayOfWeek,
  isSellingDay,
  monthEnd,
  thanksgivingDay,
  type StoreCalendar,
  type WeekendMask,
} from "../../../src/core/calendar";
import { createRandom } from "../../../src/demo/random";

export interface SyntheticOptions {
  readonly seed: number;
  /** First month, e.g. [2021, 1]. */
  readonly start: readonly [number, number];
  readonly months: number;
  readonly unitsPerMonth: number;
  /** Extra intensity of the last `pushDays` selling days (0 = flat month). */
  readonly push?: number;
  readonly pushDays?: number;
  /** Relative sd of the push from month to month. */
  readonly pushVariability?: number;
  /** Log-sd of the monthly shock. */
  readonly shock?: number;
  /** Day-of-week weights Sunday first; flat when omitted. */
  readonly weekdayWeights?: readonly number[];
  /** Seasonality by calendar month (January first). */
  readonly seasonality?: readonly number[];
  /** Per-deal value: normal with this mean and sd (omitted: no values). */
  readonly value?: { readonly mean: number; readonly sd: number };
}

export interface SyntheticLog {
  readonly dealDates: number[];
  readonly values: number[];
  readonly calendar: StoreCalendar;
  /** Expected deals of every day, closed days 0. */
  readonly expectedByDay: Map<number, number>;
  readonly first: number;
  readonly last: number;
}

export const SUNDAY_CLOSED: WeekendMask = [true, false, false, false, false, false, false];
export const DEALER_WEEKDAYS = [0, 0.9, 0.85, 0.9, 0.95, 1.25, 1.6];

/** Closed holidays of the synthetic store: New Year's Day, Thanksgiving (4th Thursday of November), Christmas. */
export function closedHolidays(fromYear: number, toYear: number): Set<number> {
  const days = new Set<number>();
  for (let y = fromYear; y <= toYear; y++) {
    days.add(dateToSerial(y, 1, 1));
    days.add(thanksgivingDay(y));
    days.add(dateToSerial(y, 12, 25));
  }
  return days;
}

/** Generates a synthetic deal log. */
export function syntheticLog(o: SyntheticOptions): SyntheticLog {
  // A seeded random source only: the store's rules below are this file's own, not the demo's.
  const random = createRandom(o.seed);
  const [y0, m0] = o.start;
  const calendar: StoreCalendar = {
    weekend: SUNDAY_CLOSED,
    holidays: closedHolidays(y0, y0 + Math.ceil(o.months / 12) + 1),
  };
  const weekday = o.weekdayWeights ?? [0, 1, 1, 1, 1, 1, 1];
  const pushDays = o.pushDays ?? 5;
  const dealDates: number[] = [];
  const values: number[] = [];
  const expectedByDay = new Map<number, number>();
  const first = dateToSerial(y0, m0, 1);
  let last = first;
  for (let k = 0; k < o.months; k++) {
    const index = y0 * 12 + (m0 - 1) + k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const start = dateToSerial(year, month, 1);
    const end = monthEnd(start);
    last = end;
    const open: number[] = [];
    for (let d = start; d <= end; d++) if (isSellingDay(d, calendar)) open.push(d);
    const shock = Math.exp((o.shock ?? 0) * random.normal() - (o.shock ?? 0) ** 2 / 2);
    const v = o.pushVariability ?? 0;
    const push = Math.max(0, (o.push ?? 0) * (1 + v * random.normal()));
    const season = o.seasonality?.[month - 1] ?? 1;
    const weights = open.map((d, i) => (weekday[dayOfWeek(d)] ?? 1) * (i >= open.length - pushDays ? 1 + push : 1));
    const norm = open
      .map((d, i) => (weekday[dayOfWeek(d)] ?? 1) * (i >= open.length - pushDays ? 1 + (o.push ?? 0) : 1))
      .reduce((a, b) => a + b, 0);
    for (let d = start; d <= end; d++) expectedByDay.set(d, 0);
    open.forEach((d, i) => {
      const expected = (o.unitsPerMonth * season * shock * (weights[i] as number)) / norm;
      expectedByDay.set(d, expected);
      const n = random.poisson(expected);
      for (let j = 0; j < n; j++) {
        dealDates.push(d);
        if (o.value) values.push(Math.round(o.value.mean + o.value.sd * random.normal()));
      }
    });
  }
  return { dealDates, values, calendar, expectedByDay, first, last };
}
