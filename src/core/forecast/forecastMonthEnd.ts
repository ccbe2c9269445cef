import { monthKey, monthProgress, sellingDaysBetween, serialToDate, monthEnd, type StoreCalendar } from "../calendar";
import { isSheetError, sheetError, type SheetError } from "../errors";
import { calibrate } from "./calibration";
import { countDistribution } from "./countDistribution";
import { dealHistory, type DealHistory } from "./dealHistory";
import { buildDayTable, type LearnedClosures } from "./dayTable";
import { genericDealerShape, type DayShape } from "./dayShape";
import { calendarFingerprint, numbersFingerprint } from "./fingerprint";
import { fitDayShape, type ShapeStrength } from "./fitDayShape";
import { fitHistory, remainingDeals } from "./historyFit";
import { learnClosures } from "./learnedClosures";
import { monthForecast, type ForecastFacts } from "./monthForecast";
import { createEventCalendar } from "./salesEvents";
import { trendFallback } from "./trendFallback";
import type { ForecastInput, MonthForecast } from "./types";
import { valueModel } from "./valueModel";

/** Months of history (before asOf's month) the model needs; below it the projection is the straight line. */
export const MIN_HISTORY_MONTHS = 3;

/** A store's own log against a generic dealer's shape: a few weeks of its deals outweigh the prior. */
const STORE_STRENGTH: ShapeStrength = { dow: 20, push: 20, quarterPush: 40, start: 20, event: 10 };
/** A subset against its store's shape: the store's rhythm is the subset's unless many deals say otherwise. */
const SUBSET_STRENGTH: ShapeStrength = { dow: 100, push: 100, quarterPush: 100, start: 100, event: 40 };

/**
 * Projects the end of asOf's month — deals, or the sum of `values` — as a predictive distribution
 * learned from the log's own history: the intra-month shape (weekdays, closed days, the month-end
 * push by selling days left, holiday sales weekends, quarter ends), the month's level (recent months,
 * seasonality from 13 months on), a Gamma–Poisson update by the month so far, and a spread
 * calibrated by running the same projection on the log's past months. With under 3 months of history
 * the straight-line trend with a wide range is returned (method "trend-fallback").
 * Errors: no dates → #N/A noDealsInRange; asOf before the first deal → #N/A asOfBeforeFirstDeal;
 * values of another length → #VALUE! valuesSizeMismatch; a month without selling days → #N/A.
 * @example forecastMonthEnd({ dealDates, asOf: dateToSerial(2025, 3, 10), calendar }).p90
 */
export function forecastMonthEnd(input: ForecastInput): MonthForecast | SheetError {
  const history = dealHistory(input.dealDates, input.values, input.asOf);
  if (isSheetError(history)) return history;
  const { calendar } = input;
  const asOf = history.asOf;
  const progress = monthProgress(asOf, asOf, calendar);
  if (progress.total === 0) return sheetError("na", "noSellingDaysInMonth");
  const currentIndex = history.monthStart - history.origin;
  const asOfIndex = asOf - history.origin;
  let mtdDeals = 0;
  let mtdValue = 0;
  for (let i = currentIndex; i <= asOfIndex; i++) {
    mtdDeals += history.counts[i] ?? 0;
    mtdValue += history.sums?.[i] ?? 0;
  }
  const measured = history.sums ? mtdValue : mtdDeals;
  const historyMonths = countHistoryMonths(history, calendar);
  const facts = (method: ForecastFacts["method"], shareDone: number): ForecastFacts => ({
    month: monthKey(asOf),
    asOf,
    mtd: measured,
    mtdDeals,
    trend: progress.elapsed > 0 ? (measured / progress.elapsed) * progress.total : null,
    expectedShareDone: shareDone,
    sellingDaysElapsed: progress.elapsed,
    sellingDaysTotal: progress.total,
    method,
    historyMonths,
  });

  const fallback = (): MonthForecast | SheetError => {
    const share = progress.elapsed / progress.total;
    if (progress.elapsed > 0)
      return trendFallback(
        facts("trend-fallback", share),
        history,
        (mtdDeals / progress.elapsed) * progress.total - mtdDeals
      );
    const past = pastMonthAverage(history);
    if (past === null) return sheetError("na", "noSellingDayElapsed");
    return trendFallback(facts("trend-fallback", share), history, past - mtdDeals);
  };
  if (historyMonths < MIN_HISTORY_MONTHS) return fallback();

  const events = createEventCalendar(history.origin, monthEnd(asOf));
  let prior = genericDealerShape();
  let strength = STORE_STRENGTH;
  let closures: LearnedClosures | null = null;
  if (input.reference && input.reference.length > 0) {
    const store = storeShape(input.reference, asOf, calendar);
    if (store) {
      prior = store.shape;
      strength = SUBSET_STRENGTH;
      closures = store.closures;
    }
  }
  const fit = fitHistory(history, calendar, events, prior, strength, closures);
  const levelPrior = fit.level.prior(fit.current);
  if (!levelPrior) return fallback();
  const calibration = calibrate(fit, serialToDate(asOf).day);
  const rest = remainingDeals(fit, fit.current, asOfIndex, levelPrior.mean, levelPrior.logVariance);
  const mean = Math.max(0, rest.mean * (1 + calibration.bias));
  const variance =
    calibration.scale ** 2 * (rest.variance + mean * mean * calibration.extraVariance * (1 + rest.levelCv2));
  const remaining = countDistribution(mean, variance);
  const value = history.sums ? valueModel(history, fit.table.monthBounds, fit.current, asOfIndex) : null;
  return monthForecast(facts("model", rest.shareDone), remaining, value);
}

