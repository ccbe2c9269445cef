/**
 * A small synthetic dealer for the forecast tests, independent of the demo generator: Sundays and
 * three holidays closed, busier Fridays and Saturdays, a month-end push whose strength varies month
 * to month, a lognormal monthly shock, optional seasonality, Poisson days. Seeded and deterministic.
 */
import { dateToSerial, dayOfWeek, isSellingDay, monthEnd, type StoreCalendar, type WeekendMask } from "../../src/core/calendar";

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

/** mulberry32: a tiny seeded uniform stream. */
export function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

function poisson(u: () => number, mean: number): number {
  // Normal approximation above 40 keeps the test fast; exact product method below.
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(u)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k++;
    p *= u();
  }
  return k;
}

/** Closed holidays of the synthetic store: New Year's Day, Thanksgiving (4th Thursday of November), Christmas. */
export function closedHolidays(fromYear: number, toYear: number): Set<number> {
  const days = new Set<number>();
  for (let y = fromYear; y <= toYear; y++) {
    days.add(dateToSerial(y, 1, 1));
    const nov1 = dateToSerial(y, 11, 1);
    days.add(nov1 + ((4 - dayOfWeek(nov1) + 7) % 7) + 21);
    days.add(dateToSerial(y, 12, 25));
  }
  return days;
}

/** Generates a synthetic deal log. */
export function syntheticLog(o: SyntheticOptions): SyntheticLog {
  const u = uniform(o.seed);
  const [y0, m0] = o.start;
  const calendar: StoreCalendar = { weekend: SUNDAY_CLOSED, holidays: closedHolidays(y0, y0 + Math.ceil(o.months / 12) + 1) };
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
    const shock = Math.exp((o.shock ?? 0) * normal(u) - (o.shock ?? 0) ** 2 / 2);
    const v = o.pushVariability ?? 0;
    const push = Math.max(0, (o.push ?? 0) * (1 + v * normal(u)));
    const season = o.seasonality?.[month - 1] ?? 1;
    const weights = open.map((d, i) => (weekday[dayOfWeek(d)] ?? 1) * (i >= open.length - pushDays ? 1 + push : 1));
    const norm = open.map((d, i) => (weekday[dayOfWeek(d)] ?? 1) * (i >= open.length - pushDays ? 1 + (o.push ?? 0) : 1)).reduce((a, b) => a + b, 0);
    for (let d = start; d <= end; d++) expectedByDay.set(d, 0);
    open.forEach((d, i) => {
      const expected = (o.unitsPerMonth * season * shock * (weights[i] as number)) / norm;
      expectedByDay.set(d, expected);
      const n = poisson(u, expected);
      for (let j = 0; j < n; j++) {
        dealDates.push(d);
        if (o.value) values.push(Math.round(o.value.mean + o.value.sd * normal(u)));
      }
    });
  }
  return { dealDates, values, calendar, expectedByDay, first, last };
}
