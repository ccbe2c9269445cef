import type { DealTimeline } from "./dealTimeline";
import { percentilesInc } from "./percentile";
import { DEFAULT_STAGE_LIMITS, stageLimit, type StageLimits } from "./stageLimits";
import { WORKING_STAGES, type StageId } from "./stages";

/** How one step (or the whole visit) is running. Minutes are null when there is nothing to measure. */
export interface StageSummary {
  /** The step, or "visit" for the whole visit. */
  readonly stage: StageId | "visit";
  readonly label: string;
  /** Deals in the step now (for the visit: deals on the floor, not yet delivered or gone). */
  readonly inNow: number;
  /** Median and 90th percentile (PERCENTILE.INC) of the finished stays: deals that moved on (for the visit: delivered). */
  readonly median: number | null;
  readonly p90: number | null;
  /** The longest wait of a deal in the step now. */
  readonly longestCurrent: number | null;
  /** Deals in the step now past its limit. */
  readonly overLimit: number;
  /** Stays whose times run backwards (the next step logged before this one): flagged, not measured. */
  readonly flagged: number;
}

function summarize(
  stage: StageId | "visit",
  label: string,
  finished: number[],
  current: number[],
  flagged: number,
  limit: number
): StageSummary {
  const [median = null, p90 = null] = percentilesInc(finished, [0.5, 0.9]);
  return {
    stage,
    label,
    inNow: current.length,
    median,
    p90,
    // A loop, not Math.max(...current): a spread of a 100k-row log's open stays can overflow the call stack.
    longestCurrent: current.reduce<number | null>((max, m) => (max === null || m > max ? m : max), null),
    overLimit: current.filter((m) => m > limit).length,
    flagged,
  };
}

/**
 * The floor by step: a row per working step (greeted … in F&I) and one for the whole visit.
 * Finished stays give the median and 90th percentile; open ones give the count now and the longest wait.
 */
export function flowSummary(
  lines: readonly DealTimeline[],
  limits: StageLimits = DEFAULT_STAGE_LIMITS
): StageSummary[] {
  // One pass over the spans, each into its step's lists (not a pass per step over a big log).
  const byStage = new Map(
    WORKING_STAGES.map((s) => [s.id, { finished: [] as number[], current: [] as number[], flagged: 0 }])
  );
  for (const line of lines) {
    for (const span of line.spans) {
      const tally = byStage.get(span.stage);
      if (!tally) continue;
      if (span.minutes === null) tally.flagged++;
      else if (span === line.current) tally.current.push(span.minutes);
      else if (span.end !== null) tally.finished.push(span.minutes);
    }
  }
  const rows = WORKING_STAGES.map((s) => {
    const tally = byStage.get(s.id) ?? { finished: [], current: [], flagged: 0 };
    return summarize(s.id, s.label, tally.finished, tally.current, tally.flagged, stageLimit(limits, s.id));
  });
  const visits: number[] = [];
  const open: number[] = [];
  let flagged = 0;
  for (const line of lines) {
    if (line.visitMinutes === null) flagged++;
    else if (line.status === "inProgress") open.push(line.visitMinutes);
    else if (line.status === "delivered") visits.push(line.visitMinutes);
  }
  rows.push(summarize("visit", "Whole visit", visits, open, flagged, limits.visit));
  return rows;
}
