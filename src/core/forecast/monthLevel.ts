import { mean, median } from "simple-statistics";

/** A month of history as the level model sees it. */
export interface MonthTotal {
  /** Deals (or the measure) counted in the month. */
  readonly total: number;
  /** Share of the month's expected deals the log covers (1 for a whole month; less for the log's first). */
  readonly exposure: number;
  /** 1–12. */
  readonly calendarMonth: number;
}

/** The prior on a month's total before any of its own deals are seen. */
export interface LevelPrior {
  /** Expected month total. */
  readonly mean: number;
  /** Variance of the log of the month's true expected total around `mean`. */
  readonly logVariance: number;
}

/** The level model fitted to a log's month totals. */
export interface MonthLevel {
  /** Half-life in months of the weights on past months (Infinity: all months alike). */
  readonly halfLife: number;
  /** Whether calendar-month seasonality is used (13+ months of history). */
  readonly seasonal: boolean;
  /** Log seasonal index by calendar month (index 0 = January), shrunk; zeros when not seasonal. */
  readonly logSeason: Float64Array;
  /** Month-to-month log variance of the true level beyond what past months predict (the shocks). */
  readonly shockVariance: number;
  /**
   * The prior of month j (0 = the log's first month; history.length = the month being forecast)
   * from months before j only. For a history month its own total is also left out of the seasonality.
   */
  prior(j: number): LevelPrior | null;
}

/** Fewest usable earlier months for a one-step prediction that scores a half-life or a shock. */
export const MIN_PRIOR_MONTHS = 3;
/** Months of history before calendar-month seasonality is learned. */
export const SEASONAL_MIN_MONTHS = 13;
// Recent months always weigh more; how much more is chosen by one-step-ahead error on the log's own months.
const HALF_LIVES = [4, 8, 16, 32, 64];
const DEFAULT_HALF_LIFE = 16;
const MIN_EXPOSURE = 0.3;
const SHOCK_FLOOR = 0.0025;
/** A store's typical month-to-month swing (log sd) beyond Poisson noise, before its log shows its own. */
const TYPICAL_MONTH_SWING = 0.08;
// How many months of evidence that typical swing counts for against the log's own repeated months.
const TYPICAL_SWING_WEIGHT = 4;
// Local level for seasonal ratios: months within this distance on either side.
const SEASON_WINDOW = 6;

/**
 * Fits the month level: recent months weighted (half-life chosen by one-step-ahead error on the
 * log's own months), calendar-month seasonality when 13+ months exist (shrunk toward none by
 * empirical Bayes: each month's index keeps the share of its spread that is signal, not noise),
 * and the shock variance a new month's total carries beyond that prediction.
 */
