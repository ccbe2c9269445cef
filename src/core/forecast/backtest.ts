import {
  addMonths,
  daysInMonth,
  isoDate,
  monthEnd,
  monthKey,
  monthStart,
  serialToDate,
  type StoreCalendar,
} from "../calendar";
import { isSheetError } from "../errors";
import { forecastMonthEnd } from "./forecastMonthEnd";
import type { ForecastMethod } from "./types";

/** What to backtest: a deal log, the calendar, and the calendar day of each month to forecast from. */
export interface BacktestInput {
  readonly dealDates: readonly number[];
  readonly values?: readonly number[] | null;
  readonly calendar: StoreCalendar;
  /** Calendar day of the month to forecast as of (end of day), e.g. 10; clamped to the month's length. */
  readonly asOfDay: number;
  /** Earlier months the log must hold before a month is backtested (default 12). */
  readonly minHistoryMonths?: number;
  /** Last day the log covers (default: its last deal); months ending after it are not complete. */
  readonly endDate?: number;
  readonly reference?: readonly number[] | null;
}

/** One backtested month: the forecast as of day N using only deals dated through that day, and what happened. */
export interface BacktestRow {
  /** "2024-03". */
  readonly month: string;
  /** "2024-03-10". */
  readonly asOf: string;
  readonly asOfSerial: number;
  readonly mtd: number;
  readonly trend: number | null;
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** The month's real total (deals, or the sum of values). */
  readonly actual: number;
  readonly method: ForecastMethod;
}

/**
 * Rolling-origin backtest: for each complete month with at least minHistoryMonths earlier months in
 * the log, forecasts its end as of calendar day asOfDay from the deals dated through that day
 * (earlier months fully known, the month's later deals unseen) and sets it beside the actual total.
 * @example backtest({ dealDates, calendar, asOfDay: 10 }).map((r) => r.p50 - r.actual)
 */
export function backtest(input: BacktestInput): BacktestRow[] {
  const { dealDates, values, calendar } = input;
  const minHistory = input.minHistoryMonths ?? 12;
  let first = Infinity;
  let last = -Infinity;
  for (const d of dealDates) {
    if (!Number.isFinite(d)) continue;
    first = Math.min(first, d);
    last = Math.max(last, d);
  }
  if (!Number.isFinite(first)) return [];
  const end = Math.floor(input.endDate ?? last);
  const totals = new Map<number, number>();
  for (let k = 0; k < dealDates.length; k++) {
    const d = dealDates[k] as number;
    if (!Number.isFinite(d)) continue;
    const m = monthStart(Math.floor(d));
    const raw = values ? (values[k] as number) : 1;
    totals.set(m, (totals.get(m) ?? 0) + (Number.isFinite(raw) ? raw : 0));
  }
  const rows: BacktestRow[] = [];
  for (let m = addMonths(Math.floor(first), minHistory); monthEnd(m) <= end; m = addMonths(m, 1)) {
    const { year, month } = serialToDate(m);
    const asOf = m + Math.min(Math.max(1, Math.floor(input.asOfDay)), daysInMonth(year, month)) - 1;
    const f = forecastMonthEnd({
      dealDates,
      values: values ?? null,
      asOf,
      calendar,
      reference: input.reference ?? null,
    });
    if (isSheetError(f)) continue;
    rows.push({
      month: monthKey(m),
      asOf: isoDate(asOf),
      asOfSerial: asOf,
      mtd: f.mtd,
      trend: f.trend,
      mean: f.mean,
      p10: f.p10,
      p50: f.p50,
      p90: f.p90,
      actual: totals.get(m) ?? 0,
      method: f.method,
    });
  }
  return rows;
}
