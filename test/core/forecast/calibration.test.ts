/* Calibration on simulated months: p10–p90 should hold about 80% of month ends the model did not see. */
import { backtest, coverage, wape } from "../../../src/core/forecast";
import { DEALER_WEEKDAYS, syntheticLog } from "./syntheticLog";

it("p10–p90 covers 65–95% of 70+ simulated months, forecast on the 10th", () => {
  // Two synthetic stores with a fixed seed, 48 months each; every month with 12 before it is forecast
  // on the 10th from the deals through that day. 80% is the aim; the band allows for ~70 months' sampling noise.
  const rows = [
    syntheticLog({
      seed: 101,
      start: [2021, 1],
      months: 48,
      unitsPerMonth: 110,
      push: 0.6,
      pushVariability: 0.4,
      shock: 0.1,
      weekdayWeights: DEALER_WEEKDAYS,
    }),
    syntheticLog({
      seed: 202,
      start: [2021, 1],
      months: 48,
      unitsPerMonth: 70,
      push: 0.2,
      pushVariability: 0.5,
      shock: 0.12,
      weekdayWeights: DEALER_WEEKDAYS,
    }),
  ].flatMap((log) => backtest({ dealDates: log.dealDates, calendar: log.calendar, asOfDay: 10, endDate: log.last }));
  expect(rows.length).toBeGreaterThanOrEqual(70);
  const covered = coverage(rows);
  expect(covered).toBeGreaterThanOrEqual(0.65);
  expect(covered).toBeLessThanOrEqual(0.95);
  // And the model beats the straight line on these back-loaded months.
  expect(wape(rows, (r) => r.mean)).toBeLessThan(wape(rows, (r) => r.trend));
});
