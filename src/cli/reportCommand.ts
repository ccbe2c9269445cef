import { isoDate, parseDateText } from "../core/calendar";
import { isSheetError } from "../core/errors";
import { isOpenFailure, openDealLog } from "./openDealLog";
import { monthReport, reportLines } from "./report";
import { skippedSummary } from "./skippedSummary";

/**
 * `pacecar report FILE [--as-of DATE]`: the month so far in the terminal. Without --as-of the
 * report is as of the file's last deal date — an exported or historical log has no "today".
 * @returns the exit code: 0, or 2 with a one-line message on printError.
 */
export async function runReport(
  path: string,
  asOfText: string | undefined,
  print: (line: string) => void,
  printError: (line: string) => void
): Promise<number> {
  let asOf: number | null = null;
  if (asOfText !== undefined) {
    asOf = parseDateText(asOfText);
    if (asOf === null) {
      printError(`--as-of must be a date like 2025-03-10 (got "${asOfText}")`);
      return 2;
    }
  }
  const opened = await openDealLog(path);
  if (isOpenFailure(opened)) {
    printError(opened.error);
    return 2;
  }
  const { log, label, calendar, targets, holidays } = opened;
  let lastDeal = -Infinity;
  for (const d of log.deals) lastDeal = Math.max(lastDeal, d.soldDate);
  const day = asOf ?? (Number.isFinite(lastDeal) ? lastDeal : null);
  if (day === null) {
    printError(`${label}: no deals in the file. ${skippedSummary(log).join(" ")}`);
    return 2;
  }
  const report = monthReport(log.deals, day, calendar, targets);
  if (isSheetError(report)) {
    const firstDeal = log.deals.reduce((a, d) => Math.min(a, d.soldDate), Infinity);
    printError(
      report.key === "asOfBeforeFirstDeal"
        ? `--as-of ${isoDate(day)} is before the first deal in ${label} (${isoDate(firstDeal)})`
        : `${label}: ${report.message}`
    );
    return 2;
  }
  for (const line of reportLines(report, {
    source: label,
    asOfIsLastDeal: asOf === null,
    readSummary: skippedSummary(log),
    holidays,
  }))
    print(line);
  return 0;
}
