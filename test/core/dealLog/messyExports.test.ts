import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, readDealLogFile, type DealLogFileRead } from "../../../src/cli/readDealLogFile";
import {
  readCsv,
  readDealLog,
  type BadCellReason,
  type Deal,
  type DealLogRead,
  type SkipReason,
  type TextFormat,
} from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";
import { asExcelOpensIt } from "./excelValues";

const DIR = join(__dirname, "..", "..", "fixtures", "messy");
const US: TextFormat = { dateOrder: "mdy", decimalMark: "." };

interface Fixture {
  readonly file: string;
  readonly deals: number;
  readonly skipped: Partial<Record<SkipReason, number>>;
  readonly cells?: Partial<Record<BadCellReason, number>>;
  readonly textFormat?: TextFormat;
  readonly respelled?: number;
  /** Deals worked out by hand from the file (see the README beside it). */
  readonly some: readonly Deal[];
  /** Whether Excel with US settings would open the file into typed cells (numbers, dates, error values). */
  readonly usExcel: boolean;
}

function deal(
  stockNumber: string,
  soldDate: number,
  salesperson: string,
  channel: string,
  newUsed: Deal["newUsed"],
  frontGross: number,
  backGross: number
): Deal {
  return { soldDate, stockNumber, salesperson, channel, newUsed, frontGross, backGross };
}

