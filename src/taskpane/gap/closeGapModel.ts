/**
 * What the "Close the gap" view shows, computed from the workbook by the core: the target against
 * the projection, aged units worth pushing, deals to revisit, what the pipeline says, and a plan.
 * Pure: the view only renders it.
 */
import { isoDate, monthKey } from "../../core/calendar";
import { isSheetError } from "../../core/errors";
import type { MonthForecast } from "../../core/forecast";
import {
  agedUnits,
  DEFAULT_COST_PER_DAY,
  INVENTORY_TABLE,
  readInventoryTable,
  type AgedUnit,
} from "../../core/gap/inventory";
import {
  conversionModel,
  dealsToRevisit,
  OPEN_STATUSES,
  OPPORTUNITIES_TABLE,
  pipelineDeals,
  readOpportunityTable,
  type OpenStatus,
  type RevisitDeal,
} from "../../core/gap/pipeline";
import { gapPlan, recommendPlan, type GapPlan, type GapPlanInput, type PlanChoice } from "../../core/gap/plan";
import type { CellTable, CellValue, TableWrite, TablesRead, WorkbookSnapshot } from "../../excel/workbookPort";
import { firstScreenLog, storeTarget } from "../firstScreen";

/** The small settings table the pane keeps in the workbook (Setting | Value), shared by every view that needs a setting. */
export const SETTINGS_TABLE = "PacecarSettings";
export const SETTINGS_HEADER = ["Setting", "Value"] as const;
/** The setting that holds the store's holding cost per unit per day. */
export const COST_PER_DAY_SETTING = "Holding cost per day";
/** Units on the lot this many days or more are worth pushing (AGED_UNITS' default min_days). */
export const PUSH_MIN_DAYS = 45;
/** The tables the view reads. */
export const CLOSE_GAP_TABLES = [INVENTORY_TABLE, OPPORTUNITIES_TABLE, SETTINGS_TABLE] as const;

/** The store's holding cost per day from the settings table, or the documented default. */
export function costPerDaySetting(settings: CellTable | null): number {
  for (const row of settings?.rows.slice(1) ?? []) {
    if (typeof row[0] === "string" && row[0].trim().toLowerCase() === COST_PER_DAY_SETTING.toLowerCase()) {
      const value = typeof row[1] === "number" ? row[1] : Number(String(row[1]).replace(/[$,\s]/g, ""));
      if (Number.isFinite(value) && value >= 0) return value;
    }
  }
  return DEFAULT_COST_PER_DAY;
}

/** The settings table with the holding cost set, every other setting kept as it was. */
export function settingsWithCostPerDay(settings: CellTable | null, costPerDay: number): TableWrite {
  const others = (settings?.rows.slice(1) ?? []).filter(
    (r) => !(typeof r[0] === "string" && r[0].trim().toLowerCase() === COST_PER_DAY_SETTING.toLowerCase())
  );
  const rows: CellValue[][] = [...others.map((r) => [r[0] ?? "", r[1] ?? ""]), [COST_PER_DAY_SETTING, costPerDay]];
  return { name: SETTINGS_TABLE, sheetName: "Pacecar Settings", header: [...SETTINGS_HEADER], rows };
}

/** The inventory side: units worth pushing, or why there are none to show. */
export interface AgedSide {
  readonly units: readonly AgedUnit[];
  /** Units on the lot as of asOf (all ages). */
  readonly inStock: number;
  /** Units whose stock-in date can't be read: listed apart, never aged by guess. */
  readonly undated: readonly string[];
  readonly detailNames: readonly string[];
  readonly problem: string | null;
}

/** The pipeline side: deals to revisit and their expected deals, or why there are none. */
export interface PipelineSide {
  readonly revisits: readonly RevisitDeal[];
  readonly expectedDeals: number | null;
  /** Statuses the log uses that Pacecar doesn't know, with their row counts: those rows are left out, and said so. */
  readonly unknownStatuses: readonly { readonly status: string; readonly rows: number }[];
  readonly historyMonths: number;
  /** The learned chance by status (all sources and ages), for the GSM to see what the ranking rests on. */
  readonly statusRates: readonly { readonly status: OpenStatus; readonly rate: number }[];
  readonly problem: string | null;
}

