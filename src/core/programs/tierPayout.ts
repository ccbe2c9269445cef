import { sheetError, type SheetError } from "../errors";
import type { TierTable } from "./tierTable";

/**
 * Number of the highest tier reached with `units` (0 = none): tiers are numbered from the lowest threshold.
 * @example tierReached(95, [{ threshold: 80, … }, { threshold: 100, … }]) // 1
 */
export function tierReached(units: number, tiers: TierTable): number {
  let k = 0;
  while (k < tiers.length && units >= (tiers[k]?.threshold ?? Infinity)) k++;
  return k;
}

/**
 * Money earned with `units`: the highest tier's money per unit on every unit (the stair-step is
 * retroactive), plus that tier's lump sum. 0 below the first tier.
 * @example tierPayout(100, tiers80_100_110at200_400_600) // 40000
 */
export function tierPayout(units: number, tiers: TierTable): number {
  const k = tierReached(units, tiers);
  const tier = tiers[k - 1];
  return tier ? units * tier.perUnit + tier.lumpSum : 0;
}

/** Units still needed for the next tier, or #N/A "top tier reached". */
export function unitsToNextTier(units: number, tiers: TierTable): number | SheetError {
  const next = tiers[tierReached(units, tiers)];
  return next ? next.threshold - units : sheetError("na", "oemTopTierReached");
}

/** Units as a program counts them: whole units sold (a fraction is not a unit yet); negative → #NUM!. */
export function programUnits(units: number): number | SheetError {
  return units < 0 ? sheetError("num", "oemUnitsNegative") : Math.floor(units);
}

/** An objective: none (null), or a number of units above 0 (#NUM! otherwise). */
export function programObjective(objective: number | null): number | null | SheetError {
  if (objective === null) return null;
  return objective > 0 ? objective : sheetError("num", "oemObjectiveNotPositive");
}
