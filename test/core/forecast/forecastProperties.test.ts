/* Invariants of any projection, on random synthetic stores: ordered quantiles, a floor at what is sold, falling odds. */
import fc from "fast-check";
import { addMonths, dateToSerial, daysInMonth, serialToDate } from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import { forecastMonthEnd } from "../../../src/core/forecast";
import { DEALER_WEEKDAYS, syntheticLog } from "./syntheticLog";

const store = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  months: fc.integer({ min: 2, max: 26 }),
  unitsPerMonth: fc.integer({ min: 5, max: 250 }),
  push: fc.double({ min: 0, max: 1.5, noNaN: true }),
  day: fc.integer({ min: 1, max: 31 }),
  withValues: fc.boolean(),
});

it("p10 ≤ p50 ≤ p90, quantiles rise with p, the count never ends below what is sold, odds fall as the bar rises", () => {
  fc.assert(
    fc.property(store, (s) => {
      const log = syntheticLog({
        seed: s.seed,
        start: [2023, 1],
        months: s.months,
        unitsPerMonth: s.unitsPerMonth,
        push: s.push,
        pushVariability: 0.4,
        shock: 0.1,
        weekdayWeights: DEALER_WEEKDAYS,
        value: { mean: 3000, sd: 1500 },
      });
      const last = addMonths(log.first, s.months - 1);
      const { year, month } = serialToDate(last);
      const asOf = last + Math.min(s.day, daysInMonth(year, month)) - 1;
      const f = forecastMonthEnd({
        dealDates: log.dealDates,
        values: s.withValues ? log.values : null,
        asOf,
        calendar: log.calendar,
      });
      if (isSheetError(f)) return true; // e.g. no deal yet by a tiny store's asOf
      expect(f.p10).toBeLessThanOrEqual(f.p50);
      expect(f.p50).toBeLessThanOrEqual(f.p90);
      let previous = -Infinity;
      for (const p of [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]) {
        const q = f.quantile(p);
        if (isSheetError(q)) throw new Error("quantile error");
        expect(q).toBeGreaterThanOrEqual(previous);
        previous = q;
      }
      if (f.measure === "deals") {
        expect(f.p10).toBeGreaterThanOrEqual(f.mtd);
        expect(f.probAtLeast(f.mtd)).toBe(1);
      }
      let odds = 1;
      const step = Math.max(1, f.sd / 4);
      for (let x = f.mtd - 2 * step; x <= f.mean + 6 * f.sd + step; x += step) {
        const p = f.probAtLeast(x);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(odds + 1e-12);
        odds = p;
      }
      return true;
    }),
    { numRuns: 24, seed: 20250310 }
  );
});

it("probAtLeast agrees with the quantiles: P(≥ p90) is about 10%, P(≥ p10) about 90%", () => {
  // A 2-year synthetic store as of March 10, 2025: for a count, P(X ≥ p90) ≥ 10% (p90 itself has mass) and P(X > p90) < 10%.
  const log = syntheticLog({
    seed: 7,
    start: [2023, 1],
    months: 27,
    unitsPerMonth: 120,
    push: 0.5,
    pushVariability: 0.4,
    shock: 0.08,
    weekdayWeights: DEALER_WEEKDAYS,
  });
  const f = forecastMonthEnd({ dealDates: log.dealDates, asOf: dateToSerial(2025, 3, 10), calendar: log.calendar });
  if (isSheetError(f)) throw new Error(f.key);
  expect(f.probAtLeast(f.p90)).toBeGreaterThanOrEqual(0.1);
  expect(f.probAtLeast(f.p90 + 1)).toBeLessThan(0.1);
  expect(f.probAtLeast(f.p10)).toBeGreaterThanOrEqual(0.9);
  expect(f.probAtLeast(f.p10 + 1)).toBeLessThan(0.9);
});
