/* Aged units: days in stock, buckets and holding cost, worked by hand. */
import fc from "fast-check";
import { dateToSerial } from "../../../../src/core/calendar";
import {
  agedUnits,
  agingBucket,
  holdingCost,
  readInventory,
  readInventoryTable,
  type InventoryUnit,
} from "../../../../src/core/gap/inventory";
import { isSheetError } from "../../../../src/core/errors";

const asOf = dateToSerial(2025, 3, 10); // March 2025 ends on the 31st: 21 more days

describe("agingBucket", () => {
  it.each([
    [0, "0-30"],
    [30, "0-30"],
    [30.9, "0-30"],
    [31, "31-45"],
    [45, "31-45"],
    [46, "46-60"],
    [60, "46-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "90+"],
    [400, "90+"],
  ])("%s days in stock is bucket %s", (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });
});

const unit = (stock: string, stockIn: number | null, costPerDay = 30): InventoryUnit => ({
  stock,
  stockIn,
  costPerDay,
  details: [],
});

describe("agedUnits", () => {
  it.each([
    // stocked in, cost/day → days on 3/10, bucket, cost so far (days × cost), cost by 3/31 ((days + 21) × cost)
    [dateToSerial(2025, 1, 9), 30, 60, "46-60", 1800, 2430],
    [dateToSerial(2024, 12, 10), 35, 90, "61-90", 3150, 3885],
    [dateToSerial(2025, 1, 24), 30, 45, "31-45", 1350, 1980],
    [dateToSerial(2024, 11, 1), 0, 129, "90+", 0, 0],
  ])("a unit stocked in on serial %s at $%s a day", (stockIn, perDay, days, bucket, soFar, atEnd) => {
    const [aged] = agedUnits([unit("U1", stockIn, perDay)], asOf, 45).units;
    expect(aged).toMatchObject({ daysInStock: days, bucket, holdingCostSoFar: soFar, costAtMonthEnd: atEnd });
  });

  it("keeps units at or over min_days, oldest first, and lists the undated ones apart", () => {
    const result = agedUnits(
      [
        unit("A", asOf - 44),
        unit("B", asOf - 45),
        unit("C", asOf - 120),
        unit("D", null),
        unit("E", asOf + 3),
        unit("F", asOf - 70),
      ],
      asOf,
      45
    );
    expect(result.units.map((u) => u.stock)).toEqual(["C", "F", "B"]);
    expect(result.undated.map((u) => u.stock)).toEqual(["D"]);
    expect(result.notYetInStock).toBe(1);
  });

  it("ties on days go to the higher cost by month end", () => {
    const result = agedUnits([unit("cheap", asOf - 50, 20), unit("dear", asOf - 50, 40)], asOf, 0);
    expect(result.units.map((u) => u.stock)).toEqual(["dear", "cheap"]);
  });

  it("cost by month end is never below the cost so far, and both grow with days (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, b, perDay) => {
          const [older, younger] = a >= b ? [a, b] : [b, a];
          const [x, y] = [older, younger].map((days) => agedUnits([unit("X", asOf - days, perDay)], asOf, 0).units[0]);
          return !!x && !!y && x.costAtMonthEnd >= x.holdingCostSoFar && x.holdingCostSoFar >= y.holdingCostSoFar;
        }
      )
    );
  });

  it("holdingCost is days × cost per day, never negative", () => {
    expect(holdingCost(60, 30)).toBe(1800);
    expect(holdingCost(-5, 30)).toBe(0);
  });
});

describe("readInventory", () => {
  it("reads a header row on top and names the detail columns from it", () => {
    const read = readInventory(["Stock #", "N1", "", "U2"], ["Stock-in Date", 45700, "", "3/1/2025"], 30, [
      ["Model", "Cost"],
      ["SUV", 31000],
      ["", ""],
      ["Sedan", 18000],
    ]);
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.detailNames).toEqual(["Model", "Cost"]);
    expect(read.units.map((u) => [u.stock, u.stockIn, u.details])).toEqual([
      ["N1", 45700, ["SUV", 31000]],
      ["U2", dateToSerial(2025, 3, 1), ["Sedan", 18000]],
    ]);
    expect(read.skippedBlank).toBe(1);
  });

  it("without a header the detail columns are numbered", () => {
    const read = readInventory(["N1"], [45700], 30, [["SUV", 1]]);
    expect(!isSheetError(read) && read.detailNames).toEqual(["Detail 1", "Detail 2"]);
  });

  it("reads a cost per day per unit", () => {
    const read = readInventory(["N1", "U2"], [45700, 45701], [35, "$28"], null);
    expect(!isSheetError(read) && read.units.map((u) => u.costPerDay)).toEqual([35, 28]);
  });

  it.each([
    [
      "stock_in_dates",
      () => readInventory(["N1", "N2"], [45700], 30, null),
      "stock_in_dates must be the same size as stock_ids",
    ],
    [
      "cost_per_day",
      () => readInventory(["N1", "N2"], [45700, 45701], [30], null),
      "cost_per_day must be the same size as stock_ids",
    ],
    ["details", () => readInventory(["N1"], [45700], 30, [["a"], ["b"]]), "details must be the same size as stock_ids"],
    ["cost_per_day (below 0)", () => readInventory(["N1"], [45700], [-3], null), "cost_per_day can't be negative"],
  ])("a bad %s is an error that says which", (_, read, message) => {
    const result = read();
    expect(isSheetError(result) && result.message).toBe(message);
  });
});

describe("readInventoryTable finds its columns by header", () => {
  it("reads DMS spellings and passes the other columns through", () => {
    const read = readInventoryTable(
      [
        ["Model", "STOCK NO", "Date In Stock"],
        ["SUV", "N1", 45700],
      ],
      30
    );
    if (isSheetError(read)) throw new Error(read.message);
    expect([read.detailNames, read.units.map((u) => [u.stock, u.stockIn, u.details])]).toEqual([
      ["Model"],
      [["N1", 45700, ["SUV"]]],
    ]);
  });

  it("says which column is missing", () => {
    const read = readInventoryTable(
      [
        ["Stock #", "Model"],
        ["N1", "SUV"],
      ],
      30
    );
    expect(isSheetError(read) && read.message).toBe('no "Stock-in Date" column in the table\'s header');
  });
});
