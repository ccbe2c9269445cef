/*
 * The Floor view in a real headless Chromium against the built preview: the demo's busy afternoon
 * must show exactly the board the core computes — the customer waiting over 90 minutes for F&I in
 * red — today's medians, the trades waiting for used, and an unknown stage name the GSM can map.
 */
import type { Browser, Page } from "playwright-core";
import { openPreview } from "./launchPreview";
import { dateToSerial } from "../../src/core/calendar";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { FLOOR_DEMO_TIME } from "../../src/demo/floorDemo";
import type { TablesRead } from "../../src/excel/workbookPort";
import { floorBoard, FLOOR_TABLE_NAMES, type FloorBoard } from "../../src/taskpane/floor/floorBoard";

const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

/** The board the core computes from the same demo tables at the preview's pinned 3:30 PM. */
function expectedBoard(): FloorBoard {
  const demo = demoWorkbook(AS_OF);
  const tables: Record<string, TablesRead[string]> = {};
  for (const name of FLOOR_TABLE_NAMES) {
    const t = demo.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    tables[name] = t ? { source: t.name, rows: t.rows } : null;
  }
  return floorBoard(tables, AS_OF + FLOOR_DEMO_TIME);
}

beforeAll(async () => {
  ({ browser, page } = await openPreview({
    path: `preview.html?asOf=${AS_OF_TEXT}&view=floor`,
    ready: "floor-board",
    height: 900,
    outside,
    consoleErrors,
  }));
});

afterAll(async () => {
  await browser?.close();
});

it("shows the board at the preview's pinned afternoon time", async () => {
  await expect(page.getByTestId("floor-time").textContent()).resolves.toBe("3:30 PM");
});

it("shows the customer waiting over 90 minutes for F&I in red", async () => {
  const column = expectedBoard().columns.find((c) => c.stage === "waitingFi");
  const longest = column?.cards[0];
  if (!longest) throw new Error("the demo has nobody waiting for F&I");
  expect(longest.minutes).toBeGreaterThan(90);
  const card = page.getByTestId("floor-column-waitingFi").getByTestId(`floor-card-${longest.deal}`);
  await expect(card.getAttribute("data-over")).resolves.toBe("true");
  await expect(page.getByTestId(`floor-card-${longest.deal}-minutes`).textContent()).resolves.toBe(
    `${String(Math.round(longest.minutes))} min`
  );
  await expect(page.getByTestId(`floor-card-${longest.deal}-reason`).textContent()).resolves.toContain(longest.reason);
  // Red, not just flagged: the card's background is clearly red next to a card within its limit.
  const [r, g, b] =
    (await card.evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g)?.map(Number) ?? [];
  expect((r ?? 0) - Math.max(g ?? 0, b ?? 0)).toBeGreaterThan(20);
  await page.screenshot({ path: "docs/floor.png", fullPage: true });
});

it("shows every deal in its step's column, red exactly where the core says it's past its limit", async () => {
  const board = expectedBoard();
  for (const column of board.columns) {
    await expect(page.getByTestId(`floor-count-${column.stage}`).textContent()).resolves.toBe(
      `(${String(column.cards.length)})`
    );
    for (const c of column.cards)
      await expect(page.getByTestId(`floor-card-${c.deal}`).getAttribute("data-over")).resolves.toBe(
        c.over ? "true" : "false"
      );
  }
  await expect(page.getByTestId("floor-stuck").textContent()).resolves.toBe(`Past limit ${String(board.stuck)}`);
  await expect(page.getByTestId("floor-split-fi").textContent()).resolves.toBe(`F&I ${String(board.split.fi)}`);
});

it("shows today's median and 90th-percentile minutes per step", async () => {
  for (const column of expectedBoard().columns) {
    const m = (x: number | null) => (x === null ? "–" : String(Math.round(x)));
    await expect(page.getByTestId(`floor-median-${column.stage}`).textContent()).resolves.toBe(
      `median ${m(column.summary.median)} · p90 ${m(column.summary.p90)} min today`
    );
  }
});

it("lists the trades waiting for the used department, longest idle first", async () => {
  const trades = expectedBoard().trades ?? [];
  expect(trades.some((t) => t.status === "Not stocked in" && t.daysIdle >= 3)).toBe(true);
  const shown = await page
    .getByTestId("floor-trades")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.querySelector("td")?.textContent ?? ""));
  expect(shown).toEqual(trades.map((t) => t.id));
});

it("lists the stage name the CRM uses that Pacecar doesn't know, and maps it from the keyboard", async () => {
  const unknown = expectedBoard().unknownStages;
  expect(unknown.map((u) => u.name)).toEqual(["Appraisal"]);
  const field = page.getByTestId("floor-unknown-Appraisal");
  await field.getByRole("combobox").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("option", { name: "Desk" }).click();
  await page.getByTestId("floor-map-status").filter({ hasText: "Saved" }).waitFor({ timeout: 5000 });
  // The write is a table change: the board re-reads and the name is no longer unknown.
  await page.getByTestId("floor-unknown").waitFor({ state: "detached", timeout: 5000 });
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
