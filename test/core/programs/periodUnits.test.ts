/* The units of a month or quarter as a distribution: convolution worked by hand, and a steady store's quarter. */
import { dateToSerial, storeCalendar, type StoreCalendar } from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import fc from "fast-check";
import {
  convolve,
  expectation,
  periodStart,
  periodUnits,
  probAtLeast,
  programPeriod,
  type PeriodUnits,
} from "../../../src/core/programs";

describe("unit distributions", () => {
  it("two fair coins: 0, 1, 2 heads with 1/4, 1/2, 1/4", () => {
    const d = convolve([0.5, 0.5], [0.5, 0.5]);
    expect(d).toEqual([0.25, 0.5, 0.25]);
    expect(probAtLeast(d, 1)).toBe(0.75);
    expect(probAtLeast(d, 0)).toBe(1);
    expect(probAtLeast(d, -3)).toBe(1);
    expect(probAtLeast(d, 3)).toBe(0);
    // A fractional need rounds up: at least 1.2 units is at least 2.
    expect(probAtLeast(d, 1.2)).toBe(0.25);
    expect(expectation(d, (k) => k)).toBe(1);
  });

  // Skipping the negligible head of a month's table (P < 1e-12 each) must not move any probability a
  // GSM reads: the sum of independent draws against the textbook double loop, to 1e-9.
  it("convolution equals the textbook double loop, long negligible heads and all", () => {
    const table = fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 })
      )
      .map(([head, body]) => {
        const raw = [...Array.from({ length: head }, (_, i) => (i % 3 === 0 ? 0 : 1e-14)), ...body];
        const total = raw.reduce((s, p) => s + p, 0);
        return raw.map((p) => p / total);
      });
    fc.assert(
      fc.property(table, table, (a, b) => {
        const textbook = new Array<number>(a.length + b.length - 1).fill(0);
        a.forEach((pa, i) => b.forEach((pb, j) => (textbook[i + j] = (textbook[i + j] as number) + pa * pb)));
        const d = convolve(a, b);
        return textbook.every((p, k) => Math.abs(p - (d[k] ?? 0)) < 1e-9);
      }),
      { numRuns: 300 }
    );
  });
});

it.each([
  ["month", "month"],
  ["", "month"],
  [null, "month"],
  ["Quarter", "quarter"],
  [" q ", "quarter"],
])("period %p reads as %p", (text, period) => {
  expect(programPeriod(text)).toBe(period);
});

it.each([
  [dateToSerial(2025, 2, 14), "quarter", dateToSerial(2025, 1, 1)],
  [dateToSerial(2025, 12, 31), "quarter", dateToSerial(2025, 10, 1)],
  [dateToSerial(2025, 5, 1), "quarter", dateToSerial(2025, 4, 1)],
  [dateToSerial(2025, 5, 20), "month", dateToSerial(2025, 5, 1)],
] as const)("period of %p (%s) starts %p", (asOf, period, start) => {
  expect(periodStart(asOf, period)).toBe(start);
});

describe("periodUnits on a steady store (4 deals a day, Sundays closed, from 2023)", () => {
  const calendar = storeCalendar(null, null) as StoreCalendar;
  const dates: number[] = [];
  for (let d = dateToSerial(2023, 1, 1); d <= dateToSerial(2025, 3, 10); d++) {
    if (d % 7 === 1) continue; // serial 1 (1900-01-01) is a Sunday
    for (let k = 0; k < 4; k++) dates.push(d);
  }
  const units = (asOf: number, period: "month" | "quarter"): PeriodUnits => {
    const u = periodUnits(dates, asOf, period, calendar);
    if (isSheetError(u)) throw new Error(u.message);
    return u;
  };
  const mean = (u: PeriodUnits): number => expectation(u.toCome, (k) => k);
  const variance = (u: PeriodUnits): number => expectation(u.toCome, (k) => (k - mean(u)) ** 2);

  it("in a quarter's last month, the quarter's rest is the month's rest; sold counts January and February", () => {
    const month = units(dateToSerial(2025, 3, 10), "month");
    const quarter = units(dateToSerial(2025, 3, 10), "quarter");
    expect(quarter.toCome).toEqual(month.toCome);
    // Jan: 27 selling days, Feb: 24, Mar 1–10: 8 → 59 days × 4.
    expect([month.sold, quarter.sold]).toEqual([32, 236]);
  });

  it("in a quarter's first month, two whole months more: the mean adds them and the spread widens", () => {
    const asOf = dateToSerial(2025, 1, 10);
    const month = units(asOf, "month");
    const quarter = units(asOf, "quarter");
    expect(quarter.sold).toBe(month.sold);
    // Feb 2025 has 24 selling days and March 26: 200 more deals at 4 a day.
    expect(mean(quarter) - mean(month)).toBeGreaterThan(200 * 0.9);
    expect(mean(quarter) - mean(month)).toBeLessThan(200 * 1.1);
    expect(variance(quarter)).toBeGreaterThan(variance(month));
  });
});
