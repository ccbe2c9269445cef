/*
 * Closing the gap: aged units to push, deals to revisit, what the pipeline says. Thin wrappers, as in
 * functions.ts: coerce the arguments, call src/core/gap, turn a SheetError into Excel's error.
 * Ranges are one column (or one row) each, the same length, often a table's columns.
 */
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { agedUnits as coreAgedUnits, DEFAULT_COST_PER_DAY, readInventory } from "../core/gap/inventory";
import {
  conversionModel,
  dealsToRevisit as coreDealsToRevisit,
  expectedPipelineDeals,
  readOpportunities,
  statusLabel,
  type ConversionModel,
  type OpportunityLogRead,
  type RevisitDeal,
} from "../core/gap/pipeline";
import { allArgs, dateArg, numberArg, todaySerial } from "./args";
import { toExcelError } from "./excelError";

/** A range's cells as one list: a column, or a single row; a lone value is a one-cell range. */
function cellsOf(range: unknown, name: string): unknown[] | SheetError {
  if (!Array.isArray(range)) return [range];
  const rows = range as unknown[];
  // One pass, a loop rather than every + map: these columns are a whole inventory or CRM log.
  const cells = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r)) cells[i] = r;
    else if (r.length <= 1) cells[i] = (r as unknown[])[0];
    else return rows.length === 1 ? (r as unknown[]) : sheetError("value", "gapNotAColumn", name);
  }
  return cells;
}

/** An optional range: null when omitted. */
function optionalCells(range: unknown, name: string): unknown[] | null | SheetError {
  return range === null || range === undefined ? null : cellsOf(range, name);
}

/** An optional count of days that can't be negative; `fallback` when omitted or blank. */
function daysArg(value: unknown, name: string, fallback: number): number | SheetError {
  if (value === null || value === undefined || value === "") return fallback;
  const n = numberArg(value, name);
  if (isSheetError(n)) return n;
  return n < 0 ? sheetError("num", "negative", name) : n;
}

/** cost_per_day: one number for every unit, or a column beside stock_ids; DEFAULT_COST_PER_DAY when omitted. */
function costPerDayArg(value: unknown): number | unknown[] | SheetError {
  if (value === null || value === undefined || value === "") return DEFAULT_COST_PER_DAY;
  if (Array.isArray(value) && (value.length > 1 || (Array.isArray(value[0]) && (value[0] as unknown[]).length > 1)))
    return cellsOf(value, "cost_per_day");
  const single: unknown = Array.isArray(value)
    ? Array.isArray(value[0])
      ? (value[0] as unknown[])[0]
      : value[0]
    : value;
  const n = numberArg(single, "cost_per_day");
  if (isSheetError(n)) return n;
  return n < 0 ? sheetError("num", "negative", "cost_per_day") : n;
}

/** details: rows of cells beside stock_ids, or null. */
function detailRows(value: unknown): unknown[][] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return [[value]];
  return (value as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
}

/** A spill row: its own cells, then the unit's details. */
function withDetails(
  row: (string | number | boolean)[],
  details: readonly (string | number | boolean)[]
): (string | number | boolean)[] {
  for (let j = 0; j < details.length; j++) row.push(details[j] as string | number | boolean);
  return row;
}

/** The header row of AGED_UNITS' spill, before the details' columns. */
const AGED_UNITS_HEADER = [
  "Stock",
  "Days in stock",
  "Bucket",
  "Holding cost so far",
  "Cost if unsold at month end",
] as const;

/**
 * Aged units to push, most urgent first: stock number, days in stock as of as_of, aging bucket (0-30, 31-45, 46-60, 61-90, 90+), holding cost so far and by month end, then the details you pass.
 * @customfunction AGED_UNITS
 * @param stock_ids Stock numbers, e.g. Inventory[Stock #].
 * @param stock_in_dates The day each unit came into stock, same size, e.g. Inventory[Stock-in Date]. A unit whose date is blank or not a date is listed last with "no stock-in date".
 * @param [as_of] Day to age the units to (end of day); defaults to today. Units stocked in later are left out.
 * @param [min_days] Show only units in stock at least this many days; default 45.
 * @param [cost_per_day] Holding cost per unit per day in dollars (floor-plan interest plus depreciation): one number, or a column beside stock_ids; default 30, the trade's rule of thumb for a used unit.
 * @param [details] Columns to pass through beside each unit, same number of rows, e.g. Inventory[[Model]:[Cost]].
 * @returns {any[][]} A table that spills: Stock, Days in stock, Bucket, Holding cost so far, Cost if unsold at month end, then the details.
 * @example =GSM.AGED_UNITS(Inventory[Stock #], Inventory[Stock-in Date], DATE(2025,3,10), 60, 35) returns the units on the lot 60 days or more on 3/10/2025, oldest first, at $35 a day.
 */
