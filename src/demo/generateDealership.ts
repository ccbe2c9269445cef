import {
  addMonths,
  dayOfWeek,
  DEFAULT_WEEKEND,
  MAX_SERIAL,
  monthEnd,
  serialToDate,
  storeCalendar,
  type StoreCalendar,
} from "../core/calendar";
import type { Deal } from "../core/dealLog/deal";
import { isSheetError } from "../core/errors";
import { storeChannelMix } from "./channels";
import { drawDealGross } from "./dealGross";
import { closedHolidays, eventLifts } from "./events";
import { drawMonthDrivers, planMonth } from "./monthPlan";
import { DEFAULT_DEMO_PROFILE } from "./profiles";
import { createRandom, cumulativeWeights, mixSeed, type Random } from "./random";
import { buildRoster, salesWeight } from "./roster";
import { createStockBook } from "./stockNumbers";
import type { DemoDealership, DemoMonth, DemoProfile, DemoSalesperson } from "./types";
import { drawModel } from "./vehicleModels";

/** Options of generateDealership. */
export interface GenerateDealershipOptions {
  /** The kind of store; DEFAULT_DEMO_PROFILE when omitted. */
  readonly profile?: DemoProfile;
  /** Excel serial of the last day with deals (e.g. today). */
  readonly endDate: number;
  /** Whole months of history before endDate's month; DEFAULT_DEMO_MONTHS when omitted. */
  readonly months?: number;
}

/** Months of history before endDate's month: two years plus two months, so every month has a year-ago twin. */
export const DEFAULT_DEMO_MONTHS = 26;

/** Shape of the gamma noise on each day's rate (sd ≈ 22%): some days run hot, some cold, beyond Poisson. */
export const DAY_NOISE_SHAPE = 20;

/** Share of weekdays a salesperson has off; nobody is off on Saturday. */
export const WEEKDAY_OFF_SHARE = 1 / 6;

const SATURDAY = 6;
const MAX_MONTHS = 600;
// Separate streams: the store's fixed traits, then one per calendar month (keyed by year × 12 + month).
const STORE_STREAM = 0x5707e;
const MONTH_STREAM = 0x4d07;
// Models come from their own stream (per calendar month), so adding them left every deal as it was.
const MODEL_STREAM = 0x30de1;

/**
 * A seeded, realistic dealership deal log and the truth behind it. The log runs from the 1st of the
 * month `months` months before endDate's month through endDate; `expectedByDay` runs on to the end of
 * endDate's month. The same options give the same store on every machine, and two end dates in the
 * same month give the same deals up to the earlier one.
 *
 * Each open day's deals are Poisson around: the month's level (unitsPerMonth × seasonality) × the
 * month's shock × the day's weight (day of week, sales events, month-start lull) × (1 + the month's
 * push on its last selling days) × the day's gamma noise. Sundays and New Year's Day, Thanksgiving
 * and Christmas are closed.
 *
 * @throws RangeError when endDate is not a date Excel can show, months is not a whole number in
 *   0–600, or the profile's numbers are out of range (programmer misuse, not user input).
 * @example generateDealership({ endDate: 45726 }).deals.length // 3213: Pacecar Motors from 2023-01-01 through 2025-03-10
 */
