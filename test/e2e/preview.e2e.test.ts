/*
 * The task pane in a real headless Chromium against the built preview: the first screen must
 * show exactly what the core computes for the demo dealership, typing a target must update pace
 * and save it, and the page must load nothing from outside localhost.
 */
import type { Browser, Page } from "playwright-core";
import { openPreview } from "./launchPreview";
import { dateToSerial } from "../../src/core/calendar";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { firstScreen, type FirstScreen } from "../../src/taskpane/firstScreen";
import { formatChance, formatOneDecimal, formatPercent, formatUnits } from "../../src/taskpane/format";

const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

async function expectedScreen(target?: number | null): Promise<FirstScreen> {
  const demo = demoWorkbook(AS_OF);
  const snapshot = await new MemoryWorkbook(
    { source: "Deals", rows: demo.dealRows },
    demo.targets,
    demo.holidays
  ).readSnapshot();
  const screen = firstScreen(snapshot, AS_OF, target);
  if ("problem" in screen) throw new Error(screen.problem);
  return screen;
}

beforeAll(async () => {
  ({ browser, page } = await openPreview({
    path: `preview.html?asOf=${AS_OF_TEXT}`,
    ready: "first-screen",
    height: 760,
    outside,
    consoleErrors,
  }));
});

afterAll(async () => {
  await browser?.close();
});

it("shows the month's selling days as the core counts them", async () => {
  const { month } = await expectedScreen();
  await expect(page.getByTestId("selling-days").textContent()).resolves.toBe(
    `${month.sellingDaysElapsed} of ${month.sellingDaysTotal} selling days gone · ${month.sellingDaysLeft} left`
  );
  // November 2026, Sundays closed: 30 days − 5 Sundays (1, 8, 15, 22, 29) − Thanksgiving (26th) = 24; through the 10th: 10 − 2 Sundays = 8.
  expect([month.sellingDaysElapsed, month.sellingDaysTotal]).toEqual([8, 24]);
});

it("shows deals so far, expected to date, pace and trend from the demo deal log", async () => {
  const { month } = await expectedScreen();
  expect(month.target).not.toBeNull();
  await expect(page.getByTestId("mtd-value").textContent()).resolves.toBe(formatUnits(month.mtd));
  await expect(page.getByTestId("expected-value").textContent()).resolves.toBe(formatOneDecimal(month.expectedToDate));
  await expect(page.getByTestId("pace-value").textContent()).resolves.toBe(formatPercent(month.pace));
  await expect(page.getByTestId("trend-value").textContent()).resolves.toBe(formatOneDecimal(month.trend));
  expect(month.mtd).toBeGreaterThan(0);
});

it("shows the month-end projection with its range and the chance of making target", async () => {
  const screen = await expectedScreen();
  if ("unavailable" in screen.projection) throw new Error(screen.projection.unavailable);
  const { p10, p50, p90, method } = screen.projection;
  expect(method).toBe("model");
  expect(p10).toBeLessThanOrEqual(p50);
  expect(p50).toBeLessThanOrEqual(p90);
  await expect(page.getByTestId("projection-value").textContent()).resolves.toBe(formatUnits(p50));
  await expect(page.getByTestId("projection-detail").textContent()).resolves.toBe(
    `likely ${formatUnits(p10)}–${formatUnits(p90)}`
  );
  await expect(page.getByTestId("prob-reach-value").textContent()).resolves.toBe(formatChance(screen.probReach));
  await page.screenshot({ path: "docs/preview.png", fullPage: true });
});

it("recomputes pace as the GSM types a new target, and saves it", async () => {
  const input = page.getByTestId("store-target-input");
  await input.fill("150");
  const { month } = await expectedScreen(150);
  await expect(page.getByTestId("pace-value").textContent()).resolves.toBe(formatPercent(month.pace));
  await expect(page.getByTestId("prob-reach-value").textContent()).resolves.toBe(
    formatChance((await expectedScreen(150)).probReach)
  );
  await page.getByText("Saved in the workbook").waitFor({ timeout: 5000 });
});

it("keeps text that isn't a number in the box and says what to type", async () => {
  const input = page.getByTestId("store-target-input");
  await input.fill("15o");
  await expect(input.inputValue()).resolves.toBe("15o");
  await page.getByText("Type a number of units, 0 or more").waitFor({ timeout: 5000 });
  await input.fill("150");
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
