import { isoDate, serialToDate, type StoreCalendar } from "../../core/calendar";
import type { Deal } from "../../core/dealLog";
import { isSheetError } from "../../core/errors";
import {
  defaultMaxExtra,
  periodEnd,
  periodStart,
  periodUnits,
  probTier,
  readRequirements,
  readTierTable,
  requirementGaps,
  tierPayout,
  tierReached,
  tierScenarios,
  unitCounts,
  type ProgramOdds,
  type ProgramSetup,
  type RequirementGap,
  type TierScenario,
  type TierTable,
} from "../../core/programs";
import type { CellTable } from "../../excel/workbookPort";

/** The next tier: what it needs and what reaching it is worth. */
export interface NextTier {
  readonly tier: number;
  readonly threshold: number;
  readonly unitsNeeded: number;
  /** Payout with exactly the threshold's units. */
  readonly payoutAt: number;
  /** payoutAt minus the payout now: what those units are worth. */
  readonly gain: number;
}

/** One program as the view shows it. */
export type ProgramStatus =
  | { readonly kind: "problem"; readonly setup: ProgramSetup; readonly problem: string }
  | {
      readonly kind: "ready";
      readonly setup: ProgramSetup;
      /** "Q4 2026" or "November 2026", and the period's last day. */
      readonly periodLabel: string;
      readonly periodEndText: string;
      readonly tiers: TierTable;
      readonly sold: number;
      readonly tier: number;
      readonly earned: number;
      readonly next: NextTier | null;
      readonly scenarios: readonly TierScenario[];
      /** The odds of each tier by the period's end, or why there are none (too little history). */
      readonly odds: ProgramOdds | { readonly unavailable: string };
    };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Q4 2026" or "November 2026". */
export function periodLabel(asOf: number, setup: Pick<ProgramSetup, "period">): string {
  const { year, month } = serialToDate(periodStart(asOf, setup.period));
  return setup.period === "quarter"
    ? `Q${String(Math.floor((month - 1) / 3) + 1)} ${String(year)}`
    : `${MONTHS[month - 1] ?? ""} ${String(year)}`;
}

/**
 * Where one program stands as of asOf: the units it counts (the deal log filtered by new/used and
 * model), the tier reached, the money so far, the next tier and its value, the "sell N more" lines
 * and the odds of each tier by the period's end.
 */
export function programStatus(
  setup: ProgramSetup,
  tierTable: CellTable | null,
  deals: readonly Deal[],
  asOf: number,
  calendar: StoreCalendar
): ProgramStatus {
  if (setup.tierTable.trim() === "")
    return {
      kind: "problem",
      setup,
      problem: "Name the tier table (an Excel table or a named range) this program pays by.",
    };
  if (!tierTable)
    return { kind: "problem", setup, problem: `No table or named range called "${setup.tierTable}" in this workbook.` };
  const tiers = readTierTable(tierTable.rows, setup.objective);
  if (isSheetError(tiers)) return { kind: "problem", setup, problem: `${tierTable.source}: ${tiers.message}` };
  const dates = deals.filter((d) => unitCounts(d, setup.units, setup.modelContains)).map((d) => d.soldDate);
  const start = periodStart(asOf, setup.period);
  const sold = dates.filter((d) => d >= start && d <= asOf).length;
  const tier = tierReached(sold, tiers);
  const earned = tierPayout(sold, tiers);
  const nextTier = tiers[tier];
  const next: NextTier | null = nextTier
    ? {
        tier: tier + 1,
        threshold: nextTier.threshold,
        unitsNeeded: nextTier.threshold - sold,
        payoutAt: tierPayout(nextTier.threshold, tiers),
        gain: tierPayout(nextTier.threshold, tiers) - earned,
      }
    : null;
  const scenarios = tierScenarios(sold, tiers, defaultMaxExtra(sold, tiers));
  const units = dates.length > 0 ? periodUnits(dates, asOf, setup.period, calendar) : null;
  const odds =
    units === null
      ? { unavailable: "No units in the deal log match this program yet." }
      : isSheetError(units)
        ? { unavailable: units.message }
        : probTier(units, tiers);
  return {
    kind: "ready",
    setup,
    periodLabel: periodLabel(asOf, setup),
    periodEndText: isoDate(periodEnd(asOf, setup.period)),
    tiers,
    sold,
    tier,
    earned,
    next,
    scenarios: isSheetError(scenarios) ? [] : scenarios,
    odds,
  };
}

/** The requirement gaps to the end of the quarter (OEMs judge requirements by quarter), or why there are none. */
export function requirementStatus(
  table: CellTable | null,
  asOf: number
): { readonly gaps: readonly RequirementGap[]; readonly checked: number } | { readonly problem: string } | null {
  if (!table) return null;
  const list = readRequirements(table.rows);
  if (isSheetError(list)) return { problem: `${table.source}: ${list.message}` };
  return { gaps: requirementGaps(list, asOf, periodEnd(asOf, "quarter")), checked: list.length };
}

/** Objective text as typed: null when empty, a number above 0, or undefined when it isn't one yet (not saved). */
export function objectiveOf(text: string): number | null | undefined {
  const t = text.trim().replace(/[,\s]/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
