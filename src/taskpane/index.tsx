import { createRoot } from "react-dom/client";
import { parseDateText, todaySerial } from "../core/calendar";
import { App } from "./App";
import { themeFromOffice } from "./officeTheme";

/**
 * Starts the pane once Office is ready. Inside Excel it reads the workbook through Office.js;
 * in the preview (no office.js on the page, or no Office host) it runs on the demo dealership.
 */
async function boot(): Promise<void> {
  const inExcel = typeof Office !== "undefined" && (await Office.onReady()).host === Office.HostType.Excel;
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (inExcel) {
    const { officePort } = await import(/* webpackChunkName: "office-port" */ "./officePort");
    root.render(
      <App
        port={officePort(Office.context.document.settings)}
        asOf={todaySerial()}
        theme={themeFromOffice(Office.context.officeTheme)}
        storeName="This month"
      />
    );
    return;
  }
  // ?asOf=2025-03-10 pins the preview's date (the end-to-end tests use it); otherwise today.
  const asOfText = new URLSearchParams(window.location.search).get("asOf");
  const asOf = (asOfText && parseDateText(asOfText)) || todaySerial();
  const { demoPort } = await import(/* webpackChunkName: "demo-port" */ "./demoPort");
  const demo = demoPort(asOf, storageOrNull());
  // The preview's workbook, reachable from the page: tests (and the curious, from devtools) edit its tables "in the sheet".
  (window as unknown as { pacecarPreviewWorkbook?: unknown }).pacecarPreviewWorkbook = demo.port;
  root.render(<App port={demo.port} asOf={asOf} theme={themeFromOffice(undefined)} storeName={demo.storeName} />);
}

/** The browser's storage, or null where it is blocked (private modes, sandboxed frames). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // No storage: the preview still works, edits just don't outlast a reload.
    return null;
  }
}

boot().catch((error: unknown) => {
  // Nothing to keep yet at this point; say what broke instead of a pane stuck on "Loading".
  const root = document.getElementById("root");
  if (root) root.textContent = `Pacecar couldn't start: ${error instanceof Error ? error.message : String(error)}`;
});
