/**
 * The "close the gap" plan: target against the projection, and what pushing aged units and
 * revisiting deals would do to the chance of making it. It recommends; the GSM decides.
 */
export {
  gapPlan,
  recommendPlan,
  PLAN_GOAL,
  DEFAULT_REVISIT_COUNT,
  type GapPlan,
  type GapPlanInput,
  type PlanChoice,
  type ActionEffect,
} from "./gapPlan";
export { probWithExtra } from "./probWithExtra";
