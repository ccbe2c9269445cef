import { sheetError, type SheetError } from "../errors";

/**
 * Closed days of the week, indexed 0 = Sunday … 6 = Saturday (as dayOfWeek returns).
 * Parsed from NETWORKDAYS.INTL's weekend argument.
 */
export type WeekendMask = readonly [boolean, boolean, boolean, boolean, boolean, boolean, boolean];

/** Default weekend for dealers: 11 = Sunday only (open Saturdays). */
export const DEFAULT_WEEKEND = 11;

// NETWORKDAYS.INTL codes: 1-7 are two-day weekends starting Sat+Sun (1) … Fri+Sat (7); 11-17 single days Sun (11) … Sat (17).
const TWO_DAY_FIRST: Record<number, number> = { 1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5 };
const ONE_DAY: Record<number, number> = { 11: 0, 12: 1, 13: 2, 14: 3, 15: 4, 16: 5, 17: 6 };

/**
 * Parses a weekend argument like NETWORKDAYS.INTL: a code (1-7, 11-17; fractions truncated) or a
 * 7-character text mask Monday..Sunday of 0 (open) and 1 (closed). Text is always a mask, as in
 * Excel: "11" is a malformed mask (#VALUE!), not the code 11. null, blank text and 0 mean "not given" →
 * 11, because 0 is how the desktop sends an empty cell (the web sends null) and is never a code.
 * Unlike NETWORKDAYS.INTL, which returns 0 for "1111111", an all-closed week is #NUM!: a store
 * that never opens has no pace.
 */
export function parseWeekend(weekend: unknown): WeekendMask | SheetError {
  const blank =
    weekend === null ||
    weekend === undefined ||
    weekend === 0 ||
    (typeof weekend === "string" && weekend.trim() === "");
  if (blank) return fromCode(DEFAULT_WEEKEND);
  if (typeof weekend === "number") {
    if (!Number.isFinite(weekend)) return sheetError("num", "weekendInvalidCode");
    return fromCode(Math.trunc(weekend));
  }
  if (typeof weekend === "string") return fromMask(weekend.trim());
  // Excel reads TRUE as 1 (Saturday + Sunday) and FALSE as 0, which is no code.
  if (typeof weekend === "boolean") return weekend ? fromCode(1) : sheetError("num", "weekendInvalidCode");
  return sheetError("value", "weekendInvalidMask");
}

function fromCode(code: number): WeekendMask | SheetError {
  const closed = [false, false, false, false, false, false, false];
  const first = TWO_DAY_FIRST[code];
  const single = ONE_DAY[code];
  if (first !== undefined) {
    closed[first] = true;
    closed[(first + 1) % 7] = true;
  } else if (single !== undefined) {
    closed[single] = true;
  } else {
    return sheetError("num", "weekendInvalidCode");
  }
  return closed as unknown as WeekendMask;
}

function fromMask(mask: string): WeekendMask | SheetError {
  if (!/^[01]{7}$/.test(mask)) return sheetError("value", "weekendInvalidMask");
  if (mask === "1111111") return sheetError("num", "weekendAllClosed");
  // The mask reads Monday..Sunday; our index is Sunday = 0.
  const closed = [
    mask[6] === "1",
    ...mask
      .slice(0, 6)
      .split("")
      .map((c) => c === "1"),
  ];
  return closed as unknown as WeekendMask;
}
