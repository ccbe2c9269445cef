import { isSheetError, type SheetError } from "../errors";
import { cellDate } from "./cellDate";
import { headerKey, type ColumnOverrides, type DealLogColumns } from "./columns";
import type { Deal } from "./deal";
import { isErrorText } from "./errorText";
import { findHeaderRow } from "./headerRow";
import { newUsedOf } from "./newUsed";
import { parseNumberText } from "./numberText";
import { hasTotalsLabel, isBlankCell, isBlankRow } from "./rowKinds";

/** Why a row under the header is not a deal. */
export type SkipReason = "blank" | "repeatedHeader" | "totals" | "badDate";

/** Why a cell of a deal was read as 0 (gross) or "" (text) instead of its content. */
export type BadCellReason = "badNumber" | "errorValue";

/** A row that is not a deal; `row` is its 0-based index in the rows given. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: SkipReason;
}

/** A deal's cell that could not be read; `row` and `column` are 0-based. */
export interface SkippedCell {
  readonly row: number;
  readonly column: number;
  readonly reason: BadCellReason;
}

/** How many skipped rows and cells are listed one by one; the counts cover them all. */
export const SKIPPED_LIST_LIMIT = 20;

/** A deal log once read: the deals, where they came from, and everything left out and why. */
export interface DealLogRead {
  readonly deals: Deal[];
  readonly columns: DealLogColumns;
  /** 0-based index of the header row; -1 when every column was given by index and no header was found. */
  readonly headerRow: number;
  /** Rows under the header, each a deal or a skipped row: deals + all skipped = rowsRead. */
  readonly rowsRead: number;
  readonly skipped: Record<SkipReason, number>;
  /** The first SKIPPED_LIST_LIMIT skipped rows, in order. */
  readonly skippedRows: SkippedRow[];
  /** Cells of deals read as 0 or "": gross text that is not a number, error values (#N/A…). */
  readonly skippedCells: Record<BadCellReason, number>;
  /** The first SKIPPED_LIST_LIMIT skipped cells, in order. */
  readonly skippedCellList: SkippedCell[];
}

const DATE_TEXT_MEMO = 10_000;

export interface DealLogOptions {
  /** Columns to use instead of the detected ones: a header text or a 0-based index per role. */
  readonly columns?: ColumnOverrides;
}

function isNumberCell(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && parseNumberText(value) !== null;
}

// A summary row without a label: no date, gross numbers, and nothing that names a deal.
function isUnlabelledTotals(cells: readonly unknown[], columns: DealLogColumns, dateCol: number): boolean {
  if (!isBlankCell(cells[dateCol])) return false;
  const { frontGross, backGross, stockNumber, salesperson } = columns;
  const hasGross = (frontGross !== null && isNumberCell(cells[frontGross])) || (backGross !== null && isNumberCell(cells[backGross]));
  if (!hasGross) return false;
  return (stockNumber === null || isBlankCell(cells[stockNumber])) && (salesperson === null || isBlankCell(cells[salesperson]));
}

/**
 * Reads a deal log as a DMS exports it (rows of cell values, header row near the top) into deals.
 * Rows under the header without a readable sold date are skipped and counted: blank rows,
 * repeated header rows (page breaks), totals rows (a "Total"/"Grand Total"/"Sum" label, or a
 * dateless row with numbers in a gross column and no stock number or salesperson) and the rest
 * as bad dates. In a deal, gross text like "$1,234.50" or "(300)" is read as a number; other
 * text or an error value counts as a skipped cell and reads as 0 (text columns: "").
 * One pass over the rows.
 * @returns the read log, or noDealLogHeader when no row of the first 30 names a sold-date
 *   column, or dealLogColumnNotFound when an override names a header the log lacks.
 * @example readDealLog([["Sold Date", "Front Gross"], ["3/7/2025", "$1,200"], ["Total", 1200]]).deals.length // 1
 */
