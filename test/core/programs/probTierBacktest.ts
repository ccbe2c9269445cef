/** Backtest of PROB_TIER on generated dealerships: predicted tier probabilities against what happened. */
import {
  addMonths,
  dateToSerial,
  monthEnd,
  monthStart,
  serialToDate,
  type StoreCalendar,
} from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import {
  periodUnits,
  periodStart,
  periodEnd,
  probTier,
  readTierTable,
  type ProgramPeriod,
} from "../../../src/core/programs";
import { generateDealership, type DemoProfile } from "../../../src/demo";

/** One tier of one as-of day: the predicted probability, the straight-line pace's call, and whether the period made it. */
export interface TierCall {
  readonly predicted: number;
  readonly paceSaysYes: boolean;
  readonly hit: boolean;
  /** Whole months of the period still to come after the as-of day's month (0 in the last month). */
  readonly monthsAhead: number;
}

/**
 * For each as-of day (the given days of the month, in every period with a year of history before it),
 * objective = the units of the same period a year earlier (how OEMs set them, roughly), tiers at 90%,
 * 100% and 110% of it; the outcome is the period's actual units.
 */
export function backtestProbTier(
  profile: DemoProfile,
  endDate: number,
  period: ProgramPeriod,
  days: readonly number[],
  newOnly: boolean
): TierCall[] {
  const store = generateDealership({ profile, endDate });
  const dates = store.deals.filter((d) => !newOnly || d.newUsed === "New").map((d) => d.soldDate);
  const calendar: StoreCalendar = store.calendar;
  const count = (from: number, to: number): number => dates.filter((d) => d >= from && d <= to).length;
  const calls: TierCall[] = [];
  for (
    let month = addMonths(monthStart(store.startDate), 13);
    monthEnd(month) <= store.endDate;
    month = addMonths(month, 1)
  ) {
    for (const day of days) {
      const { year, month: m } = serialToDate(month);
      const asOf = dateToSerial(year, m, day);
      const start = periodStart(asOf, period);
      const end = periodEnd(asOf, period);
      if (end > store.endDate || addMonths(start, -12) < store.startDate) continue;
      const objective = count(addMonths(start, -12), addMonths(end + 1, -12) - 1);
      const tiers = readTierTable(
        [
          [0.9, 100],
          [1, 200],
          [1.1, 300],
        ],
        objective
      );
      if (isSheetError(tiers)) throw new Error(tiers.message);
      const units = periodUnits(dates, asOf, period, calendar);
      if (isSheetError(units)) throw new Error(units.message);
      const odds = probTier(units, tiers);
      const actual = count(start, end);
      const sold = count(start, asOf);
      // The straight line: units so far ÷ calendar days elapsed × days in the period.
      const pace = (sold / (asOf - start + 1)) * (end - start + 1);
      const monthsAhead = serialToDate(end).month - m;
      odds.tiers.forEach((t) =>
        calls.push({
          predicted: t.probability,
          paceSaysYes: pace >= t.threshold,
          hit: actual >= t.threshold,
          monthsAhead,
        })
      );
    }
  }
  return calls;
}

/** Mean squared error of probabilities against outcomes. */
export function brier(calls: readonly TierCall[], p: (c: TierCall) => number): number {
  return calls.reduce((s, c) => s + (p(c) - (c.hit ? 1 : 0)) ** 2, 0) / calls.length;
}

/** Calls bucketed by predicted probability: mean predicted vs observed hit rate. */
export function reliability(
  calls: readonly TierCall[],
  edges: readonly number[]
): { from: number; to: number; n: number; predicted: number; observed: number }[] {
  const out = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const inBucket = calls.filter((c) => c.predicted >= from && (c.predicted < to || (to === 1 && c.predicted <= 1)));
    const n = inBucket.length;
    out.push({
      from,
      to,
      n,
      predicted: n ? inBucket.reduce((s, c) => s + c.predicted, 0) / n : NaN,
      observed: n ? inBucket.filter((c) => c.hit).length / n : NaN,
    });
  }
  return out;
}
