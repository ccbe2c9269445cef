/*
 * =GSM.EXPECTED_TO_DATE, =GSM.PACE and =GSM.TREND called exactly as Excel calls them. The month
 * worked by hand throughout is March 2025 with Sundays closed: 26 selling days, and by the end of
 * Monday 3/10 8 of them are done (1,3,4,5,6,7,8,10). Other months are worked in their rows.
 */
import { expectedToDate, pace, trend } from "../../src/functions/functions";
import { messages } from "../../src/core/errors";
import { errorOf, numberOf } from "./excelResult";

const MAR_1 = 45717; // Saturday, 2025-03-07 = 45723 (anchor) - 6
const MAR_2 = 45718; // Sunday
const MAR_10 = 45726; // Monday
const MAR_31 = 45747;
const JUN_10 = 45818; // 2025-06-10, a Tuesday
const DEC_25 = 46016; // 2025-12-25, a Thursday
const DEC_26 = 46017;
const FEB_1_2025 = 45689; // a Saturday

// June 2025 with weekend 1: June 1 is a Sunday; 30 days − Saturdays 7,14,21,28 − Sundays 1,8,15,22,29 = 21,
// and through Tuesday 6/10: 2,3,4,5,6,9,10 = 7 elapsed.
// December 2025 with Sundays and Christmas closed: 31 − Sundays 7,14,21,28 − 12/25 = 26; through 12/26: 26 − 3 Sundays − 12/25 = 22.

describe("GSM.EXPECTED_TO_DATE: target × elapsed ÷ total selling days", () => {
  it.each([
    ["the JSDoc example: 8 of 26 days", [130, MAR_10], 40],
    ["omitted optionals as null", [130, MAR_10, null, null], 40],
    ["as_of as a text date", [130, "3/10/2025"], 40],
    ["as_of as an ISO text date", [130, "2025-03-10"], 40],
    ["as_of with a time of day (still the 10th)", [130, MAR_10 + 0.99], 40],
    ["target as text", ["130", MAR_10], 40],
    ["target as DMS text with $ and thousands", ["$1,300", MAR_10], 400],
    ["the last day: the whole target", [100, MAR_31], 100],
    ["the 1st counts as elapsed (end of day)", [100, MAR_1], 100 / 26],
    ["a closed Sunday adds nothing", [100, MAR_2], 100 / 26],
    ["June, weekend 1: 7 of 21", [210, JUN_10, 1], 70],
    ["June, weekend as a mask", [210, JUN_10, "0000011"], 70],
    ["December with Christmas closed: 22 of 26", [260, DEC_26, 11, [[DEC_25]]], 220],
    ["Christmas listed twice, with blanks", [260, DEC_26, 11, [[DEC_25], [DEC_25], [0], [null]]], 220],
    ["weekend from an empty desktop cell: default 11", [130, MAR_10, 0], 40],
    ["nothing elapsed yet is 0 expected, not an error (Saturday 3/1 with Sat+Sun closed)", [100, MAR_1, 1], 0],
    ["a zero target", [0, MAR_10], 0],
    ["an empty target cell (web null)", [null, MAR_10], 0],
  ])("%s → %d", (_, args, expected) => {
    expect(numberOf(expectedToDate(...(args as Parameters<typeof expectedToDate>)))).toBeCloseTo(expected, 12);
  });

  it.each([
    ["target as words", ["lots", MAR_10], "#VALUE!", "target must be a number"],
    ["a negative target", [-10, MAR_10], "#NUM!", "target can't be negative"],
    ["as_of as words", [100, "someday"], "#VALUE!", "as_of must be a date"],
    ["as_of before 1900", [100, -1], "#NUM!", "as_of is outside Excel's dates (1/1/1900 to 12/31/9999)"],
    ["weekend 9", [100, MAR_10, 9], "#NUM!", messages.weekendInvalidCode],
    ["weekend 1111111", [100, MAR_10, "1111111"], "#NUM!", "weekend can't close all seven days"],
    ["weekend 00000", [100, MAR_10, "00000"], "#VALUE!", messages.weekendInvalidMask],
    ["holidays with a name", [100, MAR_10, 11, [["Easter"]]], "#VALUE!", "holidays must be dates"],
    [
      "every open day of February 2025 a holiday",
      [100, FEB_1_2025, 11, Array.from({ length: 28 }, (_, i) => [FEB_1_2025 + i])],
      "#N/A",
      "no selling days in this month",
    ],
  ])("%s → %s", (_, args, code, message) => {
    expect(errorOf(expectedToDate(...(args as Parameters<typeof expectedToDate>)))).toEqual({ code, message });
  });
});

