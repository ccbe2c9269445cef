/*
 * The demo store's budget: seeded from its last three months as a new budget table would be,
 * volume and gross stretched by DEMO_BUDGET_STRETCH, and ad spend so far typed at about the
 * month's ad budget spread over the selling days gone.
 */
import { budgetTemplateNumbers, readBudgetTable } from "../../src/core/budget";
import { dateToSerial, monthProgress } from "../../src/core/calendar";
import { generateDealership } from "../../src/demo";
import { DEMO_BUDGET_STRETCH, budgetDemoTables, demoBudgetTable } from "../../src/demo/budgetDemo";

describe.each([
  ["3/10/2025", dateToSerial(2025, 3, 10)],
  ["11/10/2026", dateToSerial(2026, 11, 10)],
])("the demo budget as of %s", (_, asOf) => {
  const dealership = generateDealership({ endDate: asOf });
  const table = demoBudgetTable(dealership, asOf);
  const template = budgetTemplateNumbers(dealership.deals, asOf);
  if (!table || !template) throw new Error("the demo has three months of deals before any as-of it is built for");
  const lines = new Map(readBudgetTable(table.rows).lines.map((l) => [l.metric.id, l]));

  it("budgets every metric Pacecar measures", () => {
    expect(lines.size).toBe(8);
    expect(readBudgetTable(table.rows).unknownMetrics).toEqual([]);
  });

  it.each(["newUnits", "usedUnits", "frontGross", "backGross"] as const)(
    "%s asks for a little more than the last three months",
    (id) => {
      const budget = lines.get(id)?.budget ?? 0;
      // Rounded to whole units or $1,000, so within half a step of template × stretch.
      expect(Math.abs(budget - template[id] * DEMO_BUDGET_STRETCH)).toBeLessThanOrEqual(
        id.endsWith("Units") ? 0.5 : 500
      );
    }
  );

  it.each(["adSpend", "grossPerUnit", "fiPvr", "adCostPerSale"] as const)("%s stays at the recent run rate", (id) => {
    expect(lines.get(id)?.budget).toBe(template[id]);
  });

  it("ad spend so far is about the ad budget over the selling days gone (±35%, three sds of its noise)", () => {
    const { elapsed, total } = monthProgress(asOf, asOf, dealership.calendar);
    const expected = (template.adSpend * elapsed) / total;
    const typed = lines.get("adSpend")?.actualMtd ?? 0;
    expect(Math.abs(typed / expected - 1)).toBeLessThan(0.35);
  });

  it("the area's demo tables are the budget and the weekly indicators", () => {
    expect(budgetDemoTables(dealership, asOf).map((t) => [t.name, t.sheetName])).toEqual([
      ["PacecarBudget", "Budget"],
      ["WeeklyIndicators", "Indicators"],
    ]);
  });
});
