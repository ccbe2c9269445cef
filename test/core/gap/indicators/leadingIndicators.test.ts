/*
 * The lead-lag search and the joint regression on series built by hand, where the right answer is
 * known exactly: an outcome that is a linear function of indicators at known lags.
 */
import fc from "fast-check";
import MultivariateLinearRegression from "ml-regression-multivariate-linear";
import { sampleCorrelation } from "simple-statistics";
import {
  bestLag,
  fitLinear,
  indicatorStrength,
  laggedWindow,
  leadingIndicators,
  periodsNeeded,
  type IndicatorModel,
  type IndicatorSeries,
} from "../../../../src/core/gap/indicators";
import { isSheetError, sheetError } from "../../../../src/core/errors";
import { createRandom } from "../../../../src/demo/random";

// Twenty weeks of two unrelated, irregular indicators (drawn once from the seeded source).
const random = createRandom(7);
const A = Array.from({ length: 20 }, () => 20 + random.int(30));
const B = Array.from({ length: 20 }, () => 50 + random.int(40));
/** y_t = 2·A_{t−1} + 0.5·B_t + 10; the first week has no A_{t−1} and is given 0 (outside the fitted window). */
const Y = A.map((_, t) => (t === 0 ? 0 : 2 * (A[t - 1] ?? 0) + 0.5 * (B[t] ?? 0) + 10));

function series(
  columns: number[][],
  outcome: number[],
  names = columns.map((_, i) => `X${String(i + 1)}`)
): IndicatorSeries {
  return { names, columns, positions: columns.map((_, i) => i), width: columns.length, outcomeName: "Units", outcome };
}

function model(s: IndicatorSeries, maxLag: number): IndicatorModel {
  const m = leadingIndicators(s, maxLag);
  if (isSheetError(m)) throw new Error(m.message);
  return m;
}

function sd(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}

describe("bestLag", () => {
  it.each([
    ["y follows x one period later", [1, 5, 2, 8, 3, 9, 4, 7], [0, 1, 5, 2, 8, 3, 9, 4], 2, 1, 1],
    ["y follows x in the same period, inversely", [1, 5, 2, 8, 3, 9, 4, 7], [9, 5, 8, 2, 7, 1, 6, 3], 2, 0, -1],
    ["y follows x two periods later", [1, 5, 2, 8, 3, 9, 4, 7, 2, 6], [0, 0, 1, 5, 2, 8, 3, 9, 4, 7], 3, 2, 1],
  ])("%s", (_, x, y, maxLag, lag, r) => {
    const found = bestLag(x, y, maxLag);
    expect(found.lag).toBe(lag);
    expect(found.correlation).toBeCloseTo(r, 12);
  });

  it("a constant indicator has no correlation", () => {
    expect(bestLag([4, 4, 4, 4, 4], [1, 2, 3, 2, 1], 1)).toEqual({ lag: 0, correlation: null });
  });

  it("property: an outcome that is an exact linear copy of x at some lag is found with |r| = 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (x, lag, slope) => {
          fc.pre(x.some((v) => v !== x[0]));
          const y = x.map((_, t) => slope * (x[t - lag] ?? 0) + 3);
          fc.pre(y.slice(3).some((v) => v !== y[3]));
          const found = bestLag(x, y, 3);
          expect(found.lag).toBeGreaterThanOrEqual(0);
          expect(found.lag).toBeLessThanOrEqual(3);
          expect(Math.abs(found.correlation ?? 0)).toBeCloseTo(1, 9);
        }
      )
    );
  });
});

describe("bestLag reads each lag in place", () => {
  it("gives exactly what simple-statistics' correlation gives on copied windows (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 200 }),
        fc.integer({ min: 0, max: 52 }),
        fc.integer(),
        fc.boolean(),
        (len, lag, seed, big) => {
          const maxLag = Math.min(lag, len - 3);
          const r = createRandom(seed);
          const x = Array.from({ length: len }, () => r.int(100) * (big ? 1000.3 : 1));
          const y = Array.from({ length: len }, () => r.int(50) + (big ? 1e6 : 0));
          const yw = laggedWindow(y, 0, maxLag);
          let best: { lag: number; correlation: number | null } = { lag: 0, correlation: null };
          for (let l = 0; l <= maxLag; l++) {
            const xw = laggedWindow(x, l, maxLag);
            if (!xw.some((v) => v !== xw[0]) || !yw.some((v) => v !== yw[0])) continue;
            const c = sampleCorrelation(xw, yw);
            if (Number.isFinite(c) && (best.correlation === null || Math.abs(c) > Math.abs(best.correlation) + 1e-12))
              best = { lag: l, correlation: c };
          }
          expect(bestLag(x, y, maxLag)).toEqual(best);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("fitLinear wraps the regression library", () => {
  it("recovers y = 2a + 0.5b + 10 exactly", () => {
    const rows = A.map((a, i) => [a, B[i] ?? 0]);
    const fit = fitLinear(
      rows,
      rows.map(([a = 0, b = 0]) => 2 * a + 0.5 * b + 10)
    );
    expect(fit.coefficients[0]).toBeCloseTo(2, 9);
    expect(fit.coefficients[1]).toBeCloseTo(0.5, 9);
    expect(fit.intercept).toBeCloseTo(10, 8);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(fit.predict([10, 20])).toBeCloseTo(40, 8);
  });

  it("solves the library's normal equations to the same coefficients on noisy data (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -500, max: 500 }),
            fc.integer({ min: -500, max: 500 }),
            fc.integer({ min: -500, max: 500 }),
            fc.integer({ min: -50, max: 50 })
          ),
          { minLength: 12, maxLength: 60 }
        ),
        (points) => {
          const rows = points.map(([a, b, c]) => [a, b, c]);
          const y = points.map(([a, b, c, noise]) => 3 * a - b + 0.25 * c + noise);
          const library = new MultivariateLinearRegression(
            rows,
            y.map((v) => [v]),
            { intercept: true, statistics: false }
          ).weights.map((w) => w[0] ?? 0);
          // Degenerate draws (columns nearly dependent) are the library's case; judged on a well-posed fit only.
          fc.pre(library.every(Number.isFinite) && fitLinear(rows, y).rSquared > 0.5);
          const fit = fitLinear(rows, y);
          [...fit.coefficients, fit.intercept].forEach((b, i) => expect(b).toBeCloseTo(library[i] ?? Number.NaN, 6));
        }
      ),
      { numRuns: 200 }
    );
  });

  it("falls back to the library when a column repeats another (a singular system)", () => {
    const rows = A.map((a) => [a, a]);
    const fit = fitLinear(
      rows,
      A.map((a) => 4 * a + 1)
    );
    expect((fit.coefficients[0] ?? 0) + (fit.coefficients[1] ?? 0)).toBeCloseTo(4, 6);
    expect(fit.rSquared).toBeCloseTo(1, 9);
  });

  it("refuses ragged input (a programmer's mistake, not a user's)", () => {
    expect(() => fitLinear([[1, 2], [3]], [1, 2])).toThrow(RangeError);
  });
});

