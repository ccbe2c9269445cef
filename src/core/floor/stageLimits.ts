import type { StageId } from "./stages";

/** Minutes a deal may spend in each working step, and in the whole visit, before it counts as stuck. */
export interface StageLimits {
  readonly stages: Readonly<Record<Exclude<StageId, "delivered">, number>>;
  /** The whole visit, first step to delivery. */
  readonly visit: number;
}

/**
 * Defaults from what the trade reports: the sales process runs ~50–60 minutes, F&I ~45–60, and
 * satisfaction drops once a visit passes ~90 minutes or the F&I wait grows.
 */
export const DEFAULT_STAGE_LIMITS: StageLimits = {
  stages: { greeted: 20, testDrive: 30, desk: 20, managerTo: 15, waitingFi: 30, inFi: 60 },
  visit: 90,
};

/** The limit of a working step. */
export function stageLimit(limits: StageLimits, stage: StageId): number {
  return stage === "delivered" ? Number.POSITIVE_INFINITY : limits.stages[stage];
}
