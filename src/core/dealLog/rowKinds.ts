/** Tests that tell what a dateless deal log row is, so each skipped row is counted under its reason. */

// "Total", "TOTALS:", "Grand Total", "Sub-total", "Sum of gross": the labels DMS reports put on summary rows.
const TOTALS_LABEL = /^(?:(?:grand|sub)[\s-]*)?totals?\b|^sum\b/i;

/** Whether a cell is empty: missing, null, or text of spaces only. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Whether every cell of a row is empty. */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** Whether any cell of a row is a totals label ("Total", "Grand Total", "Totals", "Sum…"). */
export function hasTotalsLabel(row: readonly unknown[]): boolean {
  for (const cell of row) if (typeof cell === "string" && TOTALS_LABEL.test(cell.trimStart())) return true;
  return false;
}
