import {
  addMonths,
  dateToSerial,
  monthEnd,
  monthStart,
  sellingDaysBetween,
  serialToDate,
  type StoreCalendar,
} from "../calendar";
import { isSheetError, sheetError, type SheetError } from "../errors";
import { countDistribution } from "../forecast/countDistribution";
import { dealHistory } from "../forecast/dealHistory";
import { forecastCached } from "../forecast/forecastCached";
import { fitMonthLevel, type MonthTotal } from "../forecast/monthLevel";
import { convolve, fromCountDistribution, fromTail, type UnitsDistribution } from "./unitsDistribution";

/** A program's period: the calendar month, or the calendar quarter (Jan–Mar, Apr–Jun, …). */
export type ProgramPeriod = "month" | "quarter";

/** Where a program's period stands as of a day: units sold so far and the distribution of units still to come. */
export interface PeriodUnits {
  readonly period: ProgramPeriod;
  /** First and last day of the period (serials). */
  readonly start: number;
  readonly end: number;
  /** Units in the period from its first day through asOf. */
  readonly sold: number;
  /** Units still to come by the period's end. */
  readonly toCome: UnitsDistribution;
}

// Used when the log is too short to learn how much whole months swing (a typical store's ±20%).
const FALLBACK_LOG_VARIANCE = 0.04;

/**
 * Reads "month" or "quarter" (any case; omitted → month); #VALUE! otherwise.
 */
export function programPeriod(value: string | null): ProgramPeriod | SheetError {
  const t = (value ?? "").trim().toLowerCase();
  if (t === "" || t === "month" || t === "m") return "month";
  if (t === "quarter" || t === "q") return "quarter";
  return sheetError("value", "oemPeriodInvalid");
}

/** The first day of asOf's period. */
export function periodStart(asOf: number, period: ProgramPeriod): number {
  if (period === "month") return monthStart(asOf);
  const { year, month } = serialToDate(asOf);
  return dateToSerial(year, month - ((month - 1) % 3), 1);
}

/** The last day of asOf's period. */
export function periodEnd(asOf: number, period: ProgramPeriod): number {
  return period === "month" ? monthEnd(asOf) : monthEnd(addMonths(periodStart(asOf, period), 2));
}

/**
 * The units of asOf's month or quarter as a distribution: the deals already sold in the period,
 * the rest of asOf's month from the month-end forecast (its full distribution), and each whole month
 * still to come from the log's level model (recent months, seasonality, how much months swing),
 * a negative binomial — all combined by convolution, so the spread is honest, not just the means.
 * Errors are the forecast's (no deals, as_of before the first deal, no selling days).
 */
export function periodUnits(
  dealDates: readonly number[],
  asOf: number,
  period: ProgramPeriod,
  calendar: StoreCalendar
): PeriodUnits | SheetError {
  const day = Math.floor(asOf);
  const forecast = forecastCached({ dealDates, asOf: day, calendar });
  if (isSheetError(forecast)) return forecast;
  const start = periodStart(day, period);
  const end = periodEnd(day, period);
  let sold = 0;
  for (const d of dealDates) if (Number.isFinite(d) && d >= start && d < day + 1) sold++;
  const cap = Math.ceil(forecast.mean + 60 * forecast.sd + 100);
  let toCome = fromTail((k) => forecast.probAtLeast(forecast.mtd + k), cap);
  const ahead = monthsBetween(day, end);
  if (ahead > 0) {
    const months = monthTotals(dealDates, day, calendar);
    if (isSheetError(months)) return months;
    for (let a = 1; a <= ahead; a++) toCome = convolve(toCome, monthAhead(months, a, forecast.mean));
  }
  return { period, start, end, sold, toCome };
}

function monthsBetween(from: number, to: number): number {
  const a = serialToDate(from);
  const b = serialToDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Whole months before asOf's month, as the level model reads them (the log's first month by the share of its selling days it covers). */
function monthTotals(dealDates: readonly number[], asOf: number, calendar: StoreCalendar): MonthTotal[] | SheetError {
  const history = dealHistory(dealDates, null, asOf);
  if (isSheetError(history)) return history;
  const out: MonthTotal[] = [];
  for (let m = history.origin; m < history.monthStart; m = addMonths(m, 1)) {
    const last = monthEnd(m);
    let total = 0;
    for (let d = m; d <= last; d++) total += history.counts[d - history.origin] ?? 0;
    const whole = sellingDaysBetween(m, last, calendar);
    const seen = sellingDaysBetween(Math.max(m, history.firstDay), last, calendar);
    out.push({ total, exposure: whole > 0 ? seen / whole : 0, calendarMonth: serialToDate(m).month });
  }
  return out;
}

/**
 * Units of the whole month `ahead` months after asOf's month: the level model's prior for it (months
 * in between are unseen, so they stand in as empty exposure), a lognormal level under Poisson counts
 * → negative binomial with variance μ + μ²(e^σ² − 1). Without enough history: the current month's
 * projected mean with a typical store's swing.
 */
function monthAhead(history: readonly MonthTotal[], ahead: number, currentMean: number): UnitsDistribution {
  const withGap = [...history];
  let cm = history[history.length - 1]?.calendarMonth ?? 0;
  for (let a = 0; a < ahead; a++) {
    cm = (cm % 12) + 1;
    withGap.push({ total: 0, exposure: 0, calendarMonth: cm });
  }
  const prior = history.length > 0 ? fitMonthLevel(withGap).prior(withGap.length) : null;
  const mean = prior && Number.isFinite(prior.mean) && prior.mean > 0 ? prior.mean : currentMean;
  const logVariance = prior && Number.isFinite(prior.logVariance) ? prior.logVariance : FALLBACK_LOG_VARIANCE;
  return fromCountDistribution(countDistribution(mean, mean + mean * mean * Math.expm1(logVariance)));
}
