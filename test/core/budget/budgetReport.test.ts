/*
 * The Budget view's arithmetic: reading a budget table as stores keep it, and each line against the
 * month so far. The month worked by hand is March 2025, Sundays closed, as of Monday 3/10: 8 of 26
 * selling days gone, so a straight line multiplies month-to-date by 26/8 = 3.25.
 */
import {
  BUDGET_HEADERS,
  budgetMeasures,
  budgetMetricOf,
  budgetReport,
  budgetTemplateNumbers,
  budgetTemplateRows,
  readBudgetTable,
  type BudgetMeasures,
} from "../../../src/core/budget";
import { dateToSerial, storeCalendar, type StoreCalendar } from "../../../src/core/calendar";
import type { Deal } from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";

const MAR_10 = dateToSerial(2025, 3, 10);
const calendarOrError = storeCalendar(null, null);
if (isSheetError(calendarOrError)) throw new Error(calendarOrError.message);
const CALENDAR: StoreCalendar = calendarOrError;

describe("budgetMetricOf: the names stores give their P&L lines", () => {
  it.each([
    ["New units", "newUnits"],
    ["NEW RETAIL", "newUnits"],
    ["Pre-owned units", "usedUnits"],
    ["Front-end gross", "frontGross"],
    ["F&I gross", "backGross"],
    ["Advertising", "adSpend"],
    ["GPU", "grossPerUnit"],
    ["PVR", "fiPvr"],
    ["F&I per deal", "fiPvr"],
    ["Cost per sale", "adCostPerSale"],
  ])("%s → %s", (name, id) => {
    expect(budgetMetricOf(name)?.id).toBe(id);
  });

  it("a line Pacecar doesn't measure is null", () => {
    expect(budgetMetricOf("Service absorption")).toBeNull();
  });
});

describe("readBudgetTable", () => {
  it("reads Pacecar's own layout", () => {
    const read = readBudgetTable([
      [...BUDGET_HEADERS],
      ["New units", "total", 63, ""],
      ["Ad spend", "total", "$66,600", 19460],
      ["", "", "", ""],
    ]);
    expect(read.lines.map((l) => [l.metric.id, l.budget, l.actualMtd, l.row])).toEqual([
      ["newUnits", 63, null, 1],
      ["adSpend", 66600, 19460, 2],
    ]);
    expect(read.unknownMetrics).toEqual([]);
  });

  it("maps a GSM's own sheet by its headers, and lists the lines it can't measure", () => {
    const read = readBudgetTable([
      ["Notes", "KPI", "Actual", "Plan"],
      ["", "PVR", "", 1850],
      ["", "Service absorption", "", 0.8],
      ["", "Used", "", "n/a"],
    ]);
    expect(read.columns).toEqual({ metric: 1, budget: 3, actual: 2 });
    expect(read.lines.map((l) => [l.metric.id, l.budget])).toEqual([
      ["fiPvr", 1850],
      ["usedUnits", null],
    ]);
    expect(read.unknownMetrics).toEqual(["Service absorption"]);
  });

  it("without a recognisable header, the first column is the metric and the second the budget", () => {
    const read = readBudgetTable([
      ["Line", "Amount"],
      ["Front gross", 187000],
    ]);
    expect(read.lines.map((l) => [l.metric.id, l.budget])).toEqual([["frontGross", 187000]]);
  });
});

// Month so far and projected, as budgetMeasures would give them (projections here: straight line × 3.25).
const MEASURES: BudgetMeasures = {
  newUnits: { mtd: 20, projected: 65 },
  usedUnits: { mtd: 16, projected: 52 },
  units: { mtd: 36, projected: 117 },
  frontGross: { mtd: 57_600, projected: 187_200 },
  backGross: { mtd: 64_800, projected: 210_600 },
};

