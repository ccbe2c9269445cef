import { headerKey } from "../dealLog/columns";
import { parseNumberText } from "../dealLog/numberText";
import { budgetMetricOf, type BudgetMetric } from "./budgetMetrics";

/** The budget table the pane keeps in the workbook, and its columns. */
export const BUDGET_TABLE = "PacecarBudget";
export const BUDGET_SHEET = "Budget";
export const BUDGET_HEADERS = ["Metric", "Kind", "Budget", "Actual MTD"] as const;

/** One line of a budget table that names a metric Pacecar measures. */
export interface BudgetLine {
  /** 0-based index of the row in the rows read (header is row 0). */
  readonly row: number;
  /** The metric's name as the sheet writes it. */
  readonly name: string;
  readonly metric: BudgetMetric;
  /** The month's budget; null when the cell is blank or not a number. */
  readonly budget: number | null;
  /** A month-to-date typed in the sheet (ad spend has no deal-log column); null when blank. */
  readonly actualMtd: number | null;
}

/** A budget table once read: the lines Pacecar knows, and the names it doesn't (listed, not dropped silently). */
export interface BudgetTableRead {
  readonly lines: readonly BudgetLine[];
  readonly unknownMetrics: readonly string[];
  /** Column index of each role in the rows read (null when the table has no such column). */
  readonly columns: { readonly metric: number; readonly budget: number; readonly actual: number | null };
}

const ROLE_KEYS = {
  metric: ["metric", "line", "item", "kpi", "account"],
  budget: ["budget", "plan", "objective", "goal", "forecast"],
  actual: ["actualmtd", "mtdactual", "actual", "mtd", "monthtodate"],
} as const;

function columnOf(header: readonly unknown[], keys: readonly string[]): number | null {
  for (const key of keys) {
    const i = header.findIndex((cell) => typeof cell === "string" && headerKey(cell) === key);
    if (i >= 0) return i;
  }
  return null;
}

function numberCell(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") return parseNumberText(cell);
  return null;
}

/**
 * Reads a budget table (header row first) as the GSM keeps it: Metric | Kind | Budget | Actual MTD by
 * default, or a sheet of their own whose header names the line ("Metric", "Line", "KPI"…), the
 * budget ("Budget", "Plan", "Objective"…) and optionally a month-to-date ("Actual MTD", "Actual").
 * Without recognisable headers the first column is the metric and the second the budget. Lines
 * Pacecar doesn't measure are listed in unknownMetrics; blank rows are skipped. A Kind column is for
 * the reader: a metric Pacecar knows is always compared as its own kind (PVR is a ratio).
 */
export function readBudgetTable(rows: readonly (readonly unknown[])[]): BudgetTableRead {
  const header = rows[0] ?? [];
  const metric = columnOf(header, ROLE_KEYS.metric) ?? 0;
  const budget = columnOf(header, ROLE_KEYS.budget) ?? (metric === 1 ? 0 : 1);
  const actual = columnOf(header, ROLE_KEYS.actual);
  const lines: BudgetLine[] = [];
  const unknownMetrics: string[] = [];
  rows.forEach((cells, row) => {
    if (row === 0) return;
    const nameCell = cells[metric];
    const name = typeof nameCell === "string" ? nameCell.trim() : "";
    if (name === "") return;
    const known = budgetMetricOf(name);
    if (!known) {
      unknownMetrics.push(name);
      return;
    }
    lines.push({
      row,
      name,
      metric: known,
      budget: numberCell(cells[budget]),
      actualMtd: actual === null ? null : numberCell(cells[actual]),
    });
  });
  return { lines, unknownMetrics, columns: { metric, budget, actual } };
}
