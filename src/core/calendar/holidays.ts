import { sheetError, type SheetError } from "../errors";
import { parseDateText } from "./dateText";
import { MAX_SERIAL } from "./serial";

/**
 * Reads a holidays argument (a range as rows of cells, a single value, or omitted) into a set
 * of whole-day serials, as NETWORKDAYS.INTL does: blank cells (null, "", 0) are skipped,
 * duplicates count once, times of day are dropped. Text that is a date (ISO or M/D/YYYY) is
 * read as that date; other text, booleans or negative numbers make the whole argument an error.
 */
export function parseHolidays(holidays: unknown): ReadonlySet<number> | SheetError {
  const out = new Set<number>();
  if (holidays === null || holidays === undefined) return out;
  const cells: unknown[] = Array.isArray(holidays) ? holidays.flat(2) : [holidays];
  for (const cell of cells) {
    if (cell === null || cell === undefined || cell === "" || cell === 0) continue;
    let serial: number | null;
    if (typeof cell === "number") serial = cell;
    else if (typeof cell === "string") serial = parseDateText(cell);
    else serial = null;
    if (serial === null || !Number.isFinite(serial)) return sheetError("value", "holidaysNotDates");
    if (serial < 0 || serial >= MAX_SERIAL + 1) return sheetError("num", "dateOutOfRange", "a holiday");
    out.add(Math.floor(serial));
  }
  return out;
}
