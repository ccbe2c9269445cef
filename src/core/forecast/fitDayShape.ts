import { PUSH_DAYS, START_DAYS, type DayTable } from "./dayTable";
import type { DayShape } from "./dayShape";

/** How strongly the prior shape holds each group of multipliers, in pseudo-deals of evidence. */
export interface ShapeStrength {
  readonly dow: number;
  readonly push: number;
  readonly quarterPush: number;
  readonly start: number;
  readonly event: number;
}

/** A fitted shape and how over-dispersed single days are around it. */
export interface ShapeFit {
  readonly shape: DayShape;
  /**
   * Extra-Poisson variance of a day's count: var = λ + dispersion × λ² (method of moments on the
   * history's days around the fitted shape and month levels). 0 for clean Poisson days.
   */
  readonly dispersion: number;
  /** Backfitting sweeps until the multipliers settled. */
  readonly iterations: number;
  /**
   * The shape as if month m (a month index of the table) had not been in the history: each
   * multiplier's Gamma posterior without that month's deals and exposure. Lets the calibration
   * judge past months out of sample without refitting.
   */
  readonly leaveOut: (m: number) => DayShape;
}

const MAX_ITERATIONS = 40;
// Largest change of any log multiplier in a sweep below which the fit has converged.
const TOLERANCE = 1e-4;
const GROUPS = 5;

/**
 * Fits the shape to history days [from, to) of the table (indices): a Poisson log-linear model
 * with a free level per month and multiplicative day effects, by backfitting. Each effect's update
 * is the posterior mean under a Gamma prior centred on the prior shape's value with `strength`
 * pseudo-deals, so thin evidence (a salesperson's Memorial Day, two years of quarter ends) stays
 * near the prior while a store's own rhythm wins wherever it has the deals to show it.
 */
