import { isSerialInRange, parseDateText, storeCalendar, type StoreCalendar } from "../core/calendar";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { readDateColumn, type DateColumnRead } from "../core/dealLog/dateColumn";
import { parseNumberText } from "../core/dealLog/numberText";
import { cachedRead, isRangeCacheEnabled } from "./rangeCache";

export { parseNumberText };

/**
 * Argument coercion, in one place for every function: Excel sends numbers, strings, booleans,
 * `null` for an omitted optional (and, on the desktop, 0 for an empty cell), and rows of cells
 * for ranges. Each coercer returns the clean value or the SheetError to show.
 */

// Coercers take `unknown`: a parameter of type any can still receive a range or an entity, and a bad cell must never throw.

/** A required number; an empty cell counts as 0, as in SUM. */
export function numberArg(value: unknown, name: string): number | SheetError {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : sheetError("num", "notANumber", name);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string") return sheetError("value", "notANumber", name);
  const parsed = parseNumberText(value);
  if (parsed === null) return sheetError("value", "notANumber", name);
  return Number.isFinite(parsed) ? parsed : sheetError("num", "notANumber", name);
}

/**
 * A date: a serial number (times of day dropped) or date text. `fallback` is used when the
 * argument is omitted or the cell is empty (0 is how the desktop sends an empty cell, and
 * 1/0/1900 is never a meaningful sales date).
 */
export function dateArg(value: unknown, name: string, fallback?: () => number): number | SheetError {
  if (value === null || value === undefined || value === "" || value === 0) {
    return fallback ? fallback() : sheetError("value", "notADate", name);
  }
  if (typeof value !== "number" && typeof value !== "string") return sheetError("value", "notADate", name);
  const serial = typeof value === "number" ? value : (parseDateText(value) ?? parseNumberText(value));
  if (serial === null) return sheetError("value", "notADate", name);
  if (!isSerialInRange(serial) || serial < 1) return sheetError("num", "dateOutOfRange", name);
  return Math.floor(serial);
}

/** A required target: a number (as numberArg reads it) that can't be negative. */
export function targetArg(value: unknown, name: string): number | SheetError {
  const target = numberArg(value, name);
  if (isSheetError(target)) return target;
  return target < 0 ? sheetError("num", "negative", name) : target;
}

/**
 * A quantile strictly between 0 and 1. Omitted or an empty cell (null on the web, 0 on the
 * desktop) is the median, 0.5: a 0th percentile is never what a blank cell meant.
 */
export function quantileArg(value: unknown, name: string): number | SheetError {
  if (value === null || value === undefined || value === "" || value === 0) return 0.5;
  const q = numberArg(value, name);
  if (isSheetError(q)) return q;
  return q > 0 && q < 1 ? q : sheetError("num", "quantileOutOfRange");
}

/**
 * A deal_dates range and its optional parallel values range, as Excel passes them (rows of cells,
 * a header on top of a FILTER, blanks as null or 0, text dates): see readDateColumn.
 * Errors: no cell is a date → #N/A noDealsInRange; values of another shape → #VALUE! valuesSizeMismatch.
 */
export function dateRangeArg(dates: unknown, values?: unknown): DateColumnRead | SheetError {
  // A matrix parameter always arrives as rows; anything else is read as a one-cell range.
  const valueRows = values === null || values === undefined ? null : Array.isArray(values) ? values : [[values]];
  // Many cells read the same ranges in one recalculation: read once, shared frozen (see rangeCache).
  return cachedRead(
    valueRows === null ? "dateRange" : "dateRange+values",
    valueRows === null ? [dates] : [dates, valueRows],
    () => {
      const read = readDateColumn(dates, valueRows);
      if (isSheetError(read)) return read;
      Object.freeze(read.dates);
      if (read.values) Object.freeze(read.values);
      return Object.freeze(read);
    }
  );
}

// The kinds of the weekend codes, built once (a string per call would cost more than the lookup).
const WEEKEND_KINDS: readonly string[] = Array.from({ length: 18 }, (_, code) => `calendar:number:${String(code)}`);

/**
 * The store calendar of a weekend and a holidays argument (see storeCalendar), read once per
 * distinct pair: the holidays range is the same in every pace cell of a sheet. The calendar is
 * shared by the callers that ask for the same pair, so it is frozen (its holiday set is never changed).
 */
export function calendarArg(weekend: unknown, holidays: unknown): StoreCalendar | SheetError {
  if (typeof weekend === "object" && weekend !== null) return storeCalendar(weekend, holidays);
  // A column of pace cells asks for the same calendar 100k times: the last one is checked first, cell by cell, allocating nothing.
  if (!isRangeCacheEnabled()) return storeCalendar(weekend, holidays);
  if (lastCalendar !== null && lastCalendar.weekend === weekend && sameCells(holidays, lastCalendar.holidays))
    return lastCalendar.calendar;
  const calendar = cachedCalendar(weekend, holidays);
  lastCalendar = isSheetError(calendar) ? null : { weekend, holidays: flatCells(holidays), calendar };
  return calendar;
}

/** The last calendar calendarArg handed out, with the weekend and holidays cells it was read from. */
let lastCalendar: {
  readonly weekend: unknown;
  readonly holidays: readonly unknown[] | null;
  readonly calendar: StoreCalendar;
} | null = null;

/** The cells of a holidays argument in order, or null when it is not a list of rows of primitive cells (then never reused). */
function flatCells(range: unknown): unknown[] | null {
  if (range === null || range === undefined || typeof range !== "object") return [range];
  if (!Array.isArray(range)) return null;
  const out: unknown[] = [];
  for (const row of range) {
    if (!Array.isArray(row)) return null;
    out.push(row.length);
    for (const cell of row) {
      if (cell !== null && typeof cell === "object") return null;
      out.push(cell);
    }
  }
  return out;
}

/** Whether a holidays argument holds exactly the flat cells (row lengths and cells, `===`). */
function sameCells(range: unknown, flat: readonly unknown[] | null): boolean {
  if (flat === null) return false;
  if (range === null || range === undefined || typeof range !== "object") return flat.length === 1 && flat[0] === range;
  if (!Array.isArray(range)) return false;
  let k = 0;
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row) || flat[k++] !== row.length) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== flat[k++]) return false;
  }
  return k === flat.length;
}

function cachedCalendar(weekend: unknown, holidays: unknown): StoreCalendar | SheetError {
  // The weekend is one cell: its type and text name the reader, so 11 and "11" stay apart.
  const kind =
    typeof weekend === "number"
      ? (WEEKEND_KINDS[weekend] ?? `calendar:number:${String(weekend)}`)
      : `calendar:${typeof weekend}:${String(weekend)}`;
  return cachedRead(kind, [holidays], () => {
    const calendar = storeCalendar(weekend, holidays);
    if (isSheetError(calendar)) return calendar;
    Object.freeze(calendar.weekend);
    return Object.freeze(calendar);
  });
}

/** Today in the user's local time zone, for an omitted as_of. */
export { todaySerial } from "../core/calendar";

/** The clean values of a set of coerced arguments, or the first error among them (left to right). */
export function allArgs<T extends Record<string, unknown>>(
  args: T
): { [K in keyof T]: Exclude<T[K], SheetError> } | SheetError {
  // for…in rather than Object.values: no array per call (a column of cells makes 100k calls).
  for (const key in args) {
    const value = args[key];
    if (isSheetError(value)) return value;
  }
  return args as { [K in keyof T]: Exclude<T[K], SheetError> };
}
