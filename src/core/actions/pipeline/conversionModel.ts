import { sheetError, type SheetError } from "../../errors";
import { conversionExposures, type ConversionExposure } from "./conversionExposures";
import { OPEN_STATUSES } from "./opportunityStatus";
import type { OpenStatus, OpportunityAgeBand } from "./openOpportunity";
import type { Opportunity } from "./opportunityLog";

/**
 * Prior strength of the shrinkage, in trials: a cell's rate is (its sales + PRIOR_TRIALS × the
 * rate of the level above) ÷ (its trials + PRIOR_TRIALS). A cell with 20 trials is half its own
 * rate, half its parent's; one with 200 is 91% its own.
 */
export const PRIOR_TRIALS = 20;

/** Trials and sales of one group of the history, and the rate learned for it. */
export interface ConversionRate {
  readonly trials: number;
  readonly sales: number;
  /** The shrunk chance of selling by month end. */
  readonly rate: number;
}

/** What the log's history says about how often open opportunities close within the month. */
export interface ConversionModel {
  /** Past months that gave trials. */
  readonly historyMonths: number;
  readonly overall: ConversionRate;
  /** Per status (shrunk toward overall). */
  readonly byStatus: Readonly<Record<OpenStatus, ConversionRate>>;
  /** Per status × source (shrunk toward the status), keyed "status|source". */
  readonly byStatusSource: ReadonlyMap<string, ConversionRate>;
  /** The chance an opportunity open in `status`, from `source`, in age band `band`, sells by month end. */
  chance(status: OpenStatus, source: string, band: OpportunityAgeBand): number;
}

function rate(trials: number, sales: number, prior: number): ConversionRate {
  return { trials, sales, rate: (sales + PRIOR_TRIALS * prior) / (trials + PRIOR_TRIALS) };
}

function tally(map: Map<string, { trials: number; sales: number }>, key: string, converted: boolean): void {
  const t = map.get(key) ?? { trials: 0, sales: 0 };
  t.trials++;
  if (converted) t.sales++;
  map.set(key, t);
}

/**
 * Learns, from the trials of the log's history (see conversionExposures), the chance an open
 * opportunity sells by month end for each status × source × age band. Sparse cells are shrunk
 * (additive smoothing, an empirical-Bayes beta prior of PRIOR_TRIALS trials) toward the status ×
 * source rate, that toward the status rate, that toward the overall rate: an unseen source gets
 * its status's rate, a big cell keeps its own.
 * @returns the model, or #N/A gapNoOpportunityHistory when no past month has an open opportunity.
 */
export function learnConversion(exposures: readonly ConversionExposure[]): ConversionModel | SheetError {
  if (exposures.length === 0) return sheetError("na", "gapNoOpportunityHistory");
  const statuses = new Map<string, { trials: number; sales: number }>();
  const statusSources = new Map<string, { trials: number; sales: number }>();
  const cells = new Map<string, { trials: number; sales: number }>();
  let sales = 0;
  const days = new Set<number>();
  for (const e of exposures) {
    if (e.converted) sales++;
    days.add(e.day);
    tally(statuses, e.status, e.converted);
    tally(statusSources, `${e.status}|${e.source}`, e.converted);
    tally(cells, `${e.status}|${e.source}|${e.band}`, e.converted);
  }
  const overallRate = sales / exposures.length;
  const overall: ConversionRate = { trials: exposures.length, sales, rate: overallRate };
  const byStatus = Object.fromEntries(
    OPEN_STATUSES.map((s) => {
      const t = statuses.get(s) ?? { trials: 0, sales: 0 };
      return [s, rate(t.trials, t.sales, overallRate)];
    }),
  ) as Record<OpenStatus, ConversionRate>;
  const statusSourceRate = (status: OpenStatus, source: string): ConversionRate => {
    const t = statusSources.get(`${status}|${source}`) ?? { trials: 0, sales: 0 };
    return rate(t.trials, t.sales, byStatus[status].rate);
  };
  const byStatusSource = new Map<string, ConversionRate>();
  for (const key of statusSources.keys()) {
    const [status, source] = key.split("|") as [OpenStatus, string];
    byStatusSource.set(key, statusSourceRate(status, source));
  }
  return {
    historyMonths: days.size,
    overall,
    byStatus,
    byStatusSource,
    chance(status, source, band) {
      const parent = byStatusSource.get(`${status}|${source}`)?.rate ?? byStatus[status].rate;
      const t = cells.get(`${status}|${source}|${band}`) ?? { trials: 0, sales: 0 };
      return rate(t.trials, t.sales, parent).rate;
    },
  };
}

/** learnConversion over the history of an opportunities log as of a day. */
export function conversionModel(opportunities: readonly Opportunity[], asOf: number): ConversionModel | SheetError {
  return learnConversion(conversionExposures(opportunities, asOf));
}
