/* The month level: recent months, seasonality only from 13 months on, shrunk by how much is noise. */
import { fitMonthLevel, type MonthTotal } from "../../../src/core/forecast/monthLevel";

// December sells 150, every other month 100, with no noise: a store whose seasonality is plain to see.
const months = (count: number): MonthTotal[] =>
  Array.from({ length: count }, (_, j) => ({
    total: j % 12 === 11 ? 150 : 100,
    exposure: 1,
    calendarMonth: (j % 12) + 1,
  }));

it("12 months: no seasonality; the next month's prior is the average month", () => {
  // (11 × 100 + 150) / 12 = 104.17; every month weighs the same (a flat history keeps the longest half-life).
  const level = fitMonthLevel(months(12));
  expect(level.seasonal).toBe(false);
  expect(level.prior(12)?.mean).toBeCloseTo(104.17, 0);
});

it("36 months: December's lift is learned, and the following January is back to ~100", () => {
  const level = fitMonthLevel(months(36));
  expect(level.seasonal).toBe(true);
  // Month 35 is the third December (left out of its own index): well above 100, below 150 after shrinkage.
  const december = level.prior(35)?.mean ?? 0;
  expect(december).toBeGreaterThan(125);
  expect(december).toBeLessThan(155);
  expect(level.prior(36)?.mean).toBeGreaterThan(90);
  expect(level.prior(36)?.mean).toBeLessThan(110);
});

it("a partly covered first month counts by its exposure", () => {
  // The log starts mid-month: 50 deals in half the month is a 100-deal month.
  const history: MonthTotal[] = [{ total: 50, exposure: 0.5, calendarMonth: 1 }, ...months(4).slice(1)];
  expect(fitMonthLevel(history).prior(4)?.mean).toBeCloseTo(100, 6);
});

it("the prior's spread is at least a 5% month-to-month swing even on a noiseless log", () => {
  const level = fitMonthLevel(
    Array.from({ length: 20 }, (_, j) => ({ total: 100, exposure: 1, calendarMonth: (j % 12) + 1 }))
  );
  expect(Math.sqrt(level.prior(20)?.logVariance ?? 0)).toBeGreaterThanOrEqual(0.05);
});
