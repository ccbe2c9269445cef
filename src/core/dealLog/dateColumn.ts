import { MAX_SERIAL } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { cellDate } from "./cellDate";
import { isErrorText } from "./errorText";
import { parseNumberText } from "./numberText";

/** A deal_dates argument once read, with its parallel values when given. */
export interface DateColumnRead {
  /** Whole-day serials of the dates, in range order. */
  readonly dates: number[];
  /** The value beside each date (same order), or null when no values range was given. */
  readonly values: number[] | null;
  /** Cells that are not dates: a header on top, a label, other text. */
  readonly skippedText: number;
  /** Empty cells (null, "", or 0 as the desktop sends an empty cell). */
  readonly skippedBlank: number;
  /** Values beside a date that are not numbers (text, error values), read as 0. */
  readonly badValues: number;
}

// Read once: a module binding read per cell costs more than the cell's own checks.
const LAST_SERIAL: number = MAX_SERIAL;

function asRows(range: unknown): readonly unknown[] {
  return Array.isArray(range) ? range : [[range]];
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");
}

function sameShape(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const ra = a[i];
    const rb = b[i];
    const la = Array.isArray(ra) ? ra.length : 1;
    const lb = Array.isArray(rb) ? rb.length : 1;
    if (la !== lb) return false;
  }
  return true;
}

/**
 * Reads a custom function's deal_dates range (often a FILTER over the deal log) and its
 * optional parallel values range. Empty cells are skipped; a header or other text is skipped
 * and counted; values read text numbers ("$1,234", "(300)"), blank as 0, and other text as 0
 * (counted in badValues), as SUM leaves text out.
 * @param dates a range (rows of cells) or a single cell.
 * @param values a range of the same shape, or null/undefined.
 * @returns the dates and values, or valuesSizeMismatch (#VALUE!) when the shapes differ, or
 *   noDealsInRange (#N/A) when no cell is a date.
 * @example readDateColumn([["Sold Date"], [45723], [0]]) // { dates: [45723], values: null, skippedText: 1, skippedBlank: 1, badValues: 0 }
 */
export function readDateColumn(dates: unknown, values?: unknown[][] | null): DateColumnRead | SheetError {
  const dateRows = asRows(dates);
  const valueRows = values === null || values === undefined ? null : asRows(values);
  if (valueRows !== null && !sameShape(dateRows, valueRows)) return sheetError("value", "valuesSizeMismatch");

  const out: number[] = [];
  const outValues: number[] | null = valueRows === null ? null : [];
  let skippedText = 0;
  let skippedBlank = 0;
  let badValues = 0;
  for (let r = 0; r < dateRows.length; r++) {
    const row = dateRows[r];
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    // Without values nothing is allocated per row (a deal_dates range is often 100k rows).
    const valueRow: unknown = valueRows === null ? null : valueRows[r];
    const valueCells: readonly unknown[] | null =
      valueRows === null ? null : Array.isArray(valueRow) ? valueRow : [valueRow];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      // Most cells are whole serials: taken as they are, without the text and blank checks.
      if (
        typeof cell === "number" &&
        cell >= 1 &&
        cell <= LAST_SERIAL &&
        Math.floor(cell) === cell &&
        outValues === null
      ) {
        out.push(cell);
        continue;
      }
      if (isBlank(cell)) {
        skippedBlank++;
        continue;
      }
      const serial = cellDate(cell);
      if (serial === null) {
        skippedText++;
        continue;
      }
      out.push(serial);
      if (outValues === null) continue;
      const v = valueCells?.[c];
      if (typeof v === "number" && Number.isFinite(v)) outValues.push(v);
      else if (isBlank(v)) outValues.push(0);
      else {
        const parsed = typeof v === "string" && !isErrorText(v) ? parseNumberText(v) : null;
        if (parsed === null) badValues++;
        outValues.push(parsed ?? 0);
      }
    }
  }
  if (out.length === 0) return sheetError("na", "noDealsInRange");
  return { dates: out, values: outValues, skippedText, skippedBlank, badValues };
}
