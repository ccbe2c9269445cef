import { MemoryTables } from "./memoryTables";
import { sameTarget, type CellTable, type CellValue, type TableWrite, type TablesRead, type TargetEntry, type WorkbookPort, type WorkbookSnapshot } from "./workbookPort";

/** A workbook held in memory: the preview's demo dealership and the pane's tests. */
export class MemoryWorkbook implements WorkbookPort {
  private targets: TargetEntry[];
  private readonly tables: MemoryTables;

  constructor(
    private readonly dealLog: CellTable | null,
    targets: readonly TargetEntry[] = [],
    private readonly holidays: readonly number[] = [],
    /** Other named tables (programs, budget, event log, …), each with its header row first. */
    tables: readonly CellTable[] = [],
  ) {
    this.targets = [...targets];
    this.tables = new MemoryTables(tables);
  }

  readTables(names: readonly string[]): Promise<TablesRead> {
    return this.tables.read(names);
  }

  writeTable(table: TableWrite): Promise<void> {
    return this.tables.write(table);
  }

  onTablesChanged(names: readonly string[], listener: (name: string) => void): Promise<() => void> {
    return this.tables.onChanged(names, listener);
  }

  /** A user's edit in the sheet (tests and the preview): replaces a table's rows, header first, and notifies listeners. */
  editTable(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.tables.edit(name, rows);
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return Promise.resolve({ dealLog: this.dealLog, targets: [...this.targets], holidays: [...this.holidays] });
  }

  writeTarget(entry: TargetEntry): Promise<void> {
    const i = this.targets.findIndex((t) => sameTarget(t, entry));
    if (i >= 0) this.targets[i] = entry;
    else this.targets.push(entry);
    return Promise.resolve();
  }
}