export function fitDayShape(
  table: DayTable,
  counts: Float64Array,
  from: number,
  to: number,
  prior: DayShape,
  strength: ShapeStrength
): ShapeFit {
  // Open history days only, each with its level in every group (−1: the group does not apply).
  let n = 0;
  for (let i = from; i < to; i++) if (table.open[i]) n++;
  const y = new Float64Array(n);
  const month = new Int32Array(n);
  const levels: Int8Array[] = [
    new Int8Array(n),
    new Int8Array(n),
    new Int8Array(n),
    new Int8Array(n),
    new Int8Array(n),
  ];
  const firstMonth = table.month[from] ?? 0;
  let months = 0;
  for (let i = from, k = 0; i < to; i++) {
    if (!table.open[i]) continue;
    const p = table.push[i] as number;
    const s = table.start[i] as number;
    y[k] = counts[i] ?? 0;
    month[k] = (table.month[i] as number) - firstMonth;
    months = (month[k] as number) + 1;
    (levels[0] as Int8Array)[k] = table.dow[i] as number;
    (levels[1] as Int8Array)[k] = p < PUSH_DAYS ? p : -1;
    (levels[2] as Int8Array)[k] = p < PUSH_DAYS && table.quarterEnd[i] ? p : -1;
    (levels[3] as Int8Array)[k] = s < START_DAYS ? s : -1;
    (levels[4] as Int8Array)[k] = table.event[i] as number;
    k++;
  }
  const factors: Float64Array[] = [
    Float64Array.from(prior.dow),
    Float64Array.from(prior.push),
    Float64Array.from(prior.quarterPush),
    Float64Array.from(prior.start),
    Float64Array.from(prior.event),
  ];
  const strengths = [strength.dow, strength.push, strength.quarterPush, strength.start, strength.event];
  const [dow, push, quarterPush, start, event] = factors as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const shape: DayShape = { dow, push, quarterPush, start, event };

  const dowLevels = levels[0] as Int8Array;
  // Weekdays are only identified up to a constant the month levels absorb: keep their mean over open weekdays at 1.
  const seen = [false, false, false, false, false, false, false];
  for (let k = 0; k < n; k++) seen[dowLevels[k] as number] = true;
  const normaliseDow = (f: Float64Array): void => {
    let sum = 0;
    let count = 0;
    for (let w = 0; w < 7; w++) {
      if (!seen[w]) continue;
      sum += f[w] as number;
      count++;
    }
    if (count > 0 && sum > 0) for (let w = 0; w < 7; w++) f[w] = ((f[w] as number) * count) / sum;
  };
  normaliseDow(dow);
  const priors = factors.map((f) => Float64Array.from(f));

  const weight = new Float64Array(n);
  const refresh = (): void => {
    for (let k = 0; k < n; k++) {
      let w = 1;
      for (let g = 0; g < GROUPS; g++) {
        const level = (levels[g] as Int8Array)[k] as number;
        if (level >= 0) w *= (factors[g] as Float64Array)[level] as number;
      }
      weight[k] = w;
    }
  };
  const theta = new Float64Array(months);
  const sumY = new Float64Array(months);
  for (let k = 0; k < n; k++) sumY[month[k] as number] = (sumY[month[k] as number] as number) + (y[k] as number);
  const updateTheta = (): void => {
    const sumW = new Float64Array(months);
    for (let k = 0; k < n; k++) sumW[month[k] as number] = (sumW[month[k] as number] as number) + (weight[k] as number);
    for (let m = 0; m < months; m++) theta[m] = (sumW[m] as number) > 0 ? (sumY[m] as number) / (sumW[m] as number) : 0;
  };

  refresh();
  let iterations = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS && n > 0; iteration++) {
    let change = 0;
    for (let g = 0; g < GROUPS; g++) {
      updateTheta();
      const f = factors[g] as Float64Array;
      const level = levels[g] as Int8Array;
      const obs = new Float64Array(f.length);
      const base = new Float64Array(f.length);
      for (let k = 0; k < n; k++) {
        const l = level[k] as number;
        if (l < 0) continue;
        obs[l] = (obs[l] as number) + (y[k] as number);
        base[l] =
          (base[l] as number) + ((theta[month[k] as number] as number) * (weight[k] as number)) / (f[l] as number);
      }
      const s = strengths[g] as number;
      const p = priors[g] as Float64Array;
      const previous = Float64Array.from(f);
      for (let l = 0; l < f.length; l++) {
        const next = ((obs[l] as number) + s * (p[l] as number)) / ((base[l] as number) + s);
        change = Math.max(change, Math.abs(Math.log(next / (f[l] as number))));
        f[l] = next;
      }
      if (g === 0) normaliseDow(f);
      // Only this group moved: rescale each day's weight by its level's change.
      for (let l = 0; l < f.length; l++) previous[l] = (f[l] as number) / (previous[l] as number);
      for (let k = 0; k < n; k++) {
        const l = level[k] as number;
        if (l >= 0) weight[k] = (weight[k] as number) * (previous[l] as number);
      }
    }
    iterations = iteration + 1;
    if (change < TOLERANCE) break;
  }
  updateTheta();

  let excess = 0;
  let squares = 0;
  for (let k = 0; k < n; k++) {
    const lambda = (theta[month[k] as number] as number) * (weight[k] as number);
    excess += ((y[k] as number) - lambda) ** 2 - lambda;
    squares += lambda * lambda;
  }

  // Each month's share of every multiplier's evidence (deals and exposure), for leave-one-month-out shapes.
  const offsets: number[] = [];
  let width = 0;
  for (const f of factors) {
    offsets.push(width);
    width += f.length;
  }
  const monthObs = new Float64Array(months * width);
  const monthBase = new Float64Array(months * width);
  const obsAll = new Float64Array(width);
  const baseAll = new Float64Array(width);
  for (let k = 0; k < n; k++) {
    const m = month[k] as number;
    for (let g = 0; g < GROUPS; g++) {
      const l = (levels[g] as Int8Array)[k] as number;
      if (l < 0) continue;
      const at = (offsets[g] as number) + l;
      const b = ((theta[m] as number) * (weight[k] as number)) / ((factors[g] as Float64Array)[l] as number);
      monthObs[m * width + at] = (monthObs[m * width + at] as number) + (y[k] as number);
      monthBase[m * width + at] = (monthBase[m * width + at] as number) + b;
      obsAll[at] = (obsAll[at] as number) + (y[k] as number);
      baseAll[at] = (baseAll[at] as number) + b;
    }
  }
  const leaveOut = (tableMonth: number): DayShape => {
    const m = tableMonth - firstMonth;
    if (m < 0 || m >= months) return shape;
    const out = factors.map((f, g) => {
      const copy = Float64Array.from(f);
      const s = strengths[g] as number;
      const p = priors[g] as Float64Array;
      for (let l = 0; l < f.length; l++) {
        const at = (offsets[g] as number) + l;
        const obs = (obsAll[at] as number) - (monthObs[m * width + at] as number);
        const base = (baseAll[at] as number) - (monthBase[m * width + at] as number);
        copy[l] = (obs + s * (p[l] as number)) / (Math.max(base, 0) + s);
      }
      return copy;
    }) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    return { dow: out[0], push: out[1], quarterPush: out[2], start: out[3], event: out[4] };
  };
  return { iterations, shape, dispersion: squares > 0 ? Math.max(0, excess / squares) : 0, leaveOut };
}
