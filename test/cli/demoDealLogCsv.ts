/**
 * The demo dealership's deal log as a DMS would export it to CSV: the DEAL_LOG_HEADERS row, then
 * one row per deal with the sold date as US text (3/7/2025), fields quoted only where needed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialToDate } from "../../src/core/calendar";
import { DEAL_LOG_HEADERS, dealToRow, type Deal } from "../../src/core/dealLog";

/** 3/7/2025, as a US DMS writes a date. */
export function usDate(serial: number): string {
  const { year, month, day } = serialToDate(serial);
  return `${month}/${day}/${year}`;
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a deal log; `extraLines` (raw CSV lines) are appended after the deals. */
export function dealLogCsv(deals: readonly Deal[], extraLines: readonly string[] = []): string {
  const lines = [DEAL_LOG_HEADERS.map(field).join(",")];
  for (const deal of deals) {
    const row = dealToRow(deal);
    row[1] = usDate(deal.soldDate);
    lines.push(row.map(field).join(","));
  }
  return [...lines, ...extraLines].join("\n") + "\n";
}

/** A fresh temporary folder for a test file's files. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes text to dir/name and returns the path. */
export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, "utf8");
  return path;
}
