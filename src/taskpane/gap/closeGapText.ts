/** The sentences of the "Close the gap" view, from the plan: what Pacecar suggests, and what each part is worth. */
import { monthEnd, serialToDate } from "../../core/calendar";
import { PLAN_GOAL, type GapPlan, type PlanChoice } from "../../core/gap/plan";
import { formatChance, formatOneDecimal, formatUnits } from "../format";
import { formatMoney } from "./closeGapModel";

function units(n: number, one: string, many: string): string {
  return `${formatUnits(n)} ${n === 1 ? one : many}`;
}

/** What Pacecar suggests for the recommended choice (the GSM may pick other counts). */
export function recommendationText(plan: GapPlan, recommended: PlanChoice): string {
  const target = `${formatUnits(plan.target)}+`;
  const { pushUnits, revisitCount } = recommended;
  if (plan.probNow >= PLAN_GOAL && pushUnits === 0) {
    return revisitCount > 0
      ? `On track: ${formatChance(plan.probNow)} chance of ${target} as things stand. Working the ${units(revisitCount, "best revisit", "best revisits")} protects it.`
      : `On track: ${formatChance(plan.probNow)} chance of ${target} as things stand.`;
  }
  if (pushUnits === 0 && revisitCount === 0)
    return `Nothing on the lot or in the pipeline to add: the chance of ${target} stays ${formatChance(plan.probNow)}.`;
  const parts: string[] = [];
  if (revisitCount > 0) parts.push(`work the ${units(revisitCount, "best revisit", "best revisits")}`);
  if (pushUnits > 0) parts.push(`push the ${units(pushUnits, "oldest aged unit", "oldest aged units")}`);
  return `Suggested: ${parts.join(" and ")}. That takes the chance of ${target} from ${formatChance(plan.probNow)} to ${formatChance(plan.combined.probWith)} if they close on top of the projection. You decide: change the counts below.`;
}

/** What pushing the chosen aged units is worth. */
export function pushEffectText(plan: GapPlan): string {
  if (plan.choice.pushUnits === 0)
    return `No units in the plan: ${formatChance(plan.probNow)} chance of ${formatUnits(plan.target)}+.`;
  return `+${units(plan.push.extraDeals, "deal", "deals")} if they sell → ${formatChance(plan.push.probWith)} chance of ${formatUnits(plan.target)}+ · ${formatMoney(plan.holdingSaved)} of holding cost not run up by month end.`;
}

/** What revisiting the chosen deals is worth. */
export function revisitEffectText(plan: GapPlan): string {
  if (plan.choice.revisitCount === 0)
    return `No revisits in the plan: ${formatChance(plan.probNow)} chance of ${formatUnits(plan.target)}+.`;
  return `≈${formatOneDecimal(plan.revisit.extraDeals)} expected deals → ${formatChance(plan.revisit.probWith)} chance of ${formatUnits(plan.target)}+.`;
}

/** What the pipeline says beside the projection. */
export function pipelineText(plan: GapPlan, openCount: number, asOf: number): string {
  const end = serialToDate(monthEnd(asOf));
  const endText = `${String(end.month)}/${String(end.day)}`;
  if (plan.pipelineDeals === null) return "No pipeline read.";
  const base = `${units(openCount, "open opportunity is", "open opportunities are")} expected to bring ${formatOneDecimal(plan.pipelineDeals)} deals by ${endText}; the projection expects ${formatOneDecimal(plan.projectedToCome)} more deals in all.`;
  return plan.pipelineDeals > plan.projectedToCome
    ? `${base} The pipeline alone promises more than the projection: working it is the surest lever.`
    : `${base} The other ${formatOneDecimal(plan.projectedToCome - plan.pipelineDeals)} must come from customers not in the log yet: traffic and leads matter as much as follow-up.`;
}

/** The whole plan's effect. */
export function planEffectText(plan: GapPlan): string {
  return `With this plan: ≈${formatOneDecimal(plan.combined.extraDeals)} extra deals · chance of ${formatUnits(plan.target)}+ ${formatChance(plan.probNow)} → ${formatChance(plan.combined.probWith)}.`;
}
