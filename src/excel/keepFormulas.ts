import type { CellValue } from "./workbookPort";

/**
 * The cells to write over a table's body when the pane saves it: a GSM may have typed a formula in a
 * table the pane keeps (a budget line adding up another sheet). Where the pane writes back the very
 * value that formula gives, the formula is written again instead of its value, so it isn't lost.
 * Rows and columns are matched by position; a value the pane changed replaces the formula.
 */
export function keepFormulas(
  rows: readonly (readonly CellValue[])[],
  oldValues: readonly (readonly unknown[])[],
  oldFormulas: readonly (readonly unknown[])[]
): CellValue[][] {
  return rows.map((row, i) =>
    row.map((value, j) => {
      const formula = oldFormulas[i]?.[j];
      return typeof formula === "string" && formula.startsWith("=") && oldValues[i]?.[j] === value ? formula : value;
    })
  );
}
