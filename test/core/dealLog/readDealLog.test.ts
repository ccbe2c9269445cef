import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEAL_LOG_HEADERS, parseCsv, readDealLog, type DealLogRead } from "../../../src/core/dealLog";
import { isSheetError, type SheetError } from "../../../src/core/errors";

function read(rows: unknown[][], options?: Parameters<typeof readDealLog>[1]): DealLogRead {
  const log = readDealLog(rows, options);
  if (isSheetError(log)) throw new Error(log.message);
  return log;
}

const fixture = readFileSync(join(__dirname, "..", "..", "fixtures", "messy-deal-log.csv"), "utf8");

describe("the messy CSV fixture", () => {
  const log = read(parseCsv(fixture));

  it("finds the header under the title block, in the DMS's own words", () => {
    expect(log.headerRow).toBe(3);
    expect(log.columns).toEqual({
      stockNumber: 0,
      soldDate: 1,
      salesperson: 2,
      channel: 3,
      newUsed: 4,
      frontGross: 5,
      backGross: 6,
    });
  });

  // Worked from the file by hand: serials from DATE(2025,3,1) = 45717 (Excel); "(300)" is -300;
  // "TBD" and "#N/A" read as 0; a blank back gross is 0.
  it("reads the five deals", () => {
    expect(log.deals).toEqual([
      {
        soldDate: 45717,
        stockNumber: "A1001",
        salesperson: "Ana Ruiz",
        channel: "Walk-in",
        newUsed: "New",
        frontGross: 1250,
        backGross: 800,
      },
      {
        soldDate: 45717,
        stockNumber: "A1002",
        salesperson: "Ben Cole",
        channel: "Internet",
        newUsed: "Used",
        frontGross: -300,
        backGross: 1100.5,
      },
      {
        soldDate: 45719,
        stockNumber: "A1003",
        salesperson: "Ruiz, Ana",
        channel: "Phone",
        newUsed: "Used",
        frontGross: 950,
        backGross: 0,
      },
      {
        soldDate: 45720,
        stockNumber: "A1004",
        salesperson: "Cy Diaz",
        channel: "Internet",
        newUsed: "New",
        frontGross: 0,
        backGross: 600,
      },
      {
        soldDate: 45721,
        stockNumber: "A1005",
        salesperson: "Ben Cole",
        channel: "",
        newUsed: "Used",
        frontGross: 2000,
        backGross: 0,
      },
    ]);
  });

  // Nine rows under the header: 5 deals + a blank row, the page-break header, A1006 (no date but a
  // salesperson: a deal missing its date, not a total) and the Total row.
  it("counts every row it skipped, and why", () => {
    expect(log.rowsRead).toBe(9);
    expect(log.skipped).toEqual({ blank: 1, repeatedHeader: 1, totals: 1, badDate: 1 });
    expect(log.skippedRows).toEqual([
      { row: 7, reason: "blank" },
      { row: 9, reason: "repeatedHeader" },
      { row: 11, reason: "badDate" },
      { row: 12, reason: "totals" },
    ]);
  });

  it("counts the cells it read as 0 or blank", () => {
    expect(log.skippedCells).toEqual({ badNumber: 1, errorValue: 2 });
    expect(log.skippedCellList).toEqual([
      { row: 8, column: 5, reason: "badNumber" },
      { row: 10, column: 3, reason: "errorValue" },
      { row: 10, column: 6, reason: "errorValue" },
    ]);
  });
});

const H = [...DEAL_LOG_HEADERS]; // Stock #, Sold Date, Sales Person, Lead Source, New/Used, Front Gross, Back Gross

