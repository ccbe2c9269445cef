/**
 * OEM programs: stair-step tiers (reach 80% of objective and every unit earns $200, …), what the
 * next units are worth, the odds of each tier by the period's end, and requirements trending to fail.
 *
 * - `readTierTable(rows, objective)` → `TierTable | SheetError`; `tierReached`, `tierPayout`,
 *   `unitsToNextTier`, `tierScenarios`.
 * - `periodUnits(dealDates, asOf, period, calendar)` → units sold in the month or quarter and the
 *   distribution still to come; `probTier(units, tiers)` → each tier's probability and expected payout.
 * - `readRequirements(rows)`, `requirementGaps(requirements, asOf, periodEnd)`.
 */
export { readTierTable, thresholdUnits, type Tier, type TierTable } from "./tierTable";
export { tierReached, tierPayout, unitsToNextTier, programUnits, programObjective } from "./tierPayout";
export {
  tierScenarios,
  defaultMaxExtra,
  MAX_SCENARIO_EXTRA,
  SCENARIO_EXTRA_PAST_TOP,
  type TierScenario,
} from "./tierScenarios";
export {
  periodUnits,
  periodStart,
  periodEnd,
  programPeriod,
  type PeriodUnits,
  type ProgramPeriod,
} from "./periodUnits";
export { probTier, type ProgramOdds, type TierOdds } from "./probTier";
export {
  readRequirements,
  requirementGaps,
  DAYS_PER_MONTH,
  type Requirement,
  type RequirementGap,
} from "./requirementGaps";
export { readCell, type CellRead } from "./cellNumber";
export { convolve, probAtLeast, expectation, type UnitsDistribution } from "./unitsDistribution";
export {
  PROGRAMS_TABLE,
  PROGRAMS_SHEET,
  PROGRAMS_HEADERS,
  REQUIREMENTS_TABLE,
  readPrograms,
  programRows,
  newProgram,
  type ProgramSetup,
  type UnitKind,
} from "./programList";
export { modelMatches, unitCounts, PICKUP_NAMEPLATES } from "./unitFilter";
