import { sheetError, type SheetError } from "../../errors";
import { forEachExposure, type ConversionExposure } from "./conversionExposures";
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

const STATUS_INDEX: Readonly<Record<OpenStatus, number>> = { pending: 0, "be-back": 1, lost: 2 };
const BAND_INDEX: Readonly<Record<OpportunityAgeBand, number>> = { "0-7": 0, "8-30": 1, "31-90": 2 };
// Per source: for each status, the three age bands then the status × source total; trials, then sales.
const SLOTS = OPEN_STATUSES.length * 4;

/**
 * Trials and sales counted by status × source × age band in one array per source: a big log's
 * history is a hundred thousand trials or more, and a string key per trial cost more than the rest.
 */
class Tallies {
  readonly bySource = new Map<string, Float64Array>();
  readonly days = new Set<number>();
  trials = 0;
  sales = 0;

  add(status: OpenStatus, source: string, band: OpportunityAgeBand, converted: boolean, day: number): void {
    let counts = this.bySource.get(source);
    if (!counts) {
      counts = new Float64Array(SLOTS * 2);
      this.bySource.set(source, counts);
    }
    const cell = STATUS_INDEX[status] * 4 + BAND_INDEX[band];
    const total = STATUS_INDEX[status] * 4 + 3;
    const sale = converted ? 1 : 0;
    counts[cell] = (counts[cell] as number) + 1;
    counts[total] = (counts[total] as number) + 1;
    counts[SLOTS + cell] = (counts[SLOTS + cell] as number) + sale;
    counts[SLOTS + total] = (counts[SLOTS + total] as number) + sale;
    this.days.add(day);
    this.trials++;
    this.sales += sale;
  }
}

/** The model of a set of tallies (see learnConversion). */
function modelOf(tallies: Tallies): ConversionModel | SheetError {
  if (tallies.trials === 0) return sheetError("na", "gapNoOpportunityHistory");
  const overallRate = tallies.sales / tallies.trials;
  const overall: ConversionRate = { trials: tallies.trials, sales: tallies.sales, rate: overallRate };
  const byStatus = Object.fromEntries(
    OPEN_STATUSES.map((s) => {
      let trials = 0;
      let sales = 0;
      for (const counts of tallies.bySource.values()) {
        trials += counts[STATUS_INDEX[s] * 4 + 3] as number;
        sales += counts[SLOTS + STATUS_INDEX[s] * 4 + 3] as number;
      }
      return [s, rate(trials, sales, overallRate)];
    })
  ) as Record<OpenStatus, ConversionRate>;
  const byStatusSource = new Map<string, ConversionRate>();
  // Per source and status: the status × source rate, or the status's own when the source has no trials in it.
  const parents = new Map<string, Float64Array>();
  for (const [source, counts] of tallies.bySource) {
    const parent = new Float64Array(OPEN_STATUSES.length);
    OPEN_STATUSES.forEach((status, i) => {
      const trials = counts[i * 4 + 3] as number;
      if (trials === 0) {
        parent[i] = byStatus[status].rate;
        return;
      }
      const r = rate(trials, counts[SLOTS + i * 4 + 3] as number, byStatus[status].rate);
      byStatusSource.set(`${status}|${source}`, r);
      parent[i] = r.rate;
    });
    parents.set(source, parent);
  }
  return {
    historyMonths: tallies.days.size,
    overall,
    byStatus,
    byStatusSource,
    chance(status, source, band) {
      const counts = tallies.bySource.get(source);
      const i = STATUS_INDEX[status];
      const parent = parents.get(source)?.[i] ?? byStatus[status].rate;
      const at = i * 4 + BAND_INDEX[band];
      return rate(counts ? (counts[at] as number) : 0, counts ? (counts[SLOTS + at] as number) : 0, parent).rate;
    },
  };
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
  const tallies = new Tallies();
  for (const e of exposures) tallies.add(e.status, e.source, e.band, e.converted, e.day);
  return modelOf(tallies);
}

/**
 * learnConversion over the history of an opportunities log as of a day: the same trials as
 * conversionExposures, counted as they are found instead of listed.
 */
export function conversionModel(opportunities: readonly Opportunity[], asOf: number): ConversionModel | SheetError {
  const tallies = new Tallies();
  forEachExposure(opportunities, asOf, (o, open, day, end) =>
    tallies.add(open.status, o.source, open.band, o.soldAt !== null && o.soldAt <= end, day)
  );
  return modelOf(tallies);
}
