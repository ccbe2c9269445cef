import MultivariateLinearRegression from "ml-regression-multivariate-linear";

/** An ordinary least-squares fit of y on the columns of x, with an intercept. */
export interface LinearFit {
  /** One coefficient per column of x, in order. */
  readonly coefficients: readonly number[];
  readonly intercept: number;
  /** Share of y's variance the fit explains, 0..1 (0 when y never changes). */
  readonly rSquared: number;
  predict(x: readonly number[]): number;
}

/**
 * Least squares with an intercept: the one place Pacecar calls the regression library, so the rest
 * of the core speaks plain arrays. Rows of x are observations; x needs more rows than columns + 1
 * (callers check it and guard against collinear columns, which the library would fit with an
 * unstable pseudo-inverse instead of failing).
 * @throws RangeError on misuse: no rows, ragged rows, or y of another length.
 * @example fitLinear([[1], [2], [3]], [3, 5, 7]).coefficients // [2] (intercept 1)
 */
export function fitLinear(x: readonly (readonly number[])[], y: readonly number[]): LinearFit {
  const width = x[0]?.length ?? 0;
  if (x.length === 0 || x.length !== y.length || x.some((row) => row.length !== width)) {
    throw new RangeError("fitLinear needs rows of equal width and one y per row");
  }
  const model = new MultivariateLinearRegression(
    x.map((row) => [...row]),
    y.map((v) => [v]),
    { intercept: true, statistics: false },
  );
  // weights: one row per input column, then the intercept's row; one column per output.
  const coefficients = model.weights.slice(0, width).map((w) => w[0] ?? 0);
  const intercept = model.weights[width]?.[0] ?? 0;
  const predict = (row: readonly number[]): number => row.reduce((sum, v, i) => sum + v * (coefficients[i] ?? 0), intercept);
  const meanY = y.reduce((a, b) => a + b, 0) / y.length;
  let ssTotal = 0;
  let ssResidual = 0;
  x.forEach((row, i) => {
    const yi = y[i] ?? 0;
    ssTotal += (yi - meanY) ** 2;
    ssResidual += (yi - predict(row)) ** 2;
  });
  const rSquared = ssTotal === 0 ? 0 : Math.min(1, Math.max(0, 1 - ssResidual / ssTotal));
  return { coefficients, intercept, rSquared, predict };
}