describe("leadingIndicators: y = 2·A(t−1) + 0.5·B(t) + 10", () => {
  const m = model(series([A, B], Y, ["Appointments", "Shows"]), 2);
  const [appointments, shows] = m.indicators;

  it("finds A one period ahead and B in the same period", () => {
    expect(appointments?.lag).toBe(1);
    expect(shows?.lag).toBe(0);
    expect(m.periodsFitted).toBe(18); // 20 weeks minus max_lag 2
    expect(m.rSquared).toBeCloseTo(1, 9);
  });

  it("standardized weights are the coefficients × sd(indicator) ÷ sd(outcome), over the fitted weeks", () => {
    // Worked from the definition: weeks 2..19, A shifted by one.
    const y = Y.slice(2);
    const a = A.slice(1, 19);
    const b = B.slice(2);
    expect(appointments?.weight).toBeCloseTo((2 * sd(a)) / sd(y), 9);
    expect(shows?.weight).toBeCloseTo((0.5 * sd(b)) / sd(y), 9);
  });

  it("forecasts the next week from the last A and this week's B", () => {
    const lastA = A[19] ?? 0;
    expect(m.forecast([null, 70])).toBeCloseTo(2 * lastA + 0.5 * 70 + 10, 6);
  });

  it("says which current value is missing", () => {
    expect(m.forecast([null, null])).toEqual(sheetError("value", "indicatorsCurrentMissing", "Shows"));
  });
});

describe("leadingIndicators: constant and collinear indicators are reported, not crashed on", () => {
  const constant = A.map(() => 5);
  const double = A.map((a) => 2 * a);
  const m = model(series([A, constant, double, B], Y, ["Leads", "Closed days", "Leads x2", "Shows"]), 2);

  it("a constant indicator is listed as such, without lag or weight", () => {
    expect(m.indicators[1]).toMatchObject({
      name: "Closed days",
      lag: null,
      correlation: null,
      weight: null,
      status: "constant",
    });
  });

  it("a copy of another indicator is collinear with it and left out of the fit", () => {
    expect(m.indicators[2]).toMatchObject({ status: "collinear", collinearWith: "Leads", weight: null });
    expect(m.indicators[0]?.status).toBe("used");
    expect(m.rSquared).toBeCloseTo(1, 9);
  });

  it("every indicator constant: the table still reads, the forecast says why not", () => {
    const flat = model(series([constant], Y), 2);
    expect(flat.indicators[0]?.status).toBe("constant");
    expect(flat.forecast([5])).toEqual(sheetError("na", "indicatorsNoneUsable"));
  });
});

describe("leadingIndicators: short histories", () => {
  it.each([
    // max_lag + max(8, indicators + 2)
    [4, 1, 12],
    [0, 1, 8],
    [4, 9, 15],
    [12, 3, 20],
  ])("max_lag %i with %i indicators needs %i periods", (maxLag, count, needed) => {
    expect(periodsNeeded(maxLag, count)).toBe(needed);
  });

  it("one period short is #N/A saying how many", () => {
    const short = leadingIndicators(series([A.slice(0, 11)], Y.slice(0, 11)), 4);
    expect(short).toEqual(sheetError("na", "indicatorsNeedPeriods", 12, 11, 4));
    expect(isSheetError(short) && short.message).toBe("need at least 12 periods (got 11) for lags up to 4");
  });

  it("an outcome that never changes is #N/A", () => {
    expect(
      leadingIndicators(
        series(
          [A],
          A.map(() => 3)
        ),
        2
      )
    ).toEqual(sheetError("na", "indicatorsOutcomeConstant"));
  });
});

describe("indicatorStrength", () => {
  it.each([
    [0.85, 100, "strong"],
    [-0.85, 100, "strong"],
    [0.55, 100, "moderate"],
    [0.25, 100, "weak"],
    [0.15, 100, "none"],
    // 2/√10 ≈ 0.63: ten points reach 0.55 by chance
    [0.55, 10, "none"],
    [0.7, 10, "strong"],
  ])("r %f over %i periods is %s", (r, n, label) => {
    expect(indicatorStrength(r, n)).toBe(label);
  });
});
