import { dateToSerial, daysInMonth } from "./serial";

// ISO 2025-03-07, optionally with a time ("2025-03-07T14:05:00", "2025-03-07 14:05"); also 2025/3/7, which Excel's DATEVALUE reads too.
const ISO = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// US M/D/YYYY or M/D/YY as DMS exports write it, optionally with a time and AM/PM.
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/**
 * The whole-day serial of a date written as text (ISO, YYYY/M/D or US M/D/YYYY), or null when the text
 * is not a real date. Two-digit years follow Excel: 00-29 → 20xx, 30-99 → 19xx.
 * @example parseDateText("3/7/2025") // 45723
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(t);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[3]);
    day = Number(iso[4]);
  } else {
    const us = US.exec(t);
    if (!us) return null;
    month = Number(us[1]);
    day = Number(us[2]);
    year = Number(us[3]);
    if ((us[3] ?? "").length === 2) year += year < 30 ? 2000 : 1900;
  }
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return dateToSerial(year, month, day);
}