// Serials from DATE(2025,3,1) = 45717: 3/d/2025 = 45716 + d. Each deal read off its line by hand.
const FIXTURES: Fixture[] = [
  {
    file: "01-us-dates.csv",
    deals: 5,
    skipped: { badDate: 2 }, // 2/29/2025 (no leap year), 13/3/2025 (3/31/2025 proves month first)
    some: [
      deal("A103", 45726, "Ana Ruiz", "Phone", "New", 2000, 0),
      deal("A104", 45728, "Cy Diaz", "Internet", "Used", -150, 300),
      deal("A105", 45747, "Ben Cole", "Walk-in", "New", 1800, 1100),
    ],
    usExcel: true,
  },
  {
    file: "02-iso-dates.csv",
    deals: 7,
    skipped: { badDate: 1 }, // 2025-02-30
    some: [
      deal("B202", 45718, "Ben Cole", "Walk-in", "Used", 800, 250),
      deal("B204", 45731, "Cy Diaz", "Phone", "Used", 600, 0),
      deal("B206", 45737, "Cy Diaz", "Walk-in", "Used", 400, 150),
      deal("B208", 45738, "Ben Cole", "Phone", "New", 700, 300),
    ],
    usExcel: true,
  },
  {
    file: "03-excel-serials.csv",
    deals: 4,
    skipped: { badDate: 2 }, // 0 and 2958466 are no dates
    some: [
      deal("C302", 45726, "Ben Cole", "Walk-in", "Used", 900, 300),
      deal("C303", 45747, "Cy Diaz", "Phone", "New", 700, 200),
    ],
    usExcel: true,
  },
  {
    file: "04-datetimes.csv",
    deals: 7,
    skipped: { badDate: 1 }, // "10:30 AM": a time with no day
    some: [
      deal("D401", 45726, "Ana Ruiz", "Internet", "New", 1000, 500),
      deal("D404", 45727, "Ana Ruiz", "Phone", "Used", 700, 200),
      deal("D405", 45729, "Ben Cole", "Internet", "New", 1100, 600),
      deal("D406", 45730, "Cy Diaz", "Walk-in", "New", 1200, 700),
    ],
    usExcel: true,
  },
  {
    file: "05-money.csv",
    deals: 7,
    skipped: {},
    cells: { badNumber: 2 }, // "TBD", "$"
    some: [
      deal("E502", 45719, "Ben Cole", "Walk-in", "Used", -1234, -50),
      deal("E503", 45720, "Cy Diaz", "Phone", "New", -2000.5, 1250),
      deal("E504", 45720, "Ana Ruiz", "Internet", "Used", -1234, 0),
      deal("E507", 45722, "Ana Ruiz", "Phone", "Used", 1500.25, -75),
    ],
    usExcel: true,
  },
  {
    file: "06-totals.csv",
    deals: 4,
    skipped: { totals: 9 },
    some: [
      deal("F603", 45720, "Cy Diaz", "Walk-in", "New", 1200, 0),
      deal("F604", 45721, "Ana Ruiz", "Phone", "Used", 700, 200),
    ],
    usExcel: true,
  },
  {
    file: "07-blanks-headers.csv",
    deals: 4,
    skipped: { blank: 4, repeatedHeader: 2, badDate: 2 }, // badDate: the "Page 1 of 2" footer and the store's name
    some: [
      deal("G702", 45718, "Ben Cole", "Walk-in", "Used", 800, 300),
      deal("G703", 45719, "Cy Diaz", "Phone", "New", 900, 400),
    ],
    usExcel: true,
  },
  {
    file: "08-names.csv",
    deals: 7,
    skipped: {},
    respelled: 6, // salespeople: H802, H803, H806; channels: H802, H803, H806
    some: [
      deal("H802", 45719, "John Smith", "Internet", "Used", 800, 300),
      deal("H806", 45721, "Ana Ruiz", "Walk-in", "New", 600, 100),
      deal("H807", 45722, "John Smith", "Internet", "Used", 500, 0),
    ],
    usExcel: true,
  },
  {
    file: "09-na-errors.csv",
    deals: 4,
    skipped: { badDate: 2 }, // #N/A as the date; a row of #N/A
    cells: { errorValue: 7, badNumber: 1 }, // I901: 2, I903: 3, I904: 2 error values; "N/A" is text
    some: [
      deal("I901", 45719, "Ana Ruiz", "", "New", 1000, 0),
      deal("I903", 45720, "", "Walk-in", "", 0, 200),
      deal("I904", 45721, "Cy Diaz", "Phone", "Used", 0, 0),
    ],
    usExcel: true,
  },
  {
    file: "10-eu-semicolon-bom.csv",
    deals: 4,
    skipped: { blank: 1, totals: 1 },
    textFormat: { dateOrder: "dmy", decimalMark: "," },
    some: [
      deal("J1001", 45717, "Anna Müller", "Internet", "New", 1250.5, 800),
      deal("J1002", 45726, "Jörg Weiß", "Walk-in", "Used", -300, 1100),
      deal("J1003", 45731, "Anna Müller", "Internet", "New", 950, 0.5),
      deal("J1004", 45747, "Zoë Brandt", "Phone", "Used", -1234, 1000),
    ],
    usExcel: false,
  },
  {
    file: "11-fr-semicolon-cp1252.csv",
    deals: 3,
    skipped: {},
    textFormat: { dateOrder: "dmy", decimalMark: "," },
    some: [
      deal("K1101", 45719, "Amélie Lefèvre", "Internet", "New", 1250.5, 800),
      deal("K1102", 45726, "François Noël", "Walk-in", "Used", -300, 0),
      deal("K1103", 45741, "Amélie Lefèvre", "Phone", "New", 2000, 1100),
    ],
    usExcel: false,
  },
  {
    file: "12-quoted-multiline.csv",
    deals: 3,
    skipped: {},
    some: [
      deal("L1201", 45719, "Ruiz, Ana", "Internet", "New", 1250, 800),
      deal("L1202", 45720, "Ben Cole", "Walk-in, Referral", "Used", 950, 0),
      deal("L1203", 45721, "Cole, Ben", "Internet", "New", -1000, 500),
    ],
    usExcel: true,
  },
  {
    file: "13-unicode-text.txt",
    deals: 2,
    skipped: { totals: 1 },
    some: [
      deal("M1301", 45719, "José Peña", "Internet", "New", 1250, 800),
      deal("M1302", 45730, "Ben Cole", "Walk-in", "Used", -300, 0),
    ],
    usExcel: true,
  },
];

const NO_ROWS: Record<SkipReason, number> = { blank: 0, repeatedHeader: 0, totals: 0, badDate: 0 };
const NO_CELLS: Record<BadCellReason, number> = { badNumber: 0, errorValue: 0 };

/** The checks every path must pass for a fixture. */
function expectFixture(log: DealLogRead, f: Fixture): void {
  expect(log.deals).toHaveLength(f.deals);
  for (const d of f.some) expect(log.deals.find((x) => x.stockNumber === d.stockNumber)).toEqual(d);
  expect(log.skipped).toEqual({ ...NO_ROWS, ...f.skipped });
  expect(log.skippedCells).toEqual({ ...NO_CELLS, ...f.cells });
  expect(log.respelled).toBe(f.respelled ?? 0);
  // Every row under the header is a deal or a skipped row.
  expect(log.deals.length + Object.values(log.skipped).reduce((a, b) => a + b, 0)).toBe(log.rowsRead);
}

