import type {
  Channel,
  DealLogMapping,
  ExpectedTargets,
  PaceSheetCell,
  Salesperson,
  TargetConflict,
  TargetRow,
} from "../core/targets";

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

export type TargetScope = "Store" | "Salesperson" | "Channel";

/** One saved target: a month, a scope (store, salesperson, channel) and the number. */
export interface TargetEntry {
  /** "2025-03" */
  readonly month: string;
  readonly scope: TargetScope;
  /** The salesperson's or channel's name; "" for the store. */
  readonly name: string;
  readonly target: number;
}

/** What the pane reads from the workbook in one go. */
export interface WorkbookSnapshot {
  /** The deal log with its header row, or null when the workbook has none. */
  readonly dealLog: CellTable | null;
  /** Targets kept in the workbook (table PacecarTargets). */
  readonly targets: readonly TargetEntry[];
  /** The store's closed holidays (first column of a table named Holidays), as whole-day serials. */
  readonly holidays: readonly number[];
  /** PacecarTargets line by line (month × salesperson × channel); `targets` above is the same read as store/salesperson/channel totals. */
  readonly targetRows?: readonly TargetRow[];
  /** PacecarChannels: channels with stable ids. */
  readonly channels?: readonly Channel[];
  /** Whether the targets sheet is protected ("lock targets"). */
  readonly targetsLocked?: boolean;
  /** The deal log's table and columns as the GSM confirmed them, or null when never mapped. */
  readonly dealLogMapping?: DealLogMapping | null;
  /** PacecarSalespeople: renamed (with the log's other spellings) and retired salespeople. */
  readonly salespeople?: readonly Salesperson[];
}

/** The targets side of the workbook, as read after a change in the sheet. */
export interface TeamTargetsRead {
  readonly rows: readonly TargetRow[];
  readonly channels: readonly Channel[];
  readonly locked: boolean;
  readonly salespeople?: readonly Salesperson[];
}

/** What a target write did: the targets table as it now is, and the changes the sheet had moved on from (kept as the sheet has them). */
export interface TargetWriteResult {
  readonly rows: readonly TargetRow[];
  readonly conflicts: readonly TargetConflict[];
}

/** A table that could hold the deal log: its name and header row. */
export interface TableHeader {
  readonly name: string;
  readonly header: readonly CellValue[];
}

/** Tables read by name: each name maps to its rows (header first), or null when the workbook has no such table. */
export type TablesRead = Readonly<Record<string, CellTable | null>>;

/** A table the pane keeps in the workbook (programs, budget, …): its name, the sheet it lives on, header and rows. */
export interface TableWrite {
  readonly name: string;
  /** The sheet created for it when the table doesn't exist yet. */
  readonly sheetName: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface WorkbookPort {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Adds or replaces one target (same month, scope and name). */
  writeTarget(entry: TargetEntry): Promise<void>;
  /** Reads several tables by name (case-insensitive) in one batched read. */
  readTables(names: readonly string[]): Promise<TablesRead>;
  /**
   * Creates the table (on a new sheet) or replaces all its rows. Text cells are written as text,
   * never as formulas (see safeCellText).
   */
  writeTable(table: TableWrite): Promise<void>;
  /**
   * Calls listener with a table's name whenever its data changes (a user editing the sheet, or a
   * write). Returns a function that stops listening.
   */
  onTablesChanged(names: readonly string[], listener: (name: string) => void): Promise<() => void>;
  /**
   * Adds, replaces or (a row with neither deals nor revenue) removes targets, and rewrites the
   * channels and the salespeople when given — one batch. An old-layout PacecarTargets is moved to the new layout.
   * With `expected` (what the pane last saw per target), a number someone changed in the sheet
   * meanwhile is not overwritten: it stays and the change comes back as a conflict.
   */
  writeTargetRows(
    changes: readonly TargetRow[],
    channels?: readonly Channel[],
    salespeople?: readonly Salesperson[],
    expected?: ExpectedTargets
  ): Promise<TargetWriteResult>;
  /** Reads PacecarTargets, PacecarChannels, PacecarSalespeople and the lock afresh (after the sheet was edited). */
  readTargets(): Promise<TeamTargetsRead>;
  /** Protects the targets sheet (optional password) or unprotects it (the same password). */
  setTargetsLocked(locked: boolean, password?: string): Promise<void>;
  /** Every table's name and header row, to choose the deal log from. */
  listTables(): Promise<readonly TableHeader[]>;
  /**
   * The header row of a plain range holding the deal log ("'DMS Export'!A1:M5000", a sheet's
   * name for its used range, or a named range), to detect its columns; null when there is none.
   */
  readRangeHeader(reference: string): Promise<TableHeader | null>;
  /** Keeps the deal log mapping in the workbook's settings. */
  saveDealLogMapping(mapping: DealLogMapping): Promise<void>;
  /** Writes (or rewrites) the pace sheet: formulas as formulas, values as text or numbers. */
  writePaceSheet(cells: readonly (readonly PaceSheetCell[])[]): Promise<void>;
}

/** The targets table's name and columns, shared by both adapters and the CLI's demo workbook. */
export const TARGETS_TABLE = "PacecarTargets";
/** The earlier layout of PacecarTargets, still read (and moved to TARGET_COLUMNS on the next write). */
export const TARGETS_HEADERS = ["Month", "Scope", "Name", "Target"] as const;
/** The sheet the pane creates for PacecarTargets and PacecarChannels. */
export const TARGETS_SHEET = "Pacecar Targets";
export const HOLIDAYS_TABLE = "Holidays";

/** Same month, scope and name (names compared without case or outer spaces). */
export function sameTarget(
  a: Pick<TargetEntry, "month" | "scope" | "name">,
  b: Pick<TargetEntry, "month" | "scope" | "name">
): boolean {
  return a.month === b.month && a.scope === b.scope && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}
