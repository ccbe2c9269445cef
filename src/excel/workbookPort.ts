/**
 * Everything the task pane needs from a workbook, and nothing else. Two adapters implement it:
 * Office.js (officeWorkbook.ts, in Excel) and in-memory (memoryWorkbook.ts, the preview and tests).
 */

/** A cell as Range.values returns it: "" for empty. */
export type CellValue = string | number | boolean;

/** A block of cells, header row first. */
export interface CellTable {
  /** Where it came from, for messages ("Deals", "Sheet1!A1:G900"). */
  readonly source: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** One saved target: a month, a scope (store, salesperson, channel) and the number. */
export interface TargetEntry {
  /** "2025-03" */
  readonly month: string;
  readonly scope: "Store" | "Salesperson" | "Channel";
  /** The salesperson's or channel's name; "" for the store. */
  readonly name: string;
  readonly target: number;
}

export interface WorkbookPort {
  /** The deal log with its header row, or null when the workbook has none. */
  readDealLog(): Promise<CellTable | null>;
  /** Targets kept in the workbook (table PacecarTargets). */
  readTargets(): Promise<TargetEntry[]>;
  /** Adds or replaces one target (same month, scope and name). */
  writeTarget(entry: TargetEntry): Promise<void>;
}
