import type { DealTimeline } from "./dealTimeline";
import { DEFAULT_STAGE_LIMITS, stageLimit, type StageLimits } from "./stageLimits";
import { nextStage, stageOf, type StageId } from "./stages";

/** A deal on the floor waiting past a limit. */
export interface Bottleneck {
  readonly line: DealTimeline;
  /** The step it is waiting in. */
  readonly stage: StageId;
  readonly minutes: number;
  readonly limit: number;
  /** Minutes since the visit began (null when its times run backwards). */
  readonly visitMinutes: number | null;
  readonly overStage: boolean;
  readonly overVisit: boolean;
  /** The handoff that isn't happening: "Waiting for F&I → In F&I". */
  readonly handoff: string;
}

/** The handoff out of a working step, as the GSM says it. */
export function handoffOf(stage: StageId): string {
  const next = nextStage(stage);
  return next ? `${stageOf(stage).label} → ${next.label}` : stageOf(stage).label;
}

/**
 * Deals in progress past their step's limit or past the whole-visit limit, longest wait in the step
 * first (then the longest visit). Delivered deals and walk-outs are never bottlenecks.
 */
export function bottlenecks(lines: readonly DealTimeline[], limits: StageLimits = DEFAULT_STAGE_LIMITS): Bottleneck[] {
  const out: Bottleneck[] = [];
  for (const line of lines) {
    const span = line.current;
    if (!span || span.minutes === null) continue;
    const limit = stageLimit(limits, span.stage);
    const overStage = span.minutes > limit;
    const overVisit = line.visitMinutes !== null && line.visitMinutes > limits.visit;
    if (!overStage && !overVisit) continue;
    out.push({
      line,
      stage: span.stage,
      minutes: span.minutes,
      limit,
      visitMinutes: line.visitMinutes,
      overStage,
      overVisit,
      handoff: handoffOf(span.stage),
    });
  }
  return out.sort(
    (a, b) =>
      b.minutes - a.minutes ||
      (b.visitMinutes ?? 0) - (a.visitMinutes ?? 0) ||
      a.line.deal.id.localeCompare(b.line.deal.id)
  );
}
