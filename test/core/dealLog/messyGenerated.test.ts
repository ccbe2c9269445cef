import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readDealLogFile } from "../../../src/cli/readDealLogFile";
import { parseCsv, readDealLog, type Deal, type DealLogRead } from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";

// The two variants too big or too binary to commit: built here, in a temporary folder.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "messy-export-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ok(log: unknown): DealLogRead {
  if (isSheetError(log)) throw new Error(log.message);
  return log as DealLogRead;
}

const HEADER = ["Stock #", "Sold Date", "Salesperson", "Lead Source", "New/Used", "Front Gross", "Back Gross"];
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A cell of the workbook, in the form it is written to the .xlsx and the form Range.values hands it over. */
type Cell =
  | string
  | number
  | null
  | { date: number }
  | { error: string }
  | { formula: string; result: number | { error: string } }
  | { rich: string[] };

function toXlsx(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return new Date(EPOCH + cell.date * DAY_MS);
  if ("rich" in cell) return { richText: cell.rich.map((text) => ({ text })) };
  if ("formula" in cell) return { formula: cell.formula, result: cell.result } as ExcelJS.CellValue;
  return { error: cell.error } as ExcelJS.CellValue;
}

/** As Range.values gives it: a date as its serial, an error as its text, a formula as its value, rich text as text. */
function toValues(cell: Cell): unknown {
  if (cell === null || typeof cell !== "object") return cell ?? "";
  if ("date" in cell) return cell.date;
  if ("rich" in cell) return cell.rich.join("");
  if ("formula" in cell) return typeof cell.result === "number" ? cell.result : cell.result.error;
  return cell.error;
}

// 3/3/2025 = 45719, 3/10/2025 = 45726, 3/12/2025 = 45728, 3/14/2025 = 45730 (DATE(2025,3,1) = 45717).
const SHEET: Cell[][] = [
  ["ABC Motors — Deal Log, March 2025"],
  HEADER,
  ["X1", { date: 45719 }, { rich: ["  JOHN ", "smith "] }, "Internet", "N", 1250.5, { formula: "F3*0.5", result: 625 }],
  ["X2", 45726, "John Smith", "internet", "Used", "1,200", "(300)"],
  ["X3", "3/12/2025 2:30 PM", "John Smith", "Walk-in", "New", { error: "#N/A" }, 400],
  [],
  HEADER,
  [
    "X4",
    { date: 45730 + 0.7 },
    "Ana Ruiz",
    { error: "#N/A" },
    "CPO",
    900,
    { formula: "1/0", result: { error: "#DIV/0!" } },
  ],
  [null, { date: 45730 }, "Subtotal: Internet", null, null, { formula: "SUBTOTAL(9,F3:F8)", result: 2350.5 }, null],
  ["X5", { error: "#N/A" }, "Ben Cole", "Phone", "New", 100, 0],
  ["Grand Total", null, null, null, null, 3250.5, 625],
];

// Worked by hand: X1 "  JOHN smith " joins "John Smith" (2 to 1); "internet" joins "Internet" (1 to 1: the first spelling);
// "1,200" and "(300)" are text numbers; X3's #N/A and X4's #N/A channel and #DIV/0! back gross are error values.
const XLSX_DEALS: Deal[] = [
  {
    soldDate: 45719,
    stockNumber: "X1",
    salesperson: "John Smith",
    channel: "Internet",
    newUsed: "New",
    frontGross: 1250.5,
    backGross: 625,
  },
  {
    soldDate: 45726,
    stockNumber: "X2",
    salesperson: "John Smith",
    channel: "Internet",
    newUsed: "Used",
    frontGross: 1200,
    backGross: -300,
  },
  {
    soldDate: 45728,
    stockNumber: "X3",
    salesperson: "John Smith",
    channel: "Walk-in",
    newUsed: "New",
    frontGross: 0,
    backGross: 400,
  },
  {
    soldDate: 45730,
    stockNumber: "X4",
    salesperson: "Ana Ruiz",
    channel: "",
    newUsed: "Used",
    frontGross: 900,
    backGross: 0,
  },
];

describe("an .xlsx export (merged title, Date cells, a raw serial, text dates, error cells, a dated formula subtotal)", () => {
  const check = (log: DealLogRead): void => {
    expect(log.headerRow).toBe(1);
    expect(log.deals).toEqual(XLSX_DEALS);
    expect(log.skipped).toEqual({ blank: 1, repeatedHeader: 1, totals: 2, badDate: 1 });
    expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 3 });
    expect(log.respelled).toBe(2);
  };

  it("reads through the file reader", async () => {
    const path = join(dir, "messy.xlsx");
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Deals");
    for (const row of SHEET) sheet.addRow(row.map(toXlsx));
    sheet.mergeCells("A1:G1");
    sheet.getColumn(2).numFmt = "m/d/yyyy h:mm";
    await wb.xlsx.writeFile(path);
    check(ok(await readDealLogFile(path)));
  });

  it("reads the same from the values a range hands over", () => {
    check(ok(readDealLog(SHEET.map((row) => row.map(toValues)))));
  });
});

