import {
  CHANNELS_TABLE_NAME,
  DEAL_LOG_MAPPING_SETTING,
  mergeTargetChanges,
  parseMapping,
  reconcileTargets,
  PACE_SHEET_FORMATS,
  PACE_SHEET_NAME,
  readSalespeopleTable,
  readTargetsTable,
  SALESPEOPLE_TABLE_NAME,
  type Channel,
  type ExpectedTargets,
  type Salesperson,
  type DealLogMapping,
  type PaceSheetCell,
  type TargetRow,
} from "../core/targets";
import { safeCellText } from "./cellText";
import { runExcel, type RetryOptions } from "./excelRetry";
import { queueRangeLookup, readRangeRows } from "./officeDealRange";
import { onOfficeTablesChanged, readOfficeTables, writeOfficeTable } from "./officeTables";
import { channelsForRows, channelTableCells, entriesOf, salespeopleTableCells, targetTableCells } from "./targetRows";
import {
  HOLIDAYS_TABLE,
  TARGETS_SHEET,
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

/** Names a DMS deal-log table usually gets; checked before looking at every table's header. */
const DEAL_TABLE_NAMES = ["deals", "deallog", "deal_log", "dealstable", "sales"];

/** The document's settings as Office.context.document.settings offers them (read in memory, saved with saveAsync). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export interface OfficeWorkbookOptions extends RetryOptions {
  /** Whether a header row is a deal log's (the core's header detection). */
  readonly isDealLogHeader: (header: readonly CellValue[]) => boolean;
  /** Where the deal log mapping is kept; without it the deal log is found afresh on every open. */
  readonly settings?: DocumentSettings;
}

/**
 * Rows per read of a big deal log: Excel on the web caps a response at 5 MB, and 20k rows of a
 * DMS export stay well under it.
 */
export const DEAL_ROWS_PER_READ = 20_000;

/** Where the channels table sits on the targets sheet: right of PacecarTargets, a column apart. */
const CHANNELS_ANCHOR = "H1";
/** Where the salespeople table sits: right of PacecarChannels (H:K), a column apart. */
const SALESPEOPLE_ANCHOR = "M1";
/** Text columns of each table (Month, names, ids), so Excel doesn't turn "2025-03" into a date. */
const TARGET_TEXT_COLUMNS = [0, 1, 2, 3];
const CHANNEL_TEXT_COLUMNS = [0, 1, 2, 3];
const SALESPERSON_TEXT_COLUMNS = [0, 1, 2];

/**
 * Times a target write looks again when the sheet turns out to have changed since it was read:
 * each look is one more sync, and only a GSM editing the sheet at that very moment needs a second.
 */
const TARGET_WRITE_LOOKS = 3;

/** What the adapter knows of the targets side since its last read or write: lets a save take one sync. */
interface TeamState {
  readonly rows: TargetRow[];
  readonly channels: Channel[];
  readonly targetsExists: boolean;
  readonly channelsExists: boolean;
  readonly salespeople: Salesperson[];
  readonly salespeopleExists: boolean;
  /** PacecarTargets still has the old Month | Scope | Name | Target columns. */
  readonly legacy: boolean;
  /**
   * What PacecarTargets may hold if nobody else touched it: what was last read or written — two
   * tables after a write whose answer was lost. `rows` differs from it only while a write of ours
   * that went over someone's numbers is still to be undone.
   */
  readonly written: readonly (readonly TargetRow[])[];
  readonly locked: boolean;
  /** A write failed: the tables are read again (and reconciled) before the next one. */
  readonly stale?: boolean;
}

interface QueuedTeamRead {
  readonly targets: Excel.Table;
  readonly targetsSheet: Excel.Worksheet;
  readonly targetsRange: Excel.Range;
  readonly channels: Excel.Table;
  readonly channelsRange: Excel.Range;
  readonly salespeople: Excel.Table;
  readonly salespeopleRange: Excel.Range;
  readonly sheets: Excel.WorksheetCollection;
}

/** Queues the reads of PacecarTargets, PacecarChannels and the sheets' protection (no sync). */
function queueTeamRead(context: Excel.RequestContext): QueuedTeamRead {
  const tables = context.workbook.tables;
  const targets = tables.getItemOrNullObject(TARGETS_TABLE).load("isNullObject");
  const channels = tables.getItemOrNullObject(CHANNELS_TABLE_NAME).load("isNullObject");
  const salespeople = tables.getItemOrNullObject(SALESPEOPLE_TABLE_NAME).load("isNullObject");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  // The lock is the protection of the sheet PacecarTargets is on, whatever the GSM renamed it to.
  const targetsSheet = targets.worksheet.load("name");
  return {
    targets,
    targetsSheet,
    targetsRange: targets.getRange().load("values"),
    channels,
    channelsRange: channels.getRange().load("values"),
    salespeople,
    salespeopleRange: salespeople.getRange().load("values"),
    sheets,
  };
}

