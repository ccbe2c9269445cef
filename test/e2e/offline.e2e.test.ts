/*
 * The pane works offline and under its Content-Security-Policy: every request that isn't to the
 * local server is aborted (and counted), every tab is opened and used a little, and the pane must
 * keep working with zero outside requests attempted and no policy violation reported. The served
 * pages must carry the policies the build writes.
 */
import type { Browser, Page } from "playwright-core";
import { launchPreview } from "./launchPreview";
import { VIEWS } from "../../src/taskpane/views/views";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewCsp, taskpaneCsp, OFFICE_TELEMETRY_FRAME } = require("../../scripts/contentSecurityPolicy.cjs") as {
  previewCsp: () => string;
  taskpaneCsp: () => string;
  OFFICE_TELEMETRY_FRAME: string;
};

const BASE = process.env.E2E_BASE_URL ?? "";
let browser: Browser;
let page: Page;
const outside: string[] = [];
const blocked: string[] = [];
const consoleErrors: string[] = [];
const pageErrors: string[] = [];

/** What each tab shows once it has read the workbook, and a little use of it (null: just look). */
const USE: Record<string, { ready: string; use: ((p: Page) => Promise<void>) | null }> = {
  month: {
    ready: "first-screen",
    use: async (p) => {
      await p.getByTestId("store-target-input").fill("151");
      await p.getByTestId("selling-days").waitFor();
    },
  },
  team: {
    ready: "view-team",
    use: async (p) => {
      const month = p.getByTestId("team-month");
      const options = await month.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const other = options.find((v) => v !== "") ?? "";
      await month.selectOption(other);
    },
  },
  programs: { ready: "view-programs", use: (p) => p.getByTestId("add-program").click() },
  floor: { ready: "view-floor", use: (p) => p.getByTestId("floor-board").first().waitFor({ timeout: 30000 }) },
  budget: {
    ready: "view-budget",
    use: async (p) => {
      if ((await p.getByTestId("budget-create").count()) > 0) await p.getByTestId("budget-create").click();
    },
  },
  "close-gap": { ready: "view-close-gap", use: null },
};

/** The policy violations the page reported, kept on window by a script that runs before the pane. */
async function violations(p: Page): Promise<string[]> {
  return p.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

async function guard(p: Page): Promise<void> {
  p.on("pageerror", (e) => pageErrors.push(e.message));
  p.on("websocket", (ws) => outside.push(ws.url()));
  await p.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // Anything not for the local server is aborted before it leaves the machine.
  await p.context().route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || ["127.0.0.1", "localhost"].includes(url.hostname)) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
}

beforeAll(async () => {
  if (!BASE) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`");
  ({ browser, page } = await launchPreview({ height: 760, outside, consoleErrors }));
  await guard(page);
  await page.goto(`${BASE}/preview.html?asOf=2026-11-10`);
  await page.getByTestId("first-screen").waitFor({ timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

it.each(VIEWS.map((v) => [v.label, v.id] as const))(
  "the %s tab opens and works with the network cut",
  async (_, id) => {
    const want = USE[id];
    if (!want) throw new Error(`no check for the ${id} tab: add one`);
    await page.getByTestId(`tab-${id}`).click();
    await page.getByTestId(want.ready).first().waitFor({ timeout: 30000 });
    if (want.use) await want.use(page);
    // Still a working pane: its tabs are there, the view is there, nothing failed to load.
    await page.getByTestId(want.ready).first().waitFor({ timeout: 10000 });
    await expect(page.getByTestId(`tab-${id}`).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByTestId("load-error").count()).resolves.toBe(0);
  }
);

it("each view opened from its address works too", async () => {
  for (const v of VIEWS) {
    const want = USE[v.id];
    const second = await browser.newPage({ viewport: { width: 380, height: 760 } });
    await guard(second);
    await second.goto(`${BASE}/preview.html?asOf=2026-11-10&view=${v.id}`);
    await second
      .getByTestId(want?.ready ?? "")
      .first()
      .waitFor({ timeout: 30000 });
    expect({ view: v.id, violations: await violations(second) }).toEqual({ view: v.id, violations: [] });
    await second.close();
  }
});

it("the task pane page loads office.js under its policy without a violation; only office.js's own telemetry reaches out", async () => {
  // Outside Office, office.js still starts (and says so), and the pane falls back to the demo.
  const pane = await browser.newPage({ viewport: { width: 380, height: 760 } });
  const reached: string[] = [];
  pane.on("request", (r) => {
    if (!new URL(r.url()).hostname.match(/^(127\.0\.0\.1|localhost)$/)) reached.push(r.url());
  });
  await pane.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await pane
    .context()
    .route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()
    );
  await pane.goto(`${BASE}/taskpane.html?asOf=2026-11-10`);
  await pane.getByTestId("first-screen").waitFor({ timeout: 30000 });
  await pane.waitForTimeout(1000);
  expect(await violations(pane)).toEqual([]);
  for (const url of reached) expect(url.startsWith(`${OFFICE_TELEMETRY_FRAME}/`)).toBe(true);
  await pane.close();
});

it("serves the preview and the task pane with the policies the build writes", async () => {
  const meta = (html: string) => /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1];
  const preview = await (await fetch(`${BASE}/preview.html`)).text();
  const taskpane = await (await fetch(`${BASE}/taskpane.html`)).text();
  expect(meta(preview)).toBe(previewCsp());
  expect(meta(taskpane)).toBe(taskpaneCsp());
  // No inline script or style in either page: the policies allow none.
  for (const html of [preview, taskpane]) {
    expect(html).toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\bstyle=/);
  }
});

it("attempted no request outside localhost and reported no policy violation or error", async () => {
  expect(await violations(page)).toEqual([]);
  expect(blocked).toEqual([]);
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
});
