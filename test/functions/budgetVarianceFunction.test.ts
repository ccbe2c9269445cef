/*
 * =GSM.BUDGET_VARIANCE called exactly as Excel calls it. The month worked by hand is March 2025 with
 * Sundays closed: 26 selling days, 8 of them done by the end of Monday 3/10 (1,3,4,5,6,7,8,10), so a
 * total projects to mtd ÷ 8 × 26 (what =GSM.TREND returns).
 */
import { budgetVariance } from "../../src/functions/budgetFunctions";
import { messages } from "../../src/core/errors";
import { errorOf, numberOf } from "./excelResult";

const MAR_10 = 45726; // Monday 2025-03-10
const MAR_31 = 45747;
const MAR_1 = 45717; // Saturday; with Sat+Sun closed nothing has elapsed
const DEC_26 = 46017; // 2025-12-26; December with Christmas closed: 26 selling days, 22 done

describe("GSM.BUDGET_VARIANCE, kind total: projected month end − budget", () => {
  it.each([
    ["the JSDoc example: 36 → 117 against 130", [36, 130, "total", MAR_10], (36 / 8) * 26 - 130],
    ["kind omitted is total", [36, 130, null, MAR_10], -13],
    ["kind blank (desktop 0) is total", [36, 130, 0, MAR_10], -13],
    ["kind in any case", [36, 130, " TOTAL ", MAR_10], -13],
    ["actual as a one-cell range", [[[36]], 130, "total", MAR_10], -13],
    ["front gross $80,000 by the 10th vs $250,000: 80000/8×26 = 260,000", [80000, 250000, "total", MAR_10], 10000],
    ["gross as DMS text", ["$80,000", "$250,000", "total", MAR_10], 10000],
    ["a negative front gross still projects (−800/8×26 = −2600)", [-800, 1000, "total", MAR_10], -3600],
    ["the last day: mtd is month end", [120, 130, "total", MAR_31], -10],
    ["holidays close days: 22 of 26 done, 44 → 52", [44, 50, "total", DEC_26, 11, [[46016]]], 2],
  ])("%s", (_, args, expected) => {
    expect(numberOf((budgetVariance as (...a: unknown[]) => unknown)(...args))).toBeCloseTo(expected, 9);
  });
});

describe("GSM.BUDGET_VARIANCE, kind ratio: the ratio as it stands − budget", () => {
  it.each([
    ["the JSDoc example: PVR 1700 vs 1800", [1700, 1800, "ratio"], -100],
    ["numerator and denominator in a row: 61,200 / 36 = 1,700", [[[61200, 36]], 1800, "ratio", MAR_10], -100],
    ["numerator and denominator in a column", [[[61200], [36]], 1800, "ratio", MAR_10], -100],
    ["ad cost per sale above budget: 21,600/36 = 600 vs 550", [[[21600, 36]], 550, "Ratio", MAR_10], 50],
    [
      "as_of doesn't matter for a ratio (a straight line scales both alike)",
      [[[61200, 36]], 1800, "ratio", MAR_31],
      -100,
    ],
  ])("%s", (_, args, expected) => {
    expect(numberOf((budgetVariance as (...a: unknown[]) => unknown)(...args))).toBeCloseTo(expected, 9);
  });
});

describe("GSM.BUDGET_VARIANCE: bad input says what to fix", () => {
  it.each([
    ["unknown kind", [36, 130, "monthly", MAR_10], "#VALUE!", messages.budgetKindInvalid],
    ["two cells for a total", [[[61200, 36]], 130, "total", MAR_10], "#VALUE!", messages.budgetActualShape],
    ["three cells for a ratio", [[[1, 2, 3]], 130, "ratio", MAR_10], "#VALUE!", messages.budgetActualShape],
    ["a zero denominator", [[[61200, 0]], 1800, "ratio", MAR_10], "#DIV/0!", messages.budgetRatioDenominatorZero],
    ["a blank denominator", [[[61200, ""]], 1800, "ratio", MAR_10], "#DIV/0!", messages.budgetRatioDenominatorZero],
    ["text actual", ["lots", 130, "total", MAR_10], "#VALUE!", "actual must be a number"],
    ["text budget", [36, "tbd", "total", MAR_10], "#VALUE!", "budget must be a number"],
    ["bad as_of", [36, 130, "total", "someday"], "#VALUE!", "as_of must be a date"],
    [
      "no selling day elapsed (Sat 3/1, Sat+Sun closed)",
      [0, 130, "total", MAR_1, 1],
      "#N/A",
      messages.noSellingDayElapsed,
    ],
    [
      "an error cell in the actual range",
      [[[{ error: "#N/A" }, 36]], 1800, "ratio", MAR_10],
      "#VALUE!",
      "actual must be a number",
    ],
  ])("%s", (_, args, code, message) => {
    const error = errorOf((budgetVariance as (...a: unknown[]) => unknown)(...args));
    expect(error).toEqual({ code, message });
  });
});
