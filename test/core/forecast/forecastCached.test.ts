/* Many cells projecting the same range fit it once. */
import { dateToSerial } from "../../../src/core/calendar";
import { clearForecastCache, forecastCached, forecastKey, forecastMonthEnd } from "../../../src/core/forecast";
import { exactLog, STORE } from "./handWorked";

const asOf = dateToSerial(2025, 4, 10);
const dates = exactLog(dateToSerial(2024, 4, 1), 13, 3, 5, 4, asOf);

beforeEach(() => clearForecastCache());

it("the same range in a fresh array returns the very same forecast", () => {
  const a = forecastCached({ dealDates: dates, asOf, calendar: STORE });
  const b = forecastCached({
    dealDates: [...dates],
    asOf: asOf + 0.5,
    calendar: { weekend: STORE.weekend, holidays: new Set(STORE.holidays) },
  });
  expect(b).toBe(a);
});

it("gives what forecastMonthEnd gives", () => {
  const a = forecastCached({ dealDates: dates, asOf, calendar: STORE });
  const b = forecastMonthEnd({ dealDates: dates, asOf, calendar: STORE });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
});

it.each([
  ["one date moved a day", { dealDates: dates.map((d, i) => (i === 7 ? d + 1 : d)), asOf, calendar: STORE }],
  ["another as_of", { dealDates: dates, asOf: asOf - 1, calendar: STORE }],
  ["values given", { dealDates: dates, values: dates.map(() => 1), asOf, calendar: STORE }],
  ["a reference given", { dealDates: dates, reference: dates, asOf, calendar: STORE }],
  [
    "another weekend",
    {
      dealDates: dates,
      asOf,
      calendar: { weekend: [true, false, false, false, false, false, true] as const, holidays: STORE.holidays },
    },
  ],
])("%s is another key", (_, input) => {
  expect(forecastKey(input)).not.toBe(forecastKey({ dealDates: dates, asOf, calendar: STORE }));
});

it("two values swapped between deals is another key (the hash sees positions)", () => {
  const values = dates.map((_, i) => i);
  const swapped = [...values];
  [swapped[0], swapped[1]] = [values[1] ?? 0, values[0] ?? 0];
  expect(forecastKey({ dealDates: dates, values, asOf, calendar: STORE })).not.toBe(
    forecastKey({ dealDates: dates, values: swapped, asOf, calendar: STORE })
  );
});
