import { safeCellText } from "./cellText";
import { keepFormulas } from "./keepFormulas";
import type { CellValue, TableWrite, TablesRead } from "./workbookPort";

/**
 * Named tables through Office.js, for OfficeWorkbook: two syncs to read any number of tables
 * (which exist, then their values), two to create a table and three to rewrite one (its old cells
 * are read first so formulas a GSM typed in it survive). Nothing syncs inside a loop. A name no table
 * has is looked up among the workbook's named ranges (a tier table kept as a named range), in the
 * same two syncs.
 */
export async function readOfficeTables(context: Excel.RequestContext, names: readonly string[]): Promise<TablesRead> {
  const found = names.map((name) => ({
    name,
    table: context.workbook.tables.getItemOrNullObject(name).load("isNullObject,name"),
    named: context.workbook.names.getItemOrNullObject(name).load("isNullObject,name"),
  }));
  await context.sync();
  const ranges = found.map((f) => {
    if (!f.table.isNullObject)
      return { source: f.table.name, range: f.table.getRange().load("values"), nullable: false };
    // A name can stand for a constant or a formula too: only a range has rows to read.
    if (!f.named.isNullObject)
      return {
        source: f.named.name,
        range: f.named.getRangeOrNullObject().load("isNullObject,values"),
        nullable: true,
      };
    return null;
  });
  await context.sync();
  const out: Record<string, { source: string; rows: CellValue[][] } | null> = {};
  found.forEach((f, i) => {
    const read = ranges[i];
    out[f.name] =
      read && !(read.nullable && read.range.isNullObject)
        ? { source: read.source, rows: read.range.values as CellValue[][] }
        : null;
  });
  return out;
}

/** A row as Range.values takes it: user text that looks like a formula stays text. */
function safeRow(row: readonly CellValue[], width: number): CellValue[] {
  const out = row.slice(0, width).map((v) => (typeof v === "string" ? safeCellText(v) : v));
  while (out.length < width) out.push("");
  return out;
}

/** Creates the table on a sheet of its own, or replaces all its rows. */
export async function writeOfficeTable(context: Excel.RequestContext, write: TableWrite): Promise<void> {
  const width = write.header.length;
  const rows = write.rows.map((r) => safeRow(r, width));
  const table = context.workbook.tables.getItemOrNullObject(write.name);
  table.load("isNullObject");
  // Nothing else is asked of the table before we know it exists: a null object has no ranges.
  await context.sync();
  if (table.isNullObject) {
    const sheet = context.workbook.worksheets.add(write.sheetName);
    const range = sheet.getRangeByIndexes(0, 0, rows.length + 1, width);
    range.values = [write.header.map((h) => safeCellText(h)), ...rows];
    const created = context.workbook.tables.add(range, true);
    created.name = write.name;
    await context.sync();
    return;
  }
  const body = table.getDataBodyRange().load("values,formulas");
  await context.sync();
  const cells = keepFormulas(rows, body.values, body.formulas);
  // Clear the old rows, then resize the table over the header and the new rows in one go.
  body.clear(Excel.ClearApplyTo.contents);
  const header = table.getHeaderRowRange();
  if (cells.length > 0) header.getOffsetRange(1, 0).getResizedRange(cells.length - 1, 0).formulas = cells;
  table.resize(header.getResizedRange(Math.max(rows.length, 1), 0));
  await context.sync();
}

/** Listens to the tables' onChanged events; returns a function that removes the handlers. */
export async function onOfficeTablesChanged(
  context: Excel.RequestContext,
  names: readonly string[],
  listener: (name: string) => void
): Promise<() => Promise<void>> {
  const tables = names.map((name) => context.workbook.tables.getItemOrNullObject(name).load("isNullObject,name"));
  await context.sync();
  const handlers = tables
    .filter((t) => !t.isNullObject)
    .map((t) => {
      const name = t.name;
      return t.onChanged.add(() => {
        listener(name);
        return Promise.resolve();
      });
    });
  await context.sync();
  // Handlers belong to the context that added them: removing them runs a batch on that same context.
  return () =>
    Excel.run(context, async (ctx) => {
      handlers.forEach((h) => h.remove());
      await ctx.sync();
    });
}
