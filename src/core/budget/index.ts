/**
 * Budget variance: the month's sales P&L lines (units, gross, F&I, ad spend and the per-unit ratios)
 * against the budget the GSM keeps in the workbook.
 *
 * - `budgetVariance(kind, actual, budget, asOf, calendar)` → `BudgetVariance | SheetError`: a total
 *   projected to month end on the straight line, variance = projected − budget; a ratio compared as
 *   it stands, variance = ratio − budget (GSM.BUDGET_VARIANCE).
 * - `readBudgetTable(rows)`, `budgetMeasures(deals, asOf, calendar)`, `budgetReport(lines, measures,
 *   asOf, calendar)`: the Budget view's rows, totals projected with the learned month-end model.
 * - `budgetTemplateRows(deals, asOf)`: a new budget table seeded from the last three months.
 */
export { budgetKindOf, type BudgetKind } from "./budgetKind";
export { monthEndLine } from "./monthEndLine";
export { budgetVariance, totalVariance, ratioVariance, type BudgetVariance, type BudgetActual } from "./budgetVariance";
export { BUDGET_METRICS, budgetMetricOf, type BudgetMetric, type BudgetMetricId } from "./budgetMetrics";
export {
  BUDGET_TABLE,
  BUDGET_SHEET,
  BUDGET_HEADERS,
  readBudgetTable,
  type BudgetLine,
  type BudgetTableRead,
} from "./budgetTable";
export { budgetMeasures, type BudgetMeasures, type MonthTotal } from "./budgetMeasures";
export { budgetReport, type BudgetReportRow, type BudgetStatus } from "./budgetReport";
export {
  budgetTemplateNumbers,
  budgetTemplateRows,
  TEMPLATE_MONTHS,
  TEMPLATE_AD_COST_PER_SALE,
} from "./budgetTemplate";
