import type { BudgetKind } from "./budgetKind";
import type { BudgetMeasures, MonthTotal } from "./budgetMeasures";
import type { BudgetLine } from "./budgetTable";
import type { BudgetMetric } from "./budgetMetrics";
import { monthEndLine } from "./monthEndLine";
import type { StoreCalendar } from "../calendar";
import { isSheetError } from "../errors";

/** Where a line stands: on the good side of budget, the bad side, or not comparable yet. */
export type BudgetStatus = "good" | "bad" | "noBudget" | "noActual";

/** One row of the Budget view. */
export interface BudgetReportRow {
  /** The line's name as the budget table writes it. */
  readonly name: string;
  /** Row of the budget table it came from (header = 0). */
  readonly row: number;
  readonly metric: BudgetMetric;
  readonly kind: BudgetKind;
  /** Month to date: a total, or a ratio as it stands. Null when there is nothing to measure (ad spend not typed). */
  readonly mtd: number | null;
  /** Month end: the projected total, or projected numerator ÷ projected denominator. */
  readonly projected: number | null;
  readonly budget: number | null;
  /**
   * projected − budget, for both kinds: a total's projected month end, a ratio's projected numerator
   * over projected denominator (the ratio as it stands when there is no projection yet).
   */
  readonly variance: number | null;
  /** variance ÷ budget; null without a budget above 0. */
  readonly varianceShare: number | null;
  readonly status: BudgetStatus;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}

/** A total typed in the sheet (ad spend): projected on the straight line over selling days. */
function typedTotal(mtd: number | null, asOf: number, calendar: StoreCalendar): MonthTotal | null {
  if (mtd === null) return null;
  const line = monthEndLine(mtd, asOf, calendar);
  return { mtd, projected: isSheetError(line) ? null : line };
}

/** Ad spend month to date, as typed on the ad spend line (the deal log has no such column). */
function adSpendTyped(lines: readonly BudgetLine[]): number | null {
  return lines.find((l) => l.metric.id === "adSpend" && l.actualMtd !== null)?.actualMtd ?? null;
}

/**
 * The Budget view's rows: each budget line against the month so far. Totals are the deal log's (ad
 * spend: the month-to-date typed on its line) projected to month end; ratios are compared as ratios,
 * the projected numerator over the projected denominator (with a straight-line projection that is
 * the ratio as it stands, which GSM.BUDGET_VARIANCE uses). Green/red follows
 * the metric's good side: above budget for gross and units, below for ad spend and ad cost per sale.
 */
export function budgetReport(
  lines: readonly BudgetLine[],
  measures: BudgetMeasures,
  asOf: number,
  calendar: StoreCalendar
): BudgetReportRow[] {
  const adSpend = typedTotal(adSpendTyped(lines), asOf, calendar);
  const totals: Record<"newUnits" | "usedUnits" | "frontGross" | "backGross", MonthTotal> = measures;
  return lines.map((line) => {
    const { metric } = line;
    let mtd: number | null;
    let projected: number | null;
    switch (metric.id) {
      case "newUnits":
      case "usedUnits":
      case "frontGross":
      case "backGross":
        ({ mtd, projected } = totals[metric.id]);
        break;
      case "adSpend":
        mtd = adSpend?.mtd ?? null;
        projected = adSpend?.projected ?? null;
        break;
      case "grossPerUnit":
        mtd = ratio(measures.frontGross.mtd, measures.units.mtd);
        projected = ratio(measures.frontGross.projected, measures.units.projected);
        break;
      case "fiPvr":
        mtd = ratio(measures.backGross.mtd, measures.units.mtd);
        projected = ratio(measures.backGross.projected, measures.units.projected);
        break;
      case "adCostPerSale":
        mtd = ratio(adSpend?.mtd ?? null, measures.units.mtd);
        projected = ratio(adSpend?.projected ?? null, measures.units.projected);
        break;
    }
    // A ratio has no month-end total: it is compared as a ratio, made of the month-end numerator and
    // denominator, because they can run on different rhythms (ad spend evenly, sales back-loaded).
    const compared = metric.kind === "total" ? projected : (projected ?? mtd);
    const { budget } = line;
    const variance = compared === null || budget === null ? null : compared - budget;
    const status: BudgetStatus =
      budget === null
        ? "noBudget"
        : variance === null
          ? "noActual"
          : (metric.better === "higher" ? variance >= 0 : variance <= 0)
            ? "good"
            : "bad";
    return {
      name: line.name,
      row: line.row,
      metric,
      kind: metric.kind,
      mtd,
      projected,
      budget,
      variance,
      varianceShare: variance === null || budget === null || budget <= 0 ? null : variance / budget,
      status,
    };
  });
}