export function agedUnits(
  stock_ids: unknown[][],
  stock_in_dates: unknown[][],
  as_of?: unknown,
  min_days?: unknown,
  cost_per_day?: unknown[][],
  details?: unknown[][]
) {
  const args = allArgs({
    stockIds: cellsOf(stock_ids, "stock_ids"),
    stockIns: cellsOf(stock_in_dates, "stock_in_dates"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    minDays: daysArg(min_days, "min_days", 45),
    costPerDay: costPerDayArg(cost_per_day),
  });
  if (isSheetError(args)) return toExcelError(args);
  const inventory = readInventory(args.stockIds, args.stockIns, args.costPerDay, detailRows(details));
  if (isSheetError(inventory)) return toExcelError(inventory);
  if (inventory.units.length === 0) return toExcelError(sheetError("na", "gapNoUnits"));
  const aged = coreAgedUnits(inventory.units, args.asOf, args.minDays);
  if (aged.units.length === 0 && aged.undated.length === 0)
    return toExcelError(sheetError("na", "gapNoAgedUnits", args.minDays));
  const rows: (string | number | boolean)[][] = [[...AGED_UNITS_HEADER, ...inventory.detailNames]];
  // Rows built by index, not spread: an inventory spill can be tens of thousands of rows.
  for (const u of aged.units)
    rows.push(withDetails([u.stock, u.daysInStock, u.bucket, u.holdingCostSoFar, u.costAtMonthEnd], u.details));
  for (const u of aged.undated) rows.push(withDetails([u.stock, "", "no stock-in date", "", ""], u.details));
  // A huge cost per day overflows the holding cost; Excel would show #NUM!, so say why.
  if (rows.some((r) => r.some((c) => typeof c === "number" && !Number.isFinite(c))))
    return toExcelError(sheetError("num", "resultTooLarge"));
  return rows;
}

/** An opportunities log read from the function's arguments, with unknown statuses turned into the error that lists them. */
function opportunityLog(columns: Parameters<typeof readOpportunities>[0]): OpportunityLogRead | SheetError {
  const log = readOpportunities(columns);
  if (isSheetError(log)) return log;
  if (log.unknownStatuses.length > 0) {
    const listed = log.unknownStatuses
      .slice(0, 3)
      .map((u) => `"${u.status}" (${String(u.rows)} ${u.rows === 1 ? "row" : "rows"})`)
      .join(", ");
    const more = log.unknownStatuses.length > 3 ? ` and ${String(log.unknownStatuses.length - 3)} more` : "";
    return sheetError("value", "gapUnknownStatuses", listed + more);
  }
  if (!log.hasSoldDates) return sheetError("na", "gapSoldDatesNeeded");
  return log;
}

/** The log's opportunities and the model learned from its history as of a day. */
function learnedLog(
  columns: Parameters<typeof readOpportunities>[0] & { asOf: number }
): { log: OpportunityLogRead; model: ConversionModel } | SheetError {
  const log = opportunityLog(columns);
  if (isSheetError(log)) return log;
  const model = conversionModel(log.opportunities, columns.asOf);
  return isSheetError(model) ? model : { log, model };
}

/** The open opportunities of the log as of a day, each with its learned chance of selling this month. */
function openRevisits(columns: Parameters<typeof readOpportunities>[0] & { asOf: number }): RevisitDeal[] | SheetError {
  const learned = learnedLog(columns);
  if (isSheetError(learned)) return learned;
  return coreDealsToRevisit(learned.log.opportunities, learned.model, columns.asOf);
}

/** The header row of DEALS_TO_REVISIT's spill. */
const DEALS_TO_REVISIT_HEADER = [
  "Id",
  "Status",
  "Source",
  "Age (days)",
  "Chance this month",
  "Value",
  "Expected value",
] as const;

/**
 * Open and recently lost opportunities ranked by expected value (value × the chance it sells this month), the chance learned from the log's own history by status, source and age.
 * @customfunction DEALS_TO_REVISIT
 * @param ids Opportunity ids, e.g. Opportunities[Id].
 * @param created The day each was created, same size, e.g. Opportunities[Created].
 * @param statuses How each stood when logged: Pending, Be-back, Lost or Sold (Working, Dead, Delivered… are read too); any other status is listed in the error.
 * @param sources Lead source of each, e.g. Opportunities[Source].
 * @param [values] What each deal is worth (e.g. expected gross), to rank by expected value; without it the ranking is by chance.
 * @param [as_of] Day the pipeline is read (end of day); defaults to today. Learning uses the 12 months before its month.
 * @param [sold_dates] The day each sold, blank while it hasn't, e.g. Opportunities[Sold Date]: the history the chances are learned from.
 * @returns {any[][]} A table that spills: Id, Status, Source, Age (days), Chance this month, Value, Expected value.
 * @example =GSM.DEALS_TO_REVISIT(Opportunities[Id], Opportunities[Created], Opportunities[Status], Opportunities[Source], Opportunities[Value], DATE(2025,3,10), Opportunities[Sold Date]) returns the opportunities open on 3/10/2025, the best bets first.
 */
export function dealsToRevisit(
  ids: unknown[][],
  created: unknown[][],
  statuses: unknown[][],
  sources: unknown[][],
  values?: unknown[][],
  as_of?: unknown,
  sold_dates?: unknown[][]
) {
  const args = allArgs({
    ids: cellsOf(ids, "ids"),
    created: cellsOf(created, "created"),
    statuses: cellsOf(statuses, "statuses"),
    sources: cellsOf(sources, "sources"),
    values: optionalCells(values, "values"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    soldDates: optionalCells(sold_dates, "sold_dates"),
  });
  if (isSheetError(args)) return toExcelError(args);
  const deals = openRevisits(args);
  if (isSheetError(deals)) return toExcelError(deals);
  if (deals.length === 0) return toExcelError(sheetError("na", "gapNoOpenOpportunities"));
  const rows: (string | number)[][] = [[...DEALS_TO_REVISIT_HEADER]];
  for (const d of deals)
    rows.push([d.id, statusLabel(d.status), d.source, d.age, d.chance, d.value ?? "", d.expectedValue ?? ""]);
  return rows;
}

/**
 * Expected additional deals by the end of as_of's month from the open pipeline: the sum of each open opportunity's learned chance of selling this month.
 * @customfunction PIPELINE_DEALS
 * @param created The day each opportunity was created, e.g. Opportunities[Created].
 * @param statuses How each stood when logged: Pending, Be-back, Lost or Sold; any other status is listed in the error.
 * @param sources Lead source of each, same size.
 * @param [as_of] Day the pipeline is read (end of day); defaults to today.
 * @param [sold_dates] The day each sold, blank while it hasn't: the history the chances are learned from.
 * @returns {number} Expected deals still to come from the pipeline this month.
 * @example =GSM.PIPELINE_DEALS(Opportunities[Created], Opportunities[Status], Opportunities[Source], DATE(2025,3,10), Opportunities[Sold Date]) returns the deals the pipeline open on 3/10/2025 is expected to bring by 3/31.
 */
export function pipelineDeals(
  created: unknown[][],
  statuses: unknown[][],
  sources: unknown[][],
  as_of?: unknown,
  sold_dates?: unknown[][]
) {
  const args = allArgs({
    created: cellsOf(created, "created"),
    statuses: cellsOf(statuses, "statuses"),
    sources: cellsOf(sources, "sources"),
    asOf: dateArg(as_of, "as_of", todaySerial),
    soldDates: optionalCells(sold_dates, "sold_dates"),
  });
  if (isSheetError(args)) return toExcelError(args);
  const learned = learnedLog(args);
  if (isSheetError(learned)) return toExcelError(learned);
  return expectedPipelineDeals(learned.log.opportunities, learned.model, args.asOf);
}
