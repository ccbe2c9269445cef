import { sheetError, type SheetError } from "../errors";
import { matchHeader, type ColumnOverrides, type DealLogColumns } from "./columns";

/** How far down an export's title block the header row may sit. */
export const HEADER_SEARCH_ROWS = 30;

/** Where a deal log's header is, and its columns. headerRow is -1 when the log has none. */
export interface DealLogHeader {
  readonly headerRow: number;
  readonly columns: DealLogColumns;
}

/**
 * Finds the header row among the first 30 rows: the first that names the sold-date column and
 * at least one other role, else the first that names the sold date alone (a title block above
 * it is skipped). When the sold date is given by index, the first row naming any other role;
 * with none, the log is read as having no header row (-1).
 * @returns the header, or noDealLogHeader / dealLogColumnNotFound.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  overrides: ColumnOverrides = {}
): DealLogHeader | SheetError {
  const dateByIndex = typeof overrides.soldDate === "number";
  let strong: DealLogHeader | null = null;
  let weak: DealLogHeader | null = null;
  let weakMissing: string | null = null;
  let strongMissing: string | null = null;
  const end = Math.min(HEADER_SEARCH_ROWS, rows.length);
  for (let r = 0; r < end && strong === null; r++) {
    const match = matchHeader(rows[r] ?? [], overrides);
    const named = dateByIndex ? match.rolesByText >= 1 : match.columns.soldDate !== null;
    if (!named) continue;
    // The sold date plus one more role tells a header from a title cell that happens to say "Sold".
    if (match.rolesByText >= (dateByIndex ? 1 : 2)) {
      strong = { headerRow: r, columns: match.columns };
      strongMissing = match.missingOverride;
    } else if (weak === null) {
      weak = { headerRow: r, columns: match.columns };
      weakMissing = match.missingOverride;
    }
  }
  const found = strong ?? weak;
  const missing = strong ? strongMissing : weakMissing;
  if (found) return missing === null ? found : sheetError("value", "dealLogColumnNotFound", missing);
  if (!dateByIndex) return sheetError("value", "noDealLogHeader");
  // Every role by index reads a log without a header row; a text override then has nothing to match.
  const bare = matchHeader([], overrides);
  if (bare.missingOverride !== null) return sheetError("value", "dealLogColumnNotFound", bare.missingOverride);
  return { headerRow: -1, columns: bare.columns };
}
