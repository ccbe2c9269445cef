import { errorFunction } from "simple-statistics";
import { sheetError, type SheetError } from "../errors";
import type { CountDistribution } from "./countDistribution";
import type { ForecastMethod, MonthForecast } from "./types";

/** Per-deal value of the deals still to come. */
export interface ValueModel {
  /** Expected value of one deal this month. */
  readonly mean: number;
  /** Variance of one deal's value around this month's mean. */
  readonly variance: number;
  /** Uncertainty (variance) of this month's per-deal mean itself. */
  readonly meanVariance: number;
}

/** What a projection knows besides its distribution. */
export interface ForecastFacts {
  readonly month: string;
  readonly asOf: number;
  readonly mtd: number;
  readonly mtdDeals: number;
  readonly trend: number | null;
  readonly expectedShareDone: number;
  readonly sellingDaysElapsed: number;
  readonly sellingDaysTotal: number;
  readonly method: ForecastMethod;
  readonly historyMonths: number;
}

const P10 = 0.1;
const P50 = 0.5;
const P90 = 0.9;

function quantileError(p: number): SheetError | null {
  return Number.isFinite(p) && p > 0 && p < 1 ? null : sheetError("num", "quantileOutOfRange");
}

/**
 * The month-end forecast from the month so far and the distribution of deals still to come; with a
 * value model, the total is mtd + the sum of the values of the deals to come (a mixture over their
 * count of normals with mean r·μ and variance r·σ² + r²·(uncertainty of μ)).
 */
export function monthForecast(
  facts: ForecastFacts,
  remaining: CountDistribution,
  value: ValueModel | null
): MonthForecast {
  if (!value) {
    const quantile = (p: number): number => facts.mtd + remaining.quantile(p);
    return {
      ...facts,
      measure: "deals",
      mean: facts.mtd + remaining.mean,
      sd: Math.sqrt(remaining.variance),
      p10: quantile(P10),
      p50: quantile(P50),
      p90: quantile(P90),
      dealsToCome: remaining.mean,
      quantile: (p) => quantileError(p) ?? quantile(p),
      probAtLeast: (x) => (x <= facts.mtd ? 1 : 1 - remaining.cdf(Math.ceil(x - facts.mtd) - 1)),
    };
  }
  const { mean: mu, variance: sigma2, meanVariance: psi } = value;
  const rMean = remaining.mean;
  const rVar = remaining.variance;
  const mean = facts.mtd + rMean * mu;
  // Law of total variance over the count and this month's per-deal mean.
  const variance = rMean * sigma2 + rVar * mu * mu + (rVar + rMean * rMean) * psi;
  const sd = Math.sqrt(Math.max(variance, 0));
  const terms: { p: number; centre: number; sd: number }[] = [];
  for (let r = 0; r <= remaining.upper; r++) {
    const p = remaining.pmf(r);
    if (p < 1e-12) continue;
    terms.push({ p, centre: facts.mtd + r * mu, sd: Math.sqrt(r * sigma2 + r * r * psi) });
  }
  const atLeast = (x: number): number => {
    let prob = 0;
    for (const t of terms) {
      if (t.sd === 0) prob += t.centre >= x ? t.p : 0;
      else prob += t.p * 0.5 * (1 - errorFunction((x - t.centre) / (t.sd * Math.SQRT2)));
    }
    return Math.min(1, Math.max(0, prob));
  };
  const quantile = (p: number): number => {
    if (sd === 0) return mean;
    let lo = mean - 14 * sd;
    let hi = mean + 14 * sd;
    for (let i = 0; i < 80 && hi - lo > 1e-9 * Math.max(1, Math.abs(mean)); i++) {
      const mid = (lo + hi) / 2;
      if (1 - atLeast(mid) >= p) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };
  return {
    ...facts,
    measure: "values",
    mean,
    sd,
    p10: quantile(P10),
    p50: quantile(P50),
    p90: quantile(P90),
    dealsToCome: rMean,
    quantile: (p) => quantileError(p) ?? quantile(p),
    probAtLeast: atLeast,
  };
}
