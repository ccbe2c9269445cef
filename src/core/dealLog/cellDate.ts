import { dateToSerial, daysInMonth, MAX_SERIAL, parseDateText } from "../calendar";

/** The order of day and month in a date like 3/10/2025: "mdy" (US, March 10) or "dmy" (most of the world, 3 October). */
export type DateOrder = "mdy" | "dmy";

// A serial written as plain digits, as a CSV saved from a sheet with unformatted dates has it.
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

// A time of day after a date: "14:05", "2:05:30 PM", "2:05 p.m.", "14:05:30.123", maybe after a comma or a T.
const TIME = String.raw`(?:,?[ T]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)?`;

// 3/10/2025, 3-10-25, 10.03.2025, each maybe with a time. The separator repeats; dots always mean day first.
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`([A-Za-z]{3,9})\.?`;
// 10-Mar-2025, 10 Mar 25 (Excel's d-mmm-yy) and Mar 10, 2025 / March 10 2025 (mmm d, yyyy).
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})[\s\-]${MONTH}[\s\-,]+(\d{4}|\d{2})${TIME}$`);
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s+(\d{1,2}),?\s+(\d{4}|\d{2})${TIME}$`);

// 20250310: year, month, day run together, as some DMS exports write dates. Far past any serial (2958465).
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;

function serialOf(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const day = Math.floor(n);
  if (day > MAX_SERIAL && day === n) return compactDate(String(n));
  return day < 1 || day > MAX_SERIAL ? null : day;
}

/** 20250310 as a date, or null; a number that big is no serial, so the digits are read as year, month, day. */
function compactDate(t: string): number | null {
  const m = COMPACT.exec(t);
  return m ? civil(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// A Date from another realm (a worker, a test sandbox) fails instanceof; its tag doesn't.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Excel's two-digit years: 00-29 → 20xx, 30-99 → 19xx. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length > 2 ? y : y + (y < 30 ? 2000 : 1900);
}

function monthOf(name: string): number | null {
  const key = name.toLowerCase();
  const i = MONTHS.indexOf(key.slice(0, 3));
  // "Mar", "March", "Sept" — not any word that happens to start like a month.
  return i >= 0 &&
    (key.length === 3 ||
      "january february march april may june july august september sept october november december"
        .split(" ")
        .includes(key))
    ? i + 1
    : null;
}

function civil(year: number, month: number | null, day: number): number | null {
  if (month === null || year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : dateToSerial(year, month, day);
}

function textDate(t: string, order: DateOrder): number | null {
  const n = NUMERIC.exec(t);
  if (n) {
    const a = Number(n[1]);
    const b = Number(n[3]);
    const dayFirst = n[2] === "." || order === "dmy";
    return civil(fullYear(n[4] ?? ""), dayFirst ? b : a, dayFirst ? a : b);
  }
  const iso = parseDateText(t);
  if (iso !== null) return iso;
  const dm = DAY_MONTH.exec(t);
  if (dm) return civil(fullYear(dm[3] ?? ""), monthOf(dm[2] ?? ""), Number(dm[1]));
  const md = MONTH_DAY.exec(t);
  if (md) return civil(fullYear(md[3] ?? ""), monthOf(md[1] ?? ""), Number(md[2]));
  return SERIAL_TEXT.test(t) ? serialOf(Number(t)) : null;
}

/**
 * The whole-day Excel serial of a deal log cell, or null when the cell is not a date.
 * Reads serial numbers (a time of day is dropped; below 1 or past 9999-12-31 is not a date, except
 * a whole number like 20250307, read as year, month and day),
 * JavaScript Dates as a workbook reader gives them (their UTC year/month/day is the calendar
 * date), and text: ISO "2025-03-07", US "3/7/2025" or "3-7-25" (day first with order "dmy"),
 * European "07.03.2025", "7-Mar-2025", "Mar 7, 2025", any of them with a time, "20250307", or a serial in digits.
 * @example cellDate(45723.6) // 45723 (3/7/2025 2:24 PM)
 * @example cellDate("3/7/2025 2:05 PM") // 45723
 * @example cellDate("7/3/2025", "dmy") // 45723
 * @example cellDate(new Date(Date.UTC(2025, 2, 7))) // 45723
 */
export function cellDate(value: unknown, order: DateOrder = "mdy"): number | null {
  if (typeof value === "number") return serialOf(value);
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : textDate(t, order);
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return null;
    const year = value.getUTCFullYear();
    if (year < 1900 || year > 9999) return null;
    return dateToSerial(year, value.getUTCMonth() + 1, value.getUTCDate());
  }
  return null;
}

const DAY_MONTH_NUMBERS = /^\s*(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}\b/;

/**
 * What one date text proves about the order of day and month: "dmy" for 13/3/2025 (no 13th
 * month) or a dotted 10.03.2025 (written day first wherever dots are used), "mdy" for 3/13/2025,
 * null when either reading is a date (3/10/2025) or it is no such text.
 * @example dateOrderOf("25/03/2025") // "dmy"
 */
export function dateOrderOf(value: unknown): DateOrder | null {
  if (typeof value !== "string") return null;
  const m = DAY_MONTH_NUMBERS.exec(value);
  if (!m) return null;
  if (m[2] === ".") return "dmy";
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return null;
}
