import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { decodeText, plainCellValue, readDealLogFile, type DealLogFileRead } from "../../src/cli/readDealLogFile";
import { isSheetError } from "../../src/core/errors";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "deal-log-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function read(path: string, options?: Parameters<typeof readDealLogFile>[1]): Promise<DealLogFileRead> {
  const log = await readDealLogFile(path, options);
  if (isSheetError(log)) throw new Error(log.message);
  return log;
}

it.each<[string, unknown, unknown]>([
  ["a number", 12, 12],
  ["text", "Ana", "Ana"],
  ["a boolean", false, false],
  ["a Date", new Date(Date.UTC(2025, 2, 7)), new Date(Date.UTC(2025, 2, 7))],
  ["rich text", { richText: [{ text: "Ana " }, { text: "Ruiz", font: { bold: true } }] }, "Ana Ruiz"],
  ["a formula's result", { formula: "F5+G5", result: 1200 }, 1200],
  [
    "a shared formula's date result",
    { sharedFormula: "B2", result: new Date(Date.UTC(2025, 2, 7)) },
    new Date(Date.UTC(2025, 2, 7)),
  ],
  ["a formula with no cached result", { formula: "NOW()" }, null],
  ["a formula's error", { formula: "VLOOKUP(A1,X,2)", result: { error: "#N/A" } }, "#N/A"],
  ["a hyperlink", { text: "A1001", hyperlink: "https://dms.example/A1001" }, "A1001"],
  ["a hyperlink with rich text", { text: { richText: [{ text: "A1" }, { text: "001" }] }, hyperlink: "x" }, "A1001"],
  ["an error", { error: "#DIV/0!" }, "#DIV/0!"],
  ["empty", null, null],
  ["something else", { foo: 1 }, null],
])("reads a workbook cell holding %s as a plain value", (_, cell, plain) => {
  expect(plainCellValue(cell)).toEqual(plain);
});

it("reads the messy CSV fixture the same as the core does", async () => {
  const log = await read(join(__dirname, "..", "fixtures", "messy-deal-log.csv"));
  expect(log.source).toBe("messy-deal-log.csv");
  // Counts worked by hand in readDealLog.test.ts.
  expect(log.deals).toHaveLength(5);
  expect(log.skipped).toEqual({ blank: 1, repeatedHeader: 1, totals: 1, badDate: 1 });
});

it("reads a semicolon CSV with a byte order mark", async () => {
  const path = join(dir, "export.csv");
  writeFileSync(path, "\uFEFFSold Date;Stock #;Front Gross\r\n2025-03-07;A1;1250\r\n", "utf8");
  const log = await read(path);
  // DATE(2025,3,7) = 45723.
  expect(log.deals).toEqual([
    { soldDate: 45723, stockNumber: "A1", salesperson: "", channel: "", newUsed: "", frontGross: 1250, backGross: 0 },
  ]);
});

