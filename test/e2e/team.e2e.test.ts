/*
 * The Team view in a real headless Chromium against the built preview: progress bars red and
 * green where the demo's deals say so, the leaderboard's order, who's behind, the candles, typing
 * targets that are still there after a reload, the missing-target warning, and the lock.
 */
import type { Browser, Page } from "playwright-core";
import { launchPreview } from "./launchPreview";
import { dateToSerial, monthKey } from "../../src/core/calendar";
import { isSheetError } from "../../src/core/errors";
import { paceByDay } from "../../src/core/forecast";
import {
  leaderboard,
  nameKey,
  quarterDeals,
  salespersonTarget,
  teamDates,
  teamForecasts,
  teamProgress,
  whoIsBehind,
  withDealLogChannels,
  type TeamProgress,
} from "../../src/core/targets";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { previewStorageKey } from "../../src/taskpane/demoPort";
import { formatUnits } from "../../src/taskpane/format";
import { gridChannels, gridSalespeople, lineDetail, teamBase, type TeamBase } from "../../src/taskpane/team/teamModel";

const BASE = process.env.E2E_BASE_URL ?? "";
const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);
const URL_TEAM = () => `${BASE}/preview.html?asOf=${AS_OF_TEXT}&view=team`;

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

/** What the pane should show, computed by the core from the same demo workbook. */
async function expected(): Promise<{ base: TeamBase; progress: TeamProgress; dates: Map<string, number[]> }> {
  const demo = demoWorkbook(AS_OF);
  const port = new MemoryWorkbook(
    { source: "Deals", rows: demo.dealRows },
    demo.targetRows,
    demo.holidays,
    [],
    demo.channels
  );
  const snapshot = await port.readSnapshot();
  const base = teamBase(snapshot, AS_OF);
  if ("problem" in base) throw new Error(base.problem);
  const rows = snapshot.targetRows ?? [];
  const month = monthKey(AS_OF);
  const all = withDealLogChannels(snapshot.channels ?? [], base.dealChannels, month, rows);
  const channels = gridChannels(snapshot.channels ?? [], base, rows, month);
  const people = gridSalespeople(base, rows, month, []);
  const forecasts = teamForecasts(base.deals, all, rows, AS_OF, base.calendar);
  return {
    base,
    progress: teamProgress(
      { deals: base.deals, rows, channels, salespeople: people, asOf: AS_OF, calendar: base.calendar },
      forecasts
    ),
    dates: teamDates(base.deals, all, rows),
  };
}

async function openSection(section: string): Promise<void> {
  await page.getByTestId(`team-tab-${section}`).click();
}

