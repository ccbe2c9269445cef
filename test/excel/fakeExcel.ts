/*
 * A small, stateful Excel for the adapter's tests: sheets of cells, tables over them, and the
 * Office.js request model — commands are queued and run in order at context.sync(), loaded
 * properties can be read only after the sync that loaded them. Only what the targets side of
 * OfficeWorkbook uses is here. Failures are injected on command: Excel.run refusing (busy,
 * cell-edit mode), a sync failing before anything ran, or after everything ran (the answer lost).
 */
import type { CellValue } from "../../src/excel/workbookPort";

type Rows = CellValue[][];

interface Sheet {
  name: string;
  cells: Rows;
  protected: boolean;
}

interface Table {
  name: string;
  sheet: Sheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Area {
  sheet: Sheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A failure of one context.sync(): before its commands ran, or after (Excel did the work, the answer never came back). */
export interface SyncFailure {
  readonly code: string;
  readonly applied: boolean;
}

export class FakeError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The workbook: its sheets and tables, what failures are due, and counts of what happened. */
export class FakeBook {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  /** Failures for the next Excel.run calls (one per call, "" for none). */
  readonly runFailures: string[] = [];
  /** Failures for the next syncs (one per sync, null for none). */
  readonly syncFailures: (SyncFailure | null)[] = [];
  syncs = 0;

  addSheet(name: string): Sheet {
    const sheet = { name, cells: [], protected: false };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A table with its header row first, at A1 of a new sheet (or `at` of an existing one). */
  addTable(
    name: string,
    rows: Rows,
    sheetName = `${name} sheet`,
    at: { row: number; col: number } = { row: 0, col: 0 }
  ): void {
    const sheet = this.sheets.find((s) => s.name === sheetName) ?? this.addSheet(sheetName);
    const table = { name, sheet, row: at.row, col: at.col, rows: rows.length, cols: rows[0]?.length ?? 1 };
    this.tables.push(table);
    writeCells(table, rows);
  }

  table(name: string): Table | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A table's cells, header first (null when there is no such table). */
  values(name: string): Rows | null {
    const t = this.table(name);
    return t ? readCells(t) : null;
  }

  /** Someone typing in the sheet: one cell of a table (row 0 is the header). */
  setCell(name: string, row: number, col: number, value: CellValue): void {
    const t = this.table(name);
    if (!t) throw new Error(`no table ${name}`);
    const line = (t.sheet.cells[t.row + row] ??= []);
    line[t.col + col] = value;
  }

  /** Installs this workbook as the global Excel. */
  install(): void {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      ClearApplyTo: { contents: "Contents" },
      run: async (...args: unknown[]) => {
        const failure = this.runFailures.shift();
        if (failure) throw new FakeError(failure);
        const batch = args[args.length - 1] as (context: FakeContext) => Promise<unknown>;
        return batch(new FakeContext(this));
      },
    };
  }
}

function readCells(a: Area): Rows {
  return Array.from({ length: a.rows }, (_, i) =>
    Array.from({ length: a.cols }, (_, j) => a.sheet.cells[a.row + i]?.[a.col + j] ?? "")
  );
}

function writeCells(a: Area, rows: readonly (readonly CellValue[])[]): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const line = (a.sheet.cells[a.row + i] ??= []);
      // A leading apostrophe makes Excel keep the rest as text; it isn't part of the value.
      line[a.col + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
    })
  );
}

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} read before a sync loaded it`);
}

class FakeContext {
  private ops: (() => void)[] = [];
  readonly workbook: { tables: TablesProxy; worksheets: SheetsProxy };

  constructor(readonly book: FakeBook) {
    this.workbook = { tables: new TablesProxy(this), worksheets: new SheetsProxy(this) };
  }

  queue(op: () => void): void {
    this.ops.push(op);
  }

  sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.ops;
    this.ops = [];
    const failure = this.book.syncFailures.shift() ?? null;
    if (failure && !failure.applied) return Promise.reject(new FakeError(failure.code));
    try {
      for (const op of ops) op();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return failure ? Promise.reject(new FakeError(failure.code)) : Promise.resolve();
  }
}

class RangeProxy {
  private loaded: { values?: Rows; rowCount?: number; columnCount?: number } = {};

  constructor(
    private readonly ctx: FakeContext,
    private readonly area: () => Area | null
  ) {}

  load(props: string): this {
    this.ctx.queue(() => {
      const a = this.area();
      this.loaded = a ? { values: readCells(a), rowCount: a.rows, columnCount: a.cols } : {};
      void props;
    });
    return this;
  }

  get values(): Rows {
    return this.loaded.values ?? notLoaded("values");
  }

  set values(rows: Rows) {
    this.ctx.queue(() => {
      const a = this.area();
      if (!a) throw new FakeError("ItemNotFound");
      if (rows.length !== a.rows || rows.some((r) => r.length !== a.cols)) throw new FakeError("InvalidArgument");
      writeCells(a, rows);
    });
  }

  get rowCount(): number {
    return this.loaded.rowCount ?? notLoaded("rowCount");
  }

  get columnCount(): number {
    return this.loaded.columnCount ?? notLoaded("columnCount");
  }

  set numberFormat(_: unknown) {
    // Text formats don't change what the fake holds.
  }

  /** Where it is, resolved now (the adapter's resize passes a range). */
  where(): Area | null {
    return this.area();
  }

  getColumn(c: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.area();
      return a && { ...a, col: a.col + c, cols: 1 };
    });
  }

  getCell(r: number, c: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.area();
      return a && { ...a, row: a.row + r, col: a.col + c, rows: 1, cols: 1 };
    });
  }

  getResizedRange(rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.area();
      return a && { ...a, rows: a.rows + rows, cols: a.cols + cols };
    });
  }

  clear(): void {
    this.ctx.queue(() => {
      const a = this.area();
      if (!a) throw new FakeError("ItemNotFound");
      writeCells(
        a,
        Array.from({ length: a.rows }, () => Array.from({ length: a.cols }, () => ""))
      );
    });
  }
}

class SheetProxy {
  private loaded: { name?: string; protected?: boolean } = {};

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => Sheet | null
  ) {}

  load(): this {
    this.ctx.queue(() => this.take());
    return this;
  }

  /** Loads now (inside a sync): the collection's items/... load. */
  take(): void {
    const s = this.sheet();
    this.loaded = s ? { name: s.name, protected: s.protected } : {};
  }

  get name(): string {
    return this.loaded.name ?? notLoaded("name");
  }

  get protection(): { protected: boolean } {
    return { protected: this.loaded.protected ?? notLoaded("protection/protected") };
  }

  getRange(address: string): RangeProxy {
    const m = /^([A-Z])(\d+)$/.exec(address);
    const col = (m?.[1] ?? "A").charCodeAt(0) - 65;
    const row = Number(m?.[2] ?? "1") - 1;
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      return s && { sheet: s, row, col, rows: 1, cols: 1 };
    });
  }
}

class TableProxy {
  private loaded: { isNullObject?: boolean; name?: string } = {};
  private readonly pending: { table: Table | null } | null;

  constructor(
    private readonly ctx: FakeContext,
    private readonly lookup: () => Table | undefined,
    private readonly strict: boolean,
    added?: { table: Table | null }
  ) {
    this.pending = added ?? null;
  }

  private resolve(): Table | null {
    const t = this.pending ? this.pending.table : (this.lookup() ?? null);
    if (!t && this.strict) throw new FakeError("ItemNotFound");
    return t;
  }

  load(): this {
    this.ctx.queue(() => {
      const t = this.resolve();
      this.loaded = { isNullObject: t === null, name: t?.name ?? "" };
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.isNullObject ?? notLoaded("isNullObject");
  }

  get name(): string {
    return this.loaded.name ?? notLoaded("name");
  }

  set name(value: string) {
    this.ctx.queue(() => {
      const t = this.resolve();
      if (t) t.name = value;
    });
  }

  get worksheet(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.resolve()?.sheet ?? null);
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.resolve());
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return t && { ...t, rows: 1 };
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return t && { ...t, row: t.row + 1, rows: t.rows - 1 };
    });
  }

  resize(range: RangeProxy): void {
    this.ctx.queue(() => {
      const t = this.resolve();
      const a = range.where();
      if (!t || !a) throw new FakeError("ItemNotFound");
      Object.assign(t, { row: a.row, col: a.col, rows: a.rows, cols: a.cols });
    });
  }
}

class TablesProxy {
  private loadedItems: TableProxy[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  load(): void {
    this.ctx.queue(() => {
      this.loadedItems = this.ctx.book.tables.map((t) => {
        const p = new TableProxy(this.ctx, () => t, true);
        (p as unknown as { loaded: unknown }).loaded = { isNullObject: false, name: t.name };
        return p;
      });
    });
  }

  get items(): TableProxy[] {
    return this.loadedItems ?? notLoaded("items");
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.book.table(name), false);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.book.table(name), true);
  }

  add(range: RangeProxy): TableProxy {
    const added: { table: Table | null } = { table: null };
    this.ctx.queue(() => {
      const a = range.where();
      if (!a) throw new FakeError("ItemNotFound");
      const table = { name: `Table${String(this.ctx.book.tables.length + 1)}`, ...a };
      this.ctx.book.tables.push(table);
      added.table = table;
    });
    return new TableProxy(this.ctx, () => undefined, true, added);
  }
}

class SheetsProxy {
  private loadedItems: SheetProxy[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  load(): void {
    this.ctx.queue(() => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const p = new SheetProxy(this.ctx, () => s);
        p.take();
        return p;
      });
    });
  }

  get items(): SheetProxy[] {
    return this.loadedItems ?? notLoaded("items");
  }

  add(name: string): SheetProxy {
    let sheet: Sheet | null = null;
    this.ctx.queue(() => {
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeError("ItemAlreadyExists");
      sheet = this.ctx.book.addSheet(name);
    });
    return new SheetProxy(this.ctx, () => sheet);
  }
}
