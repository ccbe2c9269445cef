import type { StoreCalendar } from "../calendar";
import { isSheetError, sheetError, type SheetError } from "../errors";
import { finiteResult } from "../pace/finiteResult";
import type { BudgetKind } from "./budgetKind";
import { monthEndLine } from "./monthEndLine";

/** One budget line against the month so far. */
export interface BudgetVariance {
  readonly kind: BudgetKind;
  /** Month to date: the total so far, or the ratio as it stands. */
  readonly mtd: number;
  /** Month end: the projected total, or the ratio of the projected numerator and denominator. */
  readonly projected: number;
  readonly budget: number;
  /**
   * What the comparison is: projected − budget for a total, mtd − budget for a ratio. Positive means
   * above budget, whichever way is good for the metric (more gross is good, more ad spend is not).
   */
  readonly variance: number;
}

/** A month-to-date actual: a total, a ratio as it stands, or a ratio's numerator and denominator. */
export type BudgetActual = { readonly value: number } | { readonly numerator: number; readonly denominator: number };

/**
 * A total's month-to-date against its monthly budget: projected to month end on a straight line over
 * selling days, variance = projected − budget.
 * @example totalVariance(36, 130, serialOf(2025-03-10), sundaysClosed) // projected 117, variance -13
 */
export function totalVariance(
  mtd: number,
  budget: number,
  asOf: number,
  calendar: StoreCalendar
): BudgetVariance | SheetError {
  const projected = monthEndLine(mtd, asOf, calendar);
  if (isSheetError(projected)) return projected;
  const variance = finiteResult(projected - budget);
  if (isSheetError(variance)) return variance;
  return { kind: "total", mtd, projected, budget, variance };
}

/**
 * A ratio against its budget, as it stands: variance = ratio − budget. Given as numerator and
 * denominator (front gross and units), the ratio is their quotient; a straight-line projection scales
 * both alike, so the month-end ratio is the same number (the pane's learned projection can differ).
 * #DIV/0! when the denominator is 0.
 * @example ratioVariance({ numerator: 61_200, denominator: 36 }, 1_800) // mtd 1700, variance -100
 */
export function ratioVariance(actual: BudgetActual, budget: number): BudgetVariance | SheetError {
  let ratio: number;
  if ("value" in actual) ratio = actual.value;
  else {
    if (actual.denominator === 0) return sheetError("div0", "budgetRatioDenominatorZero");
    ratio = actual.numerator / actual.denominator;
  }
  const mtd = finiteResult(ratio);
  if (isSheetError(mtd)) return mtd;
  const variance = finiteResult(mtd - budget);
  if (isSheetError(variance)) return variance;
  return { kind: "ratio", mtd, projected: mtd, budget, variance };
}

/**
 * A budget line of either kind (see totalVariance and ratioVariance). A total takes one number;
 * a numerator/denominator pair for a total is #VALUE! budgetActualShape.
 */
export function budgetVariance(
  kind: BudgetKind,
  actual: BudgetActual,
  budget: number,
  asOf: number,
  calendar: StoreCalendar
): BudgetVariance | SheetError {
  if (kind === "ratio") return ratioVariance(actual, budget);
  if (!("value" in actual)) return sheetError("value", "budgetActualShape");
  return totalVariance(actual.value, budget, asOf, calendar);
}
