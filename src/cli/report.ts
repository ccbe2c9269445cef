import { isoDate, monthEnd, monthKey, monthStart, serialToDate, type StoreCalendar } from "../core/calendar";
import type { Deal } from "../core/dealLog";
import { isSheetError, type SheetError } from "../core/errors";
import { forecastMonthEnd, MIN_HISTORY_MONTHS, type MonthForecast } from "../core/forecast";
import type { TargetEntry, TargetScope } from "../excel/workbookPort";
import { formatChance, formatNumber, formatTrend } from "./numberText";
import { formatTable, type TableColumn } from "./table";

/** A salesperson or channel is listed when it sold in this many days through as-of (or has a target this month): people who left stay out. */
export const ACTIVE_DAYS = 90;

/** One line of the report: a name, its projection (or why there is none) and its target this month. */
export interface ReportRow {
  readonly name: string;
  readonly forecast: MonthForecast | SheetError;
  readonly target: number | null;
}

/** The month so far for the store, each active salesperson and each active channel. */
export interface MonthReport {
  readonly asOf: number;
  /** "2025-03" */
  readonly month: string;
  readonly sellingDaysElapsed: number;
  readonly sellingDaysTotal: number;
  readonly store: ReportRow & { readonly forecast: MonthForecast };
  /** By deals this month, most first. */
  readonly salespeople: readonly ReportRow[];
  readonly channels: readonly ReportRow[];
  /** Salespeople and channels left out: no deal in the last ACTIVE_DAYS days and no target. */
  readonly inactive: { readonly salespeople: number; readonly channels: number };
  /** Whether the file had any targets at all (for any month). */
  readonly hasTargets: boolean;
}

const BLANK_NAME = "(blank)";

function targetOf(targets: readonly TargetEntry[], month: string, scope: TargetScope, name: string): number | null {
  const key = name.trim().toLowerCase();
  const hit = targets.find(
    (t) => t.month === month && t.scope === scope && (scope === "Store" || t.name.trim().toLowerCase() === key)
  );
  return hit ? hit.target : null;
}

/** Salespeople or channels, each with its deals' dates, the active ones projected with the store as reference. */
function groupRows(
  deals: readonly Deal[],
  nameOf: (deal: Deal) => string,
  scope: TargetScope,
  context: {
    asOf: number;
    month: string;
    calendar: StoreCalendar;
    storeDates: readonly number[];
    targets: readonly TargetEntry[];
  }
): { rows: ReportRow[]; inactive: number } {
  const dates = new Map<string, number[]>();
  const active = new Set<string>();
  for (const deal of deals) {
    const name = nameOf(deal).trim() || BLANK_NAME;
    let list = dates.get(name);
    if (!list) dates.set(name, (list = []));
    list.push(deal.soldDate);
    if (deal.soldDate <= context.asOf && deal.soldDate > context.asOf - ACTIVE_DAYS) active.add(name);
  }
  const rows: ReportRow[] = [];
  let inactive = 0;
  for (const [name, list] of dates) {
    const target = name === BLANK_NAME ? null : targetOf(context.targets, context.month, scope, name);
    if (!active.has(name) && target === null) {
      inactive++;
      continue;
    }
    // The subset's month shape shrinks toward the store's rather than a generic dealer's.
    const forecast = forecastMonthEnd({
      dealDates: list,
      asOf: context.asOf,
      calendar: context.calendar,
      reference: context.storeDates,
    });
    rows.push({ name, forecast, target });
  }
  const mtd = (r: ReportRow): number => (isSheetError(r.forecast) ? -1 : r.forecast.mtd);
  rows.sort((a, b) => mtd(b) - mtd(a) || a.name.localeCompare(b.name));
  return { rows, inactive };
}

/**
 * Projects the month holding asOf for the store, each salesperson and each lead source, with the
 * targets of that month. Errors: the store's own projection fails (no deals, asOf before the first
 * deal, a month without selling days) → that SheetError.
 */
export function monthReport(
  deals: readonly Deal[],
  asOf: number,
  calendar: StoreCalendar,
  targets: readonly TargetEntry[]
): MonthReport | SheetError {
  const storeDates = deals.map((d) => d.soldDate);
  const store = forecastMonthEnd({ dealDates: storeDates, asOf, calendar });
  if (isSheetError(store)) return store;
  const month = monthKey(asOf);
  const context = { asOf, month, calendar, storeDates, targets };
  const people = groupRows(deals, (d) => d.salesperson, "Salesperson", context);
  const channels = groupRows(deals, (d) => d.channel, "Channel", context);
  return {
    asOf,
    month,
    sellingDaysElapsed: store.sellingDaysElapsed,
    sellingDaysTotal: store.sellingDaysTotal,
    store: { name: "Store", forecast: store, target: targetOf(targets, month, "Store", "") },
    salespeople: people.rows,
    channels: channels.rows,
    inactive: { salespeople: people.inactive, channels: channels.inactive },
    hasTargets: targets.length > 0,
  };
}