export function generateDealership(options: GenerateDealershipOptions): DemoDealership {
  const profile = options.profile ?? DEFAULT_DEMO_PROFILE;
  const months = options.months ?? DEFAULT_DEMO_MONTHS;
  checkOptions(profile, options.endDate, months);
  const endDate = Math.floor(options.endDate);
  const startDate = addMonths(endDate, -months);
  if (startDate < 61) throw new RangeError("the demo log must start after February 1900");
  const spanEnd = monthEnd(endDate);

  const holidays = holidaysBetween(startDate, spanEnd);
  const calendar = demoCalendar(holidays);

  const store = createRandom(mixSeed(profile.seed, STORE_STREAM));
  const roster = buildRoster(profile, startDate, spanEnd, store);
  const channelMix = storeChannelMix(store);
  const channelCumulative = cumulativeWeights(channelMix.map((c) => c.share));
  const newShare = profile.newShare ?? 0.55;
  // About two months' supply of new units and six weeks of used ones on the lot.
  const newStock = createStockBook("N", 10000 + store.int(20000), profile.unitsPerMonth * newShare * 2);
  const usedStock = createStockBook("U", 10000 + store.int(20000), profile.unitsPerMonth * (1 - newShare) * 1.5);

  const liftsByYear = new Map<number, ReadonlyMap<number, number>>();
  const liftsOf = (year: number): ReadonlyMap<number, number> => {
    let lifts = liftsByYear.get(year);
    if (!lifts) liftsByYear.set(year, (lifts = eventLifts(year)));
    return lifts;
  };

  const deals: Deal[] = [];
  const expectedByDay = new Map<number, number>();
  const monthTruths: DemoMonth[] = [];
  for (let month = startDate; month <= spanEnd; month = addMonths(month, 1)) {
    const { year, month: m } = serialToDate(month);
    const random = createRandom(mixSeed(profile.seed, MONTH_STREAM, year * 12 + m - 1));
    const models = createRandom(mixSeed(profile.seed, MODEL_STREAM, year * 12 + m - 1));
    const lifts = liftsOf(year);
    const plan = planMonth(
      month,
      calendar,
      profile,
      (day) => lifts.get(day) ?? 1,
      drawMonthDrivers(profile, month, random)
    );
    monthTruths.push(plan.truth);
    for (const { day, expected, pushLift } of plan.days) {
      expectedByDay.set(day, expected);
      if (day > endDate || expected <= 0) continue;
      const count = random.poisson((expected * random.gamma(DAY_NOISE_SHAPE)) / DAY_NOISE_SHAPE);
      if (count === 0) continue;
      const floor = cumulativeWeights(floorWeights(roster, day, random));
      for (let i = 0; i < count; i++) {
        const newUsed = random.next() < newShare ? "New" : "Used";
        const channel = channelMix[random.weightedCumulative(channelCumulative)]?.name ?? "";
        const salesperson = roster[random.weightedCumulative(floor)]?.name ?? "";
        const gross = drawDealGross(random, newUsed, channel, pushLift);
        const stockNumber = (newUsed === "New" ? newStock : usedStock).take(random);
        const model = drawModel(models, day, newUsed);
        deals.push({
          soldDate: day,
          stockNumber,
          salesperson,
          channel,
          newUsed,
          frontGross: gross.frontGross,
          backGross: gross.backGross,
          model,
        });
      }
    }
  }

  return {
    profile,
    calendar,
    holidays,
    startDate,
    endDate,
    deals,
    salespeople: roster.map((p) => p.name),
    channels: channelMix.map((c) => c.name),
    expectedByDay,
    roster,
    channelMix,
    months: monthTruths,
  };
}

/** Who can take a deal today: on staff, ramped, and not on a day off (everyone works Saturday). */
function floorWeights(roster: readonly DemoSalesperson[], day: number, random: Random): number[] {
  const saturday = dayOfWeek(day) === SATURDAY;
  const staffed = roster.map((p) => salesWeight(p, day));
  const working = staffed.map((w) => (saturday || random.next() >= WEEKDAY_OFF_SHARE ? w : 0));
  return working.some((w) => w > 0) ? working : staffed;
}

function holidaysBetween(first: number, last: number): number[] {
  const days: number[] = [];
  for (let year = serialToDate(first).year; year <= serialToDate(last).year; year++) {
    for (const h of closedHolidays(year)) if (h.date >= first && h.date <= last) days.push(h.date);
  }
  return days.sort((a, b) => a - b);
}

/** Sundays closed (dealers open Saturdays) and the closed holidays, built as the functions build a calendar. */
function demoCalendar(holidays: readonly number[]): StoreCalendar {
  const calendar = storeCalendar(DEFAULT_WEEKEND, [holidays]);
  if (isSheetError(calendar)) throw new Error(calendar.message);
  return calendar;
}

function checkOptions(profile: DemoProfile, endDate: number, months: number): void {
  if (!Number.isFinite(endDate) || endDate < 1 || endDate > MAX_SERIAL)
    throw new RangeError(`endDate must be an Excel date serial (got ${String(endDate)})`);
  if (!Number.isInteger(months) || months < 0 || months > MAX_MONTHS)
    throw new RangeError(`months must be a whole number 0–${String(MAX_MONTHS)} (got ${String(months)})`);
  if (!(profile.unitsPerMonth > 0) || !Number.isFinite(profile.unitsPerMonth))
    throw new RangeError("profile.unitsPerMonth must be positive");
  if (!(profile.pushStrength >= 0) || !(profile.pushVariability >= 0) || !(profile.monthlyShock >= 0)) {
    throw new RangeError("profile push strength, push variability and monthly shock must be ≥ 0");
  }
  if (!Number.isInteger(profile.salespeopleCount) || profile.salespeopleCount < 1 || profile.salespeopleCount > 30) {
    throw new RangeError("profile.salespeopleCount must be a whole number 1–30");
  }
  const newShare = profile.newShare ?? 0.55;
  if (!(newShare >= 0 && newShare <= 1)) throw new RangeError("profile.newShare must be in 0–1");
}
