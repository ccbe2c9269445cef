/*
 * The Budget view in a real headless Chromium against the built preview: every budget line must show
 * what the core computes for the demo dealership (month to date, projected month end, variance, green
 * or red), typing a budget or the ad spend so far must recompute the line and save it, text that isn't
 * a number must stay in its box, and the page must load nothing from outside localhost.
 */
import type { Browser, Page } from "playwright-core";
import { openPreview } from "./launchPreview";
import { BUDGET_TABLE, type BudgetMetricId } from "../../src/core/budget";
import { dateToSerial } from "../../src/core/calendar";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import {
  budgetLog,
  budgetScreen,
  formatAmount,
  formatVariance,
  STATUS_WORDS,
  withCell,
  type BudgetRows,
  type BudgetScreen,
} from "../../src/taskpane/budget/budgetViewModel";

const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

/** The demo workbook the preview loads, and the Budget view the core computes for given table rows. */
async function demo(): Promise<{ rows: BudgetRows; screen: (rows: BudgetRows) => BudgetScreen }> {
  const d = demoWorkbook(AS_OF);
  const table = d.tables.find((t) => t.name === BUDGET_TABLE);
  if (!table) throw new Error("the demo has no budget table");
  const snapshot = await new MemoryWorkbook(
    { source: "Deals", rows: d.dealRows },
    d.targets,
    d.holidays
  ).readSnapshot();
  const log = budgetLog(snapshot, AS_OF);
  if ("problem" in log) throw new Error(log.problem);
  return { rows: table.rows, screen: (rows) => budgetScreen(log, rows) };
}

const text = (testId: string): Promise<string | null> => page.getByTestId(testId).textContent();

async function expectLine(screen: BudgetScreen, id: BudgetMetricId): Promise<void> {
  const line = screen.rows.find((r) => r.metric.id === id);
  if (!line) throw new Error(`no ${id} line`);
  const money = line.metric.money;
  if (id !== "adSpend") await expect(text(`budget-mtd-${id}`)).resolves.toBe(formatAmount(line.mtd, money));
  await expect(text(`budget-projected-${id}`)).resolves.toBe(formatAmount(line.projected, money));
  await expect(text(`budget-variance-${id}`)).resolves.toBe(formatVariance(line.variance, money));
  await expect(text(`budget-status-${id}`)).resolves.toBe(STATUS_WORDS[line.status]);
}

beforeAll(async () => {
  ({ browser, page } = await openPreview({
    path: `preview.html?asOf=${AS_OF_TEXT}&view=budget`,
    ready: "budget-table",
    height: 900,
    outside,
    consoleErrors,
  }));
});

afterAll(async () => {
  await browser?.close();
});

it("shows every budget line of the demo store as the core computes it", async () => {
  const { rows, screen } = await demo();
  const now = screen(rows);
  expect(now.rows.map((r) => r.metric.id)).toEqual([
    "newUnits",
    "usedUnits",
    "frontGross",
    "backGross",
    "adSpend",
    "grossPerUnit",
    "fiPvr",
    "adCostPerSale",
  ]);
  // Every line is measured and judged: the demo types ad spend so far and budgets every line.
  expect(now.rows.every((r) => r.status === "good" || r.status === "bad")).toBe(true);
  for (const line of now.rows) await expectLine(now, line.metric.id);
  const onTrack = now.rows.filter((r) => r.status === "good").length;
  await expect(text("budget-summary")).resolves.toBe(
    `${String(onTrack)} of 8 lines on track · compared at the projected month end`
  );
  await expect(text("budget-as-of")).resolves.toBe("November 2026 · as of 2026-11-10");
  await page.screenshot({ path: "docs/budget.png", fullPage: true });
});

it("recomputes a line as the GSM types its budget, turns it green or red, and saves it", async () => {
  const { rows, screen } = await demo();
  const line = screen(rows).rows.find((r) => r.metric.id === "newUnits");
  if (!line || line.projected === null) throw new Error("no projected new units");
  // A budget well under the projection is on track; one well over it is not.
  for (const budget of [Math.max(1, Math.round(line.projected / 2)), Math.round(line.projected * 2)]) {
    await page.getByTestId("budget-input-newUnits").fill(String(budget));
    const expected = screen(withCell(rows, line.row, 2, budget));
    await expectLine(expected, "newUnits");
    await expect(page.getByTestId("budget-row-newUnits").getAttribute("data-status")).resolves.toBe(
      budget < line.projected ? "good" : "bad"
    );
  }
  await page.getByText("Saved in the workbook").waitFor({ timeout: 5000 });
});

it("typing ad spend so far moves ad spend and ad cost per sale", async () => {
  const { rows, screen } = await demo();
  const adRow = screen(rows).rows.find((r) => r.metric.id === "adSpend")?.row ?? -1;
  await page.getByTestId("budget-actual-input-adSpend").fill("$30,000");
  const expected = screen(withCell(rows, adRow, 3, 30000));
  await expectLine(expected, "adSpend");
  await expectLine(expected, "adCostPerSale");
  await page.getByText("Saved in the workbook").waitFor({ timeout: 5000 });
});

it("keeps text that isn't a number in its box, marked invalid, and leaves the line as it was", async () => {
  const input = page.getByTestId("budget-input-frontGross");
  const before = await text("budget-variance-frontGross");
  await input.fill("190k");
  await expect(input.inputValue()).resolves.toBe("190k");
  await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(text("budget-variance-frontGross")).resolves.toBe(before);
});

it("every box is labelled for screen readers and reachable by keyboard", async () => {
  const labels = await page
    .locator("[data-testid^=budget-input-], [data-testid^=budget-actual-input-]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(labels).toHaveLength(9);
  expect(labels.every((l) => typeof l === "string" && l.length > 0)).toBe(true);
  await page.getByTestId("budget-input-newUnits").focus();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
  expect(focused).toMatch(/^budget-(actual-)?input-/);
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
