import type { CellTable, CellValue, TableWrite, TablesRead } from "./workbookPort";

/**
 * Named tables held in memory, with change listeners: the part of MemoryWorkbook that programs,
 * budgets, event logs and the like live in. `edit` stands in for a user typing in the sheet.
 */
export class MemoryTables {
  private readonly tables = new Map<string, CellTable>();
  private readonly listeners = new Set<{ names: Set<string>; listener: (name: string) => void }>();

  constructor(tables: readonly CellTable[] = []) {
    for (const t of tables)
      this.tables.set(t.source.toLowerCase(), { source: t.source, rows: t.rows.map((r) => [...r]) });
  }

  read(names: readonly string[]): Promise<TablesRead> {
    const out: Record<string, CellTable | null> = {};
    for (const name of names) {
      const t = this.tables.get(name.toLowerCase());
      out[name] = t ? { source: t.source, rows: t.rows.map((r) => [...r]) } : null;
    }
    return Promise.resolve(out);
  }

  write(table: TableWrite): Promise<void> {
    this.set(table.name, [[...table.header], ...table.rows.map((r) => [...r])]);
    return Promise.resolve();
  }

  /** The tables' names as created. */
  names(): string[] {
    return [...this.tables.values()].map((t) => t.source);
  }

  /** A change made directly in the sheet: replaces the table's rows (header first) and notifies. */
  edit(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.set(
      name,
      rows.map((r) => [...r])
    );
  }

  onChanged(names: readonly string[], listener: (name: string) => void): Promise<() => void> {
    const entry = { names: new Set(names.map((n) => n.toLowerCase())), listener };
    this.listeners.add(entry);
    return Promise.resolve(() => void this.listeners.delete(entry));
  }

  private set(name: string, rows: CellValue[][]): void {
    const existing = this.tables.get(name.toLowerCase());
    this.tables.set(name.toLowerCase(), { source: existing?.source ?? name, rows });
    for (const l of this.listeners) if (l.names.has(name.toLowerCase())) l.listener(existing?.source ?? name);
  }
}
