import type { StoreCalendar } from "../calendar";
import type { SheetError } from "../errors";

/** What a month-end projection reads: the deal log's dates (and optionally a values column). */
export interface ForecastInput {
  /** Sold dates as Excel serials (a time of day is ignored). Non-numbers are skipped. Dates after asOf are the future and are ignored. */
  readonly dealDates: readonly number[];
  /** A value per deal (e.g. gross), same length as dealDates: the projection is then of their sum. A non-number counts as 0. */
  readonly values?: readonly number[] | null;
  /** The last day that counts (end of day), an Excel serial. Its month is the month projected. */
  readonly asOf: number;
  readonly calendar: StoreCalendar;
  /**
   * The store-level dates when dealDates are a subset (one salesperson, one channel): the subset's
   * intra-month shape is shrunk toward the store's instead of toward a generic dealer's.
   */
  readonly reference?: readonly number[] | null;
}

/** How a projection was made: the learned model, or the straight line when history is too short. */
export type ForecastMethod = "model" | "trend-fallback";

/** The projected end of asOf's month, as a predictive distribution. */
export interface MonthForecast {
  /** "2025-03". */
  readonly month: string;
  /** Whole-day serial of the as-of day. */
  readonly asOf: number;
  /** "deals" when counting deals, "values" when summing a values column. */
  readonly measure: "deals" | "values";
  /** Month to date: deals (or the sum of values) from the 1st through asOf. */
  readonly mtd: number;
  /** Deals month to date (equals mtd when counting). */
  readonly mtdDeals: number;
  /** The straight-line month end (mtd ÷ selling days elapsed × selling days in month); null before the first selling day. */
  readonly trend: number | null;
  /** Expected month-end total. */
  readonly mean: number;
  /** Standard deviation of the month-end total. */
  readonly sd: number;
  /** 10th, 50th and 90th percentiles of the month-end total (whole deals when counting). */
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** Deals expected from the day after asOf through month end (mean). */
  readonly dealsToCome: number;
  /** Share of the month's deals expected by the end of asOf under the learned shape (selling-day share for the fallback). */
  readonly expectedShareDone: number;
  readonly sellingDaysElapsed: number;
  readonly sellingDaysTotal: number;
  readonly method: ForecastMethod;
  /** Months of history before asOf's month the projection learned from. */
  readonly historyMonths: number;
  /** The p-quantile of the month-end total, 0 < p < 1; #NUM! quantileOutOfRange otherwise. */
  quantile(p: number): number | SheetError;
  /** Probability the month ends at or above x (1 when x is already reached). */
  probAtLeast(x: number): number;
}
