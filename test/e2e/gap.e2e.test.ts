/*
 * The "Close the gap" view in a real headless Chromium against the built preview: it must show what
 * the core computes for the demo dealership, let the GSM change the plan with the keyboard and see its
 * effect, save the holding cost per day, and load nothing from outside localhost.
 */
import type { Browser, Page } from "playwright-core";
import { openPreview } from "./launchPreview";
import { dateToSerial } from "../../src/core/calendar";
import { gapPlan, type GapPlan, type PlanChoice } from "../../src/core/gap/plan";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { formatChance, formatUnits } from "../../src/taskpane/format";
import {
  agedSide,
  CLOSE_GAP_TABLES,
  formatMoney,
  monthSide,
  pipelineSide,
  planFor,
  planInput,
  type PipelineSide,
} from "../../src/taskpane/gap/closeGapModel";
import { statusLabel } from "../../src/core/gap/pipeline";
import {
  pipelineText,
  planEffectText,
  pushEffectText,
  recommendationText,
  revisitEffectText,
} from "../../src/taskpane/gap/closeGapText";
import type { GapPlanInput } from "../../src/core/gap/plan";

const AS_OF_TEXT = "2026-11-10";
const AS_OF = dateToSerial(2026, 11, 10);

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

/** What the core computes for the demo store, through the same port and model the pane uses. */
async function expected(
  costPerDay = 30
): Promise<{ input: GapPlanInput; plan: GapPlan; recommended: PlanChoice; openCount: number; pipeline: PipelineSide }> {
  const demo = demoWorkbook(AS_OF);
  const workbook = new MemoryWorkbook(
    { source: "Deals", rows: demo.dealRows },
    demo.targets,
    demo.holidays,
    demo.tables.map((t) => ({ source: t.name, rows: t.rows }))
  );
  const tables = await workbook.readTables([...CLOSE_GAP_TABLES]);
  const pipeline = pipelineSide(tables, AS_OF);
  const input = planInput(
    monthSide(await workbook.readSnapshot(), AS_OF),
    agedSide(tables, AS_OF, costPerDay),
    pipeline
  );
  if (!input) throw new Error("the demo store has no target or projection to plan against");
  return { input, ...planFor(input, null), openCount: pipeline.revisits.length, pipeline };
}

const text = (testId: string) => page.getByTestId(testId).first().textContent();

beforeAll(async () => {
  ({ browser, page } = await openPreview({
    path: `preview.html?asOf=${AS_OF_TEXT}&view=close-gap`,
    ready: "gap-plan-effect",
    height: 760,
    outside,
    consoleErrors,
  }));
});

afterAll(async () => {
  await browser?.close();
});

it("opens on the Close the gap tab with the gap between target and the projection", async () => {
  const { plan } = await expected();
  await expect(page.getByTestId("tab-close-gap").getAttribute("aria-selected")).resolves.toBe("true");
  await expect(text("gap-target-value")).resolves.toBe(formatUnits(plan.target));
  await expect(text("gap-projected-value")).resolves.toBe(formatUnits(plan.projected));
  await expect(text("gap-gap-value")).resolves.toBe(formatUnits(Math.abs(plan.gap)));
  await expect(text("gap-prob-now-value")).resolves.toBe(formatChance(plan.probNow));
});

it("recommends a plan and says what it does to the chance of making the number", async () => {
  const { plan, recommended } = await expected();
  await expect(text("gap-recommendation")).resolves.toBe(recommendationText(plan, recommended));
  await expect(text("gap-plan-effect")).resolves.toBe(planEffectText(plan));
  await expect(text("push-effect")).resolves.toBe(pushEffectText(plan));
  await expect(text("revisit-effect")).resolves.toBe(revisitEffectText(plan));
  await page.screenshot({ path: "docs/close-gap.png", fullPage: true });
});

it("lists the aged units oldest first and the deals to revisit best first", async () => {
  const { input, plan } = await expected();
  const agedRows = page.getByTestId("aged-row");
  await expect(agedRows.count()).resolves.toBe(Math.min(input.agedUnits.length, Math.max(10, plan.choice.pushUnits)));
  const firstUnit = input.agedUnits[0];
  if (!firstUnit) throw new Error("the demo lot has no aged unit");
  await expect(agedRows.first().textContent()).resolves.toContain(firstUnit.stock);
  await expect(agedRows.first().textContent()).resolves.toContain(formatMoney(firstUnit.costAtMonthEnd));
  const firstDeal = input.revisits[0];
  if (!firstDeal) throw new Error("the demo pipeline has no open deal");
  await expect(page.getByTestId("revisit-row").first().textContent()).resolves.toContain(firstDeal.id);
  const { pipeline } = await expected();
  for (const r of pipeline.statusRates)
    await expect(text("revisit-basis")).resolves.toContain(`${statusLabel(r.status)} ${formatChance(r.rate)}`);
});

it("says what the pipeline expects beside the projection", async () => {
  const { plan, openCount } = await expected();
  await expect(text("pipeline-says")).resolves.toBe(pipelineText(plan, openCount, AS_OF));
});

it("lets the GSM change the plan from the keyboard and shows its new effect", async () => {
  const { input, recommended } = await expected();
  const push = page.getByTestId("push-units");
  await push.fill("0");
  await push.press("Tab");
  const none = gapPlan(input, { pushUnits: 0, revisitCount: recommended.revisitCount });
  await expect(text("gap-plan-effect")).resolves.toBe(planEffectText(none));
  await push.focus();
  await push.press("ArrowUp");
  await push.press("ArrowUp");
  const two = gapPlan(input, { pushUnits: 2, revisitCount: recommended.revisitCount });
  await page.getByText(pushEffectText(two)).waitFor({ timeout: 5000 });
  await expect(text("gap-plan-effect")).resolves.toBe(planEffectText(two));
});

it("saves the holding cost per day and re-costs the aged units with it", async () => {
  const input = page.getByTestId("cost-per-day-input");
  await input.fill("40");
  await page.getByText("Saved in the workbook (PacecarSettings)").waitFor({ timeout: 5000 });
  const { input: at40 } = await expected(40);
  const first = at40.agedUnits[0];
  if (!first) throw new Error("the demo lot has no aged unit");
  await expect(page.getByTestId("aged-row").first().textContent()).resolves.toContain(
    formatMoney(first.costAtMonthEnd)
  );
});

it("keeps text that isn't an amount in the box and says what to type", async () => {
  const input = page.getByTestId("cost-per-day-input");
  await input.fill("4o");
  await expect(input.inputValue()).resolves.toBe("4o");
  await page.getByText("Type dollars per day, 0 or more").waitFor({ timeout: 5000 });
});

it("loads nothing from outside localhost and logs no errors", () => {
  expect(outside).toEqual([]);
  expect(consoleErrors.filter((e) => !/outside of Office|Office\.js/i.test(e))).toEqual([]);
});