describe("budgetReport: each line against the month so far", () => {
  const rows = [
    [...BUDGET_HEADERS],
    ["New units", "total", 63, ""],
    ["Used units", "total", 55, ""],
    ["Front gross", "total", 187_000, ""],
    ["Back gross", "total", "", ""],
    ["Ad spend", "total", 60_000, 19_200],
    ["Gross per unit", "ratio", 1_650, ""],
    ["F&I PVR", "ratio", 1_750, ""],
    ["Ad cost per sale", "ratio", 550, ""],
  ];
  const report = budgetReport(readBudgetTable(rows).lines, MEASURES, MAR_10, CALENDAR);
  const byId = new Map(report.map((r) => [r.metric.id, r]));

  it.each([
    // metric, mtd, projected, variance, status — worked by hand
    ["newUnits", 20, 65, 65 - 63, "good"],
    ["usedUnits", 16, 52, 52 - 55, "bad"],
    ["frontGross", 57_600, 187_200, 200, "good"],
    ["backGross", 64_800, 210_600, null, "noBudget"],
    // 19,200 in 8 of 26 days → 62,400: over the ad budget is bad
    ["adSpend", 19_200, 62_400, 2_400, "bad"],
    // 57,600 / 36 = 1,600 as it stands; projected 187,200 / 117 = 1,600
    ["grossPerUnit", 1_600, 1_600, -50, "bad"],
    // 64,800 / 36 = 1,800
    ["fiPvr", 1_800, 1_800, 50, "good"],
    // 19,200 / 36 = 533.33 under 550 is good; projected 62,400 / 117 = 533.33
    ["adCostPerSale", 19_200 / 36, 62_400 / 117, 19_200 / 36 - 550, "good"],
  ])("%s", (id, mtd, projected, variance, status) => {
    const row = byId.get(id as never);
    expect(row?.mtd).toBeCloseTo(mtd, 9);
    expect(row?.projected).toBeCloseTo(projected, 9);
    if (variance === null) expect(row?.variance).toBeNull();
    else expect(row?.variance).toBeCloseTo(variance, 9);
    expect(row?.status).toBe(status);
  });

  it("variance share is variance ÷ budget", () => {
    expect(byId.get("usedUnits")?.varianceShare).toBeCloseTo(-3 / 55, 12);
  });

  it("a ratio is judged at month end: a back-loaded month's units bring the ad cost per sale down", () => {
    // Units projected at 130 instead of the straight line's 117: 62,400 / 130 = 480 under a $500 budget,
    // although 19,200 / 36 = 533 so far is over it.
    const backLoaded = { ...MEASURES, units: { mtd: 36, projected: 130 } };
    const [line] = budgetReport(
      readBudgetTable([
        [...BUDGET_HEADERS],
        ["Ad cost per sale", "ratio", 500, ""],
        ["Ad spend", "total", 60_000, 19_200],
      ]).lines,
      backLoaded,
      MAR_10,
      CALENDAR
    );
    expect(line?.mtd).toBeCloseTo(19_200 / 36, 9);
    expect(line?.projected).toBeCloseTo(480, 9);
    expect(line?.variance).toBeCloseTo(-20, 9);
    expect(line?.status).toBe("good");
  });

  it("ad spend not typed: no actual for it nor for ad cost per sale", () => {
    const noAd = budgetReport(
      readBudgetTable([[...BUDGET_HEADERS], ["Ad spend", "total", 60_000, ""], ["Ad cost per sale", "ratio", 550, ""]])
        .lines,
      MEASURES,
      MAR_10,
      CALENDAR
    );
    expect(noAd.map((r) => [r.mtd, r.status])).toEqual([
      [null, "noActual"],
      [null, "noActual"],
    ]);
  });
});

function deal(soldDate: number, newUsed: Deal["newUsed"], frontGross: number, backGross: number): Deal {
  return { soldDate, stockNumber: "", salesperson: "", channel: "", newUsed, frontGross, backGross };
}

describe("budgetMeasures and the template read the deal log", () => {
  // December 2024 – February 2025: 3 deals a month (2 new, 1 used), $1,500 front and $1,800 back each; March: 2 deals by the 10th.
  const deals: Deal[] = [];
  for (const [y, m] of [
    [2024, 12],
    [2025, 1],
    [2025, 2],
  ] as const) {
    deals.push(
      deal(dateToSerial(y, m, 5), "New", 1500, 1800),
      deal(dateToSerial(y, m, 12), "New", 1500, 1800),
      deal(dateToSerial(y, m, 20), "Used", 1500, 1800)
    );
  }
  deals.push(
    deal(dateToSerial(2025, 3, 3), "New", 1000, 2000),
    deal(dateToSerial(2025, 3, 7), "Used", 2000, 1000),
    deal(dateToSerial(2025, 3, 20), "New", 9999, 9999)
  );

  it("month to date counts through as_of only (the 3/20 deal is the future)", () => {
    const m = budgetMeasures(deals, MAR_10, CALENDAR);
    expect([m.newUnits.mtd, m.usedUnits.mtd, m.units.mtd, m.frontGross.mtd, m.backGross.mtd]).toEqual([
      1, 1, 2, 3000, 3000,
    ]);
    for (const t of [m.newUnits, m.usedUnits, m.units, m.frontGross, m.backGross])
      expect(t.projected).toBeGreaterThanOrEqual(t.mtd);
  });

  it("a new budget starts from the average of the three months before", () => {
    expect(budgetTemplateNumbers(deals, MAR_10)).toEqual({
      newUnits: 2,
      usedUnits: 1,
      frontGross: 4500,
      backGross: 5400,
      adSpend: 1800, // 3 units × $600
      grossPerUnit: 1500,
      fiPvr: 1800,
      adCostPerSale: 600,
    });
  });

  it("a new budget table lists every metric with its kind and starting budget, Actual MTD blank", () => {
    expect(budgetTemplateRows(deals, MAR_10)).toEqual([
      ["Metric", "Kind", "Budget", "Actual MTD"],
      ["New units", "total", 2, ""],
      ["Used units", "total", 1, ""],
      ["Front gross", "total", 4500, ""],
      ["Back gross", "total", 5400, ""],
      ["Ad spend", "total", 1800, ""],
      ["Gross per unit", "ratio", 1500, ""],
      ["F&I PVR", "ratio", 1800, ""],
      ["Ad cost per sale", "ratio", 600, ""],
    ]);
    // Read back, every line is a metric Pacecar measures.
    expect(readBudgetTable(budgetTemplateRows(deals, MAR_10)).lines).toHaveLength(8);
  });

  it("no deal in those months: no numbers to start from", () => {
    expect(budgetTemplateNumbers(deals, dateToSerial(2024, 6, 10))).toBeNull();
  });
});
