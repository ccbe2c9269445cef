import { sampleCorrelation } from "simple-statistics";
import { sheetError, type SheetError } from "../../errors";
import { bestLag, laggedWindow } from "./bestLag";
import { indicatorStrength, type IndicatorStrength } from "./indicatorStrength";
import type { IndicatorSeries } from "./indicatorSeries";
import { fitLinear, type LinearFit } from "./linearFit";

/** Lags tried when max_lag is omitted: a month of weekly periods. */
export const DEFAULT_MAX_LAG = 4;
/** The longest lag accepted: a year of weekly periods. */
export const MAX_MAX_LAG = 52;
/** Periods a correlation needs at least, beyond the lags, before it means anything. */
export const MIN_FIT_PERIODS = 8;
/** An indicator the others already explain this well (R², i.e. a variance inflation of 20) is left out of the joint fit. */
export const COLLINEAR_R_SQUARED = 0.95;

/** Why an indicator is in the joint fit or not. */
export type IndicatorStatus = "used" | "constant" | "collinear";

/** One indicator's link to the outcome. */
export interface IndicatorResult {
  readonly name: string;
  /** Periods by which it leads the outcome (0 = same period); null when it never changes. */
  readonly lag: number | null;
  /** Correlation with the outcome at that lag; null when it never changes. */
  readonly correlation: number | null;
  /** Standardized coefficient in the joint regression (outcome sds per indicator sd); null when left out. */
  readonly weight: number | null;
  readonly status: IndicatorStatus;
  /** The indicator already in the fit that it duplicates, when collinear. */
  readonly collinearWith: string | null;
  readonly strength: IndicatorStrength;
}

/** The learned link from indicators to the outcome. */
export interface IndicatorModel {
  readonly outcomeName: string;
  /** In the order of the indicator columns. */
  readonly indicators: readonly IndicatorResult[];
  /** Periods the lags and the fit were learned from (the series minus max_lag). */
  readonly periodsFitted: number;
  readonly maxLag: number;
  /** Share of the outcome's variance the joint fit explains; null when no indicator could be used. */
  readonly rSquared: number | null;
  /**
   * The outcome of the period after the series, from the indicators' values then (`current`, one per
   * indicator, null where unknown) for lag 0 and from the series' last periods for longer lags.
   * #N/A when no indicator is usable; #VALUE! when a lag-0 indicator has no current value.
   */
  forecast(current: readonly (number | null)[]): number | SheetError;
}

interface Standardized {
  readonly index: number;
  readonly mean: number;
  readonly sd: number;
  readonly z: readonly number[];
}

function standardize(index: number, xs: readonly number[]): Standardized {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { index, mean, sd, z: xs.map((x) => (x - mean) / sd) };
}

/** The kept indicators' standardized values as rows, one per period, for fitLinear (built by loops: every recalculation fits several times). */
function rowsOf(kept: readonly Standardized[], periods: number): number[][] {
  const rows: number[][] = new Array<number[]>(periods);
  for (let t = 0; t < periods; t++) {
    const row = new Array<number>(kept.length);
    for (let j = 0; j < kept.length; j++) row[j] = (kept[j] as Standardized).z[t] ?? 0;
    rows[t] = row;
  }
  return rows;
}

/** Periods needed for lags up to maxLag and p indicators: the lags, plus enough points for the correlations and the fit. */
export function periodsNeeded(maxLag: number, indicatorCount: number): number {
  return maxLag + Math.max(MIN_FIT_PERIODS, indicatorCount + 2);
}

/**
 * Which indicators lead the outcome, by how many periods, and how much each adds once the others are
 * known. Per indicator: the lag 0..maxLag of strongest correlation (bestLag). Then one least-squares
 * fit of the standardized outcome on all standardized, lagged indicators, over the periods from
 * maxLag on; indicators enter strongest first, and one the others already explain (R² above
 * COLLINEAR_R_SQUARED) is reported as collinear instead of making the fit unstable. Constant
 * indicators are reported too, never fitted.
 * Errors (#N/A): fewer periods than periodsNeeded ("need at least N periods"); an outcome that never changes.
 */
export function leadingIndicators(series: IndicatorSeries, maxLag: number): IndicatorModel | SheetError {
  const n = series.outcome.length;
  const need = periodsNeeded(maxLag, series.columns.length);
  if (n < need) return sheetError("na", "indicatorsNeedPeriods", need, n, maxLag);
  const yWindow = laggedWindow(series.outcome, 0, maxLag);
  if (!yWindow.some((v) => v !== yWindow[0])) return sheetError("na", "indicatorsOutcomeConstant");
  const periods = yWindow.length;

  const lags = series.columns.map((x) => bestLag(x, series.outcome, maxLag));
  const order = lags
    .map((l, index) => ({ index, r: l.correlation }))
    .filter((o): o is { index: number; r: number } => o.r !== null)
    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r) || a.index - b.index);

  const kept: Standardized[] = [];
  const collinearWith = new Map<number, string>();
  for (const { index } of order) {
    const lag = lags[index]?.lag ?? 0;
    const candidate = standardize(index, laggedWindow(series.columns[index] ?? [], lag, maxLag));
    if (kept.length > 0) {
      const explained = fitLinear(rowsOf(kept, candidate.z.length), candidate.z).rSquared;
      if (explained > COLLINEAR_R_SQUARED) {
        const twin = kept.reduce((best, k) =>
          Math.abs(sampleCorrelation(k.z, candidate.z)) > Math.abs(sampleCorrelation(best.z, candidate.z)) ? k : best
        );
        collinearWith.set(index, series.names[twin.index] ?? "");
        continue;
      }
    }
    kept.push(candidate);
  }

  const y = standardize(-1, yWindow);
  const fit: LinearFit | null = kept.length === 0 ? null : fitLinear(rowsOf(kept, y.z.length), y.z);
  const weightOf = new Map(kept.map((k, i) => [k.index, fit?.coefficients[i] ?? 0]));

  const indicators: IndicatorResult[] = series.names.map((name, index) => {
    const { lag, correlation } = lags[index] ?? { lag: 0, correlation: null };
    if (correlation === null)
      return {
        name,
        lag: null,
        correlation: null,
        weight: null,
        status: "constant",
        collinearWith: null,
        strength: "none",
      };
    const twin = collinearWith.get(index);
    return {
      name,
      lag,
      correlation,
      weight: weightOf.get(index) ?? null,
      status: twin === undefined ? "used" : "collinear",
      collinearWith: twin ?? null,
      strength: indicatorStrength(correlation, periods),
    };
  });

  const forecast = (current: readonly (number | null)[]): number | SheetError => {
    if (!fit) return sheetError("na", "indicatorsNoneUsable");
    let z = fit.intercept;
    for (const [i, k] of kept.entries()) {
      const lag = lags[k.index]?.lag ?? 0;
      const value = lag === 0 ? (current[k.index] ?? null) : (series.columns[k.index]?.[n - lag] ?? null);
      if (value === null) return sheetError("value", "indicatorsCurrentMissing", series.names[k.index] ?? "");
      z += (fit.coefficients[i] ?? 0) * ((value - k.mean) / k.sd);
    }
    const predicted = y.mean + y.sd * z;
    return Number.isFinite(predicted) ? predicted : sheetError("num", "resultTooLarge");
  };

  return {
    outcomeName: series.outcomeName,
    indicators,
    periodsFitted: periods,
    maxLag,
    rSquared: fit?.rSquared ?? null,
    forecast,
  };
}
