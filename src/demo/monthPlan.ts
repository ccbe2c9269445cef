import { dayOfWeek, monthEnd, monthStart, sellingDaysOfMonth, type StoreCalendar } from "../core/calendar";
import { DAY_OF_WEEK_WEIGHTS, MONTH_START_LULL, monthPushFactor, seasonality } from "./demandRhythm";
import type { Random } from "./random";
import type { DemoMonth, DemoProfile } from "./types";

/** Push days when a profile does not say. */
export const DEFAULT_PUSH_DAYS = 5;

/** What drives one month beyond its calendar: the store-level shock and how hard the month pushes. */
export interface MonthDrivers {
  /** Multiplier of the whole month (lognormal, mean 1, log-sd profile.monthlyShock). */
  readonly shock: number;
  /** Extra intensity of the month's push days (≥ 0). */
  readonly push: number;
}

/** One day of a month plan. */
export interface PlannedDay {
  readonly day: number;
  /** Expected deals (0 on closed days). */
  readonly expected: number;
  /** The push's extra intensity on this day (0 off the push days). */
  readonly pushLift: number;
}

/** A month's expected deals day by day, and the truth behind them. */
export interface MonthPlan {
  readonly truth: DemoMonth;
  readonly days: readonly PlannedDay[];
}

/** The push a profile expects in the month holding `month`, before the month's own draw. */
export function meanPush(profile: DemoProfile, month: number): number {
  return profile.pushStrength * monthPushFactor(month);
}

/**
 * Draws the month's shock and push. The push is the profile's mean push times a gamma multiplier
 * with mean 1 and sd pushVariability: some months barely push, some push far harder than usual.
 */
export function drawMonthDrivers(profile: DemoProfile, month: number, random: Random): MonthDrivers {
  const shock = random.lognormalMeanOne(profile.monthlyShock);
  const v = profile.pushVariability;
  const multiplier = v > 0 ? random.gamma(1 / (v * v)) * v * v : 1;
  return { shock, push: meanPush(profile, month) * multiplier };
}

/**
 * Expected deals of each day of the month holding `month`. Day weights (day of week × sales events ×
 * the month-start lull) and the push are normalised so that, at the profile's mean push and a shock
 * of 1, the month totals unitsPerMonth × seasonality: the rhythm moves deals within the month, and
 * a harder-than-usual push adds a few on top.
 * `liftOf` gives a day's sales-event lift (1 on ordinary days).
 */
export function planMonth(
  month: number,
  calendar: StoreCalendar,
  profile: DemoProfile,
  liftOf: (day: number) => number,
  drivers: MonthDrivers
): MonthPlan {
  const first = monthStart(month);
  const last = monthEnd(month);
  const open = sellingDaysOfMonth(first, calendar);
  const pushCount = Math.min(open.length, Math.max(0, Math.round(profile.pushDays ?? DEFAULT_PUSH_DAYS)));
  const firstPushIndex = open.length - pushCount;
  const weights = open.map(
    (d, i) =>
      (DAY_OF_WEEK_WEIGHTS[dayOfWeek(d)] ?? 1) * liftOf(d) * (i < MONTH_START_LULL.days ? MONTH_START_LULL.factor : 1)
  );
  const expectedPush = meanPush(profile, first);
  let norm = 0;
  weights.forEach((w, i) => (norm += w * (1 + (i >= firstPushIndex ? expectedPush : 0))));
  const season = seasonality(first);
  const level = norm > 0 ? (profile.unitsPerMonth * season) / norm : 0;

  const expectedOf = new Map<number, { expected: number; pushLift: number }>();
  open.forEach((d, i) => {
    const pushLift = i >= firstPushIndex ? drivers.push : 0;
    expectedOf.set(d, { expected: level * drivers.shock * (weights[i] ?? 0) * (1 + pushLift), pushLift });
  });
  const days: PlannedDay[] = [];
  let expectedTotal = 0;
  for (let d = first; d <= last; d++) {
    const planned = expectedOf.get(d);
    days.push({ day: d, expected: planned?.expected ?? 0, pushLift: planned?.pushLift ?? 0 });
    expectedTotal += planned?.expected ?? 0;
  }
  return {
    truth: {
      monthStart: first,
      seasonality: season,
      shock: drivers.shock,
      push: drivers.push,
      pushDays: open.slice(firstPushIndex),
      expectedTotal,
    },
    days,
  };
}
