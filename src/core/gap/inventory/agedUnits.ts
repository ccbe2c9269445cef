import { monthEnd } from "../../calendar";
import { cellDate } from "../../dealLog/cellDate";
import { sheetError, type SheetError } from "../../errors";
import { agingBucket, type AgingBucket } from "./agingBucket";
import { holdingCost } from "./holdingCost";

/** A detail cell passed through beside a unit (model, cost, new/used…). */
export type DetailCell = string | number | boolean;

/** One unit of the inventory as read: its stock number, stock-in day (null when unreadable) and details. */
export interface InventoryUnit {
  readonly stock: string;
  /** Whole-day serial of the day it came into stock; null when the cell is blank or not a date. */
  readonly stockIn: number | null;
  /** Holding cost of this unit per day, in dollars. */
  readonly costPerDay: number;
  readonly details: readonly DetailCell[];
}

/** An inventory range once read: the units, and the names of the detail columns. */
export interface InventoryRead {
  readonly units: readonly InventoryUnit[];
  /** One name per detail column: the header row's when the ranges start with one, else "Detail 1", "Detail 2"… */
  readonly detailNames: readonly string[];
  /** Rows with neither a stock number nor a stock-in date (a table's empty tail). */
  readonly skippedBlank: number;
}

/** A unit in stock as of a day, with what it costs. */
export interface AgedUnit {
  readonly stock: string;
  readonly stockIn: number;
  readonly daysInStock: number;
  readonly bucket: AgingBucket;
  /** Dollars spent holding it so far: days in stock × cost per day. */
  readonly holdingCostSoFar: number;
  /** Dollars it will have cost by the last day of the month if it is still there. */
  readonly costAtMonthEnd: number;
  readonly details: readonly DetailCell[];
}

/** The aged units of an inventory as of a day, most urgent first, and what could not be aged. */
export interface AgedUnitsResult {
  readonly units: readonly AgedUnit[];
  /** Units whose stock-in date is blank or not a date: listed so they aren't lost, never aged by guess. */
  readonly undated: readonly InventoryUnit[];
  /** Units stocked in after as_of: not on the lot yet on that day. */
  readonly notYetInStock: number;
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function detailCell(value: unknown): DetailCell {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  // Error values and anything else a range can hold show as blank rather than break the spill.
  return "";
}

function stockText(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return typeof value === "string" ? value.trim() : "";
}

/** A range's first row is a header when its stock-in cell is text that is not a date (e.g. "Stock-in Date"). */
function startsWithHeader(stockIns: readonly unknown[]): boolean {
  const first = stockIns[0];
  return typeof first === "string" && first.trim() !== "" && cellDate(first) === null;
}

/**
 * Reads parallel inventory columns: stock numbers, stock-in dates, a cost per day (one number for
 * all, or one per unit) and optional detail rows passed through. A header row on top is recognised
 * and its detail cells name the detail columns.
 * @returns the units, or gapSizeMismatch (#VALUE!) naming the range whose length differs.
 * @example readInventory(["N1"], [45700], 30, null).units[0] // { stock: "N1", stockIn: 45700, costPerDay: 30, details: [] }
 */
export function readInventory(
  stockIds: readonly unknown[],
  stockIns: readonly unknown[],
  costPerDay: number | readonly unknown[],
  details: readonly (readonly unknown[])[] | null
): InventoryRead | SheetError {
  if (stockIns.length !== stockIds.length) return sheetError("value", "gapSizeMismatch", "stock_in_dates", "stock_ids");
  if (typeof costPerDay !== "number" && costPerDay.length !== stockIds.length)
    return sheetError("value", "gapSizeMismatch", "cost_per_day", "stock_ids");
  if (details !== null && details.length !== stockIds.length)
    return sheetError("value", "gapSizeMismatch", "details", "stock_ids");
  // A loop, not Math.max(...): a long inventory would overflow the call's arguments.
  const width = details === null ? 0 : details.reduce((w, r) => Math.max(w, r.length), 0);
  const header = startsWithHeader(stockIns);
  const detailNames = Array.from({ length: width }, (_, j) => {
    const named = header ? details?.[0]?.[j] : undefined;
    return typeof named === "string" && named.trim() !== "" ? named.trim() : `Detail ${String(j + 1)}`;
  });
  const units: InventoryUnit[] = [];
  let skippedBlank = 0;
  for (let i = header ? 1 : 0; i < stockIds.length; i++) {
    const stock = stockText(stockIds[i]);
    const rawDate = stockIns[i];
    if (stock === "" && (isBlankCell(rawDate) || rawDate === 0)) {
      skippedBlank++;
      continue;
    }
    const perDay = typeof costPerDay === "number" ? costPerDay : cellNumber(costPerDay[i]);
    if (perDay === null) return sheetError("value", "notANumber", "cost_per_day");
    if (perDay < 0) return sheetError("num", "negative", "cost_per_day");
    const row = details?.[i] ?? [];
    const cells = new Array<DetailCell>(width);
    for (let j = 0; j < width; j++) cells[j] = detailCell(row[j]);
    units.push({ stock, stockIn: cellDate(rawDate), costPerDay: perDay, details: cells });
  }
  return { units, detailNames, skippedBlank };
}

/** A cost cell: a number, text like "$35", or blank (0). Null when it is not a number. */
function cellNumber(value: unknown): number | null {
  if (isBlankCell(value)) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const n = Number(value.replace(/[$,\s]/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * Ages the units in stock as of a day (end of day): days in stock = as_of − stock-in day, the
 * bucket (0-30, 31-45, 46-60, 61-90, 90+), the holding cost so far and by month end. Only units at
 * or over minDays are returned, most urgent first: the most days in stock, then the higher cost by
 * month end, then stock number.
 * @example agedUnits([{ stock: "U1", stockIn: 45600, costPerDay: 30, details: [] }], 45700, 45).units[0]?.holdingCostSoFar // 3000
 */
export function agedUnits(units: readonly InventoryUnit[], asOf: number, minDays: number): AgedUnitsResult {
  const end = monthEnd(asOf);
  const aged: AgedUnit[] = [];
  const undated: InventoryUnit[] = [];
  let notYetInStock = 0;
  for (const unit of units) {
    if (unit.stockIn === null) {
      undated.push(unit);
      continue;
    }
    if (unit.stockIn > asOf) {
      notYetInStock++;
      continue;
    }
    const days = asOf - unit.stockIn;
    if (days < minDays) continue;
    aged.push({
      stock: unit.stock,
      stockIn: unit.stockIn,
      daysInStock: days,
      bucket: agingBucket(days),
      holdingCostSoFar: holdingCost(days, unit.costPerDay),
      costAtMonthEnd: holdingCost(end - unit.stockIn, unit.costPerDay),
      details: unit.details,
    });
  }
  aged.sort(
    (a, b) => b.daysInStock - a.daysInStock || b.costAtMonthEnd - a.costAtMonthEnd || a.stock.localeCompare(b.stock)
  );
  return { units: aged, undated, notYetInStock };
}
