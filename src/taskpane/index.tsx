import { createRoot } from "react-dom/client";
import { parseDateText, todaySerial } from "../core/calendar";
import { App } from "./App";
import { themeFromOffice } from "./officeTheme";

/**
 * Starts the pane once Office is ready. Inside Excel it reads the workbook through Office.js;
 * in a plain browser (the preview) Office reports no host, and the pane runs on the demo dealership.
 */
async function boot(): Promise<void> {
  const info = await Office.onReady();
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (info.host === Office.HostType.Excel) {
    const { officePort } = await import("./officePort");
    root.render(<App port={officePort()} asOf={todaySerial()} theme={themeFromOffice(Office.context.officeTheme)} storeName="This month" />);
    return;
  }
  // ?asOf=2025-03-10 pins the preview's date (the end-to-end tests use it); otherwise today.
  const asOfText = new URLSearchParams(window.location.search).get("asOf");
  const asOf = (asOfText && parseDateText(asOfText)) || todaySerial();
  const { demoPort } = await import("./demoPort");
  const demo = demoPort(asOf);
  root.render(<App port={demo.port} asOf={asOf} theme={themeFromOffice(undefined)} storeName={demo.storeName} />);
}

void boot();
