/* The month-end projection on logs whose answer can be worked out by hand, its errors and its fallback. */
import { dateToSerial } from "../../../src/core/calendar";
import { isSheetError, type SheetError } from "../../../src/core/errors";
import { forecastMonthEnd, type MonthForecast } from "../../../src/core/forecast";
import { exactLog, STORE } from "./handWorked";

function ok(f: MonthForecast | SheetError): MonthForecast {
  if (isSheetError(f)) throw new Error(`unexpected error ${f.key}`);
  return f;
}

// April 2025 has 26 selling days (30 days, 4 Sundays); by Thursday the 10th, 9 of them are gone.
const APRIL_10 = dateToSerial(2025, 4, 10);
const TWO_YEARS_BEFORE = dateToSerial(2023, 4, 1);

describe("hand-worked months", () => {
  it("a perfectly flat history projects the straight line", () => {
    // 4 deals every selling day: MTD = 4 × 9 = 36, trend = 36 / 9 × 26 = 104, and a flat learned
    // shape gives the same 104 (the generic dealer prior moves it by well under a deal).
    const dates = exactLog(TWO_YEARS_BEFORE, 25, 4, 4, 5, APRIL_10);
    const f = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    expect(f.method).toBe("model");
    expect(f.mtd).toBe(36);
    expect(f.trend).toBe(104);
    expect(Math.abs(f.mean - 104)).toBeLessThan(1.5);
    expect(f.expectedShareDone).toBeCloseTo(9 / 26, 1);
    expect(f.p10).toBeLessThanOrEqual(104);
    expect(f.p90).toBeGreaterThanOrEqual(104);
  });

  it("a history whose last 5 selling days always double projects the push the trend misses", () => {
    // 4 a day, 8 on the last 5 selling days: a 26-selling-day month ends at 4 × 21 + 8 × 5 = 124.
    // On the 10th MTD = 36 and trend = 104, so the model should sit 5 × 4 = 20 deals above the trend;
    // shrinkage toward the generic push and toward past months (slightly fewer selling days on
    // average) may hold back a couple of deals.
    const dates = exactLog(TWO_YEARS_BEFORE, 25, 4, 8, 5, APRIL_10);
    const f = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    expect(f.trend).toBe(104);
    expect(f.mean - 104).toBeGreaterThan(17);
    expect(f.mean - 104).toBeLessThan(23);
    // The share done by the 10th: 36 of 124 deals.
    expect(f.expectedShareDone).toBeCloseTo(36 / 124, 1);
    expect(f.p50).toBeGreaterThan(f.trend ?? Infinity);
  });
});

describe("little history falls back to the straight line with a wide range", () => {
  it("with two months of history", () => {
    // Feb and March 2025 as history: 2 months < 3, so the trend: 4 × 26 = 104.
    const dates = exactLog(dateToSerial(2025, 2, 1), 3, 4, 4, 5, APRIL_10);
    const f = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    expect(f.method).toBe("trend-fallback");
    expect(f.historyMonths).toBe(2);
    expect(f.mean).toBeCloseTo(104, 6);
    // 68 deals to come with a 40% CV: p10–p90 spans more than ±20 deals.
    expect(f.p90 - f.p10).toBeGreaterThan(40);
    expect(f.p10).toBeGreaterThanOrEqual(f.mtd);
  });

  it("in the log's first month the straight line is all there is", () => {
    // Saturday 2025-03-01 was the first deal; asOf is that day, so one selling day has elapsed.
    const f = ok(
      forecastMonthEnd({ dealDates: [dateToSerial(2025, 3, 1)], asOf: dateToSerial(2025, 3, 1), calendar: STORE })
    );
    expect(f.method).toBe("trend-fallback");
    expect(f.historyMonths).toBe(0);
    expect(f.trend).toBe(26); // 1 deal in 1 of March 2025's 26 selling days
  });

  it("in the log's first month, before any selling day, there is nothing to project", () => {
    // Sunday 2025-06-01 is closed, yet a deal is dated on it: no selling day has elapsed and no month came before.
    const f = forecastMonthEnd({
      dealDates: [dateToSerial(2025, 6, 1)],
      asOf: dateToSerial(2025, 6, 1),
      calendar: STORE,
    });
    expect(isSheetError(f) && f.kind === "na" && f.key === "noSellingDayElapsed").toBe(true);
  });

  it("a first month the log covers less than half of does not count as history", () => {
    // The log starts on January 25, 2025: January is partial, February and March are whole → 2 months.
    const dates = exactLog(dateToSerial(2025, 1, 1), 4, 4, 4, 5, APRIL_10).filter(
      (d) => d >= dateToSerial(2025, 1, 25)
    );
    const f = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    expect(f.historyMonths).toBe(2);
    expect(f.method).toBe("trend-fallback");
  });
});

