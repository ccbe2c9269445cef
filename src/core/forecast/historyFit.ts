import { monthEnd, type StoreCalendar } from "../calendar";
import type { DealHistory } from "./dealHistory";
import { buildDayTable, type DayTable, type LearnedClosures } from "./dayTable";
import { dayWeight, type DayShape } from "./dayShape";
import { fitDayShape, type ShapeStrength } from "./fitDayShape";
import { learnClosures } from "./learnedClosures";
import { fitMonthLevel, type MonthLevel, type MonthTotal } from "./monthLevel";
import type { EventCalendar } from "./salesEvents";

/** The log's history learned once: the day table, the shape's weight of every day, the level model. */
export interface HistoryFit {
  readonly table: DayTable;
  readonly shape: DayShape;
  readonly closures: LearnedClosures;
  /** Shape weight of every day of the table (0 closed). */
  readonly weight: Float64Array;
  /** Prefix sums over the table: deals, weights and squared weights of days [0, i). */
  readonly cumCounts: Float64Array;
  readonly cumWeight: Float64Array;
  readonly cumWeight2: Float64Array;
  /** Extra-Poisson variance of single days (var = λ + dispersion·λ²). */
  readonly dispersion: number;
  readonly level: MonthLevel;
  /** Month totals and exposures of the history months (index = month of the table). */
  readonly months: readonly MonthTotal[];
  /** Month index of asOf's month in the table. */
  readonly current: number;
  /** Table index of the first deal's day. */
  readonly firstIndex: number;
  /** The shape as if history month m had not been seen (for out-of-sample calibration). */
  readonly leaveOut: (m: number) => DayShape;
}

/**
 * Learns shape and level from the months before asOf's month. `prior` and `strength` set what the
 * shape shrinks toward (a generic dealer or the store the subset belongs to); `closures`, when
 * given (from the store), replace those learned from this log.
 */
export function fitHistory(
  history: DealHistory,
  calendar: StoreCalendar,
  events: EventCalendar,
  prior: DayShape,
  strength: ShapeStrength,
  closuresGiven: LearnedClosures | null
): HistoryFit {
  const { origin, counts } = history;
  const closures =
    closuresGiven ?? learnClosures(counts, origin, history.firstDay, history.monthStart, calendar, events);
  const table = buildDayTable(origin, monthEnd(history.asOf), calendar, closures, events);
  const firstIndex = history.firstDay - origin;
  const currentIndex = history.monthStart - origin;
  const { shape, dispersion, leaveOut } = fitDayShape(table, counts, firstIndex, currentIndex, prior, strength);
  const n = table.length;
  const weight = new Float64Array(n);
  const cumCounts = new Float64Array(n + 1);
  const cumWeight = new Float64Array(n + 1);
  const cumWeight2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = dayWeight(table, shape, i);
    weight[i] = w;
    cumCounts[i + 1] = (cumCounts[i] as number) + (counts[i] ?? 0);
    cumWeight[i + 1] = (cumWeight[i] as number) + w;
    cumWeight2[i + 1] = (cumWeight2[i] as number) + w * w;
  }
  const current = table.month[currentIndex] as number;
  const months: MonthTotal[] = [];
  for (let m = 0; m < current; m++) {
    const lo = table.monthBounds[m] as number;
    const hi = table.monthBounds[m + 1] as number;
    const from = Math.max(lo, firstIndex);
    const whole = (cumWeight[hi] as number) - (cumWeight[lo] as number);
    const seen = (cumWeight[hi] as number) - (cumWeight[from] as number);
    months.push({
      total: (cumCounts[hi] as number) - (cumCounts[lo] as number),
      exposure: whole > 0 ? seen / whole : 0,
      calendarMonth: table.calendarMonth[m] as number,
    });
  }
  const level = fitMonthLevel(months);
  return {
    table,
    shape,
    closures,
    weight,
    cumCounts,
    cumWeight,
    cumWeight2,
    dispersion,
    level,
    months,
    current,
    firstIndex,
    leaveOut,
  };
}

/** What the month so far and the prior say about the deals still to come in month j after day index t. */
export interface RemainingDeals {
  /** Month to date: deals in month j through t. */
  readonly mtd: number;
  /** Expected share of the month's deals done by t under the shape. */
  readonly shareDone: number;
  /** Expected deals after t. */
  readonly mean: number;
  /** Their variance from Poisson noise, day over-dispersion and the level's posterior uncertainty. */
  readonly variance: number;
  /** Squared coefficient of variation of the month's level after the month so far. */
  readonly levelCv2: number;
}

/**
 * Gamma–Poisson update of month j's level: prior Gamma with the level model's mean and log
 * variance (as a squared CV); the month so far is a Poisson count with exposure shareDone,
 * discounted by the days' over-dispersion. The rest of the month is then negative binomial.
 */
export function remainingDeals(
  fit: HistoryFit,
  j: number,
  t: number,
  priorMean: number,
  priorLogVariance: number,
  shape: DayShape | null = null
): RemainingDeals {
  const lo = fit.table.monthBounds[j] as number;
  const hi = fit.table.monthBounds[j + 1] as number;
  const through = Math.min(Math.max(t + 1, lo), hi);
  const mtd = (fit.cumCounts[through] as number) - (fit.cumCounts[lo] as number);
  let whole: number;
  let done: number;
  let done2: number;
  let rest2: number;
  if (shape) {
    whole = 0;
    done = 0;
    done2 = 0;
    rest2 = 0;
    for (let i = lo; i < hi; i++) {
      const w = dayWeight(fit.table, shape, i);
      whole += w;
      if (i < through) {
        done += w;
        done2 += w * w;
      } else rest2 += w * w;
    }
  } else {
    whole = (fit.cumWeight[hi] as number) - (fit.cumWeight[lo] as number);
    done = (fit.cumWeight[through] as number) - (fit.cumWeight[lo] as number);
    done2 = (fit.cumWeight2[through] as number) - (fit.cumWeight2[lo] as number);
    rest2 = (fit.cumWeight2[hi] as number) - (fit.cumWeight2[through] as number);
  }
  if (whole <= 0) return { mtd, shareDone: 1, mean: 0, variance: 0, levelCv2: 0 };
  const shareDone = done / whole;
  const doneSq = done2 / (whole * whole);
  const restSq = rest2 / (whole * whole);
  const mu = Math.max(priorMean, 0.1);
  const alpha = 1 / Math.max(priorLogVariance, 1e-4);
  const beta = alpha / mu;
  // Over-dispersed days carry less evidence than their count: var/mean of the month so far.
  const inflation = shareDone > 0 ? 1 + (fit.dispersion * mu * doneSq) / shareDone : 1;
  const a = alpha + mtd / inflation;
  const b = beta + shareDone / inflation;
  const level = a / b;
  const levelCv2 = 1 / a;
  const mean = level * (1 - shareDone);
  const variance = mean + fit.dispersion * level * level * restSq + mean * mean * levelCv2;
  return { mtd, shareDone, mean, variance, levelCv2 };
}
