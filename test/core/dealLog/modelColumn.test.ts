/* The optional Model column: found by its usual header words, read into each deal, absent when the log has none. */
import { dateToSerial } from "../../../src/core/calendar";
import { DEAL_LOG_HEADERS, detectColumns, readDealLog } from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";
import { generateDealership } from "../../../src/demo";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { isTruckModel } from "../../../src/demo/vehicleModels";

it.each<[string, unknown[], number | undefined]>([
  ["Model", ["Sold Date", "Model"], 1],
  ["Make/Model", ["Make/Model", "Sold Date"], 0],
  ["Vehicle", ["Sold Date", "New/Used", "Vehicle"], 2],
  ["Description", ["Sold Date", "Description"], 1],
  // "Vehicle Type" is the new/used column, never the model.
  ["Vehicle Type", ["Sold Date", "Vehicle Type"], undefined],
  ["Model before Description", ["Description", "Sold Date", "Model"], 2],
  ["none", [...DEAL_LOG_HEADERS], undefined],
])("finds the model column under %s", (_, header, model) => {
  const columns = detectColumns(header);
  if (isSheetError(columns)) throw new Error(columns.message);
  expect(columns.model).toBe(model);
});

it("reads each deal's model when the log has the column, and leaves it out when not", () => {
  const withModel = readDealLog([
    ["Sold Date", "Model"],
    ["3/7/2025", " 2025 Silverado 1500 "],
    ["3/8/2025", ""],
  ]);
  if (isSheetError(withModel)) throw new Error(withModel.message);
  expect(withModel.deals.map((d) => d.model)).toEqual(["2025 Silverado 1500", ""]);
  const without = readDealLog([["Sold Date"], ["3/7/2025"]]);
  if (isSheetError(without)) throw new Error(without.message);
  expect(without.deals[0]).not.toHaveProperty("model");
});

describe("the demo's models", () => {
  const store = generateDealership({ endDate: dateToSerial(2025, 9, 15) });
  const fresh = store.deals.filter((d) => d.newUsed === "New");

  it("give every deal a model, trucks about 37% of new units (the line-up's shares)", () => {
    expect(store.deals.every((d) => typeof d.model === "string" && /^\d{4} \S/.test(d.model))).toBe(true);
    const trucks = fresh.filter((d) => isTruckModel(d.model ?? "")).length / fresh.length;
    // 3,000+ new units: the share's sd is under 1 point.
    expect(trucks).toBeGreaterThan(0.33);
    expect(trucks).toBeLessThan(0.41);
  });

  it("date new units with this or next model year (next from August)", () => {
    for (const d of fresh) {
      const year = Number((d.model ?? "").slice(0, 4));
      const sold = new Date(Date.UTC(1899, 11, 30) + d.soldDate * 86400000).getUTCFullYear();
      expect([sold, sold + 1]).toContain(year);
    }
  });

  it("reach the demo workbook's deal log and read back", () => {
    const demo = demoWorkbook(dateToSerial(2025, 3, 10));
    const read = readDealLog(demo.dealRows);
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.deals.map((d) => d.model)).toEqual(demo.dealership.deals.map((d) => d.model));
  });
});
