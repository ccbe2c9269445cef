import { dateToSerial, MAX_SERIAL, parseDateText } from "../calendar";

// A serial written as plain digits, as a CSV saved from a sheet with unformatted dates has it.
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

function serialOf(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const day = Math.floor(n);
  return day < 1 || day > MAX_SERIAL ? null : day;
}

// A Date from another realm (a worker, a test sandbox) fails instanceof; its tag doesn't.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * The whole-day Excel serial of a deal log cell, or null when the cell is not a date.
 * Reads serial numbers (a time of day is dropped; below 1 or past 9999-12-31 is not a date),
 * JavaScript Dates as a workbook reader gives them (their UTC year/month/day is the calendar
 * date), and text: ISO "2025-03-07", US "3/7/2025", either with a time, or a serial in digits.
 * @example cellDate(45723.6) // 45723 (3/7/2025 2:24 PM)
 * @example cellDate("3/7/2025 2:05 PM") // 45723
 * @example cellDate(new Date(Date.UTC(2025, 2, 7))) // 45723
 */
export function cellDate(value: unknown): number | null {
  if (typeof value === "number") return serialOf(value);
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return null;
    const parsed = parseDateText(t);
    if (parsed !== null) return parsed;
    return SERIAL_TEXT.test(t) ? serialOf(Number(t)) : null;
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return null;
    const year = value.getUTCFullYear();
    if (year < 1900 || year > 9999) return null;
    return dateToSerial(year, value.getUTCMonth() + 1, value.getUTCDate());
  }
  return null;
}