function teamFrom(q: QueuedTeamRead): TeamState {
  const targetCells = q.targets.isNullObject ? null : (q.targetsRange.values as CellValue[][]);
  const channelCells = q.channels.isNullObject ? null : (q.channelsRange.values as CellValue[][]);
  const read = readTargetsTable(targetCells, channelCells);
  const sheetName = q.targets.isNullObject ? TARGETS_SHEET : q.targetsSheet.name;
  const sheet = q.sheets.items.find((s) => s.name === sheetName);
  return {
    rows: read.rows,
    channels: read.channels,
    targetsExists: !q.targets.isNullObject,
    channelsExists: !q.channels.isNullObject,
    salespeople: readSalespeopleTable(q.salespeople.isNullObject ? null : (q.salespeopleRange.values as CellValue[][])),
    salespeopleExists: !q.salespeople.isNullObject,
    legacy: read.legacy,
    locked: sheet?.protection.protected ?? false,
    written: [read.rows],
  };
}

/** The same target lines, in the same order, with the same numbers. */
function sameRows(a: readonly TargetRow[], b: readonly TargetRow[]): boolean {
  return a.length === b.length && a.every((r, i) => JSON.stringify(r) === JSON.stringify(b[i]));
}

/** Cells as Range.values takes them: user text that looks like a formula stays text. */
function safeCells(cells: readonly (readonly CellValue[])[]): CellValue[][] {
  return cells.map((r) => r.map((v) => (typeof v === "string" ? safeCellText(v) : v)));
}

/**
 * Queues the rewrite of a small table the pane owns (targets, channels): all its rows in one go,
 * created at `anchor` on `sheet` when it doesn't exist. A table keeps at least one body row.
 */
function queueTableRewrite(
  context: Excel.RequestContext,
  write: {
    name: string;
    exists: boolean;
    sheet: () => Excel.Worksheet;
    anchor: string;
    cells: CellValue[][];
    textColumns: readonly number[];
  }
): void {
  const cells = write.cells.length > 1 ? write.cells : [...write.cells, (write.cells[0] ?? []).map(() => "")];
  const width = cells[0]?.length ?? 1;
  let range: Excel.Range;
  if (write.exists) {
    const table = context.workbook.tables.getItem(write.name);
    table.getDataBodyRange().clear(Excel.ClearApplyTo.contents);
    range = table
      .getHeaderRowRange()
      .getCell(0, 0)
      .getResizedRange(cells.length - 1, width - 1);
    for (const c of write.textColumns) range.getColumn(c).numberFormat = [["@"]];
    range.values = safeCells(cells);
    table.resize(range);
    return;
  }
  range = write
    .sheet()
    .getRange(write.anchor)
    .getResizedRange(cells.length - 1, width - 1);
  for (const c of write.textColumns) range.getColumn(c).numberFormat = [["@"]];
  range.values = safeCells(cells);
  const created = context.workbook.tables.add(range, true);
  created.name = write.name;
}

/**
 * The workbook through Office.js. Opening the pane takes two syncs when the deal log's table is
 * known (the stored mapping, or a conventional name like Deals): one for the deal log's header
 * and size with the targets, channels, holidays and lock, one for the deal log's rows in chunks
 * queued together. Without either, one more sync looks at every table's header. A burst of
 * target edits saves in one sync. Nothing syncs inside a loop.
 */
export class OfficeWorkbook implements WorkbookPort {
  private team: TeamState | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Takes in the targets side as just read. What we knew stands where the sheet still holds what
   * we left there; a number someone else typed is taken.
   */
  private adopt(read: TeamState): TeamState {
    const known = this.team;
    this.team =
      known?.targetsExists && read.targetsExists
        ? { ...read, rows: reconcileTargets(known.rows, known.written, read.rows) }
        : read;
    return this.team;
  }

