/* Accuracy metrics of the backtest, on small tables worked by hand. */
import { coverage, gapClosed, wape } from "../../../src/core/forecast";

const rows = [
  { actual: 100, p10: 90, p90: 110, trend: 80 as number | null, mean: 95 },
  { actual: 50, p10: 55, p90: 70, trend: null, mean: 60 },
  { actual: 150, p10: 120, p90: 150, trend: 180, mean: 140 },
];

it("WAPE = Σ|forecast − actual| ÷ Σ actual", () => {
  // Mean: (5 + 10 + 10) / 300 = 0.08333.
  expect(wape(rows, (r) => r.mean)).toBeCloseTo(25 / 300, 10);
});

it("rows without a forecast are left out of both sums", () => {
  // Trend: (20 + 30) / (100 + 150) = 0.2 (the null trend's month is skipped).
  expect(wape(rows, (r) => r.trend)).toBeCloseTo(0.2, 10);
});

it("coverage counts actuals inside [p10, p90], ends included", () => {
  // 100 in [90, 110]; 50 below 55; 150 on the upper end → 2 of 3.
  expect(coverage(rows)).toBeCloseTo(2 / 3, 10);
});

it("gap closed: half-way from trend to the limit is 0.5", () => {
  expect(gapClosed(0.2, 0.15, 0.1)).toBeCloseTo(0.5, 10);
});

it("no rows: NaN rather than a made-up number", () => {
  expect(wape([], () => 1)).toBeNaN();
  expect(coverage([])).toBeNaN();
});
