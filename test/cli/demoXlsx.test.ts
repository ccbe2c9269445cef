/*
 * The demo workbook a GSM opens in Excel: the deal log as a table, targets and holidays as tables,
 * and a Summary of GSM formulas whose cached values are what Pacecar's core computes.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dateToSerial, storeCalendar } from "../../src/core/calendar";
import { isSheetError } from "../../src/core/errors";
import { forecastMonthEnd } from "../../src/core/forecast";
import { monthToDate } from "../../src/core/pace";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { writeDemoXlsx } from "../../src/cli/demoXlsx";
import { readDealLogFile } from "../../src/cli/readDealLogFile";

const asOf = dateToSerial(2025, 3, 10);
const demo = demoWorkbook(asOf);
const path = join(mkdtempSync(join(tmpdir(), "pacecar-demo-")), "demo.xlsx");
let wb: ExcelJS.Workbook;

// Writing and reading back a 26-month workbook takes seconds on a busy machine: more than the default 5 s.
beforeAll(async () => {
  await writeDemoXlsx(demo, asOf, path);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
}, 60_000);

function summaryValue(label: string): ExcelJS.CellValue {
  const sheet = wb.getWorksheet("Summary");
  let found: ExcelJS.CellValue = null;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

it("holds the deal log, targets and holidays as Excel tables", () => {
  expect(wb.getWorksheet("Deals")?.getTable("Deals")).toBeDefined();
  expect(wb.getWorksheet("Pacecar Targets")?.getTable("PacecarTargets")).toBeDefined();
  expect(wb.getWorksheet("Holidays")?.getTable("Holidays")).toBeDefined();
});

it("reads back as a deal log with every demo deal on its day", async () => {
  const read = await readDealLogFile(path);
  if (isSheetError(read)) throw new Error(read.message);
  expect(read.deals.length).toBe(demo.dealership.deals.length);
  expect(read.deals.map((d) => d.soldDate)).toEqual(demo.dealership.deals.map((d) => d.soldDate));
});

it("caches the core's values beside the GSM formulas", () => {
  const calendar = storeCalendar(11, [demo.holidays]);
  if (isSheetError(calendar)) throw new Error(calendar.message);
  const dates = demo.dealership.deals.map((d) => d.soldDate);
  const target = demo.targets.find((t) => t.scope === "Store" && t.month === "2025-03")?.target ?? null;
  const mtd = monthToDate(dates, asOf, calendar, target);
  const forecast = forecastMonthEnd({ dealDates: dates, asOf, calendar });
  if (isSheetError(forecast)) throw new Error(forecast.message);
  expect(summaryValue("Pace")).toEqual({ formula: "_xldudf_GSM_PACE(B5,B4,B3,11,Holidays[Date])", result: mtd.pace });
  expect(summaryValue("Trend (straight line)")).toEqual({
    formula: "_xldudf_GSM_TREND(B5,B3,11,Holidays[Date])",
    result: mtd.trend,
  });
  // March 2025 with Sundays closed: 26 selling days, 8 of them through the 10th.
  expect(summaryValue("Selling days in the month")).toMatchObject({ result: 26 });
  expect(summaryValue("Selling days gone")).toMatchObject({ result: 8 });
  expect(summaryValue("Projected month end (median)")).toEqual({
    formula: "_xldudf_GSM_PROJECT_MONTH_END(Deals[Sold Date],B3,,0.5,11,Holidays[Date])",
    result: forecast.p50,
  });
  expect(summaryValue("Chance of making the store target")).toMatchObject({
    result: forecast.probAtLeast(target ?? 0),
  });
});