describe("errors are values", () => {
  it.each([
    ["no dates at all", [], APRIL_10, "na", "noDealsInRange"],
    ["only blank or text-turned-NaN dates", [NaN, NaN], APRIL_10, "na", "noDealsInRange"],
    ["as_of before the first deal", [dateToSerial(2025, 4, 11)], APRIL_10, "na", "asOfBeforeFirstDeal"],
  ] as const)("%s", (_, dates, asOf, kind, key) => {
    const f = forecastMonthEnd({ dealDates: dates, asOf, calendar: STORE });
    expect(isSheetError(f) && f.kind === kind && f.key === key).toBe(true);
  });

  it("values must match the dates one for one", () => {
    const f = forecastMonthEnd({ dealDates: [APRIL_10, APRIL_10], values: [1], asOf: APRIL_10, calendar: STORE });
    expect(isSheetError(f) && f.kind === "value" && f.key === "valuesSizeMismatch").toBe(true);
  });

  it.each([0, 1, -0.1, 1.5, NaN, Infinity])("quantile(%p) is #NUM!", (p) => {
    const f = ok(
      forecastMonthEnd({
        dealDates: exactLog(TWO_YEARS_BEFORE, 25, 4, 4, 5, APRIL_10),
        asOf: APRIL_10,
        calendar: STORE,
      })
    );
    const q = f.quantile(p);
    expect(isSheetError(q) && q.kind === "num" && q.key === "quantileOutOfRange").toBe(true);
  });
});

describe("as of the end of the day", () => {
  const dates = exactLog(TWO_YEARS_BEFORE, 25, 4, 4, 5, APRIL_10);

  it("a deal at 6 pm on as_of counts; one the next morning does not", () => {
    // 36 deals through the 10th; one more at 18:00 on the 10th, one at 09:00 on the 11th.
    const f = ok(
      forecastMonthEnd({ dealDates: [...dates, APRIL_10 + 0.75, APRIL_10 + 1.375], asOf: APRIL_10, calendar: STORE })
    );
    expect(f.mtd).toBe(37);
  });

  it("a time of day on as_of changes nothing", () => {
    const a = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    const b = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10 + 0.6, calendar: STORE }));
    expect(b.asOf).toBe(APRIL_10);
    expect([b.mean, b.p10, b.p90]).toEqual([a.mean, a.p10, a.p90]);
  });

  it("deals dated after as_of are the future and are ignored", () => {
    const future = exactLog(TWO_YEARS_BEFORE, 26, 4, 4, 5, dateToSerial(2025, 5, 31));
    const a = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    const b = ok(forecastMonthEnd({ dealDates: future, asOf: APRIL_10, calendar: STORE }));
    expect([b.mtd, b.mean, b.p10, b.p50, b.p90]).toEqual([a.mtd, a.mean, a.p10, a.p50, a.p90]);
  });
});

describe("where the history starts", () => {
  const dates = exactLog(TWO_YEARS_BEFORE, 25, 4, 8, 5, APRIL_10);

  it("a stray date years before the log (a typo) is not history", () => {
    // One deal dated 2019-06-15, then nothing until April 2023: the 3+ empty months end that era.
    const a = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    const b = ok(
      forecastMonthEnd({ dealDates: [dateToSerial(2019, 6, 15), ...dates], asOf: APRIL_10, calendar: STORE })
    );
    expect(b.historyMonths).toBe(24);
    expect([b.mean, b.p10, b.p90]).toEqual([a.mean, a.p10, a.p90]);
  });

  it("a store that sold nothing for the last 3 months has no history to learn from", () => {
    // Deals through December 2024 only; as of April 10, 2025 January–March are empty: the straight line, at 0.
    const f = ok(
      forecastMonthEnd({
        dealDates: dates.filter((d) => d < dateToSerial(2025, 1, 1)),
        asOf: APRIL_10,
        calendar: STORE,
      })
    );
    expect(f.method).toBe("trend-fallback");
    expect([f.mtd, f.mean]).toEqual([0, 0]);
  });
});

describe("a values column", () => {
  it("every deal worth $1,000 projects $1,000 times the deals", () => {
    // Same value on every deal: the sum is exactly 1,000 × the count, so its mean is 1,000 × the count's mean.
    const dates = exactLog(TWO_YEARS_BEFORE, 25, 4, 8, 5, APRIL_10);
    const count = ok(forecastMonthEnd({ dealDates: dates, asOf: APRIL_10, calendar: STORE }));
    const gross = ok(
      forecastMonthEnd({ dealDates: dates, values: dates.map(() => 1000), asOf: APRIL_10, calendar: STORE })
    );
    expect(gross.measure).toBe("values");
    expect(gross.mtd).toBe(36_000);
    expect(gross.mtdDeals).toBe(36);
    expect(gross.trend).toBe(104_000);
    expect(gross.mean).toBeCloseTo(1000 * count.mean, 0);
    // The sum's quantiles sit within a deal's worth of 1,000 × the count's (a continuous stand-in for a step).
    expect(Math.abs(gross.p10 - 1000 * count.p10)).toBeLessThan(1000);
    expect(Math.abs(gross.p90 - 1000 * count.p90)).toBeLessThan(1000);
  });

  it("a blank value counts its deal at 0", () => {
    const dates = [dateToSerial(2025, 4, 1), dateToSerial(2025, 4, 2)];
    const f = ok(forecastMonthEnd({ dealDates: dates, values: [500, NaN], asOf: APRIL_10, calendar: STORE }));
    expect(f.mtd).toBe(500);
    expect(f.mtdDeals).toBe(2);
  });
});