/** "March 2025" */
export function monthName(serial: number): string {
  const { year, month } = serialToDate(serial);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-US", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function chance(f: MonthForecast, target: number | null): string {
  if (target === null) return "";
  return target <= f.mtd ? "reached" : formatChance(f.probAtLeast(target));
}

/** The table cells of a projected row; `indent` sets salespeople and channels under their heading. */
function cells(row: ReportRow, forecast: MonthForecast, indent: string, withTargets: boolean): string[] {
  const fallback = forecast.method === "trend-fallback" ? " *" : "";
  const out = [
    indent + row.name,
    formatNumber(forecast.mtd),
    formatTrend(forecast.trend),
    formatNumber(forecast.p50) + fallback,
    `${formatNumber(forecast.p10)}–${formatNumber(forecast.p90)}`,
  ];
  if (withTargets) out.push(row.target === null ? "" : formatNumber(row.target), chance(forecast, row.target));
  return out;
}

/** How the report's first lines describe where the data came from. */
export interface ReportContext {
  /** The file's name (CSV) or the worksheet's (workbook). */
  readonly source: string;
  /** True when as-of was not given and is the file's last deal date. */
  readonly asOfIsLastDeal: boolean;
  /** The reader's account of what it read and skipped (skippedSummary). */
  readonly readSummary: readonly string[];
  /** The workbook's closed holidays (whole-day serials), to name those in the report's month. */
  readonly holidays: readonly number[];
}

/**
 * The report as terminal lines: where the data came from and what was skipped, the month's
 * selling days, then one aligned table — the store, salespeople, channels — with MTD, the
 * straight-line trend, the projection's median and p10–p90 and, when the file has targets, the
 * target and the chance of reaching it.
 */
export function reportLines(report: MonthReport, context: ReportContext): string[] {
  const asOfNote = context.asOfIsLastDeal ? " (the last deal date in the file; --as-of picks another day)" : "";
  const first = monthStart(report.asOf);
  const last = monthEnd(report.asOf);
  const holidays = context.holidays.filter((h) => h >= first && h <= last);
  const closed = holidays.length > 0 ? `Sundays closed, and ${holidays.map(isoDate).join(", ")}` : "Sundays closed";
  const lines = [
    `Pacecar report: ${context.source}, as of ${isoDate(report.asOf)}${asOfNote}`,
    ...context.readSummary,
    `${monthName(report.asOf)}: ${report.sellingDaysElapsed} of ${report.sellingDaysTotal} selling days done (${closed}).`,
    "",
  ];
  const withTargets = report.hasTargets;
  const columns: TableColumn[] = [
    { header: "", align: "left" },
    { header: "MTD" },
    { header: "Trend" },
    { header: "Projection" },
    { header: "p10–p90" },
  ];
  if (withTargets) columns.push({ header: "Target" }, { header: "Chance" });

  const rows: string[][] = [cells(report.store, report.store.forecast, "", withTargets)];
  const notProjected: string[] = [];
  let fallback = report.store.forecast.method === "trend-fallback";
  const section = (title: string, group: readonly ReportRow[]): void => {
    if (group.length === 0) return;
    rows.push([], [title]);
    for (const row of group) {
      if (isSheetError(row.forecast)) {
        notProjected.push(`${row.name} (${row.forecast.message})`);
        continue;
      }
      fallback ||= row.forecast.method === "trend-fallback";
      rows.push(cells(row, row.forecast, "  ", withTargets));
    }
  };
  section("Salespeople", report.salespeople);
  section("Channels", report.channels);
  lines.push(...formatTable(columns, rows), "");

  if (fallback)
    lines.push(
      `* Straight line with a wide range: too little history to learn from (the model needs ${MIN_HISTORY_MONTHS} months).`
    );
  if (notProjected.length > 0) lines.push(`Not projected: ${notProjected.join("; ")}.`);
  const { salespeople, channels } = report.inactive;
  if (salespeople + channels > 0) {
    const parts = [
      salespeople > 0 ? `${salespeople} ${salespeople === 1 ? "salesperson" : "salespeople"}` : "",
      channels > 0 ? `${channels} ${channels === 1 ? "channel" : "channels"}` : "",
    ].filter(Boolean);
    lines.push(
      `Not listed: ${parts.join(" and ")} without a deal in the ${ACTIVE_DAYS} days through ${isoDate(report.asOf)}.`
    );
  }
  if (!withTargets) lines.push("No targets in this file (a workbook with a PacecarTargets table adds them).");
  else if (
    report.store.target === null &&
    ![...report.salespeople, ...report.channels].some((r) => r.target !== null)
  ) {
    lines.push(`No targets for ${monthName(report.asOf)} in PacecarTargets.`);
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
