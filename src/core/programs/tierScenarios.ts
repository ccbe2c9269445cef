import { sheetError, type SheetError } from "../errors";
import { tierPayout, tierReached } from "./tierPayout";
import type { TierTable } from "./tierTable";

/** One "sell N more" line. */
export interface TierScenario {
  readonly extra: number;
  readonly total: number;
  readonly tier: number;
  readonly payout: number;
  /** Payout minus today's payout. */
  readonly gain: number;
  /** What the last of these units adds by itself (0 on the "as is" line). */
  readonly unitGain: number;
}

/** Extra units shown past the top tier when max_extra is left out: enough to see the top rate carry on. */
export const SCENARIO_EXTRA_PAST_TOP = 5;
/** Most extra units a scenario table runs to. */
export const MAX_SCENARIO_EXTRA = 10000;

/** The default max_extra: up to the top tier, then a few more. */
export function defaultMaxExtra(units: number, tiers: TierTable): number {
  const top = tiers[tiers.length - 1]?.threshold ?? 0;
  return Math.min(MAX_SCENARIO_EXTRA, Math.max(0, top - units) + SCENARIO_EXTRA_PAST_TOP);
}

/**
 * What each extra unit sold is worth: one line per extra unit 0..maxExtra with the total, the tier,
 * the payout, the gain against today and the gain of that one unit. maxExtra must be a whole number
 * 0–10000 (#NUM! otherwise).
 * @example tierScenarios(95, tiers, 5)[5] // { extra: 5, total: 100, tier: 2, payout: 40000, gain: 21000, unitGain: 20200 }
 */
export function tierScenarios(units: number, tiers: TierTable, maxExtra: number): TierScenario[] | SheetError {
  if (!Number.isInteger(maxExtra) || maxExtra < 0 || maxExtra > MAX_SCENARIO_EXTRA)
    return sheetError("num", "oemMaxExtraInvalid");
  const now = tierPayout(units, tiers);
  const out: TierScenario[] = [];
  let previous = now;
  for (let extra = 0; extra <= maxExtra; extra++) {
    const total = units + extra;
    // tierPayout's sum from the tier found once (it would look the tier up again).
    const tier = tierReached(total, tiers);
    const reached = tiers[tier - 1];
    const payout = reached ? total * reached.perUnit + reached.lumpSum : 0;
    out.push({ extra, total, tier, payout, gain: payout - now, unitGain: extra === 0 ? 0 : payout - previous });
    previous = payout;
  }
  return out;
}
