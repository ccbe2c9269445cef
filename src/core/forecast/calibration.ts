import { quantileSorted } from "simple-statistics";
import { daysInMonth, serialToDate } from "../calendar";
import { remainingDeals, type HistoryFit } from "./historyFit";
import { MIN_PRIOR_MONTHS } from "./monthLevel";

/** How the model's spread (and centre) is corrected after running it on the log's own past months. */
export interface Calibration {
  /** Squared CV of the rest of the month beyond the level's (how much the push varies month to month). */
  readonly extraVariance: number;
  /** Multiplier of the predictive standard deviation that makes p10–p90 cover ~80% of past months. */
  readonly scale: number;
  /** Relative correction of the expected deals still to come (0 = none), kept only when clearly real. */
  readonly bias: number;
  /** Past months the calibration ran on. */
  readonly months: number;
}

/** Fewest past months to calibrate on; below it the defaults hold. */
export const MIN_CALIBRATION_MONTHS = 6;
const DEFAULT_EXTRA_VARIANCE = 0.01;
/** Uncalibrated spread is widened: too sure is worse than too modest for a GSM. */
const DEFAULT_SCALE = 1.2;
// Pseudo-months of the defaults in the shrinkage of the estimates.
const EXTRA_PRIOR_MONTHS = 6;
const SCALE_PRIOR_MONTHS = 12;
const Z80 = 1.2815515655446004;

/**
 * Runs the model as of the same calendar day on every past month with enough history before it
 * (each from earlier months' level only), and measures the deals that actually came after that day:
 * the extra variance by the method of moments, then the spread scale from the standardised
 * residuals' 80th percentile of |z| (so p10–p90 covers 80%), both shrunk toward defaults by how
 * many months back them.
 */
export function calibrate(fit: HistoryFit, dayOfMonth: number): Calibration {
  const rows: { actual: number; mean: number; variance: number }[] = [];
  let usableBefore = 0;
  for (let j = 0; j < fit.current; j++) {
    const month = fit.months[j];
    if (!month) continue;
    const enough = usableBefore >= MIN_PRIOR_MONTHS;
    if (month.exposure >= 0.3) usableBefore++;
    if (!enough || month.exposure < 0.999) continue;
    const prior = fit.level.prior(j);
    if (!prior) continue;
    const lo = fit.table.monthBounds[j] as number;
    const { year, month: m } = serialToDate(fit.table.origin + lo);
    const t = lo + Math.min(dayOfMonth, daysInMonth(year, m)) - 1;
    // Out of sample: the shape without this month's own deals.
    const rest = remainingDeals(fit, j, t, prior.mean, prior.logVariance, fit.leaveOut(j));
    rows.push({ actual: month.total - rest.mtd, mean: rest.mean, variance: rest.variance });
  }
  const n = rows.length;
  if (n < MIN_CALIBRATION_MONTHS)
    return { extraVariance: DEFAULT_EXTRA_VARIANCE, scale: DEFAULT_SCALE, bias: 0, months: n };

  let excess = 0;
  let squares = 0;
  let error = 0;
  let expected = 0;
  for (const r of rows) {
    excess += (r.actual - r.mean) ** 2 - r.variance;
    squares += r.mean * r.mean;
    error += r.actual - r.mean;
    expected += r.mean;
  }
  const measured = squares > 0 ? Math.max(0, excess / squares) : 0;
  const extraVariance = (n * measured + EXTRA_PRIOR_MONTHS * DEFAULT_EXTRA_VARIANCE) / (n + EXTRA_PRIOR_MONTHS);

  let totalVariance = 0;
  const z: number[] = [];
  for (const r of rows) {
    const v = r.variance + r.mean * r.mean * extraVariance;
    totalVariance += v;
    z.push(v > 0 ? Math.abs(r.actual - r.mean) / Math.sqrt(v) : 0);
  }
  z.sort((a, b) => a - b);
  const raw = Math.max(quantileSorted(z, 0.8) / Z80, 0.05);
  const weight = n / (n + SCALE_PRIOR_MONTHS);
  // A spread measured on n months is itself uncertain: widen as Student's t widens the normal's interval.
  const scale = Math.min(2.5, Math.max(0.6, Math.exp(weight * Math.log(raw)) * (studentT90(n - 1) / Z80)));

  // James–Stein: keep the measured bias only in the measure it stands out from its own noise.
  const rawBias = expected > 0 ? error / expected : 0;
  const se2 = expected > 0 ? totalVariance / (expected * expected) : 0;
  const bias = rawBias === 0 ? 0 : rawBias * Math.max(0, 1 - se2 / (rawBias * rawBias));
  return { extraVariance, scale, bias, months: n };
}

/** The 90th percentile of Student's t with `dof` degrees of freedom (Cornish–Fisher expansion around the normal's). */
function studentT90(dof: number): number {
  const z = Z80;
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * dof) + (5 * z5 + 16 * z3 + 3 * z) / (96 * dof * dof);
}
