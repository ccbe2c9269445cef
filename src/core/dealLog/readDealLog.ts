import { isSheetError, type SheetError } from "../errors";
import { cellDate, dateOrderOf, type DateOrder } from "./cellDate";
import { headerKey, type ColumnOverrides, type DealLogColumns } from "./columns";
import type { Deal } from "./deal";
import { isErrorValue } from "./errorText";
import { findHeaderRow } from "./headerRow";
import { newUsedOf } from "./newUsed";
import { decimalMarkOf, parseNumberText, type DecimalMark } from "./numberText";
import { hasTotalsLabel, isBlankCell, isBlankRow } from "./rowKinds";
import { canonicalSpellings, trimText } from "./spelling";

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
  /** How the log's text dates and numbers were read (given, or read off the log). */
  readonly textFormat: TextFormat;
  /**
   * Salesperson, lead source and model cells written another way than the name they were grouped
   * under ("  JOHN smith " read as "John Smith"): spaces as Excel's TRIM leaves them, case as a
   * PivotTable groups it, each name spelled the way most of its cells spell it.
   */
  readonly respelled: number;
}

/** How a log writes dates and numbers as text. */
export interface TextFormat {
  /** 3/10/2025 is March 10 ("mdy", US) or 3 October ("dmy"). Dotted dates (10.03.2025) are always day first. */
  readonly dateOrder: DateOrder;
  /** "1,234.50" ("." US) or "1.234,50" (","). */
  readonly decimalMark: DecimalMark;
}

const DATE_TEXT_MEMO = 10_000;

export interface DealLogOptions {
  /** Columns to use instead of the detected ones: a header text or a 0-based index per role. */
  readonly columns?: ColumnOverrides;
  /** How the log writes dates and numbers as text; each part omitted is read off the log's cells. */
  readonly textFormat?: Partial<TextFormat>;
  /** What an omitted textFormat part is when the cells can't tell (3/10/2025, "1,250" only); US when omitted. */
  readonly likelyTextFormat?: Partial<TextFormat>;
}

/**
 * The text format a log's cells prove: a date like 25/03/2025 proves day first, 03/25/2025 month
 * first; "1.234,50" or "12,5" prove a decimal comma, "1,234.50" or "12.5" a decimal point. A part
 * with no proof, or proof both ways, is the likely one.
 */
function detectTextFormat(
  rows: readonly (readonly unknown[])[],
  from: number,
  columns: DealLogColumns,
  likely: TextFormat
): TextFormat {
  const dateCol = columns.soldDate ?? 0;
  const grossCols = [columns.frontGross, columns.backGross].filter((c): c is number => c !== null);
  const orders = new Set<DateOrder>();
  const marks = new Set<DecimalMark>();
  for (let r = from; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const order = dateOrderOf(cells[dateCol]);
    if (order !== null) orders.add(order);
    for (const c of grossCols) {
      const cell = cells[c];
      const mark = typeof cell === "string" ? decimalMarkOf(cell) : null;
      if (mark !== null) marks.add(mark);
    }
    // Month first and a decimal point are proven: nothing further can change the answer.
    if (orders.has("mdy") && marks.has(".")) break;
  }
  const one = <T>(seen: Set<T>, fallback: T): T => (seen.size === 1 ? ([...seen][0] ?? fallback) : fallback);
  return { dateOrder: one(orders, likely.dateOrder), decimalMark: one(marks, likely.decimalMark) };
}

function isNumberCell(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && parseNumberText(value) !== null;
}

// A summary row without a label: no date, gross numbers, and nothing that names a deal.
function isUnlabelledTotals(cells: readonly unknown[], columns: DealLogColumns, dateCol: number): boolean {
  if (!isBlankCell(cells[dateCol])) return false;
  const { frontGross, backGross, stockNumber, salesperson } = columns;
  const hasGross =
    (frontGross !== null && isNumberCell(cells[frontGross])) || (backGross !== null && isNumberCell(cells[backGross]));
  if (!hasGross) return false;
  return (
    (stockNumber === null || isBlankCell(cells[stockNumber])) &&
    (salesperson === null || isBlankCell(cells[salesperson]))
  );
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
export function readDealLog(
  rows: readonly (readonly unknown[])[],
  options: DealLogOptions = {}
): DealLogRead | SheetError {
  const header = findHeaderRow(rows, options.columns ?? {});
  if (isSheetError(header)) return header;
  const { headerRow, columns } = header;
  const dateCol = columns.soldDate ?? 0;
  const headerDateCell = headerRow >= 0 ? rows[headerRow]?.[dateCol] : undefined;
  const headerDateKey = typeof headerDateCell === "string" ? headerKey(headerDateCell) : null;
  const likely: TextFormat = {
    dateOrder: options.likelyTextFormat?.dateOrder ?? "mdy",
    decimalMark: options.likelyTextFormat?.decimalMark ?? ".",
  };
  const given = options.textFormat ?? {};
  const textFormat: TextFormat =
    given.dateOrder !== undefined && given.decimalMark !== undefined
      ? { dateOrder: given.dateOrder, decimalMark: given.decimalMark }
      : { ...detectTextFormat(rows, headerRow + 1, columns, likely), ...given };
  const { dateOrder, decimalMark } = textFormat;

  // Exports repeat a few dozen date texts thousands of times: parse each once (bounded, for logs with times of day).
  const dateTexts = new Map<string, number | null>();
  const dateOf = (value: unknown): number | null => {
    if (typeof value !== "string") return cellDate(value);
    const known = dateTexts.get(value);
    if (known !== undefined) return known;
    const serial = cellDate(value, dateOrder);
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
    if (isErrorValue(value)) {
      skipCell(r, column, "errorValue");
      return "";
    }
    if (typeof value === "string") return trimText(value);
    if (typeof value === "number") return String(value);
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return "";
  };
  const gross = (cells: readonly unknown[], r: number, column: number | null): number => {
    if (column === null) return 0;
    const value = cells[column];
    if (isBlankCell(value)) return 0;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (isErrorValue(value)) {
      skipCell(r, column, "errorValue");
      return 0;
    }
    const parsed = typeof value === "string" ? parseNumberText(value, decimalMark) : null;
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
    // A subtotal row may carry its day's date ("3/10/2025 | Day total | 4,250"): its label tells it from a deal.
    if (soldDate !== null && !hasTotalsLabel(cells, dateCol)) {
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
    else if (headerDateKey !== null && typeof dateCell === "string" && headerKey(dateCell) === headerDateKey)
      skipRow(r, "repeatedHeader");
    else if (soldDate !== null || hasTotalsLabel(cells) || isUnlabelledTotals(cells, columns, dateCol))
      skipRow(r, "totals");
    else skipRow(r, "badDate");
  }

  const { deals: grouped, respelled } = canonicalSpellings(deals);
  return {
    deals: grouped,
    columns,
    headerRow,
    rowsRead: Math.max(0, rows.length - headerRow - 1),
    skipped,
    skippedRows,
    skippedCells,
    skippedCellList,
    textFormat,
    respelled,
  };
}
