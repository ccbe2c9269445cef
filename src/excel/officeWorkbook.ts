import { safeCellText } from "./cellText";
import { runExcel, type RetryOptions } from "./excelRetry";
import { onOfficeTablesChanged, readOfficeTables, writeOfficeTable } from "./officeTables";
import { targetsFromRows } from "./targetRows";
import {
  HOLIDAYS_TABLE,
  sameTarget,
  TARGETS_HEADERS,
  TARGETS_TABLE,
  type CellTable,
  type CellValue,
  type TableWrite,
  type TablesRead,
  type TargetEntry,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "./workbookPort";

/** Names a DMS deal-log table usually gets; checked before looking at every table's header. */
const DEAL_TABLE_NAMES = ["deals", "deallog", "deal_log", "dealstable", "sales"];

export interface OfficeWorkbookOptions extends RetryOptions {
  /** Whether a header row is a deal log's (the core's header detection). */
  readonly isDealLogHeader: (header: readonly CellValue[]) => boolean;
}

/**
 * Rows per read of a big deal log: Excel on the web caps a response at 5 MB, and 20k rows of a
 * DMS export stay well under it.
 */
export const DEAL_ROWS_PER_READ = 20_000;

/**
 * The workbook through Office.js. Reads take three syncs whatever the workbook's size: one to list
 * the tables, one for their headers and sizes (and the small targets and holidays tables), one for
 * the deal log's rows in chunks queued together. Nothing syncs inside a loop.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly options: OfficeWorkbookOptions) {}

  readSnapshot(): Promise<WorkbookSnapshot> {
    return runExcel(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();

      const byName = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
      const preferred = DEAL_TABLE_NAMES.map((n) => byName.get(n)).find((t) => t !== undefined);
      // Without a conventional name, every table is a candidate: only its header and size load here.
      const candidates = (preferred ? [preferred] : tables.items)
        .filter((t) => t.name !== TARGETS_TABLE && t.name !== HOLIDAYS_TABLE)
        .map((t) => ({ name: t.name, header: t.getHeaderRowRange().load("values"), body: t.getDataBodyRange().load("rowCount,columnCount") }));
      const targetsBody = byName.get(TARGETS_TABLE.toLowerCase())?.getDataBodyRange().load("values");
      const holidaysBody = byName.get(HOLIDAYS_TABLE.toLowerCase())?.getDataBodyRange().load("values");
      await context.sync();

      const deal = candidates.find((c) => {
        const header = c.header.values[0];
        return header !== undefined && this.options.isDealLogHeader(header as CellValue[]);
      });
      let dealLog: CellTable | null = null;
      if (deal) {
        const { rowCount, columnCount } = deal.body;
        const chunks: Excel.Range[] = [];
        for (let first = 0; first < rowCount; first += DEAL_ROWS_PER_READ) {
          const rows = Math.min(DEAL_ROWS_PER_READ, rowCount - first);
          chunks.push(deal.body.getCell(first, 0).getResizedRange(rows - 1, columnCount - 1).load("values"));
        }
        await context.sync();
        const header = (deal.header.values[0] ?? []) as CellValue[];
        dealLog = { source: deal.name, rows: [header, ...chunks.flatMap((c) => c.values as CellValue[][])] };
      }
      const targets = targetsBody ? targetsFromRows(targetsBody.values as CellValue[][]) : [];
      const holidays = (holidaysBody?.values ?? []).map((r) => r[0] as unknown).filter((v): v is number => typeof v === "number" && v >= 1);
      return { dealLog, targets, holidays };
    }, this.options);
  }

  writeTarget(entry: TargetEntry): Promise<void> {
    return runExcel(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(TARGETS_TABLE);
      table.load("isNullObject");
      await context.sync();

      const row: CellValue[] = [entry.month, entry.scope, safeCellText(entry.name), entry.target];
      if (table.isNullObject) {
        // First target in this workbook: a sheet of its own, Month and Name kept as text so Excel doesn't turn "2025-03" into a date.
        const sheet = context.workbook.worksheets.add("Pacecar Targets");
        const header = sheet.getRange("A1:D1");
        header.values = [[...TARGETS_HEADERS]];
        sheet.getRange("A:A").numberFormat = [["@"]];
        sheet.getRange("C:C").numberFormat = [["@"]];
        const created = context.workbook.tables.add("'Pacecar Targets'!A1:D1", true);
        created.name = TARGETS_TABLE;
        created.rows.add(undefined, [row]);
        await context.sync();
        return;
      }
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      const rows = body.values as CellValue[][];
      const index = rows.findIndex((r) => {
        const [existing] = targetsFromRows([r]);
        return existing !== undefined && sameTarget(existing, entry);
      });
      if (index >= 0) body.getCell(index, 3).values = [[entry.target]];
      else table.rows.add(undefined, [row]);
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