// Each row below the header is classified by hand.
it.each<[string, unknown[], keyof DealLogRead["skipped"] | "deal"]>([
  ["a deal with a serial date", ["A1", 45723, "Ana", "Internet", "N", 100, 50], "deal"],
  ["a deal sold by Sum Lee (a name, not a label)", ["A1", 45723, "Sum Lee", "Internet", "N", 100, 50], "deal"],
  ["a deal whose lead source merely contains 'total'", ["A1", 45723, "Ana", "TotalCar Leads", "N", 100, 50], "deal"],
  ["an empty row", [], "blank"],
  ["a row of empty strings and spaces", ["", "  ", null, undefined], "blank"],
  ["the header again", [...H], "repeatedHeader"],
  ["the header again in capitals", H.map((h) => h.toUpperCase()), "repeatedHeader"],
  ["Total in the first column", ["Total", "", "", "", "", 1000, 500], "totals"],
  ["GRAND TOTAL:", ["", "", "GRAND TOTAL:", "", "", 1000, 500], "totals"],
  ["Totals", ["Totals"], "totals"],
  ["Sub-total", ["Sub-total", "", "", "", "", 1000], "totals"],
  ["Sum of gross", ["", "", "", "", "Sum of gross", 1000], "totals"],
  ["numbers under the gross columns and nothing else", ["", "", "", "", "", "$12,000", "(300)"], "totals"],
  ["a day total carrying its date", ["", 45723, "Day total", "", "", 3000, 800], "totals"],
  ["Grand total with the month's last date", ["Grand total", "3/31/2025", "", "", "", 3700, 1000], "totals"],
  ["Subtotal: Internet", ["Subtotal: Internet", "", "", "", "", 1800, 800], "totals"],
  ["a label ending in Subtotal", ["Walk-in Subtotal", "", "", "", "", 1200, 0], "totals"],
  ["a salesperson's total under the salesperson column", ["", "", "Ana Ruiz Total", "", "", 1700, 700], "totals"],
  ["Average", ["Average", "", "", "", "", 925, 250], "totals"],
  ["Count: 4", ["Count: 4"], "totals"],
  ["gross without a date but with a salesperson", ["", "", "Ana", "", "", 1000, 500], "badDate"],
  ["gross without a date but with a stock number", ["A9", "", "", "", "", 1000], "badDate"],
  ["#N/A as the date", ["A1", "#N/A", "Ana", "", "", 100], "badDate"],
  ["text as the date", ["A1", "pending", "Ana", "", "", 100], "badDate"],
  ["a count of deals under the stock column", ["45 deals"], "badDate"],
])("classifies %s", (_, row, expected) => {
  const log = read([H, row]);
  expect(log.rowsRead).toBe(1);
  if (expected === "deal") expect(log.deals).toHaveLength(1);
  else {
    expect(log.deals).toHaveLength(0);
    expect(log.skippedRows).toEqual([{ row: 1, reason: expected }]);
  }
});

// newUsed and gross cells, each read by hand.
it.each<
  [
    string,
    unknown,
    unknown,
    unknown,
    Partial<{ newUsed: string; frontGross: number; backGross: number }>,
    { badNumber: number; errorValue: number },
  ]
>([
  [
    "N / New / blank gross",
    "N",
    "",
    null,
    { newUsed: "New", frontGross: 0, backGross: 0 },
    { badNumber: 0, errorValue: 0 },
  ],
  [
    "NEW / money text",
    "NEW",
    "$1,234.50",
    "(300)",
    { newUsed: "New", frontGross: 1234.5, backGross: -300 },
    { badNumber: 0, errorValue: 0 },
  ],
  [
    "U / numbers",
    "u",
    1500,
    -25.5,
    { newUsed: "Used", frontGross: 1500, backGross: -25.5 },
    { badNumber: 0, errorValue: 0 },
  ],
  [
    "Certified / text not a number",
    "Certified",
    "TBD",
    "n/a",
    { newUsed: "Used", frontGross: 0, backGross: 0 },
    { badNumber: 2, errorValue: 0 },
  ],
  [
    "CPO / error values",
    "CPO",
    "#VALUE!",
    "#N/A",
    { newUsed: "Used", frontGross: 0, backGross: 0 },
    { badNumber: 0, errorValue: 2 },
  ],
  [
    "a fleet code / a boolean gross",
    "F",
    true,
    10,
    { newUsed: "", frontGross: 0, backGross: 10 },
    { badNumber: 1, errorValue: 0 },
  ],
  ["an error as the type", "#N/A", 1, 2, { newUsed: "", frontGross: 1, backGross: 2 }, { badNumber: 0, errorValue: 1 }],
])("reads a deal's cells: %s", (_, newUsed, front, back, expected, cells) => {
  const log = read([H, ["A1", 45723, "Ana", "Internet", newUsed, front, back]]);
  expect(log.deals[0]).toMatchObject(expected);
  expect(log.skippedCells).toEqual(cells);
});

