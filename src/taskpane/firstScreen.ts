import { isoDate, storeCalendar, type StoreCalendar } from "../core/calendar";
import { readDealLog } from "../core/dealLog";
import { isSheetError } from "../core/errors";
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

/** The store target saved for a month, or null. */
export function storeTarget(snapshot: WorkbookSnapshot, month: string): number | null {
  return snapshot.targets.find((t) => t.scope === "Store" && t.month === month)?.target ?? null;
}

export function paneCalendar(snapshot: WorkbookSnapshot): StoreCalendar {
  const calendar = storeCalendar(null, [snapshot.holidays]);
  // Holidays come from numbers the adapter already checked, so the calendar can't be an error here.
  if (isSheetError(calendar)) throw new Error(calendar.message);
  return calendar;
}

export function firstScreen(snapshot: WorkbookSnapshot, asOf: number, targetOverride?: number | null): FirstScreen | FirstScreenProblem {
  if (!snapshot.dealLog) return { problem: "No deal log found. Add your DMS export as an Excel table named Deals (with a Sold Date column)." };
  const log = readDealLog(snapshot.dealLog.rows);
  if (isSheetError(log)) return { problem: `${snapshot.dealLog.source}: ${log.message}` };
  const calendar = paneCalendar(snapshot);
  const dates = log.deals.map((d) => d.soldDate);
  const month = monthToDate(dates, asOf, calendar, null);
  const target = targetOverride !== undefined ? targetOverride : storeTarget(snapshot, month.month);
  // Cached by its inputs: typing a target recomputes pace, not the model.
  const forecast = forecastCached({ dealDates: dates, asOf, calendar });
  const projection = isSheetError(forecast) ? { unavailable: forecast.message } : forecast;
  return {
    asOfText: isoDate(asOf),
    dealLogSource: snapshot.dealLog.source,
    dealsRead: log.deals.length,
    skipped: log.skipped,
    month: monthToDate(dates, asOf, calendar, target),
    projection,
    probReach: target === null || isSheetError(forecast) ? null : forecast.probAtLeast(target),
  };
}
