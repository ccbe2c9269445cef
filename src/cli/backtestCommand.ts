import { isoDate, type StoreCalendar } from "../core/calendar";
import { backtest, coverage, wape, type BacktestRow } from "../core/forecast";
import { formatNumber, formatShare, formatTrend } from "./numberText";
import { isOpenFailure, openDealLog } from "./openDealLog";
import { formatTable } from "./table";

/** Earlier months a month needs in the log before it is backtested: a year, so seasonality is learned. */
export const BACKTEST_HISTORY_MONTHS = 12;

/** One backtested month as `--json` prints it; the keys are a contract with scripts that read it. */
export interface BacktestRecord {
  readonly month: string;
  readonly asOf: string;
  readonly mtd: number;
  /** The straight line to one decimal; null before the month's first selling day. */
  readonly trend: number | null;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly actual: number;
}

/** Rolling-origin backtest of a deal log: every month with a year before it, forecast as of day N, beside its real total. */
export function backtestMonths(dealDates: readonly number[], calendar: StoreCalendar, asOfDay: number): BacktestRow[] {
  return backtest({ dealDates, calendar, asOfDay, minHistoryMonths: BACKTEST_HISTORY_MONTHS });
}

/** The `--json` records, in exactly the contract's keys and order. */
export function backtestRecords(rows: readonly BacktestRow[]): BacktestRecord[] {
  return rows.map((r) => ({
    month: r.month,
    asOf: r.asOf,
    mtd: r.mtd,
    trend: r.trend === null ? null : Math.round(r.trend * 10) / 10,
    p10: r.p10,
    p50: r.p50,
    p90: r.p90,
    actual: r.actual,
  }));
}

/** The human output: an aligned table, then WAPE of the trend against the model's median and the p10–p90 coverage. */
export function backtestLines(rows: readonly BacktestRow[], source: string, asOfDay: number): string[] {
  const lines = [
    `Backtest of ${source}: each month forecast as of day ${asOfDay} from the deals known by then, against how it ended.`,
    "",
  ];
  const table = rows.map((r) => [
    r.month,
    r.asOf,
    formatNumber(r.mtd),
    formatTrend(r.trend),
    formatNumber(r.p10),
    formatNumber(r.p50),
    formatNumber(r.p90),
    formatNumber(r.actual),
    r.actual >= r.p10 && r.actual <= r.p90 ? "yes" : "no",
  ]);
  lines.push(
    ...formatTable(
      [
        { header: "Month", align: "left" },
        { header: "As of", align: "left" },
        { header: "MTD" },
        { header: "Trend" },
        { header: "p10" },
        { header: "p50" },
        { header: "p90" },
        { header: "Actual" },
        { header: "In p10–p90", align: "left" },
      ],
      table
    ),
    ""
  );
  const inside = rows.filter((r) => r.actual >= r.p10 && r.actual <= r.p90).length;
  lines.push(
    `WAPE (Σ|forecast − actual| ÷ Σ actual): trend ${formatShare(wape(rows, (r) => r.trend))}, model p50 ${formatShare(wape(rows, (r) => r.p50))} over ${rows.length} months.`,
    `p10–p90 coverage: ${inside} of ${rows.length} months (${formatShare(coverage(rows))}; a calibrated range holds about 80%).`
  );
  return lines;
}

/** The day of the month to forecast from: a whole number 1–31, or null. */
export function parseAsOfDay(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d{1,2}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 31 ? n : null;
}

/**
 * `pacecar backtest FILE --as-of-day N [--json]`. With --json stdout carries only the JSON array
 * (one object per month, see BacktestRecord); notes go to printError.
 * @returns the exit code: 0, or 2 with a one-line message on printError.
 */
export async function runBacktest(
  path: string,
  asOfDayText: string | undefined,
  json: boolean,
  print: (line: string) => void,
  printError: (line: string) => void
): Promise<number> {
  const asOfDay = parseAsOfDay(asOfDayText);
  if (asOfDay === null) {
    printError(
      asOfDayText === undefined
        ? "backtest needs --as-of-day N (the day of the month to forecast from, 1 to 31)"
        : `--as-of-day must be a whole number from 1 to 31 (got "${asOfDayText}")`
    );
    return 2;
  }
  const opened = await openDealLog(path);
  if (isOpenFailure(opened)) {
    printError(opened.error);
    return 2;
  }
  const dates = opened.log.deals.map((d) => d.soldDate);
  const rows = backtestMonths(dates, opened.calendar, asOfDay);
  if (rows.length === 0) {
    let firstDeal = Infinity;
    for (const d of dates) firstDeal = Math.min(firstDeal, d);
    const first = Number.isFinite(firstDeal) ? isoDate(firstDeal) : null;
    printError(
      `No month of ${opened.label} has ${BACKTEST_HISTORY_MONTHS} earlier months of deals and a complete month after them${first ? ` (the first deal is on ${first})` : ""}.`
    );
  }
  if (json) print(JSON.stringify(backtestRecords(rows)));
  else if (rows.length > 0) for (const line of backtestLines(rows, opened.label, asOfDay)) print(line);
  return 0;
}
