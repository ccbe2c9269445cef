import ExcelJS from "exceljs";
import { serialToDate } from "../core/calendar";
import type { DemoWorkbook } from "../demo/demoWorkbook";
import type { DemoTable } from "../demo/types";
import { CHANNEL_COLUMNS, CHANNELS_TABLE_NAME, channelCells, TARGET_COLUMNS, targetRowCells } from "../core/targets";
import { TARGETS_TABLE, HOLIDAYS_TABLE } from "../excel/workbookPort";
import { summaryFormulas } from "./summaryFormulas";
import { toFileFormula } from "./fileFormula";

/**
 * Writes the demo dealership as a workbook a GSM can open in Excel: the deal log as an Excel
 * table (Deals), the targets (PacecarTargets, month × salesperson × channel, beside PacecarChannels), the closed holidays (Holidays) and a Summary sheet
 * whose GSM formulas work over them once Pacecar is loaded.
 */
export async function writeDemoXlsx(demo: DemoWorkbook, asOf: number, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pacecar";

  const summary = wb.addWorksheet("Summary");
  const deals = wb.addWorksheet("Deals");
  const targets = wb.addWorksheet("Pacecar Targets");
  const holidays = wb.addWorksheet("Holidays");

  const [header, ...rows] = demo.dealRows;
  deals.addTable({
    name: "Deals",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: (header ?? []).map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.map((r) => r.map((v, i) => (i === 1 && typeof v === "number" ? serialToExcelDate(v) : v))),
  });
  deals.getColumn(2).numFmt = "m/d/yyyy";
  deals.getColumn(6).numFmt = "$#,##0";
  deals.getColumn(7).numFmt = "$#,##0";
  deals.columns.forEach((c) => (c.width = 14));

  targets.addTable({
    name: TARGETS_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: TARGET_COLUMNS.map((name) => ({ name, filterButton: true })),
    rows: demo.targetRows.map(targetRowCells),
  });
  // The channels beside the targets, a column apart (H), as the pane keeps them.
  targets.addTable({
    name: CHANNELS_TABLE_NAME,
    ref: "H1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: CHANNEL_COLUMNS.map((name) => ({ name, filterButton: true })),
    rows: demo.channels.map(channelCells),
  });
  // Months, names and ids stay text, so Excel doesn't turn "2025-03" into a date.
  for (const column of [1, 2, 3, 4, 8, 9, 10, 11]) targets.getColumn(column).numFmt = "@";
  targets.columns.forEach((c) => (c.width = 16));

  holidays.addTable({
    name: HOLIDAYS_TABLE,
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Date" }],
    rows: demo.holidays.map((h) => [serialToExcelDate(h)]),
  });
  holidays.getColumn(1).numFmt = "m/d/yyyy";
  holidays.getColumn(1).width = 14;

  for (const t of demo.tables) addDemoTable(wb, t);

  summary.getColumn(1).width = 34;
  summary.getColumn(2).width = 16;
  summary.getColumn(3).width = 60;
  summary.addRow([demo.storeName]).font = { bold: true, size: 14 };
  summary.addRow(["Formulas below recalculate once the Pacecar add-in is loaded."]);
  for (const line of summaryFormulas(demo, asOf)) {
    const value: ExcelJS.CellValue =
      line.formula !== undefined
        ? { formula: toFileFormula(line.formula), result: line.result ?? 0, date1904: false }
        : line.value === undefined
          ? null
          : serialToExcelDate(line.value);
    const row = summary.addRow([line.label, value, line.note ?? ""]);
    if (line.numFmt) row.getCell(2).numFmt = line.numFmt;
  }
  await wb.xlsx.writeFile(path);
}

/** One of the demo's other tables (programs, event log, inventory, …) on a sheet of its own. */
function addDemoTable(wb: ExcelJS.Workbook, table: DemoTable): void {
  const sheet = wb.addWorksheet(table.sheetName);
  const [header, ...rows] = table.rows;
  sheet.addTable({
    name: table.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: (header ?? []).map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.map((r) => [...r]),
  });
  (table.formats ?? []).forEach((format, i) => {
    if (format) sheet.getColumn(i + 1).numFmt = format;
  });
  sheet.columns.forEach((c) => (c.width = 16));
}

/** exceljs writes JS Dates as UTC; the serial's calendar day at UTC midnight is that same day in Excel. */
function serialToExcelDate(serial: number): Date {
  const { year, month, day } = serialToDate(serial);
  return new Date(Date.UTC(year, month - 1, day));
}
