/*
 * OEM program functions (namespace GSM): stair-step tiers, what the next units are worth, the odds
 * of each tier by the period's end, and requirements trending to fail. Thin wrappers over
 * src/core/programs, in the same form as functions.ts.
 */
import { storeCalendar } from "../core/calendar";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import { finiteResult } from "../core/pace/finiteResult";
import {
  defaultMaxExtra,
  periodEnd,
  periodUnits,
  probTier as coreProbTier,
  programObjective,
  programPeriod,
  programUnits,
  readRequirements,
  readTierTable,
  requirementGaps as coreRequirementGaps,
  tierPayout as coreTierPayout,
  tierReached,
  tierScenarios as coreTierScenarios,
  unitsToNextTier as coreUnitsToNextTier,
  type ProgramPeriod,
  type TierTable,
} from "../core/programs";
import { allArgs, dateArg, dateRangeArg, numberArg, todaySerial } from "./args";
import { toExcelError } from "./excelError";

/** A range argument as rows of cells (a single cell arrives as itself). */
function rowsOf(range: unknown): unknown[][] {
  if (Array.isArray(range))
    return (range as unknown[]).map((r): unknown[] => (Array.isArray(r) ? (r as unknown[]) : [r]));
  return [[range]];
}

/** An optional number: omitted or an empty cell is null. */
function optionalNumber(value: unknown, name: string): number | null | SheetError {
  if (value === null || value === undefined || value === "") return null;
  return numberArg(value, name);
}

/** The units, objective and tier table every tier function reads, or the first error. */
function programArgs(
  units: unknown,
  tiers: unknown,
  objective: unknown
): { units: number; tiers: TierTable } | SheetError {
  const rawUnits = numberArg(units, "units");
  if (isSheetError(rawUnits)) return rawUnits;
  const whole = programUnits(rawUnits);
  if (isSheetError(whole)) return whole;
  const rawObjective = optionalNumber(objective, "objective");
  if (isSheetError(rawObjective)) return rawObjective;
  const goal = programObjective(rawObjective);
  if (isSheetError(goal)) return goal;
  const table = readTierTable(rowsOf(tiers), goal);
  if (isSheetError(table)) return table;
  return { units: whole, tiers: table };
}

/** A number Excel can hold, or the error to show instead (huge money or units overflow to Infinity). */
function result(value: number | SheetError): number | CustomFunctions.Error {
  const v = isSheetError(value) ? value : finiteResult(value);
  return isSheetError(v) ? toExcelError(v) : v;
}

/** A spill Excel can hold: #NUM! when any number in it overflowed. */
function spill(rows: (string | number)[][]): (string | number)[][] | CustomFunctions.Error {
  const finite = rows.every((r) => r.every((c) => typeof c !== "number" || Number.isFinite(c)));
  return finite ? rows : toExcelError(sheetError("num", "resultTooLarge"));
}

/** The period argument: "month" (default) or "quarter". */
function periodArg(value: unknown): ProgramPeriod | SheetError {
  if (value === null || value === undefined || value === "" || value === 0) return "month";
  return programPeriod(typeof value === "string" ? value : typeof value === "number" ? String(value) : "?");
}

/**
 * The highest tier of a stair-step program reached with this many units: 0 = none, 1 = the lowest tier, and so on.
 * @customfunction TIER
 * @param units Units sold so far in the program's period (a count, e.g. of new trucks).
 * @param tiers Tier table, one row per tier: threshold | money per unit | lump sum (optional); any order, a header row is ignored.
 * @param [objective] The program's objective in units; thresholds are then fractions of it (0.8 = 80%, rounded up to whole units).
 * @returns {number} Number of the highest tier reached (0 = none).
 * @example =GSM.TIER(95, Tiers, 100) returns 1 when Tiers holds 0.8, 1, 1.1: 95 units reach 80% of 100 but not 100%.
 */
export function tier(units: unknown, tiers: unknown[][], objective?: unknown) {
  const args = programArgs(units, tiers, objective);
  if (isSheetError(args)) return toExcelError(args);
  return tierReached(args.units, args.tiers);
}

