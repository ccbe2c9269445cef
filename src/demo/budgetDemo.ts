import {
  BUDGET_HEADERS,
  BUDGET_METRICS,
  BUDGET_SHEET,
  BUDGET_TABLE,
  budgetTemplateNumbers,
  type BudgetMetricId,
} from "../core/budget";
import { monthProgress } from "../core/calendar";
import { createRandom, mixSeed } from "./random";
import type { DemoDealership, DemoTable } from "./types";
import { weeklyIndicatorsTable } from "./weeklyIndicatorsDemo";

const BUDGET_STREAM = 0xb0d6;

/** How far the demo store's budget reaches above its last three months: the plan asks for a bit more. */
export const DEMO_BUDGET_STRETCH = 1.05;

/** The demo budget's lines that stretch (volume and gross); ratios and ad spend stay at the recent run rate. */
const STRETCHED: ReadonlySet<BudgetMetricId> = new Set(["newUnits", "usedUnits", "frontGross", "backGross"]);

/**
 * The demo store's budget for asOf's month: the last three months' average (as a new budget table
 * would be seeded), volume and gross lines stretched by DEMO_BUDGET_STRETCH, and the ad spend so far
 * typed in Actual MTD — the month's ad budget spread over selling days gone, give or take 10%.
 */
export function demoBudgetTable(dealership: DemoDealership, asOf: number): DemoTable | null {
  const numbers = budgetTemplateNumbers(dealership.deals, asOf);
  if (!numbers) return null;
  const budget = (id: BudgetMetricId): number => {
    const base = numbers[id];
    if (!STRETCHED.has(id)) return base;
    return id === "newUnits" || id === "usedUnits"
      ? Math.round(base * DEMO_BUDGET_STRETCH)
      : Math.round((base * DEMO_BUDGET_STRETCH) / 1000) * 1000;
  };
  const { elapsed, total } = monthProgress(asOf, asOf, dealership.calendar);
  const random = createRandom(mixSeed(dealership.profile.seed, BUDGET_STREAM, Math.floor(asOf)));
  const adSpendMtd =
    total === 0 ? 0 : Math.round((budget("adSpend") * (elapsed / total) * random.lognormalMeanOne(0.1)) / 10) * 10;
  return {
    name: BUDGET_TABLE,
    sheetName: BUDGET_SHEET,
    rows: [
      [...BUDGET_HEADERS],
      ...BUDGET_METRICS.map((m) => [m.label, m.kind, budget(m.id), m.id === "adSpend" ? adSpendMtd : ""]),
    ],
    formats: [null, null, "#,##0", "#,##0"],
  };
}

/** The demo store's tables of the month's budget and the weekly leading-indicators table, as of a date. */
export function budgetDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  const budget = demoBudgetTable(dealership, asOf);
  return [...(budget ? [budget] : []), weeklyIndicatorsTable(dealership, asOf)];
}
