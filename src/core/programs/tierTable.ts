import { sheetError, type SheetError } from "../errors";
import { readCell } from "./cellNumber";

/** One step of a stair-step program, with its threshold already in units. */
export interface Tier {
  /** Units needed to reach the tier (whole; a % of objective rounded up). */
  readonly threshold: number;
  /** Paid on every unit once the tier is reached (retroactive). */
  readonly perUnit: number;
  /** Paid once when the tier is the highest reached. */
  readonly lumpSum: number;
  /** 1-based row of the tier in the range it was read from (for messages and the pane). */
  readonly row: number;
}

/** A program's tiers, lowest threshold first; tier number k is tiers[k − 1]. */
export type TierTable = readonly Tier[];

// 0.8 × 100 is 80.00000000000001 in floating point: that must stay 80 units, not round up to 81.
const ROUNDING_SLACK = 1e-9;

/**
 * Units needed for a threshold: the number itself, or that fraction of objective, rounded up to a
 * whole unit (110% of 97 is 106.7, so 107 units).
 * @example thresholdUnits(1.1, 97) // 107
 */
export function thresholdUnits(threshold: number, objective: number | null): number {
  const units = objective === null ? threshold : threshold * objective;
  return Math.ceil(units - ROUNDING_SLACK * Math.max(1, Math.abs(units)));
}

/** A money cell readCell reads as a number 0 or more, or as blank (0). */
function isMoneyOrBlank(cell: unknown): boolean {
  return (
    cell === null ||
    cell === undefined ||
    cell === "" ||
    (typeof cell === "number" && Number.isFinite(cell) && cell >= 0)
  );
}

/**
 * Reads a tier table as the user keeps it: one row per tier, threshold | money per unit | lump sum
 * (optional). Rows may come in any order; blank rows and a header row of text above the first tier
 * are skipped. With an objective, thresholds are fractions of it (0.8 = 80%).
 * Errors (#VALUE!, naming the row): a cell holding an error, a threshold that is text below the
 * first tier or ≤ 0, money that is text or negative, two tiers needing the same units, no tier at all.
 * @example readTierTable([["Threshold", "Per unit"], [100, 400], [80, 200]], null) // tiers at 80 and 100 units
 */
export function readTierTable(rows: readonly (readonly unknown[])[], objective: number | null): TierTable | SheetError {
  const tiers: Tier[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const n = i + 1;
    // A row of plain numbers (as most are typed), read as readCell would read it without a record per cell: each TIER call reads its table again.
    const [t0, m1, m2] = [row[0], row[1], row[2]];
    if (typeof t0 === "number" && Number.isFinite(t0) && t0 > 0 && isMoneyOrBlank(m1) && isMoneyOrBlank(m2)) {
      const units = thresholdUnits(t0, objective);
      const twin = tiers.find((t) => t.threshold === units);
      if (twin) return sheetError("value", "oemTierDuplicateThreshold", n, twin.row);
      tiers.push({
        threshold: units,
        perUnit: typeof m1 === "number" ? m1 : 0,
        lumpSum: typeof m2 === "number" ? m2 : 0,
        row: n,
      });
      continue;
    }
    const cells = [readCell(row[0]), readCell(row[1]), readCell(row[2])];
    if (cells.some((c) => c.kind === "error")) return sheetError("value", "oemTierCellError", n);
    const [threshold, perUnit, lump] = cells as [(typeof cells)[0], (typeof cells)[0], (typeof cells)[0]];
    if (cells.every((c) => c.kind === "blank")) continue;
    if (threshold.kind !== "number") {
      // Text above the first tier is a header (or a title); below it, a typo the user must see.
      if (tiers.length === 0 && threshold.kind === "text") continue;
      return sheetError("value", "oemTierThresholdNotNumber", n);
    }
    if (!(threshold.value > 0)) return sheetError("value", "oemTierThresholdNotPositive", n);
    if (perUnit.kind === "text" || lump.kind === "text") return sheetError("value", "oemTierMoneyNotNumber", n);
    const perUnitValue = perUnit.kind === "number" ? perUnit.value : 0;
    const lumpValue = lump.kind === "number" ? lump.value : 0;
    if (perUnitValue < 0 || lumpValue < 0) return sheetError("value", "oemTierMoneyNegative", n);
    const units = thresholdUnits(threshold.value, objective);
    const twin = tiers.find((t) => t.threshold === units);
    if (twin) return sheetError("value", "oemTierDuplicateThreshold", n, twin.row);
    tiers.push({ threshold: units, perUnit: perUnitValue, lumpSum: lumpValue, row: n });
  }
  if (tiers.length === 0) return sheetError("value", "oemTiersEmpty");
  return tiers.sort((a, b) => a.threshold - b.threshold);
}