it("round-trips a workbook: title block, a notes sheet first, Dates, rich text, formulas, links, errors", async () => {
  const path = join(dir, "deal-log.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["Exported from the DMS on 3/31/2025"]);
  const sheet = wb.addWorksheet("Deals March");
  sheet.addRow(["ABC Motors"]);
  sheet.addRow([]);
  sheet.addRow(["Stock #", "Sold Date", "Sales Person", "Lead Source", "New/Used", "Front Gross", "Back Gross"]);
  sheet.addRow([
    { text: "A1001", hyperlink: "https://dms.example/A1001" },
    new Date(Date.UTC(2025, 2, 7)),
    { richText: [{ text: "Ana " }, { text: "Ruiz", font: { bold: true } }] },
    "Internet",
    "N",
    1250.5,
    { formula: "F4*0", result: 800 },
  ]);
  sheet.addRow(["A1002", new Date(Date.UTC(2025, 2, 8, 16, 45)), "Ben Cole", { error: "#N/A" }, "Used", "(300)", null]);
  sheet.addRow([]);
  sheet.addRow(["Total", null, null, null, null, { formula: "SUM(F4:F5)", result: 950.5 }, 800]);
  sheet.getColumn(2).numFmt = "m/d/yyyy";
  await wb.xlsx.writeFile(path);

  const log = await read(path);
  expect(log.source).toBe("Deals March");
  expect(log.headerRow).toBe(2);
  // 3/7/2025 = 45723 and 3/8/2025 = 45724 (DATE in Excel); "(300)" is -300; the #N/A lead source reads "".
  expect(log.deals).toEqual([
    {
      soldDate: 45723,
      stockNumber: "A1001",
      salesperson: "Ana Ruiz",
      channel: "Internet",
      newUsed: "New",
      frontGross: 1250.5,
      backGross: 800,
    },
    {
      soldDate: 45724,
      stockNumber: "A1002",
      salesperson: "Ben Cole",
      channel: "",
      newUsed: "Used",
      frontGross: -300,
      backGross: 0,
    },
  ]);
  expect(log.rowsRead).toBe(4);
  expect(log.skipped).toEqual({ blank: 1, repeatedHeader: 0, totals: 1, badDate: 0 });
  expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 1 });
});

it("reads the worksheet asked for, and says when there is none by that name", async () => {
  const path = join(dir, "two-logs.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("New").addRows([["Sold Date"], [45723]]);
  wb.addWorksheet("Used").addRows([["Sold Date"], [45724], [45725]]);
  await wb.xlsx.writeFile(path);
  expect((await read(path)).source).toBe("New");
  expect((await read(path, { sheet: "Used" })).deals).toHaveLength(2);
  expect(await readDealLogFile(path, { sheet: "CPO" })).toMatchObject({
    key: "sheetNotFound",
    message: 'no worksheet named "CPO"',
  });
});

it("says when no worksheet holds a deal log", async () => {
  const path = join(dir, "budget.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Budget").addRows([
    ["Month", "Units"],
    ["2025-03", 130],
  ]);
  await wb.xlsx.writeFile(path);
  expect(await readDealLogFile(path)).toMatchObject({ kind: "value", key: "noDealLogHeader" });
});

it("passes column overrides through", async () => {
  const path = join(dir, "delivered.csv");
  writeFileSync(path, "Sold Date,Delivered\n2025-03-07,2025-03-09\n");
  // DATE(2025,3,9) = 45725.
  expect((await read(path, { columns: { soldDate: "Delivered" } })).deals[0]?.soldDate).toBe(45725);
});

it.each(["deal-log.pdf", "deal-log.xls", "deal-log"])("refuses %s: only .csv and .xlsx", async (name) => {
  expect(await readDealLogFile(join(dir, name))).toMatchObject({ kind: "value", key: "dealLogFileType" });
});

it("rejects when the file isn't there: an I/O failure, not a bad cell", async () => {
  await expect(readDealLogFile(join(dir, "missing.csv"))).rejects.toThrow();
});

// Bytes as each kind of export writes "José €5": the text read back is the same.
it.each<[string, number[]]>([
  ["UTF-8", [...Buffer.from("José €5", "utf8")]],
  [
    "UTF-8 with its byte order mark (kept for the CSV reader to drop)",
    [0xef, 0xbb, 0xbf, ...Buffer.from("José €5", "utf8")],
  ],
  ["UTF-16LE with its byte order mark (Excel's Unicode Text)", [0xff, 0xfe, ...Buffer.from("José €5", "utf16le")]],
  ["UTF-16BE with its byte order mark", [0xfe, 0xff, ...Buffer.from("José €5", "utf16le").swap16()]],
  ["Windows-1252 (é = E9, € = 80)", [0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80, 0x35]],
])("decodes %s", (kind, bytes) => {
  const text = decodeText(Uint8Array.from(bytes));
  expect(text.replace(/^\uFEFF/, "")).toBe("José €5");
  expect(text.startsWith("\uFEFF")).toBe(kind.startsWith("UTF-8 with"));
});
