/* The holiday sales weekends the model learns a lift for, computed by rule and checked against printed calendars. */
import { dateToSerial, dayOfWeek } from "../../../src/core/calendar";
import { commonClosedHolidays, SALES_EVENTS, salesEventDays } from "../../../src/core/forecast";
import { nthWeekday, thanksgivingDay } from "../../../src/core/calendar";

const index = (name: (typeof SALES_EVENTS)[number]): number => SALES_EVENTS.indexOf(name);

// Dates read off the 2024 and 2025 calendars.
it.each([
  [
    "Presidents Day 2025 is Monday Feb 17; its weekend starts Friday Feb 14",
    2025,
    [2, 14],
    [2, 17],
    "Presidents Day weekend",
  ],
  ["Memorial Day 2024 is Monday May 27", 2024, [5, 24], [5, 27], "Memorial Day weekend"],
  ["Memorial Day 2025 is Monday May 26", 2025, [5, 23], [5, 26], "Memorial Day weekend"],
  ["Fourth of July runs the 3rd to the 5th", 2025, [7, 3], [7, 5], "Fourth of July"],
  ["Labor Day 2025 is Monday Sep 1, so its weekend starts Friday Aug 29", 2025, [8, 29], [9, 1], "Labor Day weekend"],
  [
    "Black Friday 2024 is Nov 29 (Thanksgiving Nov 28), through Saturday",
    2024,
    [11, 29],
    [11, 30],
    "Black Friday weekend",
  ],
  ["year-end clearance runs Dec 26–31", 2025, [12, 26], [12, 31], "Year-end clearance"],
] as const)("%s", (_, year, [m1, d1], [m2, d2], name) => {
  const days = salesEventDays(year);
  const first = dateToSerial(year, m1, d1);
  const last = dateToSerial(year, m2, d2);
  for (let d = first; d <= last; d++) expect(days.get(d)).toBe(index(name));
  expect(days.get(first - 1)).not.toBe(index(name));
  expect(days.get(last + 1)).not.toBe(index(name));
});

it.each([
  [2023, 23],
  [2024, 28],
  [2025, 27],
])("Thanksgiving %i is the fourth Thursday of November", (year, day) => {
  expect(thanksgivingDay(year)).toBe(dateToSerial(year, 11, day));
  expect(dayOfWeek(thanksgivingDay(year))).toBe(4);
});

it("the last Monday of a month whose 31st is a Monday is the 31st (March 2025)", () => {
  expect(nthWeekday(2025, 3, 1, -1)).toBe(dateToSerial(2025, 3, 31));
});

it("the common closed holidays are New Year's Day, Thanksgiving and Christmas Day", () => {
  expect(commonClosedHolidays(2025)).toEqual([
    dateToSerial(2025, 1, 1),
    dateToSerial(2025, 11, 27),
    dateToSerial(2025, 12, 25),
  ]);
});
