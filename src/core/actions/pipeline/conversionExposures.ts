import { addMonths, daysInMonth, monthEnd, monthStart, serialToDate } from "../../calendar";
import { MAX_OPEN_AGE, openAt, type OpenStatus, type OpportunityAgeBand } from "./openOpportunity";
import type { Opportunity } from "./opportunityLog";

/** Months of history before as_of's month the conversion rates are learned from. */
export const LEARNING_MONTHS = 12;

/** One opportunity open at a past month's snapshot day, and whether it sold by that month's end. */
export interface ConversionExposure {
  readonly status: OpenStatus;
  readonly source: string;
  readonly age: number;
  readonly band: OpportunityAgeBand;
  /** Days from the snapshot day to the month's last day. */
  readonly window: number;
  readonly converted: boolean;
  /** The snapshot day (end of day). */
  readonly day: number;
}

/** The same day of the month as asOf in the month holding `month` (the 31st becomes the month's last day). */
export function sameDayOfMonth(month: number, asOf: number): number {
  const { year, month: m } = serialToDate(month);
  return monthStart(month) + Math.min(serialToDate(asOf).day, daysInMonth(year, m)) - 1;
}

/**
 * The log's own closed history as a set of trials: for each of the LEARNING_MONTHS months before
 * as_of's month (those the log covers), every opportunity open at the end of that month's day
 * matching as_of's day of month, and whether it sold by that month's end. Comparing like with like —
 * the same point in the month, the same days left — is what makes the learned rate "the chance this
 * closes this month" as of as_of.
 * @example conversionExposures(log.opportunities, 45726).length // trials from the 10th of each of the 12 months before March 2025
 */
export function conversionExposures(opportunities: readonly Opportunity[], asOf: number): ConversionExposure[] {
  if (opportunities.length === 0) return [];
  // Sorted by created day once: each snapshot then reads only the window of opportunities young enough to be open.
  const byCreated = [...opportunities].sort((a, b) => a.created - b.created);
  const earliest = byCreated[0]?.created ?? asOf;
  const oldest = Math.max(...Object.values(MAX_OPEN_AGE));
  const out: ConversionExposure[] = [];
  for (let back = 1; back <= LEARNING_MONTHS; back++) {
    const month = addMonths(asOf, -back);
    if (monthEnd(month) < earliest) break;
    const day = sameDayOfMonth(month, asOf);
    const end = monthEnd(month);
    for (let i = firstCreatedOnOrAfter(byCreated, day - oldest); i < byCreated.length; i++) {
      const o = byCreated[i];
      if (!o || o.created > day) break;
      const open = openAt(o, day);
      if (!open) continue;
      out.push({
        status: open.status,
        source: o.source,
        age: open.age,
        band: open.band,
        window: end - day,
        converted: o.soldAt !== null && o.soldAt <= end,
        day,
      });
    }
  }
  return out;
}

/** The index of the first opportunity (sorted by created) created on or after `day`. */
function firstCreatedOnOrAfter(sorted: readonly Opportunity[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.created ?? Number.POSITIVE_INFINITY) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