/**
 * Money a stair-step program pays for this many units: the highest tier reached pays its money per unit on every unit (retroactively), plus its lump sum.
 * @customfunction TIER_PAYOUT
 * @param units Units sold so far in the program's period.
 * @param tiers Tier table, one row per tier: threshold | money per unit | lump sum (optional); any order, a header row is ignored.
 * @param [objective] The program's objective in units; thresholds are then fractions of it (0.8 = 80%, rounded up to whole units).
 * @returns {number} Money earned (0 below the first tier).
 * @example =GSM.TIER_PAYOUT(100, Tiers, 100) returns 40000 when Tiers pays $200 at 80%, $400 at 100%, $600 at 110%: 100 units × $400.
 */
export function tierPayout(units: unknown, tiers: unknown[][], objective?: unknown) {
  const args = programArgs(units, tiers, objective);
  if (isSheetError(args)) return toExcelError(args);
  return result(coreTierPayout(args.units, args.tiers));
}

/**
 * Units still needed to reach the next tier of a stair-step program; #N/A once the top tier is reached.
 * @customfunction UNITS_TO_NEXT_TIER
 * @param units Units sold so far in the program's period.
 * @param tiers Tier table, one row per tier: threshold | money per unit | lump sum (optional); any order, a header row is ignored.
 * @param [objective] The program's objective in units; thresholds are then fractions of it (0.8 = 80%, rounded up to whole units).
 * @returns {number} Units to the next tier.
 * @example =GSM.UNITS_TO_NEXT_TIER(95, Tiers, 100) returns 5 when Tiers holds 0.8, 1, 1.1: 100% of 100 is 100 units.
 */
export function unitsToNextTier(units: unknown, tiers: unknown[][], objective?: unknown) {
  const args = programArgs(units, tiers, objective);
  if (isSheetError(args)) return toExcelError(args);
  return result(coreUnitsToNextTier(args.units, args.tiers));
}

/** The header row of TIER_SCENARIOS' spill. */
const SCENARIOS_HEADER = ["Extra units", "Total units", "Tier", "Payout", "Gain vs now", "Gain of that unit"] as const;

/**
 * What each extra unit sold is worth: a header row, then one row per extra unit from 0 to max_extra with the total, the tier, the payout, the gain against now and the gain of that one unit.
 * @customfunction TIER_SCENARIOS
 * @param units Units sold so far in the program's period.
 * @param tiers Tier table, one row per tier: threshold | money per unit | lump sum (optional); any order, a header row is ignored.
 * @param [objective] The program's objective in units; thresholds are then fractions of it (0.8 = 80%, rounded up to whole units).
 * @param [max_extra] Most extra units to show (0–10000); default: up to the top tier and 5 more.
 * @returns {any[][]} A table that spills: Extra units, Total units, Tier, Payout, Gain vs now, Gain of that unit.
 * @example =GSM.TIER_SCENARIOS(95, Tiers, 100, 10) returns 11 rows under the header; at +5 units: 100 units, tier 2, $40,000, a gain of $21,000.
 */
export function tierScenarios(units: unknown, tiers: unknown[][], objective?: unknown, max_extra?: unknown) {
  const args = programArgs(units, tiers, objective);
  if (isSheetError(args)) return toExcelError(args);
  const max = optionalNumber(max_extra, "max_extra");
  if (isSheetError(max)) return toExcelError(max);
  const lines = coreTierScenarios(args.units, args.tiers, max ?? defaultMaxExtra(args.units, args.tiers));
  if (isSheetError(lines)) return toExcelError(lines);
  // One pass building the rows and checking them: the table runs to 10,001 lines.
  const rows: (string | number)[][] = [[...SCENARIOS_HEADER]];
  for (const l of lines) {
    if (
      !Number.isFinite(l.total) ||
      !Number.isFinite(l.payout) ||
      !Number.isFinite(l.gain) ||
      !Number.isFinite(l.unitGain)
    )
      return toExcelError(sheetError("num", "resultTooLarge"));
    rows.push([l.extra, l.total, l.tier, l.payout, l.gain, l.unitGain]);
  }
  return rows;
}

/** The header row of PROB_TIER's spill. */
const PROB_TIER_HEADER = ["Tier", "Probability", "Expected payout"] as const;

