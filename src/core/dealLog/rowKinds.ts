/** Tests that tell what a dateless deal log row is, so each skipped row is counted under its reason. */

// The labels DMS reports put on summary rows: "Total", "TOTALS:", "Grand Total", "Sub-total", "Subtotal: Internet",
// "Sum of gross", "Average", "Count: 45" at the start of a cell, or "Internet Subtotal", "Ana Ruiz - Total" at its end.
// "Sum", "Count", "Average" only alone or before ":", "/", "of", "per": a salesperson may be called Sum Lee.
const TOTALS_LABEL =
  /^(?:(?:grand|sub)[\s-]*)?totals?\b|^(?:sum|average|avg|count)(?:\s*(?:[:/]|of\b|per\b)|$)|[\s\-:](?:(?:grand|sub)[\s-]*)?totals?:?$/i;

// Cheap pre-test so a deal's ordinary cells skip the label pattern (every row with a date is checked too).
const MAYBE_LABEL = /tal|sum|av|cou/i;

/** Whether a cell is empty: missing, null, or text of spaces only. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Whether every cell of a row is empty. */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** Whether a cell is a totals label ("Total", "Grand Total", "Subtotal: Internet", "Ana Ruiz Total", "Sum…", "Average", "Count"). */
export function isTotalsLabel(cell: unknown): boolean {
  return typeof cell === "string" && MAYBE_LABEL.test(cell) && TOTALS_LABEL.test(cell.trim());
}

/** Whether any cell of a row is a totals label (see isTotalsLabel); `except` is a column not looked at. */
export function hasTotalsLabel(row: readonly unknown[], except = -1): boolean {
  for (let c = 0; c < row.length; c++) if (c !== except && isTotalsLabel(row[c])) return true;
  return false;
}
