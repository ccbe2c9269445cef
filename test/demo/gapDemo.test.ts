/*
 * The demo's inventory and opportunities log: consistent with the generated deal log, and generated
 * with known conversion that the learning must recover.
 */
import { dateToSerial } from "../../src/core/calendar";
import { agedUnits, readInventory } from "../../src/core/gap/inventory";
import {
  conversionExposures,
  conversionModel,
  OPEN_STATUSES,
  readOpportunities,
  type ConversionExposure,
} from "../../src/core/gap/pipeline";
import { isSheetError } from "../../src/core/errors";
import { gapDemoTables, INVENTORY_HEADERS, OPPORTUNITIES_HEADERS, trueChanceBy } from "../../src/demo/gapDemo";
import { generateDealership } from "../../src/demo";
import type { DemoTable } from "../../src/demo/types";

const column = (table: DemoTable, header: string): unknown[] => {
  const i = table.rows[0]?.indexOf(header) ?? -1;
  if (i < 0) throw new Error(`no column ${header}`);
  return table.rows.slice(1).map((r) => r[i]);
};

describe.each([
  ["3/10/2025", dateToSerial(2025, 3, 10)],
  ["11/25/2024", dateToSerial(2024, 11, 25)],
])("the demo store as of %s", (_, asOf) => {
  const dealership = generateDealership({ endDate: asOf });
  const [inventory, opportunities] = gapDemoTables(dealership, asOf);
  if (!inventory || !opportunities) throw new Error("the demo has no gap tables");

  it("has the documented columns", () => {
    expect(inventory.rows[0]).toEqual([...INVENTORY_HEADERS]);
    expect(opportunities.rows[0]).toEqual([...OPPORTUNITIES_HEADERS]);
  });

  it("keeps on the lot only units the deal log never sold, stocked in by as_of, in the log's stock-number style", () => {
    const sold = new Set(dealership.deals.map((d) => d.stockNumber));
    const stocks = column(inventory, "Stock #") as string[];
    expect(stocks.filter((s) => sold.has(s))).toEqual([]);
    expect(new Set(stocks).size).toBe(stocks.length);
    for (const s of stocks) expect(s).toMatch(/^[NU]\d{5}$/);
    for (const day of column(inventory, "Stock-in Date") as number[]) expect(day).toBeLessThanOrEqual(asOf);
  });

  it("holds about two months of new and six weeks of used supply, some of it badly aged", () => {
    // The stock books hold unitsPerMonth × 55% × 2 new and × 45% × 1.5 used: 132 + 81 at 120 a month.
    expect(inventory.rows.length - 1).toBeGreaterThan(180);
    expect(inventory.rows.length - 1).toBeLessThan(240);
    const read = readInventory(column(inventory, "Stock #"), column(inventory, "Stock-in Date"), 30, null);
    if (isSheetError(read)) throw new Error(read.message);
    const over90 = agedUnits(read.units, asOf, 91).units.length;
    expect(over90).toBeGreaterThanOrEqual(10);
    expect(over90 / read.units.length).toBeLessThan(0.35);
  });

  it("logs about as many sold opportunities a month as the deal log has deals", () => {
    const created = column(opportunities, "Created") as number[];
    const soldDates = column(opportunities, "Sold Date");
    const month = [dateToSerial(2024, 9, 1), dateToSerial(2024, 9, 30)] as const;
    const oppSales = soldDates.filter((s) => typeof s === "number" && s >= month[0] && s <= month[1]).length;
    const deals = dealership.deals.filter((d) => d.soldDate >= month[0] && d.soldDate <= month[1]).length;
    expect(oppSales / deals).toBeGreaterThan(0.7);
    expect(oppSales / deals).toBeLessThan(1.3);
    expect(Math.max(...created)).toBeLessThanOrEqual(asOf);
    expect(soldDates.every((s) => s === "" || (typeof s === "number" && s <= asOf))).toBe(true);
  });

  it("lets the learning recover the generator's conversion per status and per status × source", () => {
    const read = readOpportunities({
      ids: column(opportunities, "Id"),
      created: column(opportunities, "Created"),
      statuses: column(opportunities, "Status"),
      sources: column(opportunities, "Source"),
      soldDates: column(opportunities, "Sold Date"),
    });
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.unknownStatuses).toEqual([]);
    const model = conversionModel(read.opportunities, asOf);
    if (isSheetError(model)) throw new Error(model.message);
    const trials = conversionExposures(read.opportunities, asOf);
    // The truth of a group is the mean of its trials' exact chances under the generator's hazards.
    const truthOf = (group: readonly ConversionExposure[]): number =>
      group.reduce(
        (sum, t) => sum + trueChanceBy(t.status, t.source, t.day - t.age, t.day, t.day + t.window, dealership.calendar),
        0
      ) / group.length;
    // Tolerance: 3 standard errors of a rate from n trials, plus what shrinkage of 20 trials can pull.
    const tolerance = (p: number, n: number): number => 3 * Math.sqrt((p * (1 - p)) / n) + (20 / (n + 20)) * 0.1;
    let checked = 0;
    for (const status of OPEN_STATUSES) {
      const group = trials.filter((t) => t.status === status);
      const truth = truthOf(group);
      expect(Math.abs(model.byStatus[status].rate - truth)).toBeLessThan(tolerance(truth, group.length));
      for (const source of dealership.channels) {
        const cell = group.filter((t) => t.source === source);
        if (cell.length < 100) continue;
        const learned = model.byStatusSource.get(`${status}|${source}`)?.rate ?? Number.NaN;
        const cellTruth = truthOf(cell);
        expect({ status, source, diff: Math.abs(learned - cellTruth) < tolerance(cellTruth, cell.length) }).toEqual({
          status,
          source,
          diff: true,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
