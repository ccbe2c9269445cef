import { sheetError, type SheetError } from "../errors";

/**
 * How a budget line is compared. A total (units, gross, ad spend) adds up over the month, so its
 * month-to-date is projected to month end first; a ratio (gross per unit, F&I PVR, ad cost per sale)
 * is already a per-deal figure and is compared as it stands.
 */
export type BudgetKind = "total" | "ratio";

/**
 * A kind as typed in a cell: "total" or "ratio", any case; blank (null, "", or the desktop's 0 for an
 * empty cell) is "total". Anything else is #VALUE! budgetKindInvalid.
 * @example budgetKindOf(" Ratio ") // "ratio"
 */
export function budgetKindOf(value: unknown): BudgetKind | SheetError {
  if (value === null || value === undefined || value === "" || value === 0) return "total";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "" || text === "total") return "total";
    if (text === "ratio") return "ratio";
  }
  return sheetError("value", "budgetKindInvalid");
}
