import { sameTarget, type CellTable, type TargetEntry, type WorkbookPort, type WorkbookSnapshot } from "./workbookPort";

/** A workbook held in memory: the preview's demo dealership and the pane's tests. */
export class MemoryWorkbook implements WorkbookPort {
  private targets: TargetEntry[];

  constructor(
    private readonly dealLog: CellTable | null,
    targets: readonly TargetEntry[] = [],
    private readonly holidays: readonly number[] = [],
  ) {
    this.targets = [...targets];
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
