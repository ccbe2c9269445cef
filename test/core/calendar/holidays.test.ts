import { parseDateText, parseHolidays } from "../../../src/core/calendar";
import { isSheetError, type SheetError } from "../../../src/core/errors";

const MAR_17_2025 = 45733; // 2025-03-07 = 45723 (anchor) + 10
const MAR_18_2025 = 45734;

function sorted(set: ReadonlySet<number> | SheetError): number[] {
  if (isSheetError(set)) throw new Error(`expected holidays, got ${set.message}`);
  return [...set].sort((a, b) => a - b);
}

describe("parseHolidays: the holidays argument as Excel passes a range (rows of cells)", () => {
  it.each([
    ["omitted", null, []],
    ["undefined", undefined, []],
    ["a column", [[MAR_17_2025], [MAR_18_2025]], [MAR_17_2025, MAR_18_2025]],
    ["a row", [[MAR_17_2025, MAR_18_2025]], [MAR_17_2025, MAR_18_2025]],
    ["a single cell, not wrapped", MAR_17_2025, [MAR_17_2025]],
    ["a flat list", [MAR_17_2025, MAR_18_2025], [MAR_17_2025, MAR_18_2025]],
    // Desktop sends 0 for an empty cell, the web null; a formula can leave "".
    ["blank cells: 0, null, empty text", [[0], [null], [""], [MAR_17_2025]], [MAR_17_2025]],
    ["only blanks", [[0, null, ""]], []],
    ["duplicates count once", [[MAR_17_2025], [MAR_17_2025], [MAR_17_2025 + 0.5]], [MAR_17_2025]],
    ["a date with a time of day is that day", [[MAR_17_2025 + 0.75]], [MAR_17_2025]],
    ["text dates, US and ISO", [["3/17/2025"], ["2025-03-18"]], [MAR_17_2025, MAR_18_2025]],
    ["text dates with spaces and times", [[" 3/17/2025 "], ["2025-03-18T09:00"]], [MAR_17_2025, MAR_18_2025]],
    // Dates outside any month and on closed days are kept here; counting ignores them (see sellingDays tests).
    ["out-of-month and weekend dates are kept as given", [[45765], [45732]], [45732, 45765]],
    ["the fictitious 1900-02-29", [[60]], [60]],
    ["9999-12-31", [[2958465]], [2958465]],
  ])("%s", (_, value, expected) => {
    expect(sorted(parseHolidays(value))).toEqual(expected);
  });

  it.each([
    ["a name instead of a date", [["Christmas"]]],
    ["a header row", [["Holiday"], [MAR_17_2025]]],
    ["TRUE", [[true]]],
    ["NaN", [[Number.NaN]]],
    ["an impossible text date", [["2/30/2025"]]],
    ["an object", [[{}]]],
  ])("%s is #VALUE! holidays must be dates", (_, value) => {
    expect(parseHolidays(value)).toMatchObject({
      kind: "value",
      key: "holidaysNotDates",
      message: "holidays must be dates",
    });
  });

  it.each([
    ["a negative number", [[-1]]],
    ["a serial past 9999-12-31", [[2958466]]],
  ])("%s is #NUM!, outside Excel's dates", (_, value) => {
    expect(parseHolidays(value)).toMatchObject({
      kind: "num",
      key: "dateOutOfRange",
      message: "a holiday is outside Excel's dates (1/1/1900 to 12/31/9999)",
    });
  });
});

describe("parseDateText: dates written as text in DMS exports", () => {
  it.each([
    ["3/7/2025", 45723],
    ["03/07/2025", 45723],
    ["2025-03-07", 45723],
    ["2025-3-7", 45723],
    ["3/7/25", 45723], // two-digit years 00-29 are 20xx, as in Excel
    // 30-99 are 19xx. 1930-01-01 = 1 + 30 × 365 + 7 leap days (1904..1928) + the fictitious 1900-02-29 = 10959; + 31 + 28 + 6 = 11024.
    ["3/7/30", 11024],
    ["3/7/2025 14:05", 45723],
    ["3/7/2025 2:05 PM", 45723],
    ["2025-03-07T14:05:00Z", 45723],
    ["2/29/1900", 60], // Excel accepts its fictitious day
    ["2/29/2024", 45351],
    ["2025/3/7", 45723], // year first with slashes, as Excel's DATEVALUE and Microsoft's own examples write it
    ["2025/03/07", 45723],
  ])("%j → %i", (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
  });

  it.each([
    "2/29/2025",
    "13/1/2025",
    "0/1/2025",
    "1/32/2025",
    "12/31/1899",
    "March 7",
    "45723",
    "",
    "2025-03/07",
    "7/3/2025/1",
  ])("%j is not a date", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
