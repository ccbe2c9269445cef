/* A salesperson's projection borrows the store's month shape when the store's dates are given as reference. */
import { dateToSerial } from "../../../src/core/calendar";
import { isSheetError, type SheetError } from "../../../src/core/errors";
import { forecastMonthEnd, type MonthForecast } from "../../../src/core/forecast";
import { DEALER_WEEKDAYS, syntheticLog } from "./syntheticLog";

function ok(f: MonthForecast | SheetError): MonthForecast {
  if (isSheetError(f)) throw new Error(f.key);
  return f;
}

// A 200-unit store with a strong month-end push, two years and ten days of it.
const store = syntheticLog({
  seed: 31,
  start: [2023, 3],
  months: 25,
  unitsPerMonth: 200,
  push: 1,
  pushVariability: 0.3,
  shock: 0.08,
  weekdayWeights: DEALER_WEEKDAYS,
});
const asOf = dateToSerial(2025, 3, 10);
// One salesperson: every 12th deal of the log, so the same rhythm at a twelfth of the volume.
const salesperson = store.dealDates.filter((_, i) => i % 12 === 5);

it.each([
  ["with the store as reference", true],
  ["without it (a generic dealer's shape as the prior)", false],
])("a salesperson's projection is ordered and sane %s", (_, withReference) => {
  const f = ok(
    forecastMonthEnd({
      dealDates: salesperson,
      asOf,
      calendar: store.calendar,
      reference: withReference ? store.dealDates : null,
    })
  );
  expect(f.method).toBe("model");
  expect(f.p10).toBeLessThanOrEqual(f.p50);
  expect(f.p50).toBeLessThanOrEqual(f.p90);
  // About a twelfth of the store's month: the store sells ~200 × 1.1 (March) a month.
  expect(f.mean).toBeGreaterThan(8);
  expect(f.mean).toBeLessThan(35);
});

it("the store's shape pulls the salesperson's share of the month done toward the store's", () => {
  const storeShare = ok(
    forecastMonthEnd({ dealDates: store.dealDates, asOf, calendar: store.calendar })
  ).expectedShareDone;
  const alone = ok(forecastMonthEnd({ dealDates: salesperson, asOf, calendar: store.calendar })).expectedShareDone;
  const borrowed = ok(
    forecastMonthEnd({ dealDates: salesperson, asOf, calendar: store.calendar, reference: store.dealDates })
  ).expectedShareDone;
  expect(Math.abs(borrowed - storeShare)).toBeLessThanOrEqual(Math.abs(alone - storeShare));
  expect(Math.abs(borrowed - storeShare)).toBeLessThan(0.02);
});

it("a store whose calendar leaves Sunday open but never sells on it treats Sunday as closed", () => {
  // The same store given an all-open week: the learned closure keeps Sundays out of the month's share.
  const allOpen = {
    weekend: [false, false, false, false, false, false, false] as const,
    holidays: store.calendar.holidays,
  };
  const a = ok(forecastMonthEnd({ dealDates: store.dealDates, asOf, calendar: store.calendar }));
  const b = ok(forecastMonthEnd({ dealDates: store.dealDates, asOf, calendar: allOpen }));
  expect(b.expectedShareDone).toBeCloseTo(a.expectedShareDone, 2);
  expect(b.mean).toBeCloseTo(a.mean, -1);
});
