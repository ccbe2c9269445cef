import { addMonths, monthStart } from "../calendar";
import type { Deal } from "../dealLog/deal";
import { BUDGET_HEADERS } from "./budgetTable";
import { BUDGET_METRICS, type BudgetMetricId } from "./budgetMetrics";

/** Months before as_of's month whose average seeds a new budget table. */
export const TEMPLATE_MONTHS = 3;

/** Advertising cost per unit retailed a new budget assumes when the store has no figure of its own (trade average). */
export const TEMPLATE_AD_COST_PER_SALE = 600;

/**
 * Budget numbers to start from: the average month of the TEMPLATE_MONTHS before as_of's month in the
 * deal log (units, gross, and the ratios they make), ad spend at TEMPLATE_AD_COST_PER_SALE a unit.
 * Units are whole, money rounded to $100 (ratios to $10). Null for every line when those months hold no deal.
 */
export function budgetTemplateNumbers(deals: readonly Deal[], asOf: number): Record<BudgetMetricId, number> | null {
  const end = monthStart(asOf);
  const start = addMonths(end, -TEMPLATE_MONTHS);
  let newUnits = 0;
  let usedUnits = 0;
  let front = 0;
  let back = 0;
  for (const d of deals) {
    if (d.soldDate < start || d.soldDate >= end) continue;
    if (d.newUsed === "New") newUnits++;
    else if (d.newUsed === "Used") usedUnits++;
    front += d.frontGross;
    back += d.backGross;
  }
  const units = deals.filter((d) => d.soldDate >= start && d.soldDate < end).length;
  if (units === 0) return null;
  const perMonth = (x: number): number => x / TEMPLATE_MONTHS;
  const money = (x: number, step: number): number => Math.round(x / step) * step;
  return {
    newUnits: Math.round(perMonth(newUnits)),
    usedUnits: Math.round(perMonth(usedUnits)),
    frontGross: money(perMonth(front), 100),
    backGross: money(perMonth(back), 100),
    adSpend: money(perMonth(units) * TEMPLATE_AD_COST_PER_SALE, 100),
    grossPerUnit: money(front / units, 10),
    fiPvr: money(back / units, 10),
    adCostPerSale: TEMPLATE_AD_COST_PER_SALE,
  };
}

/**
 * The rows of a new budget table (header first): every metric Pacecar measures with its kind and a
 * budget from budgetTemplateNumbers (blank when the log has no recent month), Actual MTD blank.
 */
export function budgetTemplateRows(deals: readonly Deal[], asOf: number): (string | number)[][] {
  const numbers = budgetTemplateNumbers(deals, asOf);
  return [[...BUDGET_HEADERS], ...BUDGET_METRICS.map((m) => [m.label, m.kind, numbers?.[m.id] ?? "", ""])];
}
