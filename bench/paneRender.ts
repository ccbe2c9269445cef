/*
 * The task pane's first render in headless Chromium, as a multiple of an empty Fluent page (a
 * FluentProvider and one Text, dist/empty-fluent.html) measured in the same run on the same machine:
 * time from navigation to the first meaningful screen (the preview's month, pinned to one date;
 * the baseline's text), each load in a fresh browser context (nothing cached), several runs each,
 * medians. Reads the production build in dist/ (run `npm run build` first) and reports the bundle
 * sizes beside it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { bundleMarkdown, bundleReport, BUDGET_BYTES } from "../scripts/bundle-size.mjs";
import { serveStatic } from "../scripts/serveStatic.mjs";

const DIST = "dist";
const RUNS = 9;
/** The pane's page and what it shows once it has read the workbook; the baseline's page and its text. */
const PANE = { path: "preview.html?asOf=2026-11-10", ready: "first-screen" };
const EMPTY = { path: "empty-fluent.html", ready: "empty-fluent" };

/** One load: ms from navigation start until `ready` is in the page, and until its last script had arrived. */
interface Load {
  readonly ready: number;
  readonly scripts: number;
}

/** Loads the page in a fresh context; an observer records the moment `ready` lands. */
async function firstRender(browser: Browser, base: string, page: { path: string; ready: string }): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 380, height: 760 } });
  const tab = await context.newPage();
  // As text, not a function: a transpiler's helpers (name keeping) don't exist in the page.
  await tab.addInitScript(`
    new MutationObserver((_, observer) => {
      if (window.readyAt === undefined && document.querySelector('[data-testid="${page.ready}"]')) {
        window.readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  await tab.goto(`${base}/${page.path}`);
  await tab.getByTestId(page.ready).first().waitFor({ timeout: 60000 });
  const load = await tab.evaluate(`({
    ready: window.readyAt ?? NaN,
    scripts: Math.max(0, ...performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js")).map((e) => e.responseEnd)),
  })`);
  await context.close();
  return load as Load;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/**
 * The benchmark page's section on the pane: first render against the empty Fluent page, and the
 * bundle sizes with the 200 KB gzip budget. Call after `npm run build`.
 */
export async function paneRenderSection(): Promise<string> {
  if (!existsSync(`${DIST}/chunks.json`) || !existsSync(`${DIST}/${EMPTY.path}`))
    throw new Error("dist/ holds no current build: run `npm run build` first.");
  const server = await serveStatic(DIST);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? String(address.port) : ""}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--headless=new",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  const pane: Load[] = [];
  const empty: Load[] = [];
  try {
    // One of each first, not counted: the OS file cache and the browser's own start.
    await firstRender(browser, base, PANE);
    await firstRender(browser, base, EMPTY);
    // Alternating, so a slow spell of a shared machine lands on both.
    for (let i = 0; i < RUNS; i++) {
      pane.push(await firstRender(browser, base, PANE));
      empty.push(await firstRender(browser, base, EMPTY));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const report = bundleReport(DIST);
  const paneStart = report.start["taskpane.html"]?.gzip ?? Number.NaN;
  const range = (xs: readonly number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  const ready = (loads: readonly Load[]) => loads.map((l) => l.ready);
  // What runs after the last script arrived: the page's own work (for the preview, building the demo dealership and its first screen).
  const after = (loads: readonly Load[]) => median(loads.map((l) => l.ready - l.scripts)).toFixed(0);
  const [p, e] = [ready(pane), ready(empty)];
  return [
    "## Task pane: first render and bundle size",
    "",
    `First meaningful screen in headless Chromium (fresh context each load, nothing cached), median of ${String(RUNS)} loads each, alternating, in the same run:`,
    "",
    "| Page | Median ms | Range ms | of which after the last script arrived (median ms) | × empty Fluent page |",
    "|---|---|---|---|---|",
    `| preview.html?asOf=2026-11-10 until its month shows (first-screen) | ${median(p).toFixed(0)} | ${range(p)} | ${after(pane)} | **${(median(p) / median(e)).toFixed(2)}** |`,
    `| empty-fluent.html: FluentProvider + one Text | ${median(e).toFixed(0)} | ${range(e)} | ${after(empty)} | 1 |`,
    "",
    `Bundle sizes (gzip level 9; office.js not counted). Budget for the task pane at start in Excel: ${(BUDGET_BYTES / 1024).toFixed(0)} KB gzip — ${paneStart <= BUDGET_BYTES ? "within" : "OVER"} (${(paneStart / 1024).toFixed(1)} KB).`,
    "",
    bundleMarkdown(report),
    "",
  ].join("\n");
}