/** Whole months before asOf's month in the log; the first counts when the log covers half its selling days. */
function countHistoryMonths(history: DealHistory, calendar: StoreCalendar): number {
  const months = monthsBeforeCurrent(history);
  if (months === 0) return 0;
  const firstMonthDays = sellingDaysBetween(history.origin, monthEnd(history.origin), calendar);
  const covered = sellingDaysBetween(history.firstDay, monthEnd(history.origin), calendar);
  return firstMonthDays > 0 && covered / firstMonthDays >= 0.5 ? months : months - 1;
}

/** Mean deals of the log's months before asOf's month, or null when there are none. */
function pastMonthAverage(history: DealHistory): number | null {
  const current = history.monthStart - history.origin;
  if (current <= 0) return null;
  let deals = 0;
  for (let i = 0; i < current; i++) deals += history.counts[i] ?? 0;
  return deals / monthsBeforeCurrent(history);
}

/** Calendar months from the history's first month up to asOf's month (0 when they are the same). */
function monthsBeforeCurrent(history: DealHistory): number {
  const first = serialToDate(history.origin);
  const now = serialToDate(history.monthStart);
  return (now.year - first.year) * 12 + (now.month - first.month);
}

interface StoreShape {
  readonly shape: DayShape;
  readonly closures: LearnedClosures;
}

const storeShapes = new Map<string, StoreShape | null>();
const STORE_SHAPE_CACHE = 16;

/** The store's shape from its own dates (the subset's prior), cached: every salesperson shares it. */
function storeShape(reference: readonly number[], asOf: number, calendar: StoreCalendar): StoreShape | null {
  const key = `${numbersFingerprint(reference)}|${monthKey(asOf)}|${calendarFingerprint(calendar)}`;
  const cached = storeShapes.get(key);
  if (cached !== undefined) return cached;
  const history = dealHistory(reference, null, asOf);
  let result: StoreShape | null = null;
  if (!isSheetError(history) && countHistoryMonths(history, calendar) >= MIN_HISTORY_MONTHS) {
    const events = createEventCalendar(history.origin, monthEnd(asOf));
    const closures = learnClosures(
      history.counts,
      history.origin,
      history.firstDay,
      history.monthStart,
      calendar,
      events
    );
    const table = buildDayTable(history.origin, monthEnd(asOf), calendar, closures, events);
    const { shape } = fitDayShape(
      table,
      history.counts,
      history.firstDay - history.origin,
      history.monthStart - history.origin,
      genericDealerShape(),
      STORE_STRENGTH
    );
    result = { shape, closures };
  }
  if (storeShapes.size >= STORE_SHAPE_CACHE) storeShapes.delete(storeShapes.keys().next().value as string);
  storeShapes.set(key, result);
  return result;
}