function ok(log: DealLogRead | ReturnType<typeof readDealLog>): DealLogRead {
  if (isSheetError(log)) throw new Error(log.message);
  return log;
}

/** The file's cells as text, as pasting it into a sheet as text hands them over (the file reader's decoding and splitting). */
function textRows(file: string): string[][] {
  return readCsv(decodeText(readFileSync(join(DIR, file)))).rows;
}

describe.each(FIXTURES)("$file", (f) => {
  let fromFile: DealLogFileRead;
  beforeAll(async () => {
    const log = await readDealLogFile(join(DIR, f.file));
    if (isSheetError(log)) throw new Error(log.message);
    fromFile = log;
  });

  it("reads through the file reader: the deals, and skipped rows and cells by reason", () => {
    expectFixture(fromFile, f);
    expect(fromFile.textFormat).toEqual(f.textFormat ?? US);
  });

  it("reads the same from the cells as text (no hint from the file's delimiter)", () => {
    const log = ok(readDealLog(textRows(f.file)));
    expectFixture(log, f);
    expect(log.textFormat).toEqual(f.textFormat ?? US);
  });

  if (f.usExcel) {
    it("reads the same from the typed values Excel hands over once it opens the file (serials, numbers, error values)", () => {
      const typed = textRows(f.file).map((row) => row.map(asExcelOpensIt));
      const log = ok(readDealLog(typed));
      expectFixture(log, f);
      expect(log.deals).toEqual(fromFile.deals);
      expect(log.skippedRows).toEqual(fromFile.skippedRows);
    });
  }
});

it("proves the typed path is typed: the US fixtures' dates and gross reach the reader as numbers", () => {
  const rows = textRows("05-money.csv").map((row) => row.map(asExcelOpensIt));
  // E502: "(1,234)" and "($50.00)"; 3/3/2025 = 45719.
  expect(rows[2]).toEqual(["E502", 45719, "Ben Cole", "Walk-in", "Used", -1234, -50]);
  const errors = textRows("09-na-errors.csv").map((row) => row.map(asExcelOpensIt));
  expect(errors[1]?.[3]).toMatchObject({ type: "Error", errorType: "NotAvailable" });
});

it("counts a #N/A as an error value whatever form Excel hands it in", () => {
  const header = ["Stock #", "Sold Date", "Salesperson", "Lead Source", "New/Used", "Front Gross", "Back Gross"];
  const forms: unknown[] = [
    "#N/A",
    { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
    { code: "#N/A", message: "" },
    { error: "#N/A" },
  ];
  for (const na of forms) {
    const log = ok(readDealLog([header, ["A1", 45719, na, na, na, na, na], ["A2", na, "Ana", "", "", 1, 1]]));
    // One deal (A1) with its five #N/A cells read as "" or 0; A2 has no date.
    expect(log.deals).toEqual([deal("A1", 45719, "", "", "", 0, 0)]);
    expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 5 });
    expect(log.skipped).toEqual({ ...NO_ROWS, badDate: 1 });
  }
});

it("takes a semicolon file's likely format only where its cells can't tell", () => {
  // 03/03/2025 and "1,250" could be either way: the semicolon makes them 3 March and 1.25.
  const log = ok(
    readDealLog(readCsv("Sold Date;Front Gross\n03/04/2025;1,250\n").rows, {
      likelyTextFormat: { dateOrder: "dmy", decimalMark: "," },
    })
  );
  // DATE(2025,4,3) = 45750.
  expect(log.deals[0]).toMatchObject({ soldDate: 45750, frontGross: 1.25 });
  // The same cells, and a line proving US: 3/13/2025 and "1,250.00".
  const us = ok(
    readDealLog(readCsv("Sold Date;Front Gross\n03/04/2025;1,250\n3/13/2025;1,250.00\n").rows, {
      likelyTextFormat: { dateOrder: "dmy", decimalMark: "," },
    })
  );
  // DATE(2025,3,4) = 45720.
  expect(us.deals.map((d) => [d.soldDate, d.frontGross])).toEqual([
    [45720, 1250],
    [45729, 1250],
  ]);
  expect(us.textFormat).toEqual(US);
});
