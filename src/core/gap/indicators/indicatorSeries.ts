import { headerKey } from "../../dealLog/columns";
import { isErrorText } from "../../dealLog/errorText";
import { parseNumberText } from "../../dealLog/numberText";
import { sheetError, type SheetError } from "../../errors";

/** Indicator columns and the outcome, read from ranges as a user selects them: equal-length numeric series, oldest first. */
export interface IndicatorSeries {
  /** One name per indicator: its header, or "Column 1", "Column 2"… without a header row. */
  readonly names: readonly string[];
  /** One series per indicator, period by period. */
  readonly columns: readonly (readonly number[])[];
  /** Position of each indicator among the columns of the range given (a date column is skipped). */
  readonly positions: readonly number[];
  /** Columns of the range given, the skipped ones included. */
  readonly width: number;
  readonly outcomeName: string;
  readonly outcome: readonly number[];
}

// A table's period column (week start, date) is a label of the row, not an indicator.
const PERIOD_HEADERS = new Set([
  "week",
  "weekof",
  "weekstart",
  "weekstarting",
  "weekstartdate",
  "weekbeginning",
  "weekending",
  "date",
  "period",
  "month",
]);

type Cells = readonly (readonly unknown[])[];

function rowsOf(range: unknown): Cells {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A cell's number, or null for a blank, text that isn't a number or an error value. */
export function cellNumber(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return null;
  if (typeof cell === "string") return isErrorText(cell) ? null : parseNumberText(cell);
  return null;
}

/** A header row: some cell is text that isn't a number (a blank or numeric first row is data). */
function hasHeader(row: readonly unknown[] | undefined): boolean {
  return (
    row !== undefined &&
    row.some((c) => typeof c === "string" && c.trim() !== "" && parseNumberText(c) === null && !isErrorText(c))
  );
}

/** Rows up to the last one holding anything: a selection of whole columns brings blanks below the data. */
function withoutTrailingBlanks(rows: Cells, blank: (cell: unknown) => boolean = isBlank): Cells {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every(blank)) end--;
  return rows.slice(0, end);
}

// Excel on the desktop may send the empty cells of a range as 0: a week of nothing at all is such a row.
const isBlankOrZero = (cell: unknown): boolean => isBlank(cell) || cell === 0;

/**
 * Drops the empty rows below both series: truly blank ones, then rows of zeros (empty cells as the
 * desktop sends them) — together when both end on them, so a last week of 0 units beside real
 * indicators stays.
 */
function trimBoth(indicators: Cells, outcome: Cells): [Cells, Cells] {
  const a = withoutTrailingBlanks(indicators);
  const b = withoutTrailingBlanks(outcome);
  let end = Math.min(a.length, b.length);
  if (a.length === b.length) {
    while (end > 0 && (a[end - 1] ?? []).every(isBlankOrZero) && (b[end - 1] ?? []).every(isBlankOrZero)) end--;
    return [a.slice(0, end), b.slice(0, end)];
  }
  return [withoutTrailingBlanks(a, isBlankOrZero), withoutTrailingBlanks(b, isBlankOrZero)];
}

/**
 * Reads an indicators table (one column per indicator, one row per period, oldest first) and an
 * outcome column of the same periods. Each may come with or without its header row; blank rows
 * at the bottom are dropped (rows of zeros too, which is how the desktop sends empty cells); a column headed Week, Week start, Date, Period or Month is the period's
 * label and is skipped.
 * Errors (#VALUE!): outcome of more than one column, no indicator column, outcome and indicators of
 * different lengths (saying both), a cell that isn't a number (saying which column and row).
 */
export function readIndicatorSeries(indicators: unknown, outcome: unknown): IndicatorSeries | SheetError {
  const table = rowsOf(indicators);
  const header = hasHeader(table[0]) ? table[0] : null;
  const body = header ? table.slice(1) : table;
  const width = Math.max(0, ...table.map((r) => r.length));

  let outcomeCells = rowsOf(outcome);
  if (outcomeCells.length === 1 && (outcomeCells[0]?.length ?? 0) > 1)
    outcomeCells = (outcomeCells[0] ?? []).map((c) => [c]);
  if (outcomeCells.some((r) => r.length > 1)) return sheetError("value", "indicatorsOutcomeColumns");
  const outcomeHeader = hasHeader(outcomeCells[0]) ? outcomeCells[0]?.[0] : null;
  const [data, outcomeData] = trimBoth(
    body,
    outcomeHeader !== null && outcomeHeader !== undefined ? outcomeCells.slice(1) : outcomeCells
  );
  const outcomeName = typeof outcomeHeader === "string" ? outcomeHeader.trim() : "Outcome";
  const headerRows = header ? 1 : 0;
  const outcomeHeaderRows = outcomeHeader !== null && outcomeHeader !== undefined ? 1 : 0;

  const names: string[] = [];
  const positions: number[] = [];
  for (let c = 0; c < width; c++) {
    const text = header?.[c];
    const name = typeof text === "string" && text.trim() !== "" ? text.trim() : `Column ${String(c + 1)}`;
    if (header && PERIOD_HEADERS.has(headerKey(name))) continue;
    names.push(name);
    positions.push(c);
  }
  if (names.length === 0 || data.length === 0) return sheetError("value", "indicatorsNoColumns");
  if (outcomeData.length !== data.length)
    return sheetError("value", "indicatorsLengthMismatch", outcomeData.length, data.length);

  const columns: number[][] = positions.map(() => []);
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    for (let j = 0; j < positions.length; j++) {
      const v = cellNumber(row[positions[j] ?? 0]);
      if (v === null) return sheetError("value", "indicatorsNotANumber", names[j] ?? "", r + 1 + headerRows);
      columns[j]?.push(v);
    }
  }
  const outcomeValues: number[] = [];
  for (let r = 0; r < outcomeData.length; r++) {
    const v = cellNumber(outcomeData[r]?.[0]);
    if (v === null) return sheetError("value", "indicatorsNotANumber", outcomeName, r + 1 + outcomeHeaderRows);
    outcomeValues.push(v);
  }
  return { names, columns, positions, width, outcomeName, outcome: outcomeValues };
}