export function fitMonthLevel(history: readonly MonthTotal[]): MonthLevel {
  const n = history.length;
  const usable = history.map((m) => m.exposure >= MIN_EXPOSURE);
  const x = history.map((m) => (m.exposure > 0 ? m.total / m.exposure : 0));
  const usableCount = usable.filter(Boolean).length;
  const seasonal = usableCount >= SEASONAL_MIN_MONTHS;
  const season = seasonal ? fitSeasonality(history, x, usable) : null;
  const logSeason = season ? season.full : new Float64Array(12);
  const deseason = x.map((v, j) => v / Math.exp(logSeason[(history[j] as MonthTotal).calendarMonth - 1] as number));

  const predict = (
    j: number,
    halfLife: number,
    leaveOut: boolean
  ): { mean: number; ess: number; seasonVariance: number } | null => {
    let sw = 0;
    let sw2 = 0;
    let sx = 0;
    for (let k = 0; k < j; k++) {
      if (!usable[k]) continue;
      const w =
        (history[k] as MonthTotal).exposure * (Number.isFinite(halfLife) ? Math.pow(0.5, (j - k) / halfLife) : 1);
      sw += w;
      sw2 += w * w;
      sx += w * (deseason[k] as number);
    }
    if (sw === 0) return null;
    const cm = j < n ? (history[j] as MonthTotal).calendarMonth : nextCalendarMonth(history);
    const own = leaveOut && season && j < n ? season.leaveOut(j) : null;
    const g = own ? own.index : (logSeason[cm - 1] as number);
    const seasonVariance = own ? own.variance : season ? (season.fullVariance[cm - 1] as number) : 0;
    return { mean: (sx / sw) * Math.exp(g), ess: (sw * sw) / sw2, seasonVariance };
  };

  const scored = (j: number): boolean =>
    j < n &&
    usable[j] === true &&
    (history[j] as MonthTotal).exposure >= 0.9 &&
    usable.slice(0, j).filter(Boolean).length >= MIN_PRIOR_MONTHS;
  const logResidual = (j: number, p: { mean: number }): number =>
    Math.log(((history[j] as MonthTotal).total + 0.5) / (p.mean * (history[j] as MonthTotal).exposure + 0.5));

  let halfLife = DEFAULT_HALF_LIFE;
  let best = Infinity;
  for (const h of HALF_LIVES) {
    const errors: number[] = [];
    for (let j = 0; j < n; j++) {
      if (!scored(j)) continue;
      const p = predict(j, h, true);
      if (p) errors.push(logResidual(j, p) ** 2);
    }
    if (errors.length === 0) break;
    const score = mean(errors);
    // Ties go to the longer half-life: steadier, and what a stable store deserves.
    if (score <= best * 1.02) {
      if (score < best) best = score;
      halfLife = h;
    }
  }

  const excess: number[] = [];
  for (let j = 0; j < n; j++) {
    if (!scored(j)) continue;
    const p = predict(j, halfLife, true);
    if (!p) continue;
    const r = logResidual(j, p);
    // The residual holds the shock, the level's own estimation error (1/ess of a shock), the seasonal
    // index's estimation error and Poisson noise: the shock is what is left.
    excess.push((r * r - 1 / Math.max(1, (history[j] as MonthTotal).total) - p.seasonVariance) / (1 + 1 / p.ess));
  }
  const shockVariance = excess.length > 0 ? Math.max(SHOCK_FLOOR, robustMean(excess)) : NaN;

  return {
    halfLife,
    seasonal,
    logSeason,
    shockVariance,
    prior(j) {
      const p = predict(j, halfLife, true);
      if (!p) return null;
      return {
        mean: p.mean,
        logVariance: (Number.isFinite(shockVariance) ? shockVariance : 0.04) * (1 + 1 / p.ess) + p.seasonVariance,
      };
    },
  };
}

function nextCalendarMonth(history: readonly MonthTotal[]): number {
  const last = history[history.length - 1];
  return last ? (last.calendarMonth % 12) + 1 : 1;
}

// A mean that one flooded or fire-sale month can't run away with: values beyond 25× the median are capped
// (a squared normal passes that 1 time in 1,500).
function robustMean(values: readonly number[]): number {
  const cap = 25 * Math.max(median(values.map((v) => Math.abs(v))), 1e-6);
  return mean(values.map((v) => Math.min(v, cap)));
}

interface Seasonality {
  readonly full: Float64Array;
  /** Posterior variance of each calendar month's index (the prior spread of indices where a month has no data). */
  readonly fullVariance: Float64Array;
  /** Month j's index and its variance from the other months alone. */
  leaveOut(j: number): { index: number; variance: number };
}

