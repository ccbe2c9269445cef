import { basename } from "node:path";
import { storeCalendar, type StoreCalendar } from "../core/calendar";
import { isSheetError } from "../core/errors";
import type { TargetEntry } from "../excel/workbookPort";
import { readDealLogFile, type DealLogFileRead } from "./readDealLogFile";
import { readWorkbookExtras } from "./workbookExtras";

/** A deal log file ready for a command: its deals, the workbook's targets and holidays, the store calendar. */
export interface OpenedDealLog {
  readonly log: DealLogFileRead;
  /** How the output names the data: "deals.csv", or "store.xlsx, sheet Deals". */
  readonly label: string;
  readonly targets: readonly TargetEntry[];
  readonly holidays: readonly number[];
  /** Sundays closed (dealers open Saturdays), plus the workbook's holidays. */
  readonly calendar: StoreCalendar;
}

/** Why a file could not be opened, as one line for the terminal. */
export interface OpenFailure {
  readonly error: string;
}

function ioReason(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a deal log file (.csv or .xlsx) for the report and backtest commands. A missing or
 * unreadable file, a workbook that isn't one, or a log without a sold-date header comes back as
 * a one-line message, never as an exception.
 */
export async function openDealLog(path: string): Promise<OpenedDealLog | OpenFailure> {
  try {
    const log = await readDealLogFile(path);
    if (isSheetError(log)) return { error: `${path}: ${log.message}` };
    const { targets, holidays } = await readWorkbookExtras(path);
    const calendar = storeCalendar(null, holidays.map((h) => [h]));
    if (isSheetError(calendar)) return { error: `${path}: ${calendar.message}` };
    const file = basename(path);
    const label = log.source === file ? file : `${file}, sheet ${log.source}`;
    return { log, label, targets, holidays, calendar };
  } catch (error) {
    return { error: `can't read ${path}: ${ioReason(error)}` };
  }
}

export function isOpenFailure(x: OpenedDealLog | OpenFailure): x is OpenFailure {
  return "error" in x;
}