/** The aged units of the inventory table at a holding cost per day. */
export function agedSide(tables: TablesRead, asOf: number, costPerDay: number): AgedSide {
  const table = tables[INVENTORY_TABLE] ?? null;
  const empty = { units: [], inStock: 0, undated: [], detailNames: [] };
  if (!table)
    return {
      ...empty,
      problem: `No inventory found. Add a table named ${INVENTORY_TABLE} with Stock # and Stock-in Date columns.`,
    };
  const read = readInventoryTable(table.rows, costPerDay);
  if (isSheetError(read)) return { ...empty, problem: `${table.source}: ${read.message}` };
  const all = agedUnits(read.units, asOf, 0);
  return {
    units: all.units.filter((u) => u.daysInStock >= PUSH_MIN_DAYS),
    inStock: all.units.length,
    undated: all.undated.map((u) => u.stock || "(no stock #)"),
    detailNames: read.detailNames,
    problem: null,
  };
}

/** The deals to revisit of the opportunities table as of a day. */
export function pipelineSide(tables: TablesRead, asOf: number): PipelineSide {
  const table = tables[OPPORTUNITIES_TABLE] ?? null;
  const empty = { revisits: [], expectedDeals: null, unknownStatuses: [], historyMonths: 0, statusRates: [] };
  if (!table)
    return {
      ...empty,
      problem: `No opportunities log found. Add a table named ${OPPORTUNITIES_TABLE}: Id, Created, Status, Source, Salesperson, Value, Sold Date.`,
    };
  const log = readOpportunityTable(table.rows);
  if (isSheetError(log)) return { ...empty, problem: `${table.source}: ${log.message}` };
  if (!log.hasSoldDates)
    return {
      ...empty,
      unknownStatuses: log.unknownStatuses,
      problem: `${table.source}: needs a Sold Date column to learn how often opportunities close.`,
    };
  const model = conversionModel(log.opportunities, asOf);
  if (isSheetError(model))
    return { ...empty, unknownStatuses: log.unknownStatuses, problem: `${table.source}: ${model.message}` };
  const revisits = dealsToRevisit(log.opportunities, model, asOf);
  const statusRates = OPEN_STATUSES.map((status) => ({ status, rate: model.byStatus[status].rate }));
  return {
    revisits,
    expectedDeals: pipelineDeals(revisits),
    unknownStatuses: log.unknownStatuses,
    historyMonths: model.historyMonths,
    statusRates,
    problem: null,
  };
}

/** The month side: target and projection, or why the plan can't be made. */
export interface MonthSide {
  readonly month: string;
  readonly asOfText: string;
  readonly target: number | null;
  readonly forecast: MonthForecast | null;
  readonly problem: string | null;
}

/** The store target of asOf's month and the projection the first screen shows. */
export function monthSide(snapshot: WorkbookSnapshot, asOf: number): MonthSide {
  const month = monthKey(asOf);
  const base = { month, asOfText: isoDate(asOf), target: storeTarget(snapshot, month) };
  const log = firstScreenLog(snapshot, asOf);
  if ("problem" in log) return { ...base, forecast: null, problem: log.problem };
  if (isSheetError(log.forecast))
    return { ...base, forecast: null, problem: `No projection yet: ${log.forecast.message}` };
  return {
    ...base,
    forecast: log.forecast,
    problem: base.target === null ? "Set the store target for this month on the Month tab to see the gap." : null,
  };
}

/** The plan's input, or null when there is no target or projection to plan against. */
export function planInput(month: MonthSide, aged: AgedSide, pipeline: PipelineSide): GapPlanInput | null {
  if (month.forecast === null || month.target === null) return null;
  return {
    forecast: month.forecast,
    target: month.target,
    agedUnits: aged.units,
    revisits: pipeline.revisits,
    pipelineDeals: pipeline.expectedDeals,
  };
}

/** The plan for the GSM's choice, or the recommended one when they haven't chosen. */
export function planFor(input: GapPlanInput, choice: PlanChoice | null): { plan: GapPlan; recommended: PlanChoice } {
  const recommended = recommendPlan(input);
  return { plan: gapPlan(input, choice ?? recommended), recommended };
}

/** Dollars, whole. */
export function formatMoney(x: number | null): string {
  return x === null ? "–" : `$${Math.round(x).toLocaleString("en-US")}`;
}
