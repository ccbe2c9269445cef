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
  const solved = solveNormalEquations(x, y, width) ?? libraryFit(x, y, width);
  const coefficients = solved.slice(0, width);
  const intercept = solved[width] ?? 0;
  const predict = (row: readonly number[]): number =>
    row.reduce((sum, v, i) => sum + v * (coefficients[i] ?? 0), intercept);
  const meanY = y.reduce((a, b) => a + b, 0) / y.length;
  let ssTotal = 0;
  let ssResidual = 0;
  // Plain loops (the same sums in the same order as predict): this runs for every fit of every recalculation.
  for (let i = 0; i < x.length; i++) {
    const row = x[i] as readonly number[];
    let fitted = intercept;
    for (let j = 0; j < row.length; j++) fitted += (row[j] as number) * (coefficients[j] ?? 0);
    const yi = y[i] ?? 0;
    ssTotal += (yi - meanY) ** 2;
    ssResidual += (yi - fitted) ** 2;
  }
  const rSquared = ssTotal === 0 ? 0 : Math.min(1, Math.max(0, 1 - ssResidual / ssTotal));
  return { coefficients, intercept, rSquared, predict };
}

/** The library's least squares (its pseudo-inverse copes with a singular system): coefficients, then the intercept. */
function libraryFit(x: readonly (readonly number[])[], y: readonly number[], width: number): number[] {
  const model = new MultivariateLinearRegression(
    x.map((row) => [...row]),
    y.map((v) => [v]),
    { intercept: true, statistics: false }
  );
  // weights: one row per input column, then the intercept's row; one column per output.
  return Array.from({ length: width + 1 }, (_, i) => model.weights[i]?.[0] ?? 0);
}

// A pivot this small against the matrix's scale means the columns are (nearly) dependent: left to the library.
const SINGULAR = 1e-10;

/**
 * The same normal equations the library forms (XᵀX b = Xᵀy, the intercept's column of ones last),
 * summed straight from the rows and solved by Gaussian elimination with partial pivoting: for a handful
 * of columns that is a few hundred operations, where building the library's matrices cost far more
 * than the fit. Null when the system is singular.
 */
function solveNormalEquations(x: readonly (readonly number[])[], y: readonly number[], width: number): number[] | null {
  const p = width + 1;
  const stride = p + 1;
  const a = new Float64Array(p * stride);
  for (let t = 0; t < x.length; t++) {
    const row = x[t] as readonly number[];
    const yt = y[t] as number;
    for (let i = 0; i < p; i++) {
      const xi = i < width ? (row[i] as number) : 1;
      for (let j = i; j < p; j++)
        a[i * stride + j] = (a[i * stride + j] as number) + xi * (j < width ? (row[j] as number) : 1);
      a[i * stride + p] = (a[i * stride + p] as number) + xi * yt;
    }
  }
  let scale = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) a[i * stride + j] = a[j * stride + i] as number;
    scale = Math.max(scale, Math.abs(a[i * stride + i] as number));
  }
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++)
      if (Math.abs(a[r * stride + c] as number) > Math.abs(a[pivot * stride + c] as number)) pivot = r;
    if (!(Math.abs(a[pivot * stride + c] as number) > SINGULAR * scale)) return null;
    if (pivot !== c) {
      for (let k = 0; k < stride; k++) {
        const swap = a[c * stride + k] as number;
        a[c * stride + k] = a[pivot * stride + k] as number;
        a[pivot * stride + k] = swap;
      }
    }
    for (let r = c + 1; r < p; r++) {
      const f = (a[r * stride + c] as number) / (a[c * stride + c] as number);
      if (f === 0) continue;
      for (let k = c; k < stride; k++)
        a[r * stride + k] = (a[r * stride + k] as number) - f * (a[c * stride + k] as number);
    }
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let sum = a[i * stride + p] as number;
    for (let k = i + 1; k < p; k++) sum -= (a[i * stride + k] as number) * (b[k] as number);
    b[i] = sum / (a[i * stride + i] as number);
  }
  return b.every(Number.isFinite) ? b : null;
}
