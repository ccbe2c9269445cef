import { headerKey } from "../dealLog/columns";
import type { BudgetKind } from "./budgetKind";

/** The lines of the sales P&L Pacecar knows how to measure from the deal log (and the typed ad spend). */
export type BudgetMetricId =
  "newUnits" | "usedUnits" | "frontGross" | "backGross" | "adSpend" | "grossPerUnit" | "fiPvr" | "adCostPerSale";

/** A budget line Pacecar measures: how it is compared, which way is good, and the names stores give it. */
export interface BudgetMetric {
  readonly id: BudgetMetricId;
  /** The name Pacecar writes in a new budget table. */
  readonly label: string;
  readonly kind: BudgetKind;
  /** Which side of budget is good: more gross is, more ad spend is not. */
  readonly better: "higher" | "lower";
  /** Dollars (shown with $) rather than units. */
  readonly money: boolean;
  /** Other names for the line, compared by headerKey (case, spaces and punctuation ignored). */
  readonly aliases: readonly string[];
}

/** The metrics in the order a budget sheet lists them: totals first, then the per-unit ratios. */
export const BUDGET_METRICS: readonly BudgetMetric[] = [
  {
    id: "newUnits",
    label: "New units",
    kind: "total",
    better: "higher",
    money: false,
    aliases: ["New", "New retail", "New vehicles", "New unit sales"],
  },
  {
    id: "usedUnits",
    label: "Used units",
    kind: "total",
    better: "higher",
    money: false,
    aliases: ["Used", "Used retail", "Used vehicles", "Pre-owned units", "Used unit sales"],
  },
  {
    id: "frontGross",
    label: "Front gross",
    kind: "total",
    better: "higher",
    money: true,
    aliases: ["Front end gross", "Front-end gross", "Vehicle gross", "Front"],
  },
  {
    id: "backGross",
    label: "Back gross",
    kind: "total",
    better: "higher",
    money: true,
    aliases: ["F&I gross", "Back end gross", "Back-end gross", "Finance gross", "Back"],
  },
  {
    id: "adSpend",
    label: "Ad spend",
    kind: "total",
    better: "lower",
    money: true,
    aliases: ["Advertising", "Advertising spend", "Ad budget", "Marketing spend"],
  },
  {
    id: "grossPerUnit",
    label: "Gross per unit",
    kind: "ratio",
    better: "higher",
    money: true,
    aliases: ["Front gross per unit", "Front PVR", "Gross PVR", "GPU", "Front gross per deal"],
  },
  {
    id: "fiPvr",
    label: "F&I PVR",
    kind: "ratio",
    better: "higher",
    money: true,
    aliases: ["PVR", "F&I per deal", "F&I per unit", "Back gross per unit", "Finance per deal"],
  },
  {
    id: "adCostPerSale",
    label: "Ad cost per sale",
    kind: "ratio",
    better: "lower",
    money: true,
    aliases: ["Ad cost per unit", "Advertising per unit", "Advertising cost per sale", "Cost per sale"],
  },
];

const BY_KEY: ReadonlyMap<string, BudgetMetric> = new Map(
  BUDGET_METRICS.flatMap((m) => [m.label, ...m.aliases].map((name) => [headerKey(name), m] as const))
);

/**
 * The metric a budget sheet's line names, or null when Pacecar doesn't know it.
 * @example budgetMetricOf("F&I  per deal")?.id // "fiPvr"
 */
export function budgetMetricOf(name: string): BudgetMetric | null {
  return BY_KEY.get(headerKey(name)) ?? null;
}