it("reads text columns as trimmed text, numbers as their digits", () => {
  const log = read([H, [12345, "3/7/2025", "  Ana Ruiz ", "Walk-in", "New", 1, 2]]);
  expect(log.deals[0]).toMatchObject({ stockNumber: "12345", salesperson: "Ana Ruiz", soldDate: 45723 });
});

it("reads a log without the optional columns: blank text, 0 gross", () => {
  const log = read([["Deal Date"], [45723], ["2025-03-08"]]);
  expect(log.deals).toEqual([
    { soldDate: 45723, stockNumber: "", salesperson: "", channel: "", newUsed: "", frontGross: 0, backGross: 0 },
    // DATE(2025,3,8) = 45724.
    { soldDate: 45724, stockNumber: "", salesperson: "", channel: "", newUsed: "", frontGross: 0, backGross: 0 },
  ]);
});

it("lists only the first 20 skipped rows, and counts them all", () => {
  const rows: unknown[][] = [H, ...Array.from({ length: 25 }, () => []), ["A1", 45723]];
  const log = read(rows);
  expect(log.skipped.blank).toBe(25);
  expect(log.skippedRows).toHaveLength(20);
  expect(log.skippedRows[19]).toEqual({ row: 20, reason: "blank" });
  expect(log.deals).toHaveLength(1);
});

it("reads by the caller's columns", () => {
  const rows = [
    ["Deal #", "Sold Date", "Delivered", "Type", "Gross"],
    ["D1", 45723, 45725, "Internet", "$900"],
  ];
  // Delivered 45725 = DATE(2025,3,9); "Type" here is the lead source.
  const log = read(rows, { columns: { soldDate: "Delivered", channel: "Type", stockNumber: 0, frontGross: "gross" } });
  expect(log.deals).toEqual([
    {
      soldDate: 45725,
      stockNumber: "D1",
      salesperson: "",
      channel: "Internet",
      newUsed: "",
      frontGross: 900,
      backGross: 0,
    },
  ]);
});

it("reads a headerless log by index, every row counted", () => {
  const log = read(
    [
      ["A1", "3/7/2025", 100],
      ["", "", ""],
      ["A2", "3/8/2025", 200],
    ],
    { columns: { stockNumber: 0, soldDate: 1, frontGross: 2 } }
  );
  expect(log.headerRow).toBe(-1);
  expect(log.rowsRead).toBe(3);
  expect(log.deals.map((d) => [d.stockNumber, d.soldDate, d.frontGross])).toEqual([
    ["A1", 45723, 100],
    ["A2", 45724, 200],
  ]);
  expect(log.skipped.blank).toBe(1);
});

it.each<[string, unknown[][], Parameters<typeof readDealLog>[1], Partial<SheetError>]>([
  [
    "no header",
    [
      ["Stock", "Salesperson"],
      ["A1", "Ana"],
    ],
    undefined,
    { kind: "value", key: "noDealLogHeader", message: "no deal log header found (need a sold/deal date column)" },
  ],
  ["no rows at all", [], undefined, { key: "noDealLogHeader" }],
  [
    "an override the header lacks",
    [[...H]],
    { columns: { backGross: "F&I Reserve" } },
    { key: "dealLogColumnNotFound" },
  ],
])("returns an error for %s", (_, rows, options, error) => {
  expect(readDealLog(rows, options)).toMatchObject(error);
});

it("reads a header with nothing under it as an empty log", () => {
  expect(read([H])).toMatchObject({
    deals: [],
    rowsRead: 0,
    skipped: { blank: 0, repeatedHeader: 0, totals: 0, badDate: 0 },
  });
});
