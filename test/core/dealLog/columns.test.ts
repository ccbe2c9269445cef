import {
  DEAL_LOG_HEADERS,
  detectColumns,
  findHeaderRow,
  headerKey,
  type ColumnOverrides,
  type DealLogColumns,
} from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";

const none: DealLogColumns = {
  soldDate: null,
  salesperson: null,
  channel: null,
  newUsed: null,
  stockNumber: null,
  frontGross: null,
  backGross: null,
};

it.each([
  ["F&I Gross", "figross"],
  ["FI Gross", "figross"],
  ["Stock #", "stock"],
  [" SOLD-DATE: ", "solddate"],
  ["New / Used", "newused"],
])("reduces header %j to %j", (text, key) => {
  expect(headerKey(text)).toBe(key);
});

// Expected columns read off each header row by hand (0-based).
it.each<[string, unknown[], Partial<DealLogColumns>]>([
  [
    "Pacecar's own headers",
    [...DEAL_LOG_HEADERS],
    { stockNumber: 0, soldDate: 1, salesperson: 2, channel: 3, newUsed: 4, frontGross: 5, backGross: 6 },
  ],
  [
    "shouting, punctuation and extra spaces",
    ["SOLD-DATE", "SALES_PERSON", "lead source:", "New / Used", "STOCK NO.", "Front  Gross", "F & I Gross"],
    { soldDate: 0, salesperson: 1, channel: 2, newUsed: 3, stockNumber: 4, frontGross: 5, backGross: 6 },
  ],
  [
    "another DMS's words",
    ["Contract Date", "Salesman", "Source", "N/U", "Stk#", "Front End Gross", "Finance Gross"],
    { soldDate: 0, salesperson: 1, channel: 2, newUsed: 3, stockNumber: 4, frontGross: 5, backGross: 6 },
  ],
  [
    "short forms",
    ["Sold", "Sales Rep", "Channel", "NU", "Stock", "Front", "Back"],
    { soldDate: 0, salesperson: 1, channel: 2, newUsed: 3, stockNumber: 4, frontGross: 5, backGross: 6 },
  ],
  ["only a date", ["Customer", "Date Sold", "VIN"], { soldDate: 1 }],
  [
    "a split deal: the first salesperson",
    ["Sale Date", "Salesperson 1", "Salesperson 2"],
    { soldDate: 0, salesperson: 1 },
  ],
  // "Deal Date" is listed before "Date Sold", so it wins wherever it stands.
  ["two date columns: the more specific alias", ["Date Sold", "Deal Date"], { soldDate: 1 }],
  ["Type and Vehicle Type: the more specific", ["Sold Date", "Type", "Vehicle Type"], { soldDate: 0, newUsed: 2 }],
  ["numbers and blanks in the header", [null, 2025, "", "Sold Date", true], { soldDate: 3 }],
])("finds the columns in %s", (_, header, expected) => {
  expect(detectColumns(header)).toEqual({ ...none, ...expected });
});

it.each<[string, unknown[]]>([
  ["no date column", ["Stock #", "Salesperson", "Front Gross"]],
  ["a date column Pacecar doesn't know", ["Delivery Date", "Salesperson"]],
  ["an empty row", []],
])("says there is no deal log header with %s", (_, header) => {
  expect(detectColumns(header)).toMatchObject({ kind: "value", key: "noDealLogHeader" });
});

const titleBlock: unknown[][] = [["ABC Motors"], ["Deal Log", "March 2025"], []];

// Header row indexes counted by hand, 0-based.
it.each<[string, unknown[][], number]>([
  ["on the first row", [[...DEAL_LOG_HEADERS], ["A1", 45723]], 0],
  [
    "on row 4 under a title block",
    [...titleBlock, ["Contract Date", "Sales Rep", "Front Gross"], ["3/7/2025", "Ana", 100]],
    3,
  ],
  ["under a title that says Sold", [["Sold"], ["Sold Date", "Salesperson"]], 1],
  ["with only a date column it knows", [["ABC Motors"], ["Customer", "Sold"], ["Ana", 45723]], 1],
  ["only a date column, nothing better below", [["Sold"], ["ABC"], ["A1"]], 0],
  ["on row 30, the last searched", [...Array.from({ length: 29 }, () => ["title"]), [...DEAL_LOG_HEADERS]], 29],
])("finds the header row %s", (_, rows, headerRow) => {
  const found = findHeaderRow(rows);
  expect(isSheetError(found) ? found : found.headerRow).toBe(headerRow);
});

