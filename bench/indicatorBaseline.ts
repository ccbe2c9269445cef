/*
 * LEADING_INDICATORS' and INDICATOR_FORECAST's answer as a plain loop: the columns into typed arrays,
 * each lag's correlation in two passes over the window, least squares by the normal equations solved
 * in place (a handful of unknowns), no matrix library.
 */
import { indicatorStrength } from "../src/core/gap/indicators";

type Cell = string | number;

/** Least squares of y on the columns of x (each of length m) with an intercept: coefficients, intercept, R². */
function leastSquares(x: readonly Float64Array[], y: Float64Array): { b: Float64Array; intercept: number; r2: number } {
  const p = x.length + 1;
  const m = y.length;
  const a = new Float64Array(p * (p + 1));
  const col = (j: number, t: number) => (j === x.length ? 1 : ((x[j] as Float64Array)[t] as number));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let t = 0; t < m; t++) s += col(i, t) * col(j, t);
      a[i * (p + 1) + j] = s;
      a[j * (p + 1) + i] = s;
    }
    let s = 0;
    for (let t = 0; t < m; t++) s += col(i, t) * (y[t] as number);
    a[i * (p + 1) + p] = s;
  }
  // Gaussian elimination with partial pivoting on the augmented matrix.
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++)
      if (Math.abs(a[r * (p + 1) + c] as number) > Math.abs(a[pivot * (p + 1) + c] as number)) pivot = r;
    for (let k = 0; k <= p; k++) {
      const tmp = a[c * (p + 1) + k] as number;
      a[c * (p + 1) + k] = a[pivot * (p + 1) + k] as number;
      a[pivot * (p + 1) + k] = tmp;
    }
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = (a[r * (p + 1) + c] as number) / (a[c * (p + 1) + c] as number);
      for (let k = c; k <= p; k++)
        a[r * (p + 1) + k] = (a[r * (p + 1) + k] as number) - f * (a[c * (p + 1) + k] as number);
    }
  }
  const b = new Float64Array(x.length);
  for (let j = 0; j < x.length; j++) b[j] = (a[j * (p + 1) + p] as number) / (a[j * (p + 1) + j] as number);
  const intercept = (a[x.length * (p + 1) + p] as number) / (a[x.length * (p + 1) + x.length] as number);
  let mean = 0;
  for (let t = 0; t < m; t++) mean += y[t] as number;
  mean /= m;
  let total = 0;
  let residual = 0;
  for (let t = 0; t < m; t++) {
    let fit = intercept;
    for (let j = 0; j < x.length; j++) fit += (b[j] as number) * ((x[j] as Float64Array)[t] as number);
    total += ((y[t] as number) - mean) ** 2;
    residual += ((y[t] as number) - fit) ** 2;
  }
  return { b, intercept, r2: total === 0 ? 0 : Math.min(1, Math.max(0, 1 - residual / total)) };
}

/** Pearson correlation of two windows (two passes: the means, then the deviations). */
function correlation(x: Float64Array, y: Float64Array): number {
  const m = x.length;
  let mx = 0;
  let my = 0;
  for (let t = 0; t < m; t++) {
    mx += x[t] as number;
    my += y[t] as number;
  }
  mx /= m;
  my /= m;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = 0; t < m; t++) {
    const dx = (x[t] as number) - mx;
    const dy = (y[t] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function standardize(xs: Float64Array): { mean: number; sd: number; z: Float64Array } {
  let mean = 0;
  for (const v of xs) mean += v;
  mean /= xs.length;
  let ss = 0;
  for (const v of xs) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / (xs.length - 1));
  const z = new Float64Array(xs.length);
  for (let t = 0; t < xs.length; t++) z[t] = ((xs[t] as number) - mean) / sd;
  return { mean, sd, z };
}

/** The indicators table (header row, numeric cells) and outcome column read, lags chosen, fitted; the spill and the forecast. */
export function plainIndicators(
  table: readonly (readonly unknown[])[],
  outcome: readonly (readonly unknown[])[],
  maxLag: number
) {
  const names = (table[0] as readonly unknown[]).map((c) => String(c));
  const n = table.length - 1;
  const cols = names.map(() => new Float64Array(n));
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const row = table[r + 1] as readonly unknown[];
    for (let j = 0; j < names.length; j++) (cols[j] as Float64Array)[r] = row[j] as number;
    y[r] = outcome[r + 1]?.[0] as number;
  }
  const m = n - maxLag;
  const yWindow = y.subarray(maxLag);
  const window = (j: number, lag: number) => (cols[j] as Float64Array).subarray(maxLag - lag, n - lag);
  const lags = names.map((_, j) => {
    let best = { lag: 0, r: null as number | null };
    for (let lag = 0; lag <= maxLag; lag++) {
      const r = correlation(window(j, lag), yWindow);
      if (!Number.isFinite(r)) continue;
      if (best.r === null || Math.abs(r) > Math.abs(best.r) + 1e-12) best = { lag, r };
    }
    return best;
  });
  const order = names.map((_, j) => j).filter((j) => lags[j]?.r !== null);
  order.sort((a, b) => Math.abs(lags[b]?.r as number) - Math.abs(lags[a]?.r as number) || a - b);
  const kept: { j: number; mean: number; sd: number; z: Float64Array }[] = [];
  const twinOf = new Map<number, string>();
  for (const j of order) {
    const c = { j, ...standardize(window(j, lags[j]?.lag ?? 0)) };
    if (
      kept.length > 0 &&
      leastSquares(
        kept.map((k) => k.z),
        c.z
      ).r2 > 0.95
    ) {
      let twin = kept[0] as (typeof kept)[number];
      for (const k of kept) if (Math.abs(correlation(k.z, c.z)) > Math.abs(correlation(twin.z, c.z))) twin = k;
      twinOf.set(j, names[twin.j] as string);
      continue;
    }
    kept.push(c);
  }
  const ys = standardize(yWindow);
  const fit = leastSquares(
    kept.map((k) => k.z),
    ys.z
  );
  const weight = new Map(kept.map((k, i) => [k.j, fit.b[i] as number]));
  const results = names.map((name, j) => {
    const { lag, r } = lags[j] as { lag: number; r: number | null };
    if (r === null) return { rank: -1, row: [name, "", "", "", "constant"] as Cell[] };
    const twin = twinOf.get(j);
    const strength = indicatorStrength(r, m);
    const text =
      twin !== undefined ? `collinear with ${twin}` : strength !== "none" && r < 0 ? `${strength} (inverse)` : strength;
    return { rank: Math.abs(r), row: [name, lag, r, weight.get(j) ?? "", text] as Cell[] };
  });
  results.sort((a, b) => b.rank - a.rank);
  const rows: Cell[][] = [["Indicator", "Best lag", "Correlation", "Weight", "Strength"], ...results.map((r) => r.row)];
  const forecast = (current: readonly number[]) => {
    let z = fit.intercept;
    kept.forEach((k, i) => {
      const lag = lags[k.j]?.lag ?? 0;
      const value = lag === 0 ? (current[k.j] as number) : ((cols[k.j] as Float64Array)[n - lag] as number);
      z += (fit.b[i] as number) * ((value - k.mean) / k.sd);
    });
    return ys.mean + ys.sd * z;
  };
  return { rows, forecast };
}
