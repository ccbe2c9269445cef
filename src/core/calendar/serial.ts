/**
 * Excel serial dates, 1900 date system. Serial 1 = 1900-01-01 and serial 60 is the fictitious
 * 1900-02-29 Excel keeps for Lotus compatibility, so real dates from 1900-03-01 (61) on are
 * days since 1899-12-30, and dates before it are days since 1899-12-31.
 */

/** A calendar date as Excel sees it (1900-02-29 exists). month is 1-12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2958465;

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** DATE(year, month, day) for a valid civil date (no month/day overflow). */
export function dateToSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  // Whole numbers from 1900 on by arithmetic (no Date: these run 100k times a recalculation); Date.UTC reads other input as before.
  const days =
    year >= 1900 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
      ? daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL
      : Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
  // Before the fictitious leap day Excel counts from 1899-12-31.
  return days <= 60 ? days - 1 : days;
}

/** The civil date of a whole serial (≥ 1). Fractions (times of day) are dropped. */
export function serialToDate(serial: number): CivilDate {
  const s = Math.floor(serial);
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  const days = s < 60 ? s + 1 : s;
  if (!Number.isFinite(days)) {
    const d = new Date(EPOCH_1899_12_30 + days * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  return civilFromDays(days - UNIX_EPOCH_SERIAL);
}

/** Serial-system day count (days since 1899-12-30) of 1970-01-01, the epoch of the civil arithmetic below. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date; the month may run past 12 or below 1 and the
 * day past its month, as Date.UTC allows (H. Hinnant's days_from_civil).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const m0 = month - 1;
  const y0 = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month as Excel counts them (February 1900 has 29). */
export function daysInMonth(year: number, month: number): number {
  if (year === 1900 && month === 2) return 29;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** EOMONTH(serial, 0). */
export function monthEnd(serial: number): number {
  const { year, month } = serialToDate(serial);
  return dateToSerial(year, month, daysInMonth(year, month));
}

/** EOMONTH(serial, -1) + 1: the first day of serial's month. */
export function monthStart(serial: number): number {
  const { year, month } = serialToDate(serial);
  return dateToSerial(year, month, 1);
}

/** The first day of the month `offset` months from serial's month. */
export function addMonths(serial: number, offset: number): number {
  const { year, month } = serialToDate(serial);
  const index = year * 12 + (month - 1) + offset;
  return dateToSerial(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** A month key like "2024-03", for grouping and output. */
export function monthKey(serial: number): string {
  const { year, month } = serialToDate(serial);
  return `${String(year)}-${String(month).padStart(2, "0")}`;
}

/** ISO text "2024-03-10" of a serial. */
export function isoDate(serial: number): string {
  const { year, month, day } = serialToDate(serial);
  return `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Day of week 0 = Sunday … 6 = Saturday, as WEEKDAY(serial) - 1.
 * Excel calls serial 1 a Sunday, and the fictitious leap day keeps that true for every serial.
 */
export function dayOfWeek(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

/** Whether a number is a whole-day serial Excel can display (1 .. 9999-12-31); fractions are times. */
export function isSerialInRange(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 0 && serial < MAX_SERIAL + 1;
}
