import { headerKey } from "../../dealLog/columns";
import { sheetError, type SheetError } from "../../errors";
import { readInventory, type InventoryRead } from "./agedUnits";

/** The inventory table Pacecar looks for, and the headers it reads (others are passed through as details). */
export const INVENTORY_TABLE = "Inventory";
export const INVENTORY_COLUMNS = {
  stock: ["Stock #", "Stock No", "Stock Number", "Stk#", "Stock"],
  stockIn: ["Stock-in Date", "Stock In Date", "In-Stock Date", "Date In Stock", "Received", "Inventory Date"],
} as const;

/** The index of the first header matching one of the aliases (earlier alias wins), or -1. */
export function findColumn(header: readonly unknown[], aliases: readonly string[]): number {
  const keys = header.map((h) => (typeof h === "string" ? headerKey(h) : ""));
  for (const alias of aliases) {
    const i = keys.indexOf(headerKey(alias));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * An inventory table (header row first) as readInventory reads it: the stock and stock-in columns
 * found by header, every other column passed through as a detail.
 * @returns the inventory, or #VALUE! gapColumnMissing naming the header it needs.
 */
export function readInventoryTable(
  rows: readonly (readonly unknown[])[],
  costPerDay: number
): InventoryRead | SheetError {
  const header = rows[0] ?? [];
  const stock = findColumn(header, INVENTORY_COLUMNS.stock);
  if (stock < 0) return sheetError("value", "gapColumnMissing", INVENTORY_COLUMNS.stock[0]);
  const stockIn = findColumn(header, INVENTORY_COLUMNS.stockIn);
  if (stockIn < 0) return sheetError("value", "gapColumnMissing", INVENTORY_COLUMNS.stockIn[0]);
  const detailColumns = header.map((_, j) => j).filter((j) => j !== stock && j !== stockIn);
  return readInventory(
    rows.map((r) => r[stock]),
    rows.map((r) => r[stockIn]),
    costPerDay,
    rows.map((r) => detailColumns.map((j) => r[j]))
  );
}
