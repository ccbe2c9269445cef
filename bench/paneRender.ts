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

/** Milliseconds from navigation start to the moment `ready` is in the page (an observer records it as it lands). */
async function firstRenderMs(browser: Browser, base: string, page: { path: string; ready: string }): Promise<number> {
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
  const ms = await tab.evaluate(() => (window as unknown as { readyAt?: number }).readyAt ?? Number.NaN);
  await context.close();
  return ms;
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
  if (!existsSync(`${DIST}/chunks.json`) || !existsSync(`${DIST}/${EMPTY.path}`)) throw new Error("dist/ holds no current build: run `npm run build` first.");
  const server = await serveStatic(DIST);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? String(address.port) : ""}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--headless=new", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  const pane: number[] = [];
  const empty: number[] = [];
  try {
    // One of each first, not counted: the OS file cache and the browser's own start.
    await firstRenderMs(browser, base, PANE);
    await firstRenderMs(browser, base, EMPTY);
    // Alternating, so a slow spell of a shared machine lands on both.
    for (let i = 0; i < RUNS; i++) {
      pane.push(await firstRenderMs(browser, base, PANE));
      empty.push(await firstRenderMs(browser, base, EMPTY));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const report = bundleReport(DIST);
  const paneStart = report.start["taskpane.html"]?.gzip ?? Number.NaN;
  const range = (xs: readonly number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  return [
    "## Task pane: first render and bundle size",
    "",
    `First meaningful screen in headless Chromium (fresh context each load, nothing cached), median of ${String(RUNS)} loads each, alternating, in the same run:`,
    "",
    "| Page | Median ms | Range ms | × empty Fluent page |",
    "|---|---|---|---|",
    `| preview.html?asOf=2026-11-10 until its month shows (first-screen) | ${median(pane).toFixed(0)} | ${range(pane)} | **${(median(pane) / median(empty)).toFixed(2)}** |`,
    `| empty-fluent.html: FluentProvider + one Text | ${median(empty).toFixed(0)} | ${range(empty)} | 1 |`,
    "",
    `Bundle sizes (gzip level 9; office.js not counted). Budget for the task pane at start in Excel: ${(BUDGET_BYTES / 1024).toFixed(0)} KB gzip — ${paneStart <= BUDGET_BYTES ? "within" : "OVER"} (${(paneStart / 1024).toFixed(1)} KB).`,
    "",
    bundleMarkdown(report),
    "",
  ].join("\n");
}
