import { isSerialInRange, parseDateText } from "../core/calendar";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { parseNumberText } from "../core/dealLog/numberText";

export { parseNumberText };

/**
 * Argument coercion, in one place for every function: Excel sends numbers, strings, booleans,
 * `null` for an omitted optional (and, on the desktop, 0 for an empty cell), and rows of cells
 * for ranges. Each coercer returns the clean value or the SheetError to show.
 */

/** A cell value as a custom function receives it. */
export type Cell = number | string | boolean | null | undefined;

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

/** Today in the user's local time zone, for an omitted as_of. */
export { todaySerial } from "../core/calendar";

/** The clean values of a set of coerced arguments, or the first error among them (left to right). */
export function allArgs<T extends Record<string, unknown>>(args: T): { [K in keyof T]: Exclude<T[K], SheetError> } | SheetError {
  for (const value of Object.values(args)) if (isSheetError(value)) return value;
  return args as { [K in keyof T]: Exclude<T[K], SheetError> };
}
