import { cellDate, dateOrderOf } from "../../../src/core/dealLog";

// Serials by hand from DATE(2025,1,1) = 45658 (Excel): 3/7/2025 is day 31 + 28 + 7 = 66 of the year → 45723.
it.each<[string, unknown, number | null]>([
  ["a serial", 45723, 45723],
  ["a serial with a time (6 PM)", 45723.75, 45723],
  ["the last second of the day", 45723.99999, 45723],
  ["serial 1 = 1/1/1900", 1, 1],
  ["Excel's last date 12/31/9999", 2958465, 2958465],
  ["a time alone (noon)", 0.5, null],
  ["0 (an empty cell on the desktop)", 0, null],
  ["a negative number", -1, null],
  ["past 12/31/9999", 2958466, null],
  ["NaN", Number.NaN, null],
  ["Infinity", Number.POSITIVE_INFINITY, null],
  ["a Date at UTC midnight (as a workbook reader gives it)", new Date(Date.UTC(2025, 2, 7)), 45723],
  ["a Date with a time late in the UTC day", new Date(Date.UTC(2025, 2, 7, 23, 59, 59)), 45723],
  // DATE(2024,2,29): DATE(2024,1,1) = 45292, + 31 + 28 = 45351.
  ["a Date on a leap day", new Date(Date.UTC(2024, 1, 29)), 45351],
  ["an invalid Date", new Date(Number.NaN), null],
  ["a Date before 1900", new Date(Date.UTC(1899, 11, 31)), null],
  ['ISO text (DATEVALUE("2025-03-07") = 45723)', "2025-03-07", 45723],
  ["ISO text with a T time", "2025-03-07T14:05:00", 45723],
  ["ISO text with a space time", "2025-03-07 14:05", 45723],
  ["ISO text with a zone", "2025-03-07T14:05:00Z", 45723],
  ["US text", "3/7/2025", 45723],
  ["US text, zero-padded with AM/PM", "03/07/2025 2:05 PM", 45723],
  ["US text with a 24-hour time", "3/7/2025 14:05:00", 45723],
  ["US text, two-digit year (Excel: 25 → 2025)", "3/7/25", 45723],
  ["text with outer spaces", "  3/7/2025 ", 45723],
  ["a serial written as digits", "45723", 45723],
  ["a serial written with a time fraction", "45723.5", 45723],
  // DATEVALUE("1900-03-01") = 61: the first date after Excel's fictitious 2/29/1900.
  ["the day after Excel's fictitious leap day", "1900-03-01", 61],
  ["the last date as text", "12/31/9999", 2958465],
  ["a day February doesn't have", "2/30/2025", null],
  ["month 13", "13/1/2025", null],
  ["a header", "Sold Date", null],
  ["an error value", "#N/A", null],
  ["empty text", "", null],
  ["spaces", "   ", null],
  ["a money amount", "$1,234", null],
  ["a boolean", true, null],
  ["null", null, null],
  ["undefined", undefined, null],
  ["an object", { result: 45723 }, null],
])("reads %s", (_, cell, expected) => {
  expect(cellDate(cell)).toBe(expected);
});

// More forms exports write; serials from DATE(2025,3,1) = 45717 (3/d/2025 = 45716 + d).
it.each<[string, unknown, "mdy" | "dmy", number | null]>([
  ["US with dashes", "3-12-2025", "mdy", 45728],
  ["US with a comma before the time", "3/12/2025, 2:30 PM", "mdy", 45728],
  ["US with p.m.", "3/12/2025 2:30 p.m.", "mdy", 45728],
  ["day first when the log is", "12/3/2025", "dmy", 45728],
  ["day first, two-digit year", "25/03/25", "dmy", 45741],
  ["month 13 read day first is still no date", "3/13/2025", "dmy", null],
  ["dotted: always day first", "10.03.2025", "mdy", 45726],
  ["dotted with a time", "10.03.2025 14:30", "mdy", 45726],
  ["d-mmm-yyyy (Excel's format)", "14-Mar-2025", "mdy", 45730],
  ["d-mmm-yy", "14-Mar-25", "mdy", 45730],
  ["d mmm yyyy", "14 Mar 2025", "dmy", 45730],
  ["mmm d, yyyy with a time", "Mar 14, 2025 4:00 PM", "mdy", 45730],
  ["month name in full", "March 14 2025", "mdy", 45730],
  ["Sept", "Sept 1, 2025", "mdy", 45901],
  ["a word that starts like a month", "Marvelous 14, 2025", "mdy", null],
  ["a day the month lacks", "31-Apr-2025", "mdy", null],
  ["a time alone", "10:30 AM", "mdy", null],
  ["yyyymmdd", "20250310", "mdy", 45726],
  ["yyyymmdd with no such day", "20250230", "mdy", null],
  ["yyyymmdd as a number (Excel opened the export)", 20250310, "mdy", 45726],
  ["yyyymmdd with a fraction is no date", 20250310.5, "mdy", null],
])("reads %s", (_, cell, order, expected) => {
  expect(cellDate(cell, order)).toBe(expected);
});

it.each<[unknown, "mdy" | "dmy" | null]>([
  ["25/03/2025", "dmy"],
  ["3/25/2025", "mdy"],
  ["3/10/2025", null],
  ["13/13/2025", null],
  ["10.03.2025", "dmy"],
  ["2025-03-25", null],
  [45726, null],
  ["Sold Date", null],
])("dateOrderOf(%j) = %p", (cell, order) => {
  expect(dateOrderOf(cell)).toBe(order);
});