describe("GSM.PACE: actual ÷ expected to date", () => {
  it.each([
    ["the JSDoc example: 36 against 40 expected", [36, 130, MAR_10], 0.9],
    ["on pace", [40, 130, MAR_10], 1],
    ["10% ahead", [44, 130, MAR_10], 1.1],
    ["everything as text", ["36", "130", "2025-03-10"], 0.9],
    ["omitted optionals as null", [36, 130, MAR_10, null, null], 0.9],
    ["month end: 26 of 100", [26, 100, MAR_31], 0.26],
    ["the 1st: 1 deal against 1 expected", [1, 26, MAR_1], 1],
    ["no deals yet", [0, 100, MAR_10], 0],
    ["an empty actual cell (desktop 0)", [0, 130, MAR_10], 0],
    ["June, Sat+Sun: 63 against 70", [63, 210, JUN_10, 1], 0.9],
    ["December with Christmas: 242 against 220", [242, 260, DEC_26, 11, [[DEC_25]]], 1.1],
  ])("%s → %d", (_, args, expected) => {
    expect(numberOf(pace(...(args as Parameters<typeof pace>)))).toBeCloseTo(expected, 12);
  });

  it.each([
    ["a zero target", [36, 0, MAR_10], "#DIV/0!", "target is 0: pace needs a target above 0"],
    ["an empty target cell", [36, null, MAR_10], "#DIV/0!", "target is 0: pace needs a target above 0"],
    ["a negative target", [36, -130, MAR_10], "#NUM!", "target can't be negative"],
    ["a negative actual", [-1, 130, MAR_10], "#NUM!", "actual can't be negative"],
    ["actual as words", ["abc", 130, MAR_10], "#VALUE!", "actual must be a number"],
    ["target as words", [36, "tbd", MAR_10], "#VALUE!", "target must be a number"],
    [
      "no selling day elapsed: Saturday 3/1 with Sat+Sun closed",
      [5, 100, MAR_1, 1],
      "#N/A",
      "no selling day has elapsed yet",
    ],
    ["weekend 0000000x", [36, 130, MAR_10, "0000000x"], "#VALUE!", messages.weekendInvalidMask],
    ["a huge actual over a tiny target overflows", [1e308, 1e-300, MAR_10], "#NUM!", messages.resultTooLarge],
  ])("%s → %s", (_, args, code, message) => {
    expect(errorOf(pace(...(args as Parameters<typeof pace>)))).toEqual({ code, message });
  });
});

describe("GSM.TREND: actual ÷ elapsed × total selling days", () => {
  it.each([
    ["the JSDoc example: 36 in 8 days, times 26", [36, MAR_10], 117],
    ["omitted optionals as null", [36, MAR_10, null, null], 117],
    ["as_of as text", [36, "3/10/2025"], 117],
    ["actual as text", ["36", MAR_10], 117],
    ["the 1st: 5 deals in 1 day", [5, MAR_1], 130],
    ["a closed Sunday: still 1 day", [5, MAR_2], 130],
    ["month end: the actual itself", [21, MAR_31], 21],
    ["June, Sat+Sun: 14 in 7 of 21 days", [14, JUN_10, 1], 42],
    ["December with Christmas: 22 in 22 of 26 days", [22, DEC_26, 11, [[DEC_25]]], 26],
    ["no deals yet", [0, MAR_10], 0],
  ])("%s → %d", (_, args, expected) => {
    expect(numberOf(trend(...(args as Parameters<typeof trend>)))).toBeCloseTo(expected, 12);
  });

  it.each([
    [
      "no selling day elapsed: Saturday 3/1 with Sat+Sun closed",
      [5, MAR_1, 1],
      "#N/A",
      "no selling day has elapsed yet",
    ],
    ["actual as words", ["x", MAR_10], "#VALUE!", "actual must be a number"],
    ["a negative actual", [-3, MAR_10], "#NUM!", "actual can't be negative"],
    ["actual as text too large for Excel", ["1e400", MAR_10], "#NUM!", "actual must be a number"],
    ["an overflowing projection", [1e308, MAR_10], "#NUM!", messages.resultTooLarge],
    ["holidays with TRUE", [5, MAR_10, 11, [[true]]], "#VALUE!", "holidays must be dates"],
  ])("%s → %s", (_, args, code, message) => {
    expect(errorOf(trend(...(args as Parameters<typeof trend>)))).toEqual({ code, message });
  });
});
