/* Short logs: two years and two months of history, as many real deal logs are. Months backtested then have 12–25 months before them, so seasonality switches on mid-way. */
import { backtest, coverage, wape, type BacktestRow } from "../../../src/core/forecast";
import { DEALER_WEEKDAYS, syntheticLog } from "./syntheticLog";

// A store with plain seasonality (slow January–February, tax-refund March, strong December), mean ≈ 1 over the year.
const SEASONS = [0.82, 0.88, 1.1, 1.02, 1.05, 1.05, 1.03, 1.06, 0.95, 0.96, 0.94, 1.14];

function shortLogRows(): BacktestRow[] {
  // Eight seeded 26-month stores of two sizes and pushes; every month with 12 before it is forecast on the 10th: 8 × 14 = 112 months.
  const rows: BacktestRow[] = [];
  for (let k = 0; k < 8; k++) {
    const log = syntheticLog({
      seed: 700 + k,
      start: [2021 + (k % 3), 1 + k],
      months: 26,
      unitsPerMonth: k % 2 === 0 ? 110 : 70,
      push: k % 2 === 0 ? 0.6 : 0.25,
      pushVariability: 0.45,
      shock: 0.1,
      weekdayWeights: DEALER_WEEKDAYS,
      seasonality: SEASONS,
    });
    rows.push(...backtest({ dealDates: log.dealDates, calendar: log.calendar, asOfDay: 10, endDate: log.last }));
  }
  return rows;
}

describe("short history (12–25 months before the month forecast)", () => {
  const rows = shortLogRows();

  it("backtests 100+ months, all by the model", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(rows.every((r) => r.method === "model")).toBe(true);
  });

  it("p10–p90 holds 70–92% of months, and no more than 1 in 5 land above p90", () => {
    // 80% is the aim; ±~8 points is the sampling noise of ~110 months from eight stores.
    const covered = coverage(rows);
    expect(covered).toBeGreaterThanOrEqual(0.7);
    expect(covered).toBeLessThanOrEqual(0.92);
    expect(rows.filter((r) => r.actual > r.p90).length / rows.length).toBeLessThanOrEqual(0.2);
  });

  it("beats the straight line and is not biased by more than 5% of the actual", () => {
    expect(wape(rows, (r) => r.mean)).toBeLessThan(wape(rows, (r) => r.trend));
    const error = rows.reduce((s, r) => s + (r.mean - r.actual), 0);
    const actual = rows.reduce((s, r) => s + r.actual, 0);
    expect(Math.abs(error / actual)).toBeLessThan(0.05);
  });
});
