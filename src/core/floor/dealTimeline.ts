import { reachedInOrder, type DealEvents } from "./eventLog";
import { minutesBetween, onDay } from "./eventTime";
import type { StageId, StageKey } from "./stages";

/** The time a deal spent in one step. */
export interface StageSpan {
  readonly stage: StageId;
  readonly start: number;
  /** When the next step began, or null while the deal is still in this one. */
  readonly end: number | null;
  /** Minutes in the step (to asOf while open), or null when the log's times run backwards here. */
  readonly minutes: number | null;
}

/** Where a deal stands at a moment. */
export interface DealTimeline {
  readonly deal: DealEvents;
  readonly status: "inProgress" | "delivered" | "left";
  /** The working steps it went through, in order (steps the log skipped are absent). */
  readonly spans: readonly StageSpan[];
  /** The step it is in now, for a deal in progress. */
  readonly current: StageSpan | null;
  /** When the visit began (its first step). */
  readonly start: number;
  /** Minutes from the first step to delivery, a walk-out or asOf; null when that runs backwards. */
  readonly visitMinutes: number | null;
  /** True when some later step is logged before an earlier one: flagged, never negative minutes. */
  readonly backwards: boolean;
}

/**
 * A deal's timeline as of a moment: events after asOf don't exist yet; a bare time of day is placed
 * on asOf's date. Steps follow the canonical order whatever order the rows came in; a step the log
 * skipped simply isn't there (the previous step runs until the next one logged). A deal with no
 * delivery or walk-out is in progress in its last step. Null when none of its events happened by asOf.
 */
export function dealTimeline(deal: DealEvents, asOf: number): DealTimeline | null {
  const steps: { stage: StageKey; time: number }[] = [];
  for (const e of reachedInOrder(deal)) {
    const time = onDay(e.time, asOf);
    if (time <= asOf) steps.push({ stage: e.stage, time });
  }
  const first = steps[0];
  if (!first) return null;
  const spans: StageSpan[] = [];
  let backwards = false;
  let end: number | null = null;
  let status: DealTimeline["status"] = "inProgress";
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as (typeof steps)[number];
    if (step.stage === "delivered" || step.stage === "left") {
      status = step.stage === "delivered" ? "delivered" : "left";
      end = step.time;
      break;
    }
    const next = steps[i + 1];
    const spanEnd = next ? next.time : null;
    const minutes = minutesBetween(step.time, spanEnd ?? asOf);
    if (minutes < 0) backwards = true;
    spans.push({ stage: step.stage, start: step.time, end: spanEnd, minutes: minutes < 0 ? null : minutes });
  }
  const last = spans[spans.length - 1];
  const current = status === "inProgress" && last && last.end === null ? last : null;
  const visit = minutesBetween(first.time, end ?? asOf);
  if (visit < 0) backwards = true;
  return { deal, status, spans, current, start: first.time, visitMinutes: visit < 0 ? null : visit, backwards };
}

/** Timelines of every deal that has started by asOf. */
export function timelines(deals: readonly DealEvents[], asOf: number): DealTimeline[] {
  const out: DealTimeline[] = [];
  for (const d of deals) {
    const t = dealTimeline(d, asOf);
    if (t) out.push(t);
  }
  return out;
}
