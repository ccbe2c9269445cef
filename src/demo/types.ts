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
  /** How many of the month's last selling days the push covers (3–6); 5 when omitted. */
  readonly pushDays?: number;
  /** Share of deals that are new vehicles; 0.55 when omitted. */
  readonly newShare?: number;
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
  /** Everyone who sold in the span, with skill and dates on staff (same order as `salespeople`). */
  readonly roster: readonly DemoSalesperson[];
  /** The store's lead-source mix (same order as `channels`), shares summing to 1. */
  readonly channelMix: readonly DemoChannelShare[];
  /** The truth of each month of the span, oldest first, through endDate's month. */
  readonly months: readonly DemoMonth[];
}

/** A salesperson of the demo store. */
export interface DemoSalesperson {
  readonly name: string;
  /** Relative share of the floor's deals when on staff and fully ramped (best ≈ 3 × worst). */
  readonly skill: number;
  /** First day on staff, or null when already there before the span. */
  readonly hired: number | null;
  /** Last day on staff, or null when still there at the end of the span. */
  readonly left: number | null;
}

/** One lead source and its share of deals. */
export interface DemoChannelShare {
  readonly name: string;
  readonly share: number;
}

/** What drove one generated month: the parameters a forecast would try to recover. */
export interface DemoMonth {
  /** Serial of the 1st of the month. */
  readonly monthStart: number;
  /** Calendar-month seasonality (mean 1 over a year). */
  readonly seasonality: number;
  /** Store-level shock multiplier of the whole month (lognormal, mean 1). */
  readonly shock: number;
  /** Extra intensity on push days: they run at 1 + push times their usual rate. */
  readonly push: number;
  /** The month's push days (its last selling days), ascending serials. */
  readonly pushDays: readonly number[];
  /** Sum of expectedByDay over the month. */
  readonly expectedTotal: number;
}

/** A table of the demo workbook beyond the deal log (programs, event log, inventory, …): the preview holds it in memory, the CLI writes it to .xlsx. */
export interface DemoTable {
  /** The Excel table's name, e.g. "PacecarPrograms". */
  readonly name: string;
  readonly sheetName: string;
  /** Header row first; dates as Excel serials. */
  readonly rows: readonly (readonly (string | number | boolean)[])[];
  /** Number format per column ("m/d/yyyy", "$#,##0", …); null or missing for General. */
  readonly formats?: readonly (string | null)[];
}