it("doesn't look past row 30", () => {
  const rows = [...Array.from({ length: 30 }, () => ["title"]), [...DEAL_LOG_HEADERS]];
  expect(findHeaderRow(rows)).toMatchObject({ key: "noDealLogHeader" });
});

describe("overrides", () => {
  const header = ["Stock #", "Sold Date", "Delivery Date", "Type", "Salesperson", "Gross"];

  it.each<[string, ColumnOverrides, Partial<DealLogColumns>]>([
    ["no overrides", {}, { stockNumber: 0, soldDate: 1, newUsed: 3, salesperson: 4 }],
    [
      "the date by another header",
      { soldDate: "delivery date" },
      { stockNumber: 0, soldDate: 2, newUsed: 3, salesperson: 4 },
    ],
    // "Type" here holds Walk-in/Internet: claimed by channel, it is no longer read as New/Used.
    ["Type as the channel", { channel: "Type" }, { stockNumber: 0, soldDate: 1, channel: 3, salesperson: 4 }],
    [
      "the front gross by index",
      { frontGross: 5 },
      { stockNumber: 0, soldDate: 1, newUsed: 3, salesperson: 4, frontGross: 5 },
    ],
    ["an index that takes an aliased column", { salesperson: 0 }, { soldDate: 1, newUsed: 3, salesperson: 0 }],
    ["an empty text is no override", { channel: "" }, { stockNumber: 0, soldDate: 1, newUsed: 3, salesperson: 4 }],
  ])("%s", (_, overrides, expected) => {
    expect(detectColumns(header, overrides)).toEqual({ ...none, ...expected });
  });

  it("says which overridden header is missing", () => {
    expect(detectColumns(header, { backGross: "F&I Reserve" })).toMatchObject({
      kind: "value",
      key: "dealLogColumnNotFound",
      message: 'no column "F&I Reserve" in the deal log header',
    });
  });

  it("finds the header row by an overridden date header", () => {
    const rows = [["ABC"], ["Stock #", "Fecha de venta", "Vendedor"], ["A1", 45723, "Ana"]];
    expect(findHeaderRow(rows, { soldDate: "Fecha de venta" })).toEqual({
      headerRow: 1,
      columns: { ...none, stockNumber: 0, soldDate: 1 },
    });
  });

  it("finds the header row by the other roles when the date is given by index", () => {
    const rows = [["ABC"], ["Stock #", "Fecha", "Salesperson"], ["A1", 45723, "Ana"]];
    expect(findHeaderRow(rows, { soldDate: 1 })).toEqual({
      headerRow: 1,
      columns: { ...none, stockNumber: 0, soldDate: 1, salesperson: 2 },
    });
  });

  it("reads a log with no header row when every column is given by index", () => {
    const rows = [["A1", 45723, "Ana"]];
    expect(findHeaderRow(rows, { stockNumber: 0, soldDate: 1, salesperson: 2 })).toEqual({
      headerRow: -1,
      columns: { ...none, stockNumber: 0, soldDate: 1, salesperson: 2 },
    });
  });

  it("can't find a text override in a log with no header row", () => {
    expect(findHeaderRow([["A1", 45723]], { soldDate: 1, salesperson: "Vendedor" })).toMatchObject({
      key: "dealLogColumnNotFound",
    });
  });

  it.each([-1, 1.5, Number.NaN])("throws on index %p: a programming error, not a user's cell", (index) => {
    expect(() => detectColumns(header, { soldDate: index })).toThrow(RangeError);
  });
});
