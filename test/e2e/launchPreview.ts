/* The browser every preview test drives: Debian's chromium, headless, kept off the network, and a page that records what it fetched from outside localhost and what it logged as errors. */
import { chromium, type Browser, type Page } from "playwright-core";

export interface PreviewWatch {
  /** Viewport height. */
  readonly height: number;
  /** Viewport width; a task pane's 380 px unless said. */
  readonly width?: number;
  /** Filled with every URL the page requests outside localhost. */
  readonly outside: string[];
  /** Filled with every console error. */
  readonly consoleErrors: string[];
}

export async function launchPreview({
  height,
  width = 380,
  outside,
  consoleErrors,
}: PreviewWatch): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Without the background-networking flags chromium reaches for Google's hosts at start.
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
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") outside.push(req.url());
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  return { browser, page };
}

export interface PreviewOpen extends PreviewWatch {
  /** The page under the served build, e.g. `preview.html?asOf=2026-11-10&view=floor`. */
  readonly path: string;
  /** The test id of what the page shows once it has read the workbook. */
  readonly ready: string;
}

/** Launches the browser, opens a preview page on the server scripts/e2e.mjs started, and waits until it is ready. */
export async function openPreview({ path, ready, ...watch }: PreviewOpen): Promise<{ browser: Browser; page: Page }> {
  const base = process.env.E2E_BASE_URL ?? "";
  if (!base) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`");
  const opened = await launchPreview(watch);
  await opened.page.goto(`${base}/${path}`);
  await opened.page.getByTestId(ready).first().waitFor({ timeout: 30000 });
  return opened;
}