export function readDealLog(rows: readonly (readonly unknown[])[], options: DealLogOptions = {}): DealLogRead | SheetError {
  const header = findHeaderRow(rows, options.columns ?? {});
  if (isSheetError(header)) return header;
  const { headerRow, columns } = header;
  const dateCol = columns.soldDate ?? 0;
  const headerDateCell = headerRow >= 0 ? rows[headerRow]?.[dateCol] : undefined;
  const headerDateKey = typeof headerDateCell === "string" ? headerKey(headerDateCell) : null;

  // Exports repeat a few dozen date texts thousands of times: parse each once (bounded, for logs with times of day).
  const dateTexts = new Map<string, number | null>();
  const dateOf = (value: unknown): number | null => {
    if (typeof value !== "string") return cellDate(value);
    const known = dateTexts.get(value);
    if (known !== undefined) return known;
    const serial = cellDate(value);
    if (dateTexts.size < DATE_TEXT_MEMO) dateTexts.set(value, serial);
    return serial;
  };

  const deals: Deal[] = [];
  const skipped: Record<SkipReason, number> = { blank: 0, repeatedHeader: 0, totals: 0, badDate: 0 };
  const skippedRows: SkippedRow[] = [];
  const skippedCells: Record<BadCellReason, number> = { badNumber: 0, errorValue: 0 };
  const skippedCellList: SkippedCell[] = [];

  const skipRow = (row: number, reason: SkipReason): void => {
    skipped[reason]++;
    if (skippedRows.length < SKIPPED_LIST_LIMIT) skippedRows.push({ row, reason });
  };
  const skipCell = (row: number, column: number, reason: BadCellReason): void => {
    skippedCells[reason]++;
    if (skippedCellList.length < SKIPPED_LIST_LIMIT) skippedCellList.push({ row, column, reason });
  };
  const text = (cells: readonly unknown[], r: number, column: number | null): string => {
    if (column === null) return "";
    const value = cells[column];
    if (typeof value === "string") {
      if (isErrorText(value)) {
        skipCell(r, column, "errorValue");
        return "";
      }
      return value.trim();
    }
    if (typeof value === "number") return String(value);
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return "";
  };
  const gross = (cells: readonly unknown[], r: number, column: number | null): number => {
    if (column === null) return 0;
    const value = cells[column];
    if (isBlankCell(value)) return 0;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (isErrorText(value)) {
      skipCell(r, column, "errorValue");
      return 0;
    }
    const parsed = typeof value === "string" ? parseNumberText(value) : null;
    if (parsed === null) {
      skipCell(r, column, "badNumber");
      return 0;
    }
    return parsed;
  };

  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const dateCell = cells[dateCol];
    const soldDate = dateOf(dateCell);
    if (soldDate !== null) {
      deals.push({
        soldDate,
        stockNumber: text(cells, r, columns.stockNumber),
        salesperson: text(cells, r, columns.salesperson),
        channel: text(cells, r, columns.channel),
        newUsed: newUsedOf(text(cells, r, columns.newUsed)),
        frontGross: gross(cells, r, columns.frontGross),
        backGross: gross(cells, r, columns.backGross),
        // Only logs with a model column give deals a model: a log without one reads as it always did.
        ...(columns.model === undefined ? {} : { model: text(cells, r, columns.model) }),
      });
    } else if (isBlankRow(cells)) skipRow(r, "blank");
    else if (headerDateKey !== null && typeof dateCell === "string" && headerKey(dateCell) === headerDateKey) skipRow(r, "repeatedHeader");
    else if (hasTotalsLabel(cells) || isUnlabelledTotals(cells, columns, dateCol)) skipRow(r, "totals");
    else skipRow(r, "badDate");
  }

  return { deals, columns, headerRow, rowsRead: Math.max(0, rows.length - headerRow - 1), skipped, skippedRows, skippedCells, skippedCellList };
}
