/*
 * =GSM.SELLING_DAYS(month, [weekend], [holidays], [through]) called exactly as Excel calls it:
 * dates as serial numbers, null for an omitted argument, 0 for an empty cell on the desktop,
 * ranges as rows of cells. Each expected count is NETWORKDAYS.INTL over the month, worked by hand.
 */
import { sellingDays } from "../../src/functions/functions";
import { messages } from "../../src/core/errors";
import { errorOf } from "./excelResult";

// Serials, from the anchor 2025-03-07 = 45723 (see test/core/calendar/serial.test.ts).
const MAR_1 = 45717; // Saturday
const MAR_2 = 45718; // Sunday
const MAR_10 = 45726; // Monday
const MAR_16 = 45732; // Sunday
const MAR_17 = 45733; // Monday
const MAR_18 = 45734; // Tuesday
const MAR_31 = 45747;
const FEB_28 = 45716;
const APR_5 = 45752;
const APR_18 = 45765;

describe("GSM.SELLING_DAYS", () => {
  it.each([
    // March 2025: 31 days, Sundays 2,9,16,23,30 → 26 with the default weekend 11.
    ["the month from its 1st, other arguments omitted", [MAR_1, null, null, null], 26],
    ["any day of the month", [MAR_10, null, null, null], 26],
    ["a date with a time of day", [MAR_10 + 0.75, null, null, null], 26],
    ["trailing arguments not passed at all", [MAR_10], 26],
    ["a US text date", ["3/10/2025", null, null, null], 26],
    ["an ISO text date", ["2025-03-10", null, null, null], 26],
    ["a serial written as text", ["45726", null, null, null], 26],
    // Weekend: codes and masks exactly as NETWORKDAYS.INTL.
    ["weekend 1, Sat+Sun: minus 5 Saturdays too", [MAR_1, 1, null, null], 21],
    ["weekend mask 0000011, the same days as 1", [MAR_1, "0000011", null, null], 21],
    ["weekend 7, Fri+Sat: 4 Fridays and 5 Saturdays", [MAR_1, 7, null, null], 22],
    ["weekend mask 0000110, the same days as 7", [MAR_1, "0000110", null, null], 22],
    ["weekend 17, Saturday only", [MAR_1, 17, null, null], 26],
    ["weekend mask 0000000, open every day", [MAR_1, "0000000", null, null], 31],
    ["weekend from an empty cell (desktop sends 0): the default 11", [MAR_1, 0, null, null], 26],
    ["weekend from a cell holding empty text: the default 11", [MAR_1, "", null, null], 26],
    // Holidays: a range, as rows of cells.
    ["St Patrick's Monday closed", [MAR_1, null, [[MAR_17]], null], 25],
    ["two holidays in a row range", [MAR_1, null, [[MAR_17, MAR_18]], null], 24],
    [
      "a column range with empty cells (0 on desktop, null on the web)",
      [MAR_1, null, [[MAR_17], [0], [null], [""]], null],
      25,
    ],
    ["the same holiday twice counts once", [MAR_1, null, [[MAR_17], [MAR_17]], null], 25],
    ["a holiday on a Sunday is not taken off twice", [MAR_1, null, [[MAR_16]], null], 26],
    ["a holiday in April does not touch March", [MAR_1, null, [[APR_18]], null], 26],
    ["holidays typed as text dates", [MAR_1, null, [["3/17/2025"], ["2025-03-18"]], null], 24],
    ["a holiday cell with a time of day", [MAR_1, null, [[MAR_17 + 0.5]], null], 25],
    [
      "an empty holidays range (all blanks)",
      [
        MAR_1,
        null,
        [
          [0, 0],
          [0, 0],
        ],
        null,
      ],
      26,
    ],
    ["holidays on a Saturday with weekend 1 are not taken off twice", [MAR_1, 1, [[MAR_1]], null], 21],
    // Through: the as-of day counts as elapsed.
    ["through Monday 3/10: open 1,3,4,5,6,7,8,10", [MAR_1, null, null, MAR_10], 8],
    ["through 3/10 as text", [MAR_1, null, null, "3/10/2025"], 8],
    ["through the 1st itself", [MAR_1, null, null, MAR_1], 1],
    ["through Sunday 3/2, closed", [MAR_1, null, null, MAR_2], 1],
    ["through 3/31", [MAR_1, null, null, MAR_31], 26],
    ["through 2/28, before the month", [MAR_1, null, null, FEB_28], 0],
    ["through 4/5, after the month", [MAR_1, null, null, APR_5], 26],
    ["through an empty cell (desktop 0): the whole month", [MAR_1, null, null, 0], 26],
    ["through, with a holiday before it", [MAR_10, 11, [[MAR_2], [MAR_10]], MAR_10], 7],
    // Leap years and Excel's calendar edges.
    ["Feb 2024 (leap): 29 days, Sundays 4,11,18,25", [45323, null, null, null], 25],
    ["Feb 2025: 28 days, Sundays 2,9,16,23", [45689, null, null, null], 24],
    ["Feb 1900 has Excel's fictitious 29th: serials 32..60, Sundays 36,43,50,57", [60, null, null, null], 25],
    ["Jan 1900: Sundays are serials 1,8,15,22,29", [1, null, null, null], 26],
    ["Dec 9999: Sundays 5,12,19,26", [2958465, null, null, null], 27],
  ])("%s → %i", (_, args, expected) => {
    expect(sellingDays(...(args as Parameters<typeof sellingDays>))).toBe(expected);
  });

  it.each([
    ["month omitted/empty (web)", [null], "#VALUE!", "month must be a date"],
    ["month from an empty cell (desktop 0)", [0], "#VALUE!", "month must be a date"],
    ["month as words", ["next March"], "#VALUE!", "month must be a date"],
    ["month TRUE", [true], "#VALUE!", "month must be a date"],
    ["month an impossible date", ["2/30/2025"], "#VALUE!", "month must be a date"],
    ["month negative", [-5], "#NUM!", "month is outside Excel's dates (1/1/1900 to 12/31/9999)"],
    ["month past 9999", [2958466], "#NUM!", "month is outside Excel's dates (1/1/1900 to 12/31/9999)"],
    ["weekend 8, no such code", [MAR_1, 8], "#NUM!", messages.weekendInvalidCode],
    ["weekend 0.5, truncated to 0", [MAR_1, 0.5], "#NUM!", messages.weekendInvalidCode],
    ["weekend 18", [MAR_1, 18], "#NUM!", messages.weekendInvalidCode],
    ["weekend 1111111", [MAR_1, "1111111"], "#NUM!", "weekend can't close all seven days"],
    ["weekend mask of 6 characters", [MAR_1, "000001"], "#VALUE!", messages.weekendInvalidMask],
    ["weekend mask with a 2", [MAR_1, "0000021"], "#VALUE!", messages.weekendInvalidMask],
    ["weekend code as text", [MAR_1, "11"], "#VALUE!", messages.weekendInvalidMask],
    ["a holiday that is a name", [MAR_1, null, [["St Patrick's"]]], "#VALUE!", "holidays must be dates"],
    [
      "a header cell in the holidays range",
      [MAR_1, null, [["Holiday"], [MAR_17]]],
      "#VALUE!",
      "holidays must be dates",
    ],
    [
      "a negative holiday",
      [MAR_1, null, [[-1]]],
      "#NUM!",
      "a holiday is outside Excel's dates (1/1/1900 to 12/31/9999)",
    ],
    ["through as words", [MAR_1, null, null, "month end"], "#VALUE!", "through must be a date"],
    // Arguments are checked left to right: the first problem is the one shown.
    ["a bad month before a bad weekend", ["x", 8], "#VALUE!", "month must be a date"],
  ])("%s → %s", (_, args, code, message) => {
    expect(errorOf(sellingDays(...(args as Parameters<typeof sellingDays>)))).toEqual({ code, message });
  });
});
