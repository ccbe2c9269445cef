import { tierPayout, tierReached } from "./tierPayout";
import type { TierTable } from "./tierTable";
import type { PeriodUnits } from "./periodUnits";
import { expectation, probAtLeast } from "./unitsDistribution";

/** One tier's odds by the end of the period. */
export interface TierOdds {
  readonly tier: number;
  /** Units the tier needs. */
  readonly threshold: number;
  /** Probability the period ends at or above the tier's threshold. */
  readonly probability: number;
  /** Expected payout from periods that end in exactly this tier (the rows add up to the expected payout). */
  readonly expectedPayout: number;
}

/** The odds of every tier, and the expected payout of the period. */
export interface ProgramOdds {
  readonly tiers: readonly TierOdds[];
  readonly expectedPayout: number;
  /** Units sold so far in the period. */
  readonly sold: number;
  /** Expected units at the period's end. */
  readonly expectedUnits: number;
}

/**
 * The probability of reaching each tier by the period's end and the expected payout, from the
 * period's units (sold so far plus the distribution still to come).
 * @example probTier(periodUnits, tiers).tiers[0].probability // P(units at period end ≥ first threshold)
 */
export function probTier(units: PeriodUnits, tiers: TierTable): ProgramOdds {
  const { sold, toCome } = units;
  const byTier = tiers.map((t, i) => ({
    tier: i + 1,
    threshold: t.threshold,
    probability: probAtLeast(toCome, t.threshold - sold),
    expectedPayout: expectation(toCome, (k) =>
      tierReached(sold + k, tiers) === i + 1 ? tierPayout(sold + k, tiers) : 0
    ),
  }));
  return {
    tiers: byTier,
    expectedPayout: byTier.reduce((s, t) => s + t.expectedPayout, 0),
    sold,
    expectedUnits: sold + expectation(toCome, (k) => k),
  };
}