  /** Runs target reads and writes one after another: each builds on what the one before left in `team`. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  constructor(private readonly options: OfficeWorkbookOptions) {}

  private storedMapping(): DealLogMapping | null {
    return parseMapping(this.options.settings?.get(DEAL_LOG_MAPPING_SETTING) ?? null);
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    const mapping = this.storedMapping();
    return runExcel(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const team = queueTeamRead(context);
      const holidays = tables.getItemOrNullObject(HOLIDAYS_TABLE).load("isNullObject");
      const holidaysBody = holidays.getDataBodyRange().load("values");
      const queueCandidate = (t: Excel.Table) => ({
        table: t,
        header: t.getHeaderRowRange().load("values"),
        body: t.getDataBodyRange().load("rowCount,columnCount"),
      });
      // A range mapping is looked up alongside; the conventional table names stay the fallback.
      const range = mapping?.kind === "range" ? queueRangeLookup(context, mapping.table) : null;
      const named = (mapping && mapping.kind !== "range" ? [mapping.table] : DEAL_TABLE_NAMES).map((n) =>
        queueCandidate(tables.getItemOrNullObject(n).load("isNullObject,name"))
      );
      await context.sync();

      const rangeRows = range && mapping ? await readRangeRows(context, range, DEAL_ROWS_PER_READ) : null;
      if (mapping && rangeRows && this.options.isDealLogHeader(rangeRows[0] ?? [])) {
        this.adopt(teamFrom(team));
        return this.snapshotOf(
          { source: mapping.table, rows: rangeRows },
          mapping,
          holidays.isNullObject ? null : (holidaysBody.values as unknown[][])
        );
      }

      const isDeal = (c: (typeof named)[number]) => {
        const header = c.header.values[0];
        return header !== undefined && this.options.isDealLogHeader(header as CellValue[]);
      };
      let deal = named.find((c) => !c.table.isNullObject && isDeal(c));
      if (!deal) {
        // Nothing where expected: every other table is a candidate, only its header and size load here.
        const own = new Set(
          [
            TARGETS_TABLE,
            CHANNELS_TABLE_NAME,
            HOLIDAYS_TABLE,
            ...named.map((n) => (n.table.isNullObject ? "" : n.table.name)),
          ].map((n) => n.toLowerCase())
        );
        const others = tables.items.filter((t) => !own.has(t.name.toLowerCase())).map(queueCandidate);
        if (others.length > 0) {
          await context.sync();
          deal = others.find(isDeal);
        }
      }
      let dealLog: CellTable | null = null;
      if (deal) {
        const { rowCount, columnCount } = deal.body;
        const chunks: Excel.Range[] = [];
        for (let first = 0; first < rowCount; first += DEAL_ROWS_PER_READ) {
          const rows = Math.min(DEAL_ROWS_PER_READ, rowCount - first);
          chunks.push(
            deal.body
              .getCell(first, 0)
              .getResizedRange(rows - 1, columnCount - 1)
              .load("values")
          );
        }
        await context.sync();
        const header = (deal.header.values[0] ?? []) as CellValue[];
        dealLog = { source: deal.table.name, rows: [header, ...chunks.flatMap((c) => c.values as CellValue[][])] };
      }
      this.adopt(teamFrom(team));
      return this.snapshotOf(
        dealLog,
        mapping && mapping.kind !== "range" ? mapping : null,
        holidays.isNullObject ? null : (holidaysBody.values as unknown[][])
      );
    }, this.options);
  }

  /** The snapshot from the deal log read and the team state just read; the mapping only when it is the deal log's. */
  private snapshotOf(
    dealLog: CellTable | null,
    mapping: DealLogMapping | null,
    holidayRows: unknown[][] | null
  ): WorkbookSnapshot {
    const team = this.team ?? { rows: [], channels: [], locked: false, salespeople: [] };
    return {
      dealLog,
      targets: entriesOf(team),
      holidays: (holidayRows ?? []).map((r) => r[0]).filter((v): v is number => typeof v === "number" && v >= 1),
      targetRows: team.rows,
      channels: team.channels,
      targetsLocked: team.locked,
      salespeople: team.salespeople,
      dealLogMapping:
        mapping && dealLog && dealLog.source.toLowerCase() === mapping.table.toLowerCase() ? mapping : null,
    };
  }

  readRangeHeader(reference: string): Promise<TableHeader | null> {
    return runExcel(async (context) => {
      const lookup = queueRangeLookup(context, reference);
      if (!lookup) return null;
      await context.sync();
      // Only the header row is needed: one row read, whatever the range's size.
      const rows = await readRangeRows(context, lookup, DEAL_ROWS_PER_READ, true);
      return rows ? { name: reference.trim(), header: rows[0] ?? [] } : null;
    }, this.options);
  }

