import { isSheetError } from "../core/errors";
import {
  boundedBlock,
  CHANNELS_TABLE_NAME,
  parseRangeRef,
  trimTrailingBlankRows,
  readSalespeopleTable,
  mergeTargetChanges,
  readTargetsTable,
  SALESPEOPLE_TABLE_NAME,
  type Channel,
  type ExpectedTargets,
  type DealLogMapping,
  type PaceSheetCell,
  type Salesperson,
  type TargetRow,
} from "../core/targets";
import { MemoryTables } from "./memoryTables";
import { channelsForRows, channelTableCells, entriesOf, salespeopleTableCells, targetTableCells } from "./targetRows";
import {
  TARGETS_TABLE,
  type CellTable,
  type CellValue,
  type TableHeader,
  type TableWrite,
  type TablesRead,
  type TargetEntry,
  type TargetWriteResult,
  type TeamTargetsRead,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "./workbookPort";

/** What a MemoryWorkbook keeps of the GSM's edits, to be saved and restored (the preview keeps it across reloads). */
export interface MemoryWorkbookState {
  readonly targets: readonly (readonly CellValue[])[] | null;
  readonly channels: readonly (readonly CellValue[])[] | null;
  readonly locked: boolean;
  readonly password: string;
  readonly mapping: DealLogMapping | null;
  /** PacecarSalespeople's cells; absent in a state kept before salespeople could be renamed. */
  readonly salespeople?: readonly (readonly CellValue[])[] | null;
  /** Other tables the pane wrote (programs, budget, settings, stage names), by name, header first. */
  readonly written?: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
}

/** The error Excel gives when a protected sheet is written to; the pane shows its message. */
export class ProtectedSheetError extends Error {
  readonly code = "AccessDenied";
}

function isTargetRow(t: TargetEntry | TargetRow): t is TargetRow {
  return "salesperson" in t;
}

/** A workbook held in memory: the preview's demo dealership and the pane's tests. */
export class MemoryWorkbook implements WorkbookPort {
  private readonly tables: MemoryTables;
  private locked = false;
  private password = "";
  private mapping: DealLogMapping | null = null;
  /** Plain sheets by name (lower case), cells from A1, and named ranges (name → "'Sheet'!A1:M9"): a deal log need not be a table. */
  private readonly sheets = new Map<string, { name: string; rows: CellValue[][] }>();
  private readonly names = new Map<string, string>();
  private readonly stateListeners = new Set<() => void>();
  /** Names of the tables the pane wrote through writeTable: kept with the state. */
  private readonly written = new Set<string>();
  /** The pace sheet as last written: rows of cells (tests read it). */
  paceSheet: readonly (readonly PaceSheetCell[])[] | null = null;

  constructor(
    private readonly dealLog: CellTable | null,
    /** Target rows (month × salesperson × channel), or entries in the earlier store/salesperson/channel form. */
    targets: readonly (TargetEntry | TargetRow)[] = [],
    private readonly holidays: readonly number[] = [],
    /** Other named tables (programs, budget, event log, …), each with its header row first. */
    tables: readonly CellTable[] = [],
    channels: readonly Channel[] = []
  ) {
    this.tables = new MemoryTables(tables);
    if (targets.length > 0 || channels.length > 0) {
      const legacy = targets.filter((t): t is TargetEntry => !isTargetRow(t));
      const read = readTargetsTable(
        legacy.length > 0
          ? [["Month", "Scope", "Name", "Target"], ...legacy.map((t) => [t.month, t.scope, t.name, t.target])]
          : null,
        channelTableCells(channels)
      );
      const rows = [...read.rows, ...targets.filter(isTargetRow)];
      this.tables.edit(TARGETS_TABLE, targetTableCells(rows));
      this.tables.edit(CHANNELS_TABLE_NAME, channelTableCells(channelsForRows(read.channels, rows)));
    }
  }

  readTables(names: readonly string[]): Promise<TablesRead> {
    return this.tables.read(names);
  }

  async writeTable(table: TableWrite): Promise<void> {
    await this.tables.write(table);
    this.written.add(table.name);
    this.changed();
  }

  onTablesChanged(names: readonly string[], listener: (name: string) => void): Promise<() => void> {
    return this.tables.onChanged(names, listener);
  }

  /** A user's edit in the sheet (tests and the preview): replaces a table's rows, header first, and notifies listeners. */
  editTable(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.tables.edit(name, rows);
  }

  /** A sheet of plain cells from A1 (a DMS export pasted as is). */
  addSheet(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.sheets.set(name.toLowerCase(), { name, rows: rows.map((r) => [...r]) });
  }

  /** A named range: `reference` like "'DMS Export'!A1:M900". */
  defineName(name: string, reference: string): void {
    this.names.set(name.toLowerCase(), reference);
  }

  /** The rows a range reference names, as the Office adapter reads them: blank rows at the end dropped; null when nothing is there. */
  private rangeRows(reference: string, depth = 0): CellValue[][] | null {
    const ref = parseRangeRef(reference);
    if (isSheetError(ref)) return null;
    if (ref.kind === "sheetOrName") {
      const sheet = this.sheets.get(ref.text.toLowerCase());
      if (sheet) return nonEmpty(trimTrailingBlankRows(sheet.rows).map((r) => [...r]));
      const named = this.names.get(ref.text.toLowerCase());
      return named !== undefined && depth === 0 ? this.rangeRows(named, 1) : null;
    }
    const sheet = this.sheets.get(ref.sheet.toLowerCase());
    if (!sheet) return null;
    // Whole columns ("A:M") span the sheet's used rows.
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(ref.address);
    const block = boundedBlock(
      whole ? `${whole[1] ?? "A"}1:${whole[2] ?? "A"}${String(Math.max(sheet.rows.length, 1))}` : ref.address
    );
    if (!block) return null;
    const rows: CellValue[][] = [];
    for (let r = block.firstRow; r <= block.lastRow; r++) {
      const cells: CellValue[] = [];
      for (let c = block.firstColumn; c <= block.lastColumn; c++) cells.push(sheet.rows[r]?.[c] ?? "");
      rows.push(cells);
    }
    return nonEmpty(trimTrailingBlankRows(rows).map((r) => [...r]));
  }

  readRangeHeader(reference: string): Promise<TableHeader | null> {
    const rows = this.rangeRows(reference);
    return Promise.resolve(rows ? { name: reference.trim(), header: rows[0] ?? [] } : null);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const team = await this.readTargets();
    const rangeRows = this.mapping?.kind === "range" ? this.rangeRows(this.mapping.table) : null;
    return {
      dealLog: rangeRows && this.mapping ? { source: this.mapping.table, rows: rangeRows } : this.dealLog,
      targets: entriesOf(team),
      holidays: [...this.holidays],
      targetRows: team.rows,
      channels: team.channels,
      targetsLocked: team.locked,
      // A range mapping whose range is gone is no mapping: the pane shows the deal log it fell back to.
      dealLogMapping: this.mapping?.kind === "range" && !rangeRows ? null : this.mapping,
      salespeople: team.salespeople ?? [],
    };
  }

  async readTargets(): Promise<TeamTargetsRead> {
    const t = await this.tables.read([TARGETS_TABLE, CHANNELS_TABLE_NAME, SALESPEOPLE_TABLE_NAME]);
    const read = readTargetsTable(t[TARGETS_TABLE]?.rows ?? null, t[CHANNELS_TABLE_NAME]?.rows ?? null);
    return {
      rows: read.rows,
      channels: read.channels,
      locked: this.locked,
      salespeople: readSalespeopleTable(t[SALESPEOPLE_TABLE_NAME]?.rows ?? null),
    };
  }

  async writeTarget(entry: TargetEntry): Promise<void> {
    const [row] = readTargetsTable([
      ["Month", "Scope", "Name", "Target"],
      [entry.month, entry.scope, entry.name, entry.target],
    ]).rows;
    if (row) await this.writeTargetRows([row]);
  }

  async writeTargetRows(
    changes: readonly TargetRow[],
    channels?: readonly Channel[],
    salespeople?: readonly Salesperson[],
    expected?: ExpectedTargets
  ): Promise<TargetWriteResult> {
    if (this.locked) throw new ProtectedSheetError("The targets sheet is locked: unlock it to change targets.");
    const current = await this.readTargets();
    const { rows, conflicts } = mergeTargetChanges(current.rows, changes, expected);
    this.tables.edit(TARGETS_TABLE, targetTableCells(rows));
    const keep = channelsForRows(channels ?? current.channels, rows);
    if (channels || keep.length !== current.channels.length)
      this.tables.edit(CHANNELS_TABLE_NAME, channelTableCells(keep));
    if (salespeople) this.tables.edit(SALESPEOPLE_TABLE_NAME, salespeopleTableCells(salespeople));
    this.changed();
    return { rows, conflicts };
  }

  setTargetsLocked(locked: boolean, password = ""): Promise<void> {
    if (!locked && this.locked && this.password !== "" && password !== this.password)
      return Promise.reject(new Error("The password is not correct."));
    this.locked = locked;
    this.password = locked ? password : "";
    this.changed();
    return Promise.resolve();
  }

  async listTables(): Promise<readonly TableHeader[]> {
    const names = this.tables.names();
    const read = await this.tables.read(names);
    const out: TableHeader[] = this.dealLog ? [{ name: this.dealLog.source, header: this.dealLog.rows[0] ?? [] }] : [];
    for (const n of names) out.push({ name: read[n]?.source ?? n, header: read[n]?.rows[0] ?? [] });
    return out;
  }

  saveDealLogMapping(mapping: DealLogMapping): Promise<void> {
    this.mapping = mapping;
    this.changed();
    return Promise.resolve();
  }

  writePaceSheet(cells: readonly (readonly PaceSheetCell[])[]): Promise<void> {
    this.paceSheet = cells.map((r) => [...r]);
    return Promise.resolve();
  }

  /** What to keep of the GSM's edits (targets, channels, lock, mapping, tables the pane wrote). */
  async state(): Promise<MemoryWorkbookState> {
    const t = await this.tables.read([TARGETS_TABLE, CHANNELS_TABLE_NAME, SALESPEOPLE_TABLE_NAME]);
    const written = await this.tables.read([...this.written]);
    return {
      written: Object.fromEntries(
        Object.entries(written).flatMap(([name, table]) => (table ? [[name, table.rows]] : []))
      ),
      targets: t[TARGETS_TABLE]?.rows ?? null,
      channels: t[CHANNELS_TABLE_NAME]?.rows ?? null,
      locked: this.locked,
      password: this.password,
      mapping: this.mapping,
      salespeople: t[SALESPEOPLE_TABLE_NAME]?.rows ?? null,
    };
  }

  /** Puts back a kept state (without notifying: nothing is listening yet when it is restored). */
  restore(state: MemoryWorkbookState): void {
    if (state.targets) this.tables.edit(TARGETS_TABLE, state.targets);
    if (state.channels) this.tables.edit(CHANNELS_TABLE_NAME, state.channels);
    if (state.salespeople) this.tables.edit(SALESPEOPLE_TABLE_NAME, state.salespeople);
    for (const [name, rows] of Object.entries(state.written ?? {})) {
      this.tables.edit(name, rows);
      this.written.add(name);
    }
    this.locked = state.locked;
    this.password = state.password;
    this.mapping = state.mapping;
  }

  /** Calls listener after every change the pane makes (targets, channels, lock, mapping). */
  onStateChanged(listener: () => void): () => void {
    this.stateListeners.add(listener);
    return () => void this.stateListeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.stateListeners) l();
  }
}

function nonEmpty(rows: CellValue[][]): CellValue[][] | null {
  return rows.length > 0 ? rows : null;
}
