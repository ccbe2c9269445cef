/* US holiday sales events and closed days, checked against a printed calendar. */
import { dateToSerial, dayOfWeek } from "../../src/core/calendar";
import { closedHolidays, eventLifts, salesEvents } from "../../src/demo/events";
import { nthWeekday, thanksgivingDay } from "../../src/core/calendar";

// Dates read off the 2024–2026 calendars.
it.each([
  ["Presidents Day 2024 (3rd Monday of February)", 2024, 2, 1, 3, [2024, 2, 19]],
  ["Presidents Day 2025", 2025, 2, 1, 3, [2025, 2, 17]],
  ["Memorial Day 2024 (last Monday of May)", 2024, 5, 1, -1, [2024, 5, 27]],
  ["Memorial Day 2025", 2025, 5, 1, -1, [2025, 5, 26]],
  ["Memorial Day 2026", 2026, 5, 1, -1, [2026, 5, 25]],
  ["Labor Day 2024 (1st Monday of September)", 2024, 9, 1, 1, [2024, 9, 2]],
  ["Labor Day 2026", 2026, 9, 1, 1, [2026, 9, 7]],
])("%s", (_, year, month, weekday, n, [y, m, d]) => {
  expect(nthWeekday(year, month, weekday, n)).toBe(dateToSerial(y!, m!, d!));
});

it.each([
  [2023, [2023, 11, 23]],
  [2024, [2024, 11, 28]],
  [2025, [2025, 11, 27]],
])("Thanksgiving %i is the fourth Thursday of November", (year, [y, m, d]) => {
  expect(thanksgivingDay(year)).toBe(dateToSerial(y!, m!, d!));
  expect(dayOfWeek(thanksgivingDay(year))).toBe(4);
});

it("closes New Year's Day, Thanksgiving and Christmas Day", () => {
  expect(closedHolidays(2025).map((h) => h.date)).toEqual([
    dateToSerial(2025, 1, 1),
    dateToSerial(2025, 11, 27),
    dateToSerial(2025, 12, 25),
  ]);
});

it("lifts the long weekends and Black Friday, and no event day is a closed holiday", () => {
  const lifts = eventLifts(2025);
  // Memorial Day 2025 is Monday May 26: Friday 23 and Saturday 24 belong to its weekend.
  expect(lifts.get(dateToSerial(2025, 5, 23))).toBe(2);
  expect(lifts.get(dateToSerial(2025, 5, 24))).toBe(2);
  expect(lifts.get(dateToSerial(2025, 5, 26))).toBe(2);
  // Labor Day 2025 is Monday September 1, so its Friday is August 29.
  expect(lifts.get(dateToSerial(2025, 8, 29))).toBe(2);
  // Black Friday 2025: November 28, and the Saturday after.
  expect(lifts.get(dateToSerial(2025, 11, 28))).toBeGreaterThan(1.5);
  expect(lifts.get(dateToSerial(2025, 11, 29))).toBeGreaterThan(1.5);
  expect(lifts.get(dateToSerial(2025, 12, 30))).toBeGreaterThan(1);
  expect(lifts.get(dateToSerial(2025, 10, 15))).toBeUndefined();
  for (const year of [2023, 2024, 2025, 2026]) {
    const closed = new Set(closedHolidays(year).map((h) => h.date));
    for (const event of salesEvents(year)) for (const d of event.dates) expect(closed.has(d)).toBe(false);
  }
});