  readTargets(): Promise<TeamTargetsRead> {
    return this.inTurn(() =>
      runExcel(async (context) => {
        const q = queueTeamRead(context);
        await context.sync();
        const team = this.adopt(teamFrom(q));
        return { rows: team.rows, channels: team.channels, locked: team.locked, salespeople: team.salespeople };
      }, this.options)
    );
  }

  /** The targets tables as last read, or read now (one sync) when the pane hasn't read them yet or a write failed. */
  private async knownTeam(context: Excel.RequestContext): Promise<TeamState> {
    if (this.team && !this.team.stale) return this.team;
    const q = queueTeamRead(context);
    await context.sync();
    return this.adopt(teamFrom(q));
  }

  async writeTarget(entry: TargetEntry): Promise<void> {
    const [row] = readTargetsTable([
      ["Month", "Scope", "Name", "Target"],
      [entry.month, entry.scope, entry.name, entry.target],
    ]).rows;
    if (row) await this.writeTargetRows([row]);
  }

  writeTargetRows(
    changes: readonly TargetRow[],
    channels?: readonly Channel[],
    salespeople?: readonly Salesperson[],
    expected?: ExpectedTargets
  ): Promise<TargetWriteResult> {
    return this.inTurn(() =>
      runExcel(async (context) => {
        return this.writeTeam(context, await this.knownTeam(context), { changes, channels, salespeople, expected }, 1);
      }, this.options)
    );
  }

  /**
   * One look-and-write: PacecarTargets as it is now is read in the same batch, just before the
   * rewrite built on what the adapter knows (one sync). When the read shows someone changed the
   * sheet since (the GSM typing in it while the pane saved), the rewrite went over their numbers:
   * what the table should hold is worked out again — their numbers kept, ours where they typed
   * nothing — and written at once (one more sync). Only a conflict costs that second sync.
   */
  private async writeTeam(
    context: Excel.RequestContext,
    team: TeamState,
    write: {
      changes: readonly TargetRow[];
      channels?: readonly Channel[];
      salespeople?: readonly Salesperson[];
      expected?: ExpectedTargets;
    },
    look: number
  ): Promise<TargetWriteResult> {
    const { rows, conflicts } = mergeTargetChanges(team.rows, write.changes, write.expected);
    const keep = channelsForRows(write.channels ?? team.channels, rows);
    const before = team.targetsExists ? context.workbook.tables.getItem(TARGETS_TABLE).getRange().load("values") : null;
    const sheet = this.queueTeamSheet(context, team);
    queueTableRewrite(context, {
      name: TARGETS_TABLE,
      exists: team.targetsExists,
      sheet,
      anchor: "A1",
      cells: targetTableCells(rows),
      textColumns: TARGET_TEXT_COLUMNS,
    });
    const channelsChanged =
      write.channels !== undefined || team.legacy || !team.channelsExists || keep.length !== team.channels.length;
    if (channelsChanged)
      queueTableRewrite(context, {
        name: CHANNELS_TABLE_NAME,
        exists: team.channelsExists,
        sheet,
        anchor: CHANNELS_ANCHOR,
        cells: channelTableCells(keep),
        textColumns: CHANNEL_TEXT_COLUMNS,
      });
    if (write.salespeople)
      queueTableRewrite(context, {
        name: SALESPEOPLE_TABLE_NAME,
        exists: team.salespeopleExists,
        sheet,
        anchor: SALESPEOPLE_ANCHOR,
        cells: salespeopleTableCells(write.salespeople),
        textColumns: SALESPERSON_TEXT_COLUMNS,
      });
    try {
      await context.sync();
    } catch (error) {
      // The answer may have been lost after the write went in: the sheet holds either table now.
      // Tables this write was creating may exist or not: read everything afresh next time.
      this.team = team.targetsExists ? { ...team, written: [...team.written, rows], stale: true } : null;
      throw error;
    }
    const found = before ? readTargetsTable(before.values as CellValue[][], channelTableCells(team.channels)) : null;
    const untouched = !found || team.written.some((w) => sameRows(w, found.rows));
    this.team = {
      ...team,
      rows: untouched || !found ? rows : reconcileTargets(team.rows, team.written, found.rows),
      channels: keep,
      targetsExists: true,
      channelsExists: team.channelsExists || channelsChanged,
      salespeople: write.salespeople ? [...write.salespeople] : team.salespeople,
      salespeopleExists: team.salespeopleExists || write.salespeople !== undefined,
      legacy: false,
      written: [rows],
    };
    if (untouched) return { rows, conflicts };
    // Someone else changed the table before this write went over it: write what it should hold.
    if (look >= TARGET_WRITE_LOOKS)
      throw new Error("The targets table keeps changing in the sheet: saving again in a moment.");
    return this.writeTeam(context, this.team, write, look + 1);
  }

