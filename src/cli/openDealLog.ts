import { basename } from "node:path";
import { storeCalendar, type StoreCalendar } from "../core/calendar";
import { isSheetError } from "../core/errors";
import type { TargetEntry } from "../excel/workbookPort";
import {
  isWorkbookPath,
  loadWorkbook,
  readDealLogFile,
  readDealLogWorkbook,
  type DealLogFileRead,
} from "./readDealLogFile";
import { NO_EXTRAS, workbookExtras } from "./workbookExtras";

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
    // A workbook is loaded once for its deal log, targets and holidays: a big one takes seconds to parse.
    const workbook = isWorkbookPath(path) ? await loadWorkbook(path) : null;
    const log = workbook ? readDealLogWorkbook(workbook) : await readDealLogFile(path);
    if (isSheetError(log)) return { error: `${path}: ${log.message}` };
    const { targets, holidays } = workbook ? workbookExtras(workbook) : NO_EXTRAS;
    const calendar = storeCalendar(
      null,
      holidays.map((h) => [h])
    );
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
