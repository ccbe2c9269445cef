/*
 * The pane's tabs in a real headless Chromium against the built preview: every view opens from its
 * tab (by mouse and by keyboard) without a page error or a failed read, on the demo dealership, and
 * nothing is fetched from outside localhost.
 */
import type { Browser, Page } from "playwright-core";
import { launchPreview } from "./launchPreview";
import { VIEWS } from "../../src/taskpane/views/views";

const BASE = process.env.E2E_BASE_URL ?? "";
let browser: Browser;
let page: Page;
const problems: string[] = [];
const outside: string[] = [];

/** The element each view shows once it has read what it needs. */
const ready = (id: string) => (id === "month" ? "first-screen" : `view-${id}`);

beforeAll(async () => {
  if (!BASE) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`");
  ({ browser, page } = await launchPreview({ height: 760, outside, consoleErrors: problems }));
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${BASE}/preview.html?asOf=2026-11-10`);
  await page.getByTestId("first-screen").waitFor({ timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

it.each(VIEWS.map((v) => [v.label, v.id] as const))("the %s tab opens its view", async (_, id) => {
  await page.getByTestId(`tab-${id}`).click();
  await page.getByTestId(ready(id)).first().waitFor({ timeout: 30000 });
  await expect(page.getByTestId(`tab-${id}`).getAttribute("aria-selected")).resolves.toBe("true");
  await expect(page.getByTestId("load-error").count()).resolves.toBe(0);
});

it("moves between tabs from the keyboard", async () => {
  await page.getByTestId("tab-month").click();
  await page.getByTestId("first-screen").waitFor();
  await page.getByTestId("tab-month").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByTestId("view-team").first().waitFor({ timeout: 30000 });
  await expect(page.getByTestId("tab-team").getAttribute("aria-selected")).resolves.toBe("true");
});

it("opens the view the address names", async () => {
  const second = await browser.newPage({ viewport: { width: 380, height: 760 } });
  await second.goto(`${BASE}/preview.html?asOf=2026-11-10&view=floor`);
  await second.getByTestId("view-floor").waitFor({ timeout: 30000 });
  await expect(second.getByTestId("tab-floor").getAttribute("aria-selected")).resolves.toBe("true");
  await second.close();
});

it("had no page errors and fetched nothing from outside", () => {
  expect(problems).toEqual([]);
  expect(outside).toEqual([]);
});
