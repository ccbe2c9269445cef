import { isoDate, monthKey, storeCalendar, type StoreCalendar } from "../core/calendar";
import { readDealLog } from "../core/dealLog";
import { isSheetError, type SheetError } from "../core/errors";
import { forecastCached, type MonthForecast } from "../core/forecast";
import { monthToDate, type MonthToDate } from "../core/pace";
import type { WorkbookSnapshot } from "../excel/workbookPort";

/** What the pane's first screen shows, computed by the core from a workbook snapshot. */
export interface FirstScreen {
  readonly asOfText: string;
  readonly dealLogSource: string;
  readonly dealsRead: number;
  /** Rows of the deal log skipped, by reason, so nothing is dropped silently. */
  readonly skipped: Readonly<Record<string, number>>;
  readonly month: MonthToDate;
  /** The month-end projection learned from the log, or why there is none. */
  readonly projection: MonthForecast | { readonly unavailable: string };
  /** Chance the month ends at or above the target; null without a target or a projection. */
  readonly probReach: number | null;
}

/** Why the first screen can't be shown: said to the user in plain words. */
export interface FirstScreenProblem {
  readonly problem: string;
}

/** The part of the first screen that doesn't depend on the target: read once per snapshot, not per keystroke. */
export interface FirstScreenLog {
  readonly asOf: number;
  readonly dealLogSource: string;
  readonly dealsRead: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly dates: readonly number[];
  readonly calendar: StoreCalendar;
  readonly forecast: MonthForecast | SheetError;
}

/** The store target saved for a month, or null. */
export function storeTarget(snapshot: WorkbookSnapshot, month: string): number | null {
  return snapshot.targets.find((t) => t.scope === "Store" && t.month === month)?.target ?? null;
}

function paneCalendar(snapshot: WorkbookSnapshot): StoreCalendar {
  const calendar = storeCalendar(null, [snapshot.holidays]);
  // Holidays come from numbers the adapter already checked, so the calendar can't be an error here.
  if (isSheetError(calendar)) throw new Error(calendar.message);
  return calendar;
}

/** Reads the snapshot's deal log and projects asOf's month: everything a new target doesn't change. */
export function firstScreenLog(snapshot: WorkbookSnapshot, asOf: number): FirstScreenLog | FirstScreenProblem {
  if (!snapshot.dealLog)
    return {
      problem: "No deal log found. Add your DMS export as an Excel table named Deals (with a Sold Date column).",
    };
  // The columns the GSM confirmed (Team › Setup) win over detection.
  const log = readDealLog(snapshot.dealLog.rows, { columns: snapshot.dealLogMapping?.columns ?? {} });
  if (isSheetError(log)) return { problem: `${snapshot.dealLog.source}: ${log.message}` };
  const calendar = paneCalendar(snapshot);
  const dates = log.deals.map((d) => d.soldDate);
  return {
    asOf,
    dealLogSource: snapshot.dealLog.source,
    dealsRead: log.deals.length,
    skipped: log.skipped,
    dates,
    calendar,
    forecast: forecastCached({ dealDates: dates, asOf, calendar }),
  };
}

/** The first screen of a read log against a target (null: none set). */
export function firstScreenFor(log: FirstScreenLog, target: number | null): FirstScreen {
  const { asOf, forecast } = log;
  return {
    asOfText: isoDate(asOf),
    dealLogSource: log.dealLogSource,
    dealsRead: log.dealsRead,
    skipped: log.skipped,
    month: monthToDate(log.dates, asOf, log.calendar, target),
    projection: isSheetError(forecast) ? { unavailable: forecast.message } : forecast,
    probReach: target === null || isSheetError(forecast) ? null : forecast.probAtLeast(target),
  };
}

/** The first screen of a snapshot; the target is the one saved for asOf's month unless `targetOverride` is given. */
export function firstScreen(
  snapshot: WorkbookSnapshot,
  asOf: number,
  targetOverride?: number | null
): FirstScreen | FirstScreenProblem {
  const log = firstScreenLog(snapshot, asOf);
  if ("problem" in log) return log;
  const target = targetOverride !== undefined ? targetOverride : storeTarget(snapshot, monthKey(asOf));
  return firstScreenFor(log, target);
}
