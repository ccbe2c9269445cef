import type { StoreCalendar } from "../core/calendar";
import type { Deal } from "../core/dealLog/deal";

/** A kind of store the demo can generate: size, how back-loaded its months are, how noisy. */
export interface DemoProfile {
  /** Stable id, e.g. "midsize-moderate-push". */
  readonly id: string;
  /** Store name shown in the pane and the demo workbook. */
  readonly storeName: string;
  /** Mean retail units per month before seasonality and shocks (60–300 for the benchmark). */
  readonly unitsPerMonth: number;
  /** Mean extra intensity of the month-end push (0 = none, 1 = last days run at double rate). */
  readonly pushStrength: number;
  /** How much the push varies month to month (sd of its multiplier, relative). */
  readonly pushVariability: number;
  /** sd of the store-level monthly shock on log scale (0.05–0.15). */
  readonly monthlyShock: number;
  readonly salespeopleCount: number;
  readonly seed: number;
  /** True for profiles kept out of model tuning: the benchmark reports them separately. */
  readonly heldOut: boolean;
}

/** A generated store: its deal log and the truth behind it. */
export interface DemoDealership {
  readonly profile: DemoProfile;
  readonly calendar: StoreCalendar;
  /** Closed holidays in the generated span, sorted (also inside `calendar.holidays`). */
  readonly holidays: readonly number[];
  /** First and last day of the deal log (deals are dated ≤ endDate). */
  readonly startDate: number;
  readonly endDate: number;
  /** Sorted by soldDate. */
  readonly deals: readonly Deal[];
  readonly salespeople: readonly string[];
  readonly channels: readonly string[];
  /**
   * The true expected deal count of every day from startDate through the end of endDate's month
   * (month shock and that month's push included; only the day's random draw left out).
   * 0 on closed days. Lets the benchmark compute the noise limit.
   */
  readonly expectedByDay: ReadonlyMap<number, number>;
}