// 100,000 rows under the header, in blocks of 100: 95 deals, a blank row, the header again, a
// subtotal, a #N/A date and a deal with an accounting negative. Dates rotate through US text, ISO
// text, a serial and a US date-time; every 50th row writes its salesperson in capitals with spaces.
const NAMES = ["Ana Ruiz", "Ben Cole", "Cy Diaz", "Dee Fox", "Eli Park", "Fay Wu", "Gus Lund"];
const ROWS = 100_000;

function bigLog(): {
  text: string;
  deals: number;
  front: number;
  back: number;
  respelled: number;
  bySalesperson: Map<string, number>;
  first: Deal;
  last: Deal;
} {
  const lines = [HEADER.join(",")];
  let deals = 0;
  let front = 0;
  let back = 0;
  let respelled = 0;
  const bySalesperson = new Map<string, number>();
  const dealsOut: Deal[] = [];
  for (let i = 0; i < ROWS; i++) {
    const k = i % 100;
    const day = 1 + (i % 28);
    const serial = 45716 + day; // 3/day/2025
    const name = NAMES[i % NAMES.length] ?? "";
    if (k === 95) lines.push(",,,,,,");
    else if (k === 96) lines.push(HEADER.join(","));
    else if (k === 97) lines.push('Subtotal: page,,,,,"$95,000.00",$40,000.00');
    else if (k === 98) lines.push(`Z${String(i)},#N/A,${name},Internet,New,100,100`);
    else {
      const forms = [
        `3/${String(day)}/2025`,
        `2025-03-${String(day).padStart(2, "0")}`,
        String(serial),
        `3/${String(day)}/2025 4:15 PM`,
      ];
      const date = forms[Math.floor(i / 100) % forms.length] ?? "";
      const f = 100 + (i % 37) * 25;
      const b = k === 99 ? -(i % 11) * 10 : (i % 13) * 50;
      const frontText = i % 2 === 0 ? `"$${f.toLocaleString("en-US")}.00"` : String(f);
      const backText = b < 0 ? `(${String(-b)})` : String(b);
      const written = i % 50 === 3 ? `  ${name.toUpperCase()} ` : name;
      if (written !== name) respelled++;
      lines.push(
        `Z${String(i)},${date},${written},${i % 3 === 0 ? "Internet" : "Walk-in"},${i % 2 === 0 ? "New" : "Used"},${frontText},${backText}`
      );
      deals++;
      front += f;
      back += b;
      bySalesperson.set(name, (bySalesperson.get(name) ?? 0) + 1);
      dealsOut.push({
        soldDate: serial,
        stockNumber: `Z${String(i)}`,
        salesperson: name,
        channel: i % 3 === 0 ? "Internet" : "Walk-in",
        newUsed: i % 2 === 0 ? "New" : "Used",
        frontGross: f,
        backGross: b,
      });
    }
  }
  const first = dealsOut[0];
  const last = dealsOut[dealsOut.length - 1];
  if (first === undefined || last === undefined) throw new Error("no deals generated");
  return { text: `${lines.join("\r\n")}\r\n`, deals, front, back, respelled, bySalesperson, first, last };
}

describe("a 100,000-row export", () => {
  const big = bigLog();
  const check = (log: DealLogRead): void => {
    // 96 deals a block of 100 (95 + the accounting negative), 1,000 blocks.
    expect(big.deals).toBe(96_000);
    expect(log.deals).toHaveLength(big.deals);
    expect(log.rowsRead).toBe(ROWS);
    expect(log.skipped).toEqual({ blank: 1000, repeatedHeader: 1000, totals: 1000, badDate: 1000 });
    expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 0 });
    expect(log.deals[0]).toEqual(big.first);
    expect(log.deals[log.deals.length - 1]).toEqual(big.last);
    expect(log.deals.reduce((s, d) => s + d.frontGross, 0)).toBe(big.front);
    expect(log.deals.reduce((s, d) => s + d.backGross, 0)).toBe(big.back);
    const counts = new Map<string, number>();
    for (const d of log.deals) counts.set(d.salesperson, (counts.get(d.salesperson) ?? 0) + 1);
    // Capitals and spaces grouped under the usual spelling: seven names, no more.
    expect(counts).toEqual(big.bySalesperson);
    expect(log.respelled).toBe(big.respelled);
  };

  it("reads through the file reader", async () => {
    const path = join(dir, "big.csv");
    writeFileSync(path, big.text, "utf8");
    check(ok(await readDealLogFile(path)));
  }, 60_000);

  it("reads the same from the cells as text", () => {
    check(ok(readDealLog(parseCsv(big.text))));
  }, 60_000);
});