beforeAll(async () => {
  if (!BASE) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`");
  ({ browser, page } = await launchPreview({ width: 360, height: 900, outside, consoleErrors }));
  await page.goto(URL_TEAM());
  // Projections come a slice at a time (the trend shows meanwhile): wait for all of them.
  await page.locator('[data-testid="team-progress"][data-projections="ready"]').waitFor({ timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

it("shows each salesperson's bar red or green as the demo's deals say, with the core's figures", async () => {
  const { progress } = await expected();
  const lines = progress.salespeople.map((s) => s.line);
  // The demo month is back-loaded: most of the floor is behind on the 10th, someone is ahead.
  expect(lines.some((l) => l.status === "ahead")).toBe(true);
  expect(lines.some((l) => l.status === "behind")).toBe(true);
  for (const line of lines) {
    const row = page.getByTestId(`progress-person-${line.salesperson}`);
    await expect(row.getAttribute("data-status")).resolves.toBe(line.status);
    await expect(page.getByTestId(`progress-person-${line.salesperson}-detail`).textContent()).resolves.toBe(
      lineDetail(line)
    );
  }
  await expect(page.getByTestId("progress-store-detail").textContent()).resolves.toBe(lineDetail(progress.store));
  for (const c of progress.channels)
    await expect(page.getByTestId(`progress-channel-${c.channelId}-detail`).textContent()).resolves.toBe(lineDetail(c));
  await page.screenshot({ path: "docs/team.png", fullPage: true });
});

it("ranks the leaderboard by pace against target", async () => {
  const { progress } = await expected();
  const order = leaderboard(progress.salespeople.map((s) => s.line)).map((p) => p.line.salesperson);
  await openSection("leaders");
  await expect(
    page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-name")))
  ).resolves.toEqual(order);
});

it("lists who's behind, by how many deals and since when", async () => {
  const { progress, dates, base } = await expected();
  const behind = whoIsBehind(
    progress.salespeople.map((s) => s.line),
    (n) => dates.get(`${nameKey(n)}|`) ?? [],
    AS_OF,
    base.calendar
  );
  expect(behind.length).toBeGreaterThan(0);
  await expect(
    page.getByTestId("behind-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-name")))
  ).resolves.toEqual(behind.map((b) => b.line.salesperson));
  const shorts = await page.getByTestId("behind-short").allTextContents();
  expect(shorts).toEqual(
    behind.map((b) => `${String(b.dealsShort)} ${b.dealsShort === 1 ? "deal" : "deals"} short of pace`)
  );
});

it("draws a candle a day for the salesperson picked, green when on or ahead and red when behind", async () => {
  const { progress, dates, base } = await expected();
  const ahead = progress.salespeople.find((s) => s.line.status === "ahead")?.line;
  if (!ahead || ahead.target === null) throw new Error("no one ahead in the demo month");
  await openSection("candles");
  await page.getByTestId("candles-person").selectOption(ahead.salesperson);
  const days = paceByDay(dates.get(`${nameKey(ahead.salesperson)}|`) ?? [], ahead.target, AS_OF, base.calendar);
  if (isSheetError(days)) throw new Error(days.message);
  // November 1st through the 10th: ten candles.
  expect(days).toHaveLength(10);
  await expect(
    page.getByTestId("candle").evaluateAll((c) => c.map((x) => x.getAttribute("data-ahead")))
  ).resolves.toEqual(days.map((d) => String(d.ahead)));
});

it("saves targets as they are typed, and they are still there after a reload", async () => {
  const { progress } = await expected();
  const person = progress.salespeople[0]?.line.salesperson ?? "";
  await openSection("targets");
  await page.getByTestId(`target-${person}-internet`).fill("17");
  await page.getByTestId(`target-${person}-walk-in`).fill("9");
  await page.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor({ timeout: 10000 });
  await page.goto(`${URL_TEAM()}&team=targets`);
  await page.getByTestId("targets-grid").waitFor({ timeout: 30000 });
  await expect(page.getByTestId(`target-${person}-internet`).inputValue()).resolves.toBe("17");
  await expect(page.getByTestId(`target-${person}-walk-in`).inputValue()).resolves.toBe("9");
  await page.screenshot({ path: "docs/team-targets.png", fullPage: true });
});

it("shows a target changed directly in the sheet", async () => {
  const { progress } = await expected();
  const person = progress.salespeople[2]?.line.salesperson ?? "";
  await page.evaluate(async (who) => {
    type Workbook = {
      readTables(n: string[]): Promise<Record<string, { rows: unknown[][] } | null>>;
      editTable(n: string, rows: unknown[][]): void;
    };
    const wb = (window as unknown as { pacecarPreviewWorkbook: Workbook }).pacecarPreviewWorkbook;
    const rows = ((await wb.readTables(["PacecarTargets"])).PacecarTargets?.rows ?? []).map((r) => [...r]);
    // Month | Salesperson | Channel ID | Channel | Deals | Revenue: the GSM types 33 over this month's Phone box.
    for (const r of rows) if (r[0] === "2026-11" && r[1] === who && r[2] === "phone") r[4] = 33;
    wb.editTable("PacecarTargets", rows);
  }, person);
  await page.waitForFunction(
    (id) => document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)?.value === "33",
    `target-${person}-phone`,
    { timeout: 5000 }
  );
  await expect(page.getByTestId(`target-${person}-phone`).inputValue()).resolves.toBe("33");
});

it("keeps a number typed in the sheet over one typed in the pane before it was seen, and says so beside the box", async () => {
  const { progress } = await expected();
  const person = progress.salespeople[2]?.line.salesperson ?? "";
  // Someone types 41 in the Phone cell in the sheet; the pane hasn't heard yet: its read after the
  // change event is still on its way (held 1.5 s here, as a slow Excel would).
  await page.evaluate((who) => {
    type Workbook = {
      readTargets(): Promise<unknown>;
      readTables(n: string[]): Promise<Record<string, { rows: unknown[][] } | null>>;
      editTable(n: string, rows: unknown[][]): void;
    };
    const wb = (window as unknown as { pacecarPreviewWorkbook: Workbook }).pacecarPreviewWorkbook;
    const read = wb.readTargets.bind(wb);
    wb.readTargets = () => new Promise((resolve) => setTimeout(() => resolve(read()), 1500));
    return wb.readTables(["PacecarTargets"]).then((t) => {
      const rows = (t.PacecarTargets?.rows ?? []).map((r) => [...r]);
      for (const r of rows) if (r[0] === "2026-11" && r[1] === who && r[2] === "phone") r[4] = 41;
      wb.editTable("PacecarTargets", rows);
    });
  }, person);
  // The GSM, still seeing 33, types 12 over it in the pane.
  await page.getByTestId(`target-${person}-phone`).fill("12");
  await page
    .getByTestId(`target-${person}-phone-note`)
    .filter({ hasText: "changed in the sheet to 41" })
    .waitFor({ timeout: 10000 });
  await expect(page.getByTestId(`target-${person}-phone`).inputValue()).resolves.toBe("41");
  const kept = await page.evaluate(async (who) => {
    type Workbook = { readTables(n: string[]): Promise<Record<string, { rows: unknown[][] } | null>> };
    const wb = (window as unknown as { pacecarPreviewWorkbook: Workbook }).pacecarPreviewWorkbook;
    const rows = (await wb.readTables(["PacecarTargets"])).PacecarTargets?.rows ?? [];
    return rows.find((r) => r[0] === "2026-11" && r[1] === who && r[2] === "phone")?.[4];
  }, person);
  expect(kept).toBe(41);
  // Reads as quick as before for the tests that follow.
  await page.evaluate(
    () =>
      void delete (window as unknown as { pacecarPreviewWorkbook: { readTargets?: unknown } }).pacecarPreviewWorkbook
        .readTargets
  );
});

it("warns about a salesperson left without a target this month", async () => {
  const { progress } = await expected();
  const person = progress.salespeople[1]?.line.salesperson ?? "";
  for (const id of ["walk-in", "internet", "phone", "referral", "repeat", "service-drive"])
    await page.getByTestId(`target-${person}-${id}`).fill("");
  await page.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor({ timeout: 10000 });
  await openSection("progress");
  await expect(page.getByTestId("missing-targets").textContent()).resolves.toContain(person);
});

it("locks the targets: the grid turns read-only until unlocked with the password", async () => {
  await openSection("setup");
  await page.getByTestId("lock-password").fill("gsm");
  await page.getByTestId("lock-targets").click();
  await page.getByTestId("lock-note").filter({ hasText: "protected" }).waitFor({ timeout: 5000 });
  await openSection("targets");
  await page.getByTestId("locked-note").waitFor({ timeout: 5000 });
  const box = page.getByTestId(`target-${(await expected()).progress.salespeople[0]?.line.salesperson ?? ""}-internet`);
  await expect(box.getAttribute("readonly")).resolves.not.toBeNull();
  await openSection("setup");
  await page.getByTestId("lock-password").fill("wrong");
  await page.getByTestId("lock-targets").click();
  await page.getByTestId("lock-note").filter({ hasText: "not correct" }).waitFor({ timeout: 5000 });
  await page.getByTestId("lock-password").fill("gsm");
  await page.getByTestId("lock-targets").click();
  await page.getByTestId("lock-note").filter({ hasText: "unlocked" }).waitFor({ timeout: 5000 });
  await openSection("targets");
  await expect(box.getAttribute("readonly")).resolves.toBeNull();
});

it("sums the quarter's three months, with the deals sold so far this quarter", async () => {
  const { base, progress } = await expected();
  const person = progress.salespeople[3]?.line.salesperson ?? "";
  const demo = demoWorkbook(AS_OF);
  // Q4 2026: October and November have demo targets, December none yet.
  const quarter =
    (salespersonTarget(demo.targetRows, "2026-10", person) ?? 0) +
    (salespersonTarget(demo.targetRows, "2026-11", person) ?? 0);
  await page.getByTestId("quarter-view").click();
  await expect(page.getByTestId(`total-${person}`).textContent()).resolves.toBe(formatUnits(quarter));
  await expect(page.getByTestId("quarter-sold").textContent()).resolves.toBe(
    formatUnits(quarterDeals(base.deals, "2026-11", AS_OF).get("") ?? 0)
  );
  await page.getByTestId("quarter-view").click();
});

it("renames one salesperson and retires another; both still so after a reload", async () => {
  const { progress } = await expected();
  const renamed = progress.salespeople[4]?.line;
  const retired = progress.salespeople[5]?.line.salesperson ?? "";
  if (!renamed || retired === "") throw new Error("the demo floor has fewer than six salespeople");
  const newName = `${renamed.salesperson} Jr`;
  await openSection("targets");
  const internet = await page.getByTestId(`target-${renamed.salesperson}-internet`).inputValue();
  await openSection("setup");
  const name = page.getByTestId(`salesperson-name-${renamed.salesperson}`);
  await name.fill(newName);
  await name.press("Enter");
  await page.getByTestId("salespeople-note").filter({ hasText: "is now" }).waitFor({ timeout: 5000 });
  await page.getByTestId(`retire-salesperson-${retired}`).click();
  await page.getByTestId(`unretire-salesperson-${retired}`).waitFor({ timeout: 5000 });
  // Saved: the preview keeps the workbook's tables in the browser's storage, which outlasts the reload.
  await page.waitForFunction(
    ([key, who, gone]) => {
      const kept = JSON.parse(localStorage.getItem(key) ?? "{}") as {
        salespeople?: unknown[][] | null;
        targets?: unknown[][] | null;
      };
      const people = kept.salespeople ?? [];
      return (
        people.some((r) => r[0] === who) &&
        people.some((r) => r[0] === gone && r[2] === "2026-11") &&
        (kept.targets ?? []).some((r) => r[1] === who)
      );
    },
    [previewStorageKey(AS_OF), newName, retired] as const,
    { timeout: 10000 }
  );
  await page.goto(`${URL_TEAM()}&team=targets`);
  await page.getByTestId("targets-grid").waitFor({ timeout: 30000 });
  // The typed target moved with the name; the retired salesperson is off the grid.
  await expect(page.getByTestId(`target-${newName}-internet`).inputValue()).resolves.toBe(internet);
  await expect(page.getByTestId(`target-${renamed.salesperson}-internet`).count()).resolves.toBe(0);
  await expect(page.getByTestId(`target-${retired}-internet`).count()).resolves.toBe(0);
  // Deals logged under the old name still count for the new one; the retired one has no bar.
  await openSection("progress");
  await expect(page.getByTestId(`progress-person-${newName}-detail`).textContent()).resolves.toContain(
    `${formatUnits(renamed.mtd)} of ${formatUnits(renamed.target ?? 0)}`
  );
  await expect(page.getByTestId(`progress-person-${retired}`).count()).resolves.toBe(0);
  await expect(page.getByTestId("missing-targets").textContent()).resolves.not.toContain(retired);
  // Brought back: on the grid again.
  await openSection("setup");
  await page.getByTestId(`unretire-salesperson-${retired}`).click();
  await openSection("progress");
  await page.getByTestId(`progress-person-${retired}`).waitFor({ timeout: 5000 });
});

it("maps the deal log to a plain range: columns detected from its header, kept in the settings, read from the range", async () => {
  const reference = "'DMS Export'!A1:M5000";
  await page.evaluate(() => {
    type Workbook = { addSheet(name: string, rows: unknown[][]): void };
    const wb = (window as unknown as { pacecarPreviewWorkbook: Workbook }).pacecarPreviewWorkbook;
    // A DMS export pasted as is, not a table: 45976 is 15 November 2025.
    wb.addSheet("DMS Export", [
      ["Deal #", "Contract Date", "Salesman", "Source"],
      [1, 45976, "Ana Diaz", "Internet"],
    ]);
  });
  await openSection("setup");
  await page.getByTestId("mapping-kind-range").check();
  await page.getByTestId("mapping-range").fill(reference);
  await page.getByTestId("mapping-read-range").click();
  // Detected from the header: the contract date is the sold date, the salesman the salesperson.
  await page.waitForFunction(
    () => document.querySelector<HTMLSelectElement>('[data-testid="mapping-soldDate"]')?.value === "Contract Date",
    undefined,
    { timeout: 5000 }
  );
  await expect(page.getByTestId("mapping-salesperson").inputValue()).resolves.toBe("Salesman");
  await page.getByTestId("mapping-channel").selectOption("Source");
  await page.getByTestId("save-mapping").click();
  await page.getByTestId("mapping-note").filter({ hasText: "Saved in the workbook" }).waitFor({ timeout: 5000 });
  const read = await page.evaluate(async () => {
    type Workbook = {
      readSnapshot(): Promise<{ dealLog: { source: string; rows: unknown[][] } | null; dealLogMapping?: unknown }>;
    };
    const snapshot = await (
      window as unknown as { pacecarPreviewWorkbook: Workbook }
    ).pacecarPreviewWorkbook.readSnapshot();
    return { source: snapshot.dealLog?.source, rows: snapshot.dealLog?.rows.length, mapping: snapshot.dealLogMapping };
  });
  // The address spans A:M; the export's four columns are read with blank ones beside them, its blank rows below dropped.
  expect(read).toEqual({
    source: reference,
    rows: 2,
    mapping: {
      table: reference,
      kind: "range",
      columns: { soldDate: "Contract Date", salesperson: "Salesman", channel: "Source" },
    },
  });
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
