import { serialToDate } from "../core/calendar";

/**
 * The demo store's demand rhythm: what makes one day or month sell more than another before any
 * randomness. Figures follow the trade's typical ranges (see the dealership notes).
 */

/** Calendar-month seasonality, January first; mean exactly 1 over the year (tax-refund March, strong December). */
export const MONTH_SEASONALITY: readonly number[] = [
  0.8, 0.85, 1.1, 1.02, 1.05, 1.05, 1.05, 1.07, 0.95, 0.96, 0.95, 1.15,
];

/** Day-of-week weights, Sunday first: Saturday busiest, Friday next (Sunday is closed). */
export const DAY_OF_WEEK_WEIGHTS: readonly number[] = [0, 0.9, 0.85, 0.9, 0.95, 1.25, 1.6];

/** The first selling days of a month run slow: last month's push pulled their deals forward. */
export const MONTH_START_LULL = { days: 2, factor: 0.85 } as const;

/** OEM quarter-end programs make March, June, September and December push harder. */
export const QUARTER_END_PUSH_FACTOR = 1.25;

/** Seasonality of the month holding `serial`. */
export function seasonality(serial: number): number {
  return MONTH_SEASONALITY[serialToDate(serial).month - 1] ?? 1;
}

/** How much harder than usual the month holding `serial` pushes at its end. */
export function monthPushFactor(serial: number): number {
  return serialToDate(serial).month % 3 === 0 ? QUARTER_END_PUSH_FACTOR : 1;
}
