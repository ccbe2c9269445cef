/*
 * Reading the indicators table and the outcome column as a user selects them in Excel: with or
 * without header rows, whole columns with blanks below, a Week column beside the numbers.
 */
import { readIndicatorSeries } from "../../../../src/core/gap/indicators";
import { isSheetError, sheetError } from "../../../../src/core/errors";

const HEADER = ["Leads", "Appointments"];
const DATA = [
  [100, 30],
  [120, 35],
  [90, 28],
];
const UNITS = [[10], [12], [9]];

describe("readIndicatorSeries: the same three weeks however they are selected", () => {
  it.each([
    ["both with headers", [HEADER, ...DATA], [["Units Sold"], ...UNITS], ["Leads", "Appointments"], "Units Sold"],
    ["indicators with header, outcome without", [HEADER, ...DATA], UNITS, ["Leads", "Appointments"], "Outcome"],
    ["neither with a header: columns are numbered", DATA, UNITS, ["Column 1", "Column 2"], "Outcome"],
    [
      "a Week Start column is the row's label, skipped",
      [["Week Start", ...HEADER], ...DATA.map((r, i) => [45705 + 7 * i, ...r])],
      [["Units"], ...UNITS],
      ["Leads", "Appointments"],
      "Units",
    ],
    [
      "blank rows below (whole columns selected)",
      [HEADER, ...DATA, ["", ""], [null, null]],
      [["Units"], ...UNITS, [""], [""]],
      ["Leads", "Appointments"],
      "Units",
    ],
    [
      "rows of zeros below both (empty cells as the desktop sends them)",
      [HEADER, ...DATA, [0, 0], [0, 0]],
      [["Units"], ...UNITS, [0], [0]],
      ["Leads", "Appointments"],
      "Units",
    ],
    [
      "zeros below the indicators, blanks below the outcome",
      [HEADER, ...DATA, [0, 0]],
      [["Units"], ...UNITS, [""]],
      ["Leads", "Appointments"],
      "Units",
    ],
    [
      "numbers typed as text",
      [HEADER, ...DATA.map((r) => r.map(String))],
      [["Units"], ...UNITS.map((r) => [`${String(r[0])}`])],
      ["Leads", "Appointments"],
      "Units",
    ],
    ["outcome selected as a row", [HEADER, ...DATA], [[10, 12, 9]], ["Leads", "Appointments"], "Outcome"],
  ])("%s", (_, indicators, outcome, names, outcomeName) => {
    const read = readIndicatorSeries(indicators, outcome);
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.names).toEqual(names);
    expect(read.outcomeName).toBe(outcomeName);
    expect(read.columns).toEqual([
      [100, 120, 90],
      [30, 35, 28],
    ]);
    expect(read.outcome).toEqual([10, 12, 9]);
  });

  it("keeps the position of each indicator in the range given (for current)", () => {
    const read = readIndicatorSeries([["Week", ...HEADER], ...DATA.map((r) => [45705, ...r])], UNITS);
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.positions).toEqual([1, 2]);
    expect(read.width).toBe(3);
  });
});

it("a last week of 0 units beside real indicators is a week, not an empty row", () => {
  const read = readIndicatorSeries([HEADER, ...DATA, [80, 20]], [["Units"], ...UNITS, [0]]);
  if (isSheetError(read)) throw new Error(read.message);
  expect(read.outcome).toEqual([10, 12, 9, 0]);
});

describe("readIndicatorSeries: bad input says which", () => {
  it.each([
    [
      "one week of units missing",
      [HEADER, ...DATA],
      [["Units"], [10], [12]],
      sheetError("value", "indicatorsLengthMismatch", 2, 3),
    ],
    ["an extra week of units", DATA, [...UNITS, [11]], sheetError("value", "indicatorsLengthMismatch", 4, 3)],
    [
      "a word among the appointments (row 3 of the selection)",
      [HEADER, [100, 30], [120, "n/a"], [90, 28]],
      UNITS,
      sheetError("value", "indicatorsNotANumber", "Appointments", 3),
    ],
    [
      "an error value in the outcome",
      DATA,
      [[10], ["#N/A"], [9]],
      sheetError("value", "indicatorsNotANumber", "Outcome", 2),
    ],
    [
      "a blank inside the data",
      [HEADER, [100, 30], [null, 35], [90, 28]],
      UNITS,
      sheetError("value", "indicatorsNotANumber", "Leads", 3),
    ],
    ["outcome two columns wide", DATA, DATA, sheetError("value", "indicatorsOutcomeColumns")],
    ["only a Week column", [["Week"], [45705], [45712], [45719]], UNITS, sheetError("value", "indicatorsNoColumns")],
  ])("%s", (_, indicators, outcome, expected) => {
    expect(readIndicatorSeries(indicators, outcome)).toEqual(expected);
  });

  it("the length message names both counts", () => {
    const read = readIndicatorSeries(DATA, [[10], [12]]);
    expect(isSheetError(read) && read.message).toBe("outcome has 2 rows but indicators have 3: select the same rows");
  });
});
