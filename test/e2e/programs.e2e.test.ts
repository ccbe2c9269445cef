/*
 * The OEM programs view in a real headless Chromium against the built preview (demo dealership,
 * pinned to 2026-11-10): every number must be what the core computes for the demo's programs, the
 * "sell N more" slider must work from the keyboard, edits must be saved, and nothing may load
 * from outside localhost.
 */
import type { Browser, Page } from "playwright-core";
import { openPreview } from "./launchPreview";
import { dateToSerial, storeCalendar } from "../../src/core/calendar";
import { readDealLog } from "../../src/core/dealLog";
import { isSheetError } from "../../src/core/errors";
import { PROGRAMS_TABLE, readPrograms, type ProgramSetup } from "../../src/core/programs";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { formatChance, formatUnits } from "../../src/taskpane/format";
import { formatMoney } from "../../src/taskpane/programs/money";
import { programStatus, type ProgramStatus } from "../../src/taskpane/programs/programsModel";

const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

const demo = demoWorkbook(AS_OF);
const table = (name: string) => {
  const t = demo.tables.find((x) => x.name === name);
  return t ? { source: t.name, rows: t.rows } : null;
};
const programs = readPrograms(table(PROGRAMS_TABLE)?.rows ?? []);

/** What the view should show for a program, computed by the core from the same demo workbook. */
function expected(setup: ProgramSetup): Extract<ProgramStatus, { kind: "ready" }> {
  const log = readDealLog(demo.dealRows);
  const calendar = storeCalendar(null, [demo.holidays]);
  if (isSheetError(log) || isSheetError(calendar)) throw new Error("demo log");
  const s = programStatus(setup, table(setup.tierTable), log.deals, AS_OF, calendar);
  if (s.kind !== "ready") throw new Error(s.problem);
  return s;
}

beforeAll(async () => {
  ({ browser, page } = await openPreview({
    path: `preview.html?asOf=${AS_OF_TEXT}&view=programs`,
    ready: "program-card",
    height: 900,
    outside,
    consoleErrors,
  }));
});

afterAll(async () => {
  await browser?.close();
});

it("the demo has a quarterly truck program and a monthly volume program", () => {
  expect(programs.map((p) => [p.name, p.period, p.modelContains])).toEqual([
    ["Truck Stair-Step", "quarter", "truck"],
    ["Monthly Volume Bonus", "month", ""],
  ]);
});

it("shows the truck program's tier, money so far and the next tier as the core computes them", async () => {
  const s = expected(programs[0] as ProgramSetup);
  await expect(page.getByTestId("program-period").textContent()).resolves.toContain(
    `Q4 2026 · ${formatUnits(s.sold)} new units matching “truck” so far`
  );
  await expect(page.getByTestId("program-tier-value").textContent()).resolves.toBe(
    s.tier === 0 ? "None" : `Tier ${String(s.tier)}`
  );
  await expect(page.getByTestId("program-earned-value").textContent()).resolves.toBe(formatMoney(s.earned));
  if (!s.next) throw new Error("the demo's truck program should have a next tier");
  await expect(page.getByTestId("program-next-value").textContent()).resolves.toBe(
    `${formatUnits(s.next.unitsNeeded)} more`
  );
  await expect(page.getByTestId("program-next-detail").textContent()).resolves.toContain(formatMoney(s.next.gain));
  if ("unavailable" in s.odds) throw new Error(s.odds.unavailable);
  for (const t of s.odds.tiers) {
    await expect(page.getByTestId(`prob-tier-${String(t.tier)}-chance`).textContent()).resolves.toBe(
      formatChance(t.probability)
    );
  }
  await expect(page.getByTestId("expected-payout").textContent()).resolves.toContain(
    formatMoney(s.odds.expectedPayout)
  );
});

it("reads 'sell N more' off the scenarios from the keyboard", async () => {
  const s = expected(programs[0] as ProgramSetup);
  const slider = page.getByTestId("scenario-slider");
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  const five = s.scenarios[5];
  if (!five) throw new Error("no +5 line");
  await expect(page.getByTestId("scenario-summary").textContent()).resolves.toBe(
    `${formatUnits(five.total)} units · ${five.tier === 0 ? "no tier" : `tier ${String(five.tier)}`} · ${formatMoney(five.payout)}`
  );
  await expect(page.getByTestId("scenario-gain").textContent()).resolves.toContain(`+${formatMoney(five.gain)} vs now`);
});

it("shows the requirement trending to fail in red", async () => {
  const gap = page.getByTestId("requirement-gap-0");
  await expect(gap.textContent()).resolves.toMatch(/^CSI score 90\.3 vs minimum 90 — trending to fail by 2026-11-2\d/);
  const color = await gap.evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
  expect(r).toBeGreaterThan((g ?? 0) + 60);
  expect(r).toBeGreaterThan((b ?? 0) + 60);
  await page.screenshot({ path: "docs/programs.png", fullPage: true });
});

it("switches to the volume program", async () => {
  await page.getByTestId("program-picker").click();
  await page.getByRole("option", { name: "Monthly Volume Bonus" }).click();
  const s = expected(programs[1] as ProgramSetup);
  await expect(page.getByTestId("program-period").textContent()).resolves.toContain(
    `November 2026 · ${formatUnits(s.sold)} new units so far`
  );
  await expect(page.getByTestId("program-earned-value").textContent()).resolves.toBe(formatMoney(s.earned));
});

it("recounts as the model filter is typed, and saves the programs in the workbook", async () => {
  await page.getByTestId("model-input").fill("equinox");
  const s = expected({ ...(programs[1] as ProgramSetup), modelContains: "equinox" });
  await page
    .getByTestId("program-period")
    .filter({ hasText: `${formatUnits(s.sold)} new units matching “equinox”` })
    .waitFor({ timeout: 5000 });
  await page.getByText("Saved in the workbook").waitFor({ timeout: 5000 });
});

it("keeps an objective that isn't a number in the box and says what to type", async () => {
  const input = page.getByTestId("objective-input");
  await input.fill("8o");
  await expect(input.inputValue()).resolves.toBe("8o");
  await page.getByText("Type a number of units above 0, or leave it blank").waitFor({ timeout: 5000 });
  await input.fill("");
});

it("a new program asks for its tier table", async () => {
  await page.getByTestId("add-program").click();
  await expect(page.getByTestId("program-problem").textContent()).resolves.toBe(
    "Name the tier table (an Excel table or a named range) this program pays by."
  );
  await page.getByTestId("tier-table-input").fill("NoSuchTable");
  await page
    .getByTestId("program-problem")
    .filter({ hasText: 'No table or named range called "NoSuchTable"' })
    .waitFor({ timeout: 5000 });
  await page.getByTestId("tier-table-input").fill("VolumeTiers");
  await page.getByTestId("program-card").waitFor({ timeout: 5000 });
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
