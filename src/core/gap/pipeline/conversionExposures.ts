import { addMonths, daysInMonth, monthEnd, monthStart, serialToDate } from "../../calendar";
import {
  MAX_OPEN_AGE,
  openAt,
  type OpenOpportunity,
  type OpenStatus,
  type OpportunityAgeBand,
} from "./openOpportunity";
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
  const out: ConversionExposure[] = [];
  forEachExposure(opportunities, asOf, (o, open, day, end) => {
    out.push({
      status: open.status,
      source: o.source,
      age: open.age,
      band: open.band,
      window: end - day,
      converted: o.soldAt !== null && o.soldAt <= end,
      day,
    });
  });
  // Month by month (the latest first), by created day (the oldest first) within a month; the sort is stable, so ties keep the log's order.
  return out.sort((a, b) => b.day - a.day || b.age - a.age);
}

/**
 * Visits each trial of conversionExposures: the opportunity, how it stood at the snapshot day, that
 * day and its month's end. Opportunity by opportunity, each against the (at most twelve) snapshot
 * days: on a big log that is cheaper than sorting it by created day.
 */
export function forEachExposure(
  opportunities: readonly Opportunity[],
  asOf: number,
  visit: (o: Opportunity, open: OpenOpportunity, day: number, end: number) => void
): void {
  let earliest = Number.POSITIVE_INFINITY;
  for (const o of opportunities) if (o.created < earliest) earliest = o.created;
  const days: number[] = [];
  const ends: number[] = [];
  for (let back = 1; back <= LEARNING_MONTHS; back++) {
    const month = addMonths(asOf, -back);
    if (monthEnd(month) < earliest) break;
    days.push(sameDayOfMonth(month, asOf));
    ends.push(monthEnd(month));
  }
  const oldest = Math.max(...Object.values(MAX_OPEN_AGE));
  for (const o of opportunities) {
    for (let k = 0; k < days.length; k++) {
      const day = days[k] as number;
      if (o.created > day || day - o.created > oldest) continue;
      const open = openAt(o, day);
      if (open) visit(o, open, day, ends[k] as number);
    }
  }
}
