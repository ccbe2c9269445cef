import {
  BUDGET_HEADERS,
  BUDGET_SHEET,
  BUDGET_TABLE,
  budgetMeasures,
  budgetReport,
  budgetTemplateRows,
  readBudgetTable,
  type BudgetMeasures,
  type BudgetReportRow,
  type BudgetStatus,
} from "../../core/budget";
import { storeCalendar, type StoreCalendar } from "../../core/calendar";
import { readDealLog, type Deal } from "../../core/dealLog";
import { parseNumberText } from "../../core/dealLog/numberText";
import { isSheetError } from "../../core/errors";
import type { CellValue, TableWrite, WorkbookSnapshot } from "../../excel/workbookPort";

/** The deal log's side of the Budget view: read and projected once per snapshot, not per keystroke. */
export interface BudgetLog {
  readonly deals: readonly Deal[];
  readonly calendar: StoreCalendar;
  readonly measures: BudgetMeasures;
  readonly asOf: number;
}

/** Why the Budget view can't measure the month, in plain words. */
export interface BudgetProblem {
  readonly problem: string;
}

/** Reads the snapshot's deal log and measures asOf's month (units, gross; each so far and projected). */
export function budgetLog(snapshot: WorkbookSnapshot, asOf: number): BudgetLog | BudgetProblem {
  if (!snapshot.dealLog)
    return {
      problem: "No deal log found. Add your DMS export as an Excel table named Deals (with a Sold Date column).",
    };
  const log = readDealLog(snapshot.dealLog.rows);
  if (isSheetError(log)) return { problem: `${snapshot.dealLog.source}: ${log.message}` };
  const calendar = storeCalendar(null, [snapshot.holidays]);
  // Holidays come from numbers the adapter already checked, so the calendar can't be an error here.
  if (isSheetError(calendar)) return { problem: calendar.message };
  return { deals: log.deals, calendar, measures: budgetMeasures(log.deals, asOf, calendar), asOf };
}

/** A budget table's rows (header first) as the pane holds and writes them. */
export type BudgetRows = readonly (readonly CellValue[])[];

/** The Budget view's lines, and the budget lines Pacecar doesn't measure (listed so nothing is dropped silently). */
export interface BudgetScreen {
  readonly rows: readonly BudgetReportRow[];
  readonly unknownMetrics: readonly string[];
  /** Column of the budget and of the typed month-to-date in the table's rows (null: the table has none). */
  readonly budgetColumn: number;
  readonly actualColumn: number | null;
}

/** The view's lines for the table as it stands now. */
export function budgetScreen(log: BudgetLog, rows: BudgetRows): BudgetScreen {
  const read = readBudgetTable(rows);
  return {
    rows: budgetReport(read.lines, log.measures, log.asOf, log.calendar),
    unknownMetrics: read.unknownMetrics,
    budgetColumn: read.columns.budget,
    actualColumn: read.columns.actual,
  };
}

/** A new budget table for the store: every metric, budgets from the last three months of the log. */
export function newBudgetRows(log: BudgetLog): BudgetRows {
  return budgetTemplateRows(log.deals, log.asOf);
}

/** The rows with one cell replaced (a row too short is padded with blanks). */
export function withCell(rows: BudgetRows, row: number, column: number, value: CellValue): BudgetRows {
  return rows.map((cells, r) => {
    if (r !== row) return cells;
    const next = [...cells];
    while (next.length <= column) next.push("");
    next[column] = value;
    return next;
  });
}

/** The table write of the rows: the header as the table has it (or Pacecar's), then the lines. */
export function budgetTableWrite(rows: BudgetRows): TableWrite {
  const header = (rows[0] ?? BUDGET_HEADERS).map((c) => String(c));
  return { name: BUDGET_TABLE, sheetName: BUDGET_SHEET, header, rows: rows.slice(1) };
}

/**
 * What a number box's text means: blank → "" (clears the cell), a number as the DMS writes money
 * ("$66,600", "1,800") → that number, anything else → null (not saved; the text stays in the box).
 */
export function amountOfText(text: string): number | "" | null {
  if (text.trim() === "") return "";
  const n = parseNumberText(text);
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null;
}

/** A cell's number as a box shows it: plain, no thousands separators, so it reads back as typed. */
export function amountText(cell: CellValue | undefined): string {
  if (typeof cell === "number") return String(cell);
  return typeof cell === "string" ? cell : "";
}

/** A value of a line in its unit: dollars for money, whole units otherwise, two decimals never. */
export function formatAmount(x: number | null, money: boolean): string {
  if (x === null) return "–";
  const rounded = Math.round(x);
  const text = Math.abs(rounded).toLocaleString("en-US");
  const sign = rounded < 0 ? "−" : "";
  return money ? `${sign}$${text}` : `${sign}${text}`;
}

/** A variance with its sign always shown: "+$1,200", "−4". */
export function formatVariance(x: number | null, money: boolean): string {
  if (x === null) return "–";
  const text = formatAmount(Math.abs(x), money);
  return Math.round(x) === 0 ? text : `${x > 0 ? "+" : "−"}${text}`;
}

/** The status in words, colour-blind safe: the badge says it as well as shows it. */
export const STATUS_WORDS: Readonly<Record<BudgetStatus, string>> = {
  good: "On track",
  bad: "Off track",
  noBudget: "No budget",
  noActual: "No actual",
};

/** A line's comparison in one phrase: what is compared against the budget. */
export function comparedText(row: BudgetReportRow): string {
  return row.kind === "total"
    ? "projected month end vs budget"
    : "projected numerator ÷ projected denominator vs budget";
}
