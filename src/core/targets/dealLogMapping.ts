import { COLUMN_ROLES, detectColumns, type ColumnRole } from "../dealLog";
import { isSheetError } from "../errors";

/**
 * Where the deal log is and which of its columns is which, as the GSM confirmed it: kept in the
 * workbook's settings so the next open finds it without looking. Columns are header texts.
 */
export interface DealLogMapping {
  /** The Excel table holding the deal log; with `kind: "range"`, the range reference (see parseRangeRef). */
  readonly table: string;
  /** "range" when the deal log is a plain range (an address, a sheet's used range or a named range), not a table. */
  readonly kind?: "range";
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

/** The settings key the mapping is kept under. */
export const DEAL_LOG_MAPPING_SETTING = "pacecar.dealLogMapping";

/** The columns the reader detects in a header row, as header texts; null when the row has no sold-date column. */
export function detectMapping(table: string, header: readonly unknown[]): DealLogMapping | null {
  const found = detectColumns(header);
  if (isSheetError(found)) return null;
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const i = found[role];
    const text = i === null ? undefined : header[i];
    if (typeof text === "string") columns[role] = text;
  }
  return { table, columns };
}

/** A stored mapping read back (settings hold JSON a user or another version may have changed): null when it isn't one. */
export function parseMapping(value: unknown): DealLogMapping | null {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (typeof v !== "object" || v === null) return null;
  const { table, columns, kind } = v as { table?: unknown; columns?: unknown; kind?: unknown };
  if (typeof table !== "string" || table.trim() === "" || typeof columns !== "object" || columns === null) return null;
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const c = (columns as Record<string, unknown>)[role];
    if (typeof c === "string" && c !== "") out[role] = c;
  }
  if (!out.soldDate) return null;
  return kind === "range" ? { table, kind: "range", columns: out } : { table, columns: out };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: not a mapping; the pane detects the deal log afresh.
    return null;
  }
}
