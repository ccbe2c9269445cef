import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { readCsv, readDealLog, type DealLogOptions, type DealLogRead, type TextFormat } from "../core/dealLog";
import { isSheetError, sheetError, type SheetError } from "../core/errors";

/** A deal log read from a file, with where in the file it was found. */
export type DealLogFileRead = DealLogRead & {
  /** The worksheet's name for a workbook, the file's name for a CSV. */
  readonly source: string;
};

export interface DealLogFileOptions extends DealLogOptions {
  /** The worksheet to read (.xlsx); omitted → the first with a deal log header. */
  readonly sheet?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * A workbook reader's cell value as the plain value the core reads: numbers, strings, booleans
 * and Dates as they are; rich text as its text; a formula as its cached result; a hyperlink as
 * its text; an error as its text ("#N/A"); anything else as null.
 */
export function plainCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (Object.prototype.toString.call(value) === "[object Date]") return value;
  if (!isObject(value)) return null;
  if (Array.isArray(value.richText))
    return value.richText.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
  if ("formula" in value || "sharedFormula" in value) return plainCellValue(value.result);
  if (typeof value.error === "string") return value.error;
  if ("text" in value) return plainCellValue(value.text);
  return null;
}

/** The rows of a worksheet as plain values, row 1 first, every row as wide as its cells reach. */
export function worksheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    // Row.values is 1-based and sparse: index 0 is unused, empty cells are holes.
    const values = sheet.getRow(r).values;
    const cells = Array.isArray(values) ? values : [];
    rows.push(Array.from({ length: Math.max(0, cells.length - 1) }, (_, i) => plainCellValue(cells[i + 1])));
  }
  return rows;
}

/**
 * Reads a deal log file: a .csv (comma, semicolon or tab separated) or an .xlsx workbook, from
 * its first worksheet with a deal log header (or options.sheet). The rows go through the same
 * reader as a workbook in Excel, so what is skipped and why is counted the same way.
 * @returns the deals and skip counts with their source, or a SheetError: dealLogFileType for
 *   another extension, sheetNotFound for an unknown options.sheet,
 *   noDealLogHeader when no sheet has a header, or the reader's error.
 * @throws when the file can't be read (missing, unreadable, not a workbook): an I/O failure, not a bad cell.
 */
export async function readDealLogFile(
  path: string,
  options: DealLogFileOptions = {}
): Promise<DealLogFileRead | SheetError> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    const { rows, delimiter } = readCsv(decodeText(await readFile(path)));
    // A semicolon file comes from a locale whose comma is the decimal mark and whose dates start with the day.
    const likelyTextFormat: Partial<TextFormat> = delimiter === ";" ? { decimalMark: ",", dateOrder: "dmy" } : {};
    const log = readDealLog(rows, { likelyTextFormat, ...options });
    return isSheetError(log) ? log : { ...log, source: path.split(/[\\/]/).pop() ?? path };
  }
  if (!isWorkbookPath(path)) return sheetError("value", "dealLogFileType", ext || path);
  return readDealLogWorkbook(await loadWorkbook(path), options);
}

/**
 * The text of an export file in the encoding it was saved in: UTF-16 when it starts with that byte
 * order mark (Excel's "Unicode Text"), UTF-8 when it is valid UTF-8, else Windows-1252 (a Windows
 * DMS's "ANSI" export, where "é" is one byte). A UTF-8 byte order mark is kept for the CSV reader.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252's 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest of its bytes are Latin-1.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Windows-1252 bytes as text (the runtime's decoder of that name may decode Latin-1 instead). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? "") : String.fromCharCode(b);
  return out;
}

/** Whether a path names an .xlsx workbook: the kind of file with sheets, and room for targets and holidays. */
export function isWorkbookPath(path: string): boolean {
  return extname(path).toLowerCase() === ".xlsx";
}

/**
 * Loads an .xlsx workbook.
 * @throws when the file can't be read (missing, unreadable, not a workbook).
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/**
 * The deal log of a loaded workbook, as readDealLogFile reads an .xlsx: its first worksheet with a
 * deal log header (or options.sheet), or sheetNotFound / noDealLogHeader / the reader's error.
 */
export function readDealLogWorkbook(
  workbook: ExcelJS.Workbook,
  options: DealLogFileOptions = {}
): DealLogFileRead | SheetError {
  const sheets =
    options.sheet === undefined ? workbook.worksheets : workbook.worksheets.filter((s) => s.name === options.sheet);
  let firstError: SheetError | null = null;
  for (const sheet of sheets) {
    const log = readDealLog(worksheetRows(sheet), options);
    if (!isSheetError(log)) return { ...log, source: sheet.name };
    firstError ??= log;
  }
  if (options.sheet !== undefined && sheets.length === 0) return sheetError("value", "sheetNotFound", options.sheet);
  return firstError ?? sheetError("value", "noDealLogHeader");
}