  /** The targets sheet, added on first use (a lazy getter so nothing is queued when both tables exist). */
  private queueTeamSheet(context: Excel.RequestContext, team: TeamState): () => Excel.Worksheet {
    let sheet: Excel.Worksheet | null = null;
    return () => {
      sheet ??= team.targetsExists
        ? context.workbook.tables.getItem(TARGETS_TABLE).worksheet
        : team.channelsExists
          ? context.workbook.tables.getItem(CHANNELS_TABLE_NAME).worksheet
          : context.workbook.worksheets.add(TARGETS_SHEET);
      return sheet;
    };
  }

  setTargetsLocked(locked: boolean, password?: string): Promise<void> {
    return this.inTurn(() =>
      runExcel(async (context) => {
        const team = await this.knownTeam(context);
        const sheet = this.queueTeamSheet(context, team);
        if (!team.targetsExists) {
          // Nothing to protect yet: the (empty) tables are created so the lock has a sheet to hold.
          queueTableRewrite(context, {
            name: TARGETS_TABLE,
            exists: false,
            sheet,
            anchor: "A1",
            cells: targetTableCells([]),
            textColumns: TARGET_TEXT_COLUMNS,
          });
        }
        if (locked)
          sheet().protection.protect(
            { allowAutoFilter: true, allowSort: true, allowFormatColumns: true },
            password || undefined
          );
        else sheet().protection.unprotect(password || undefined);
        await context.sync();
        this.team = { ...team, targetsExists: true, locked };
      }, this.options)
    );
  }

  listTables(): Promise<readonly TableHeader[]> {
    return runExcel(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const headers = tables.items.map((t) => ({ name: t.name, header: t.getHeaderRowRange().load("values") }));
      await context.sync();
      return headers.map((h) => ({ name: h.name, header: (h.header.values[0] ?? []) as CellValue[] }));
    }, this.options);
  }

  saveDealLogMapping(mapping: DealLogMapping): Promise<void> {
    const settings = this.options.settings;
    if (!settings) return Promise.reject(new Error("This version of Excel can't keep settings in the workbook."));
    settings.set(DEAL_LOG_MAPPING_SETTING, JSON.stringify(mapping));
    return new Promise((resolve, reject) =>
      settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve()))
    );
  }

  writePaceSheet(cells: readonly (readonly PaceSheetCell[])[]): Promise<void> {
    return runExcel(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(PACE_SHEET_NAME);
      existing.load("isNullObject");
      await context.sync();
      const sheet = existing.isNullObject ? context.workbook.worksheets.add(PACE_SHEET_NAME) : existing;
      if (!existing.isNullObject) sheet.getRange().clear(Excel.ClearApplyTo.contents);
      const width = Math.max(...cells.map((r) => r.length), 1);
      const formulas = cells.map((r) => {
        const row: (string | number)[] = r.map((c) =>
          "formula" in c ? c.formula : typeof c.value === "string" ? safeCellText(c.value) : c.value
        );
        while (row.length < width) row.push("");
        return row;
      });
      const range = sheet.getRangeByIndexes(0, 0, formulas.length, width);
      range.formulas = formulas;
      PACE_SHEET_FORMATS.forEach((format, column) => {
        if (format && formulas.length > 4)
          sheet.getRangeByIndexes(4, column, formulas.length - 4, 1).numberFormat = [[format]];
      });
      sheet.activate();
      await context.sync();
    }, this.options);
  }

  readTables(names: readonly string[]): Promise<TablesRead> {
    return runExcel((context) => readOfficeTables(context, names), this.options);
  }

  writeTable(table: TableWrite): Promise<void> {
    return runExcel((context) => writeOfficeTable(context, table), this.options);
  }

  async onTablesChanged(names: readonly string[], listener: (name: string) => void): Promise<() => void> {
    const remove = await runExcel((context) => onOfficeTablesChanged(context, names, listener), this.options);
    // A failed removal only leaves a listener whose pane is gone; there is nothing for the user to do.
    return () => void remove().catch(() => undefined);
  }
}