/**
 * The chance of reaching each tier of a program by the end of the month or quarter, learned from the deal log's history, and the expected payout: a header row, one row per tier (the expected payout of ending in exactly that tier), then a Total row.
 * @customfunction PROB_TIER
 * @param deal_dates Sold dates of the units the program counts, e.g. a FILTER of Deals[Sold Date] to new trucks (blanks, a header and text that isn't a date are skipped).
 * @param tiers Tier table, one row per tier: threshold | money per unit | lump sum (optional); any order, a header row is ignored.
 * @param [as_of] Last day that counts as done; defaults to today.
 * @param [objective] The program's objective in units; thresholds are then fractions of it (0.8 = 80%, rounded up to whole units).
 * @param [period] "month" (default) or "quarter" (calendar quarters; the months still to come are projected from history).
 * @param [weekend] Closed days, as in NETWORKDAYS.INTL: 11 = Sunday (default), 1 = Sat+Sun, or a mask like "0000001".
 * @param [holidays] Range of closed dates (blanks, repeats and dates outside the month are ignored).
 * @returns {any[][]} A table that spills: Tier, Probability, Expected payout; the last row is the Total expected payout.
 * @example =GSM.PROB_TIER(Trucks[Sold Date], Tiers, DATE(2025,3,10), 120, "quarter") returns, for each tier of the truck program, the chance the quarter ends at or above it.
 */
export function probTier(
  deal_dates: unknown[][],
  tiers: unknown[][],
  as_of?: unknown,
  objective?: unknown,
  period?: unknown,
  weekend?: unknown,
  holidays?: unknown[][]
) {
  const args = allArgs({
    deals: dateRangeArg(deal_dates),
    asOf: dateArg(as_of, "as_of", todaySerial),
    objective: optionalNumber(objective, "objective"),
    period: periodArg(period),
    calendar: storeCalendar(weekend, holidays),
  });
  if (isSheetError(args)) return toExcelError(args);
  const goal = programObjective(args.objective);
  if (isSheetError(goal)) return toExcelError(goal);
  const table = readTierTable(rowsOf(tiers), goal);
  if (isSheetError(table)) return toExcelError(table);
  const units = periodUnits(args.deals.dates, args.asOf, args.period, args.calendar);
  if (isSheetError(units)) return toExcelError(units);
  const odds = coreProbTier(units, table);
  return spill([
    [...PROB_TIER_HEADER],
    ...odds.tiers.map((t) => [t.tier, t.probability, t.expectedPayout]),
    ["Total", "", odds.expectedPayout],
  ]);
}

/** The header row of REQUIREMENT_GAPS' spill. */
const GAPS_HEADER = ["Requirement", "Current", "Threshold", "Status", "Shortfall", "When", "Trend per month"] as const;

/**
 * Program requirements (CSI, sales effectiveness, days supply…) that fail now or whose trend crosses the line by the period's end: a header row, then one row each with the shortfall and when.
 * @customfunction REQUIREMENT_GAPS
 * @param requirements Table of requirements: name | current value | threshold | "min" or "max" | recent monthly values, oldest to newest (optional, any number of columns).
 * @param [as_of] The day of the current values; defaults to today.
 * @param [period] "month" (default) or "quarter": how far ahead the trend is followed.
 * @returns {any[][]} A table that spills: Requirement, Current, Threshold, Status ("failing" or "trending to fail"), Shortfall, When (a date), Trend per month; only the header when nothing is at risk.
 * @example =GSM.REQUIREMENT_GAPS(Requirements, DATE(2025,3,10), "quarter") returns CSI at 91.2 against a minimum of 90 as trending to fail when it fell 0.8 a month.
 */
export function requirementGaps(requirements: unknown[][], as_of?: unknown, period?: unknown) {
  const args = allArgs({ asOf: dateArg(as_of, "as_of", todaySerial), period: periodArg(period) });
  if (isSheetError(args)) return toExcelError(args);
  const list = readRequirements(rowsOf(requirements));
  if (isSheetError(list)) return toExcelError(list);
  const gaps = coreRequirementGaps(list, args.asOf, periodEnd(args.asOf, args.period));
  return spill([
    [...GAPS_HEADER],
    ...gaps.map((g) => [
      g.requirement.name,
      g.requirement.current,
      g.requirement.threshold,
      g.status,
      g.shortfall,
      g.when,
      g.perMonth ?? "",
    ]),
  ]);
}