/** Log seasonal indices by calendar month, shrunk by how much of their spread is noise. */
function fitSeasonality(history: readonly MonthTotal[], x: readonly number[], usable: readonly boolean[]): Seasonality {
  const n = history.length;
  const cmOf = (j: number): number => (history[j] as MonthTotal).calendarMonth - 1;
  let g: Float64Array = new Float64Array(12);
  let ratios: Float64Array = new Float64Array(n);
  for (let pass = 0; pass < 2; pass++) {
    ratios = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      if (!usable[j]) continue;
      let sw = 0;
      let sx = 0;
      for (let k = Math.max(0, j - SEASON_WINDOW); k <= Math.min(n - 1, j + SEASON_WINDOW); k++) {
        if (k === j || !usable[k]) continue;
        sw += 1;
        sx += (x[k] as number) / Math.exp(g[cmOf(k)] as number);
      }
      ratios[j] = sw > 0 ? Math.log(((x[j] as number) + 0.5) / (sx / sw + 0.5)) : 0;
    }
    g = shrunkIndices(history, ratios, usable, -1).indices;
  }
  const { indices: full, variances: fullVariance } = shrunkIndices(history, ratios, usable, -1);
  const left = new Map<number, { index: number; variance: number }>();
  return {
    full,
    fullVariance,
    leaveOut: (j) => {
      let v = left.get(j);
      if (v === undefined) {
        const fit = shrunkIndices(history, ratios, usable, j);
        v = { index: fit.indices[cmOf(j)] ?? 0, variance: fit.variances[cmOf(j)] ?? 0 };
        left.set(j, v);
      }
      return v;
    },
  };

  function shrunkIndices(
    h: readonly MonthTotal[],
    r: Float64Array,
    use: readonly boolean[],
    skip: number
  ): { indices: Float64Array; variances: Float64Array } {
    const sum = new Float64Array(12);
    const count = new Float64Array(12);
    for (let j = 0; j < h.length; j++) {
      if (!use[j] || j === skip) continue;
      const c = cmOf(j);
      sum[c] = (sum[c] as number) + (r[j] as number);
      count[c] = (count[c] as number) + 1;
    }
    const raw = new Float64Array(12);
    for (let c = 0; c < 12; c++) raw[c] = (count[c] as number) > 0 ? (sum[c] as number) / (count[c] as number) : 0;
    let within = 0;
    let dof = 0;
    for (let j = 0; j < h.length; j++) {
      if (!use[j] || j === skip) continue;
      const c = cmOf(j);
      if ((count[c] as number) < 2) continue;
      within += ((r[j] as number) - (raw[c] as number)) ** 2;
      dof += 1;
    }
    for (let c = 0; c < 12; c++) if ((count[c] as number) >= 2) dof -= 1;
    const present: number[] = [];
    for (let c = 0; c < 12; c++) if ((count[c] as number) > 0) present.push(c);
    // Few repeated months can't tell noise from season alone: a typical store's swing stands in for the missing years.
    let deals = 0;
    let months = 0;
    for (let j = 0; j < h.length; j++) {
      if (!use[j] || j === skip) continue;
      deals += (h[j] as MonthTotal).total;
      months++;
    }
    const typical = TYPICAL_MONTH_SWING ** 2 + (deals > 0 ? months / deals : 0);
    const noise = (within + TYPICAL_SWING_WEIGHT * typical) / (Math.max(dof, 0) + TYPICAL_SWING_WEIGHT);
    const noiseOfIndex = present.map((c) => noise / (count[c] as number));
    const signal = Math.max(0, mean(present.map((c) => (raw[c] as number) ** 2)) - mean(noiseOfIndex));
    const indices = new Float64Array(12);
    // A month with no data keeps the whole spread of seasonal indices as its uncertainty.
    const variances = new Float64Array(12).fill(signal);
    let centre = 0;
    for (const c of present) {
      const v = noise / (count[c] as number);
      indices[c] = signal + v > 0 ? ((raw[c] as number) * signal) / (signal + v) : 0;
      variances[c] = signal + v > 0 ? (signal * v) / (signal + v) : 0;
      centre += indices[c];
    }
    centre /= Math.max(1, present.length);
    for (const c of present) indices[c] = (indices[c] as number) - centre;
    return { indices, variances };
  }
}
