import { openAt, type OpenStatus, type OpportunityAgeBand } from "./openOpportunity";
import type { Opportunity } from "./opportunityLog";
import type { ConversionModel } from "./conversionModel";

/** An open (or recently lost) opportunity worth a call, with its learned chance of closing this month. */
export interface RevisitDeal {
  readonly id: string;
  readonly status: OpenStatus;
  readonly source: string;
  /** Who works it ("" when the log doesn't say). */
  readonly salesperson: string;
  readonly created: number;
  readonly age: number;
  readonly band: OpportunityAgeBand;
  /** Chance it sells by the end of as_of's month (0–1). */
  readonly chance: number;
  /** Its value, or null when the log gave none. */
  readonly value: number | null;
  /** value × chance; null without a value. */
  readonly expectedValue: number | null;
}

/**
 * The opportunities open at the end of as_of (pending, be-back, recently lost; see openAt), each with
 * the model's chance it sells by month end, ranked by expected value (value × chance), or by chance
 * when there are no values; ties by the younger opportunity, then id.
 */
export function dealsToRevisit(
  opportunities: readonly Opportunity[],
  model: ConversionModel,
  asOf: number
): RevisitDeal[] {
  const out: RevisitDeal[] = [];
  for (const o of opportunities) {
    const open = openAt(o, asOf);
    if (!open) continue;
    const chance = model.chance(open.status, o.source, open.band);
    out.push({
      id: o.id,
      status: open.status,
      source: o.source,
      salesperson: o.salesperson,
      created: o.created,
      age: open.age,
      band: open.band,
      chance,
      value: o.value,
      expectedValue: o.value === null ? null : o.value * chance,
    });
  }
  return out.sort(
    (a, b) =>
      (b.expectedValue ?? b.chance) - (a.expectedValue ?? a.chance) ||
      b.chance - a.chance ||
      a.age - b.age ||
      a.id.localeCompare(b.id)
  );
}

/**
 * Expected additional deals by month end from the open pipeline: the sum of the open
 * opportunities' chances (each sells or not; the sum of chances is the expected count).
 */
export function pipelineDeals(revisits: readonly RevisitDeal[]): number {
  return revisits.reduce((sum, d) => sum + d.chance, 0);
}

/**
 * pipelineDeals of the open opportunities straight from the log: the same chances summed (in log
 * order) without ranking them or building a list, for PIPELINE_DEALS on a big log.
 */
export function expectedPipelineDeals(
  opportunities: readonly Opportunity[],
  model: ConversionModel,
  asOf: number
): number {
  let sum = 0;
  for (const o of opportunities) {
    const open = openAt(o, asOf);
    if (open) sum += model.chance(open.status, o.source, open.band);
  }
  return sum;
}
