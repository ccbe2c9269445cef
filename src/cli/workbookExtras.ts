import ExcelJS from "exceljs";
import { cellDate } from "../core/dealLog";
import { CHANNEL_COLUMNS, readTargetsTable, TARGET_COLUMNS, targetEntries } from "../core/targets";
import {
  HOLIDAYS_TABLE,
  TARGETS_HEADERS,
  TARGETS_TABLE,
  type CellValue,
  type TargetEntry,
} from "../excel/workbookPort";
import { isWorkbookPath, loadWorkbook, worksheetRows } from "./readDealLogFile";

/** What a workbook keeps beside its deal log: the GSM's targets and the store's closed holidays. */
export interface WorkbookExtras {
  readonly targets: TargetEntry[];
  /** Whole-day serials, sorted, once each. */
  readonly holidays: number[];
}

/** A CSV's extras: it has neither. */
export const NO_EXTRAS: WorkbookExtras = { targets: [], holidays: [] };

/** The sheet holding a table of that name, or else a sheet named like it ("Pacecar Targets" for PacecarTargets). */
function sheetFor(workbook: ExcelJS.Workbook, table: string): ExcelJS.Worksheet | undefined {
  const key = (name: string): string => name.replace(/\s+/g, "").toLowerCase();
  // getTable is typed as always finding one; a workbook without the table gives undefined.
  return (
    workbook.worksheets.find((s) => (s.getTable(table) as ExcelJS.Table | undefined) !== undefined) ??
    workbook.worksheets.find((s) => key(s.name) === key(table))
  );
}

/** A workbook cell as Range.values would give it: "" for empty, a date as its serial. */
function cellValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  return cellDate(value) ?? "";
}

const headerText = (value: unknown): string => (typeof value === "string" ? value.trim().toLowerCase() : "");

/** A table's rows, header first, under the first row carrying `headers` side by side (wherever it starts); null when none does. Stops at the first blank line. */
function tableRows(rows: readonly unknown[][], headers: readonly string[]): CellValue[][] | null {
  const wanted = headers.map((h) => h.toLowerCase());
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c + wanted.length <= row.length; c++) {
      if (!wanted.every((h, i) => headerText(row[c + i]) === h)) continue;
      const body: CellValue[][] = [];
      for (const cells of rows.slice(r + 1)) {
        const line = wanted.map((_, i) => cellValue(cells[c + i]));
        if (line.every((v) => v === "")) break;
        body.push(line);
      }
      return [[...headers], ...body];
    }
  }
  return null;
}

/** The dates in the first column of the holidays table (under its header), skipping anything else. */
function holidayDates(rows: readonly unknown[][]): number[] {
  const top = rows.findIndex((row) => row.some((cell) => cell !== null && cell !== ""));
  if (top < 0) return [];
  const column = (rows[top] ?? []).findIndex((cell) => cell !== null && cell !== "");
  const days = new Set<number>();
  for (const row of rows.slice(top + 1)) {
    const day = cellDate(row[column]);
    if (day !== null) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** The targets of the targets sheet, in the current layout (with its channels) or the earlier Month | Scope | Name | Target one. */
function targetsOfSheet(rows: readonly unknown[][]): TargetEntry[] {
  const current = tableRows(rows, TARGET_COLUMNS);
  const channels = tableRows(rows, CHANNEL_COLUMNS) ?? tableRows(rows, CHANNEL_COLUMNS.slice(0, 3));
  return targetEntries(readTargetsTable(current ?? tableRows(rows, TARGETS_HEADERS), channels).rows);
}

/**
 * Reads the targets (table or sheet PacecarTargets: Month, Salesperson, Channel ID, Channel, Deals, Revenue — or the earlier Month, Scope, Name, Target) and closed
 * holidays (table or sheet Holidays, first column) of an .xlsx deal log file; a CSV has neither.
 * @throws when the workbook can't be read (the deal log was read from it first, so only on I/O trouble).
 */
export async function readWorkbookExtras(path: string): Promise<WorkbookExtras> {
  return isWorkbookPath(path) ? workbookExtras(await loadWorkbook(path)) : NO_EXTRAS;
}

/** The targets and closed holidays of a loaded workbook (see readWorkbookExtras). */
export function workbookExtras(workbook: ExcelJS.Workbook): WorkbookExtras {
  const targetsSheet = sheetFor(workbook, TARGETS_TABLE);
  const holidaysSheet = sheetFor(workbook, HOLIDAYS_TABLE);
  return {
    targets: targetsSheet ? targetsOfSheet(worksheetRows(targetsSheet)) : [],
    holidays: holidaysSheet ? holidayDates(worksheetRows(holidaysSheet)) : [],
  };
}
