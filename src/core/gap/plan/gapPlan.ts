import type { MonthForecast } from "../../forecast";
import type { AgedUnit } from "../inventory";
import type { RevisitDeal } from "../pipeline";
import { probWithExtra } from "./probWithExtra";

/** The chance of making the number a recommended plan aims for: better than even. */
export const PLAN_GOAL = 0.5;
/** How many of the best deals to revisit a plan starts from: a morning of calls for the desk. */
export const DEFAULT_REVISIT_COUNT = 10;

/** The GSM's choices: how many aged units to move (oldest first) and how many revisits to work (best first). */
export interface PlanChoice {
  readonly pushUnits: number;
  readonly revisitCount: number;
}

/** What one action does to the month: the extra deals it brings and the chance of target with them. */
export interface ActionEffect {
  /** Expected extra deals (units pushed count as sold; revisits by their chances). */
  readonly extraDeals: number;
  /** Chance the month ends at or above target with this action on top of the projection. */
  readonly probWith: number;
}

/** A plan to close the gap, and what each part of it is worth. */
export interface GapPlan {
  readonly target: number;
  /** The projection's median month end. */
  readonly projected: number;
  /** target − projected median: positive when short. */
  readonly gap: number;
  readonly probNow: number;
  readonly choice: PlanChoice;
  readonly pushed: readonly AgedUnit[];
  /** Holding cost the pushed units would still run up by month end if they stayed. */
  readonly holdingSaved: number;
  readonly push: ActionEffect;
  readonly revisits: readonly RevisitDeal[];
  readonly revisit: ActionEffect;
  readonly combined: ActionEffect;
  /** Expected deals from the whole open pipeline this month, beside the projection's deals still to come. */
  readonly pipelineDeals: number | null;
  readonly projectedToCome: number;
}

/** What the units, the deals and the month say for one choice. */
export interface GapPlanInput {
  readonly forecast: MonthForecast;
  readonly target: number;
  /** Aged units worth pushing, most urgent first. */
  readonly agedUnits: readonly AgedUnit[];
  /** Deals to revisit, best first. */
  readonly revisits: readonly RevisitDeal[];
  readonly pipelineDeals: number | null;
}

function clampCount(n: number, max: number): number {
  return Math.max(0, Math.min(max, Math.floor(Number.isFinite(n) ? n : 0)));
}

/**
 * The effect of a plan: pushing the `pushUnits` most urgent aged units (each counted as a deal if
 * it moves) and revisiting the `revisitCount` best deals (each closing with its learned chance).
 * Each effect is on top of the projection, so it holds for deals the store would not have made
 * anyway — the projection already expects the usual share of the pipeline to close.
 */
export function gapPlan(input: GapPlanInput, choice: PlanChoice): GapPlan {
  const { forecast, target } = input;
  const pushUnits = clampCount(choice.pushUnits, input.agedUnits.length);
  const revisitCount = clampCount(choice.revisitCount, input.revisits.length);
  const pushed = input.agedUnits.slice(0, pushUnits);
  const revisits = input.revisits.slice(0, revisitCount);
  const chances = revisits.map((d) => d.chance);
  const revisitDeals = chances.reduce((a, b) => a + b, 0);
  return {
    target,
    projected: forecast.p50,
    gap: target - forecast.p50,
    probNow: forecast.probAtLeast(target),
    choice: { pushUnits, revisitCount },
    pushed,
    holdingSaved: pushed.reduce((sum, u) => sum + (u.costAtMonthEnd - u.holdingCostSoFar), 0),
    push: { extraDeals: pushUnits, probWith: probWithExtra(forecast, target, pushUnits, []) },
    revisits,
    revisit: { extraDeals: revisitDeals, probWith: probWithExtra(forecast, target, 0, chances) },
    combined: { extraDeals: pushUnits + revisitDeals, probWith: probWithExtra(forecast, target, pushUnits, chances) },
    pipelineDeals: input.pipelineDeals,
    projectedToCome: forecast.dealsToCome,
  };
}

/**
 * The plan Pacecar suggests: work the DEFAULT_REVISIT_COUNT best revisits (calls cost little), then
 * push aged units oldest first only until the chance of target passes PLAN_GOAL — no more units
 * than the gap needs. When the month is already likely, it pushes none.
 */
export function recommendPlan(input: GapPlanInput): PlanChoice {
  const revisitCount = Math.min(DEFAULT_REVISIT_COUNT, input.revisits.length);
  const chances = input.revisits.slice(0, revisitCount).map((d) => d.chance);
  let pushUnits = 0;
  while (
    pushUnits < input.agedUnits.length &&
    probWithExtra(input.forecast, input.target, pushUnits, chances) < PLAN_GOAL
  )
    pushUnits++;
  return { pushUnits, revisitCount };
}
