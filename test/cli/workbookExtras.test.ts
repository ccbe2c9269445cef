/*
 * Targets and holidays read from a workbook beside its deal log, as a GSM may have laid them out
 * by hand: the targets table below a title and one column in, a month typed as a date, a target as
 * text, junk rows; a Holidays sheet without a table. Expected entries are written by hand.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookExtras } from "../../src/cli/workbookExtras";
import { dateToSerial } from "../../src/core/calendar";
import { tempDir, writeFile } from "./demoDealLogCsv";

let dir: string;
beforeAll(() => {
  dir = tempDir("workbook-extras-");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("reads a PacecarTargets table wherever it starts and a Holidays sheet's first column", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Deals").addRow(["Sold Date"]);
  const sheet = wb.addWorksheet("Budget");
  sheet.getCell("B1").value = "March budget";
  sheet.addTable({
    name: "PacecarTargets",
    ref: "B3",
    headerRow: true,
    columns: ["Month", "Scope", "Name", "Target"].map((name) => ({ name })),
    rows: [
      ["2025-03", "Store", "", 130],
      [new Date(Date.UTC(2025, 2, 1)), "salesperson", " Ana Ruiz ", "$25"],
      ["2025-03", "Channel", "Internet", "40"],
      ["March", "Store", "", 120], // not a month key: skipped
      ["2025-03", "Manager", "Bob", 10], // not a scope: skipped
    ],
  });
  const holidays = wb.addWorksheet("Holidays");
  holidays.addRow(["Date"]);
  holidays.addRow([new Date(Date.UTC(2024, 11, 25))]);
  holidays.addRow(["1/1/2025"]);
  holidays.addRow(["Christmas"]); // a note, not a date
  holidays.addRow([new Date(Date.UTC(2024, 11, 25))]); // listed twice
  const path = join(dir, "store.xlsx");
  await wb.xlsx.writeFile(path);

  expect(await readWorkbookExtras(path)).toEqual({
    targets: [
      { month: "2025-03", scope: "Store", name: "", target: 130 },
      { month: "2025-03", scope: "Salesperson", name: "Ana Ruiz", target: 25 },
      { month: "2025-03", scope: "Channel", name: "Internet", target: 40 },
    ],
    holidays: [dateToSerial(2024, 12, 25), dateToSerial(2025, 1, 1)],
  });
});

it("finds a sheet named Pacecar Targets without a table", async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Pacecar Targets");
  sheet.addRow(["Month", "Scope", "Name", "Target"]);
  sheet.addRow(["2025-03", "Store", "", 130]);
  const path = join(dir, "plain.xlsx");
  await wb.xlsx.writeFile(path);
  expect(await readWorkbookExtras(path)).toEqual({
    targets: [{ month: "2025-03", scope: "Store", name: "", target: 130 }],
    holidays: [],
  });
});

it("a workbook without them, and a CSV, have none", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Deals").addRow(["Sold Date"]);
  const path = join(dir, "bare.xlsx");
  await wb.xlsx.writeFile(path);
  expect(await readWorkbookExtras(path)).toEqual({ targets: [], holidays: [] });
  expect(await readWorkbookExtras(writeFile(dir, "deals.csv", "Sold Date\n3/7/2025\n"))).toEqual({
    targets: [],
    holidays: [],
  });
});
