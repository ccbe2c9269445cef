import { sheetError, type SheetError } from "../errors";

/**
 * A result Excel can hold: huge or tiny inputs can overflow to Infinity or NaN, which Excel
 * shows as #NUM!, so they leave the core as that error instead of as a number.
 * @example finiteResult(1e308 * 10) // #NUM! "the result is too large for Excel …"
 */
export function finiteResult(value: number): number | SheetError {
  return Number.isFinite(value) ? value : sheetError("num", "resultTooLarge");
}
