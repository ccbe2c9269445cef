import { isSheetError, type SheetError } from "../errors";
import { parseHolidays } from "./holidays";
import type { StoreCalendar } from "./sellingDays";
import { parseWeekend } from "./weekend";

/** Builds the store calendar from a weekend and a holidays argument as Excel passes them. */
export function storeCalendar(weekend: unknown, holidays: unknown): StoreCalendar | SheetError {
  const mask = parseWeekend(weekend);
  if (isSheetError(mask)) return mask;
  const days = parseHolidays(holidays);
  if (isSheetError(days)) return days;
  return { weekend: mask, holidays: days };
}
