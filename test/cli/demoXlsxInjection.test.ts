/*
 * The CLI's demo workbook (exceljs) never turns text into a formula: names, channels, table cells
 * and headers that would start a formula if typed are stored as text cells (no <f> element), and
 * read back as that very text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeDemoXlsx } from "../../src/cli/demoXlsx";
import { dateToSerial } from "../../src/core/calendar";
import { demoWorkbook, type DemoWorkbook } from "../../src/demo/demoWorkbook";

const PAYLOADS = [
  '=HYPERLINK("http://example.invalid","PWN0")',
  "+PWN1()",
  "-PWN2()",
  "@PWN3(A1)",
  "\t=PWN4()",
  "\r=PWN5()",
  " =PWN6()",
  "\uFF1DPWN7()",
  "=cmd|' /C calc'!A0 PWN8",
];
const asOf = dateToSerial(2025, 3, 10);
const base = demoWorkbook(asOf);
const pick = (i: number): string => PAYLOADS[i % PAYLOADS.length] ?? "";

/** The demo, cut short (the writer's work per row is the same), with every kind of text it writes replaced by payloads. */
const demo: DemoWorkbook = {
  ...base,
  storeName: pick(0),
  // Column 2 is the salesperson, 3 the lead source in the DMS-style rows.
  dealRows: base.dealRows
    .slice(0, 40)
    .map((r, i) => (i > 0 && i <= PAYLOADS.length ? r.map((v, j) => (j === 2 || j === 3 ? pick(i - 1) : v)) : r)),
  targetRows: base.targetRows.map((r, i) =>
    i < PAYLOADS.length ? { ...r, salesperson: pick(i), channel: pick(i + 1) } : r
  ),
  channels: base.channels.map((c, i) => ({ ...c, name: pick(i) })),
  tables: [
    ...base.tables.map((t) => ({ ...t, rows: t.rows.slice(0, 12) })),
    { name: "Injected", sheetName: "Injected", rows: [["Name", "Note"], ...PAYLOADS.map((p, i) => [p, pick(i + 3)])] },
  ],
};

const path = join(mkdtempSync(join(tmpdir(), "pacecar-inject-")), "demo.xlsx");
let zip: JSZip;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  await writeDemoXlsx(demo, asOf, path);
  zip = await JSZip.loadAsync(readFileSync(path));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
}, 60_000);

it("writes no formula that holds any of the text (only the Summary's own GSM formulas)", async () => {
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheets.length).toBeGreaterThan(3);
  let formulas = 0;
  for (const f of sheets) {
    const xml = (await zip.file(f)?.async("string")) ?? "";
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) {
      formulas++;
      expect(m[1]).not.toContain("PWN");
    }
  }
  // The Summary does hold formulas: the check above looked at real ones.
  expect(formulas).toBeGreaterThan(0);
});

it.each(PAYLOADS.map((p, i) => [i, p]))("payload %i reads back as text, exactly", (_, payload) => {
  const found: ExcelJS.Cell[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow((r) =>
      r.eachCell((cell) => {
        // XML keeps a carriage return as a line feed: the text changes that much, and stays text.
        if (typeof cell.value === "string" && cell.value.replace(/\r/g, "\n") === payload.replace(/\r/g, "\n"))
          found.push(cell);
        if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).not.toContain("PWN");
      })
    )
  );
  expect(found.length).toBeGreaterThan(0);
  for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
});
