import { MAX_SERIAL, parseDateText } from "../calendar";

const MINUTES_PER_DAY = 1440;

// The time part of a text time stamp: "14:05", "14:05:30", "2:05 PM", "2:05:30pm"; an ISO "T" or a zone suffix around it is allowed.
const TIME = /(?:^|[T\s])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
// A bare number in text, as a CSV of an unformatted sheet writes a date-time serial.
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

/** Fraction of a day of a clock time, or null when it isn't one (25:00, 9:75, 13:00 PM). */
function clockFraction(hour: number, minute: number, second: number, meridiem: string | undefined): number | null {
  let h = hour;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase().startsWith("p");
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || minute > 59 || second > 59) return null;
  return (h * 3600 + minute * 60 + second) / 86400;
}

function timeOfText(text: string): { fraction: number; rest: string } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const fraction = clockFraction(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4]);
  return fraction === null ? null : { fraction, rest: text.slice(0, m.index).trim() };
}

// A Date from another realm fails instanceof; its tag doesn't.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * The Excel date-time serial of an event's time stamp, or null when the cell holds no time stamp.
 * Reads serials with a fraction (0.5 = noon), JavaScript Dates (their UTC fields, as workbook readers
 * give them), and text: "12/6/2025 14:05", "12/6/2025 2:05 PM", "2025-12-06T14:05", "2025-12-06 14:05:30"
 * or a serial in digits. A time without a date (a fraction below 1, or text like "14:05") is returned
 * as that fraction: the caller places it on the day it is about. A zone suffix is ignored: times are
 * read as the store's wall clock wrote them.
 * @example parseEventTime("12/6/2025 14:05") // 46001.586805…
 * @example parseEventTime(0.5) // 0.5 (noon, day unknown)
 */
export function parseEventTime(value: unknown): number | null {
  // 0 is how the desktop sends an empty cell of a range; midnight of an unknown day is never meant.
  if (typeof value === "number") return Number.isFinite(value) && value > 0 && value < MAX_SERIAL + 1 ? value : null;
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    const serial = ms / 86_400_000 + 25569;
    return serial >= 61 && serial < MAX_SERIAL + 1 ? serial : null;
  }
  if (typeof value !== "string") return null;
  const t = value.trim();
  if (t === "") return null;
  if (SERIAL_TEXT.test(t)) return parseEventTime(Number(t));
  const day = parseDateText(t.replace(/[T\s].*$/, ""));
  const time = timeOfText(t);
  if (day !== null) {
    // A date with something after it that isn't a clock time ("12/6/2025 lunch") is not a time stamp.
    if (time === null) return /[T\s]/.test(t) ? null : day;
    return time.rest.replace(/T$/, "") === t.replace(/[T\s].*$/, "") ? day + time.fraction : null;
  }
  return time !== null && time.rest === "" ? time.fraction : null;
}

/** A time stamp placed on a day: a bare time of day (below 1) goes on `day`'s date. */
export function onDay(time: number, day: number): number {
  return time < 1 ? Math.floor(day) + time : time;
}

/**
 * Minutes between two serials, to the second (serial arithmetic leaves dust like 14.000000001).
 * @example minutesBetween(46001.5, 46001.5 + 14 / 1440) // 14
 */
export function minutesBetween(start: number, end: number): number {
  return Math.round((end - start) * MINUTES_PER_DAY * 60) / 60;
}
