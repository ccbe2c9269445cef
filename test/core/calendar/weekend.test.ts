import { DEFAULT_WEEKEND, parseWeekend, type WeekendMask } from "../../../src/core/calendar";
import { isSheetError, messages, type SheetError } from "../../../src/core/errors";
import { WEEKEND_CODES } from "./weekendCodes";

/** A parsed mask written back Monday..Sunday, the way NETWORKDAYS.INTL masks read. */
function mondayFirst(mask: WeekendMask | SheetError): string {
  if (isSheetError(mask)) throw new Error(`expected a mask, got ${mask.message}`);
  return [1, 2, 3, 4, 5, 6, 0].map((i) => (mask[i] ? "1" : "0")).join("");
}

describe("parseWeekend: the weekend argument of NETWORKDAYS.INTL", () => {
  it.each(WEEKEND_CODES)("code %i closes %s (%s)", (code, mask) => {
    expect(mondayFirst(parseWeekend(code))).toBe(mask);
  });

  it.each(WEEKEND_CODES)("code %i and its mask %s parse to the same closed days", (code, mask) => {
    expect(parseWeekend(mask)).toEqual(parseWeekend(code));
  });

  it.each([
    ["0000000", "0000000"], // open every day
    ["1010100", "1010100"], // Monday, Wednesday, Friday closed
    ["0000111", "0000111"], // Friday to Sunday: three days, no code for it
    ["1111110", "1111110"], // open Sundays only
    [" 0000011 ", "0000011"], // surrounding spaces from a typed cell are ignored
  ])("mask %j closes %s", (text, mask) => {
    expect(mondayFirst(parseWeekend(text))).toBe(mask);
  });

  it.each([
    [null, "omitted (Excel sends null)"],
    [undefined, "missing"],
    [0, "an empty cell on the desktop (Excel sends 0; 0 is no code)"],
    ["", "a cell holding empty text"],
    ["   ", "blank text"],
  ])("%j, %s, means the dealer default 11 (Sunday only)", (value, _why) => {
    expect(DEFAULT_WEEKEND).toBe(11);
    expect(mondayFirst(parseWeekend(value))).toBe("0000001");
  });

  it.each([
    [11.9, "0000001"], // Excel truncates a fractional code
    [1.5, "0000011"],
    [true, "0000011"], // TRUE is 1 where Excel wants a number
  ])("%j reads as %s", (value, mask) => {
    expect(mondayFirst(parseWeekend(value))).toBe(mask);
  });

  it.each([
    [8, "a code between the two ranges"],
    [10, "a code between the two ranges"],
    [18, "past 17"],
    [-1, "negative"],
    [0.5, "truncates to 0"],
    [1111111, "a mask typed as a number"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "infinite"],
    [false, "FALSE is 0"],
  ])("%j (%s) is #NUM! with the code message", (value, _why) => {
    expect(parseWeekend(value)).toMatchObject({
      kind: "num",
      key: "weekendInvalidCode",
      message: messages.weekendInvalidCode,
    });
  });

  it('"1111111" closes every day: #NUM!', () => {
    // NETWORKDAYS.INTL itself returns 0 for it; a store that never opens has no pace, so we say so.
    expect(parseWeekend("1111111")).toMatchObject({
      kind: "num",
      key: "weekendAllClosed",
      message: "weekend can't close all seven days",
    });
  });

  it.each([
    ["000001", "6 characters"],
    ["00000011", "8 characters"],
    ["0000021", "a 2"],
    ["000o011", "a letter o"],
    ["11", 'text is always a mask in Excel, so text "11" is a malformed mask, not the code 11'],
    ["Sunday", "a day name"],
  ])("%j (%s) is #VALUE! with the mask message", (value) => {
    expect(parseWeekend(value)).toMatchObject({
      kind: "value",
      key: "weekendInvalidMask",
      message: "weekend mask must be 7 characters of 0 and 1, Monday first",
    });
  });

  it.each([[[[11]]], [{}], [[]]])("a range or object %j is #VALUE!", (value) => {
    expect(parseWeekend(value)).toMatchObject({ kind: "value" });
  });
});
