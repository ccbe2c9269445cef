import type { Opportunity } from "./opportunityLog";
import type { OpportunityStatus } from "./opportunityStatus";

/** A status an opportunity can still close from. */
export type OpenStatus = Exclude<OpportunityStatus, "sold">;

/**
 * How long an opportunity stays worth working, in days since it was created: a pending or be-back
 * customer for a quarter, a lost one for a month ("recently lost"). Older ones are left out of the
 * pipeline and of the learning alike.
 */
export const MAX_OPEN_AGE: Readonly<Record<OpenStatus, number>> = { pending: 90, "be-back": 90, lost: 30 };

/** Age bands of an open opportunity (days since created, both ends included). */
export const OPPORTUNITY_AGE_BANDS = [
  { label: "0-7", to: 7 },
  { label: "8-30", to: 30 },
  { label: "31-90", to: 90 },
] as const;

export type OpportunityAgeBand = (typeof OPPORTUNITY_AGE_BANDS)[number]["label"];

/** The age band of an opportunity `age` days old. */
export function opportunityAgeBand(age: number): OpportunityAgeBand {
  for (const band of OPPORTUNITY_AGE_BANDS) if (age <= band.to) return band.label;
  return "31-90";
}

/** An opportunity open at the end of a day: the status it is open in and its age that day. */
export interface OpenOpportunity {
  readonly opportunity: Opportunity;
  readonly status: OpenStatus;
  readonly age: number;
  readonly band: OpportunityAgeBand;
}

/**
 * Whether an opportunity is open at the end of `day`: created by then, not sold by then, and not
 * older than MAX_OPEN_AGE for its status. A row marked Sold that sold after it was created was open
 * until then as Pending.
 * @example openAt({ row: 2, id: "A", created: 45700, status: "be-back", source: "Internet", salesperson: "", value: null, soldAt: null }, 45705)?.age // 5
 */
export function openAt(opportunity: Opportunity, day: number): OpenOpportunity | null {
  if (opportunity.created > day) return null;
  if (opportunity.soldAt !== null && opportunity.soldAt <= day) return null;
  const status: OpenStatus = opportunity.status === "sold" ? "pending" : opportunity.status;
  const age = day - opportunity.created;
  if (age > MAX_OPEN_AGE[status]) return null;
  return { opportunity, status, age, band: opportunityAgeBand(age) };
}
