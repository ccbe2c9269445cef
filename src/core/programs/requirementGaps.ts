import { sheetError, type SheetError } from "../errors";
import { readCell, type CellRead } from "./cellNumber";

/** A program requirement: a score or ratio the store must keep above (min) or below (max) a line. */
export interface Requirement {
  readonly name: string;
  readonly current: number;
  readonly threshold: number;
  readonly direction: "min" | "max";
  /** Earlier monthly readings, oldest first (the current value is the newest). */
  readonly recent: readonly number[];
  /** 1-based row in the range. */
  readonly row: number;
}

/** A requirement that fails now or is trending to fail by the period's end. */
export interface RequirementGap {
  readonly requirement: Requirement;
  readonly status: "failing" | "trending to fail";
  /** How far on the wrong side of the line: now when failing, at the period's end when trending. */
  readonly shortfall: number;
  /** The day it fails: as_of when failing now, else the day the trend crosses the line. */
  readonly when: number;
  /** The trend per month (null under two readings). */
  readonly perMonth: number | null;
  /** Where the trend puts the value at the period's end. */
  readonly projected: number;
}

/** Average days in a month: readings are monthly, the trend is per month. */
export const DAYS_PER_MONTH = 365.25 / 12;

function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A row as most are typed: a name, two numbers, "min" or "max", numbers or blanks — read as readCell
 * would read it, without an object per cell; null for any other row (the general reading decides it).
 */
function plainRequirement(row: readonly unknown[], n: number): Requirement | null {
  const [name, current, threshold, direction] = row;
  if (
    typeof name !== "string" ||
    typeof current !== "number" ||
    typeof threshold !== "number" ||
    typeof direction !== "string"
  )
    return null;
  if (!Number.isFinite(current) || !Number.isFinite(threshold)) return null;
  const label = name.trim();
  const dir = direction.trim().toLowerCase();
  if (!startsWithLetter(label) || (dir !== "min" && dir !== "max")) return null;
  const recent: number[] = [];
  for (let k = 4; k < row.length; k++) {
    const c = row[k];
    if (typeof c === "number" && Number.isFinite(c)) recent.push(c);
    else if (!(c === null || c === undefined || c === "")) return null;
  }
  return { name: label, current, threshold, direction: dir, recent, row: n };
}

/**
 * Reads a requirements table: name | current value | threshold | "min" or "max" | recent values
 * (oldest → newest, any number of columns). A header row of text on top and blank rows are skipped;
 * blank recent cells are skipped. Errors (#VALUE!, naming the row): an error value, a current value
 * or threshold that isn't a number, a direction other than min/max, no requirement at all.
 */
export function readRequirements(rows: readonly (readonly unknown[])[]): Requirement[] | SheetError {
  const out: Requirement[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const n = i + 1;
    const plain = plainRequirement(row, n);
    if (plain) {
      out.push(plain);
      continue;
    }
    const cells: CellRead[] = new Array<CellRead>(row.length);
    let blank = true;
    for (let c = 0; c < row.length; c++) {
      const cell = readCell(row[c]);
      if (cell.kind === "error") return sheetError("value", "oemRequirementCellError", n);
      if (cell.kind !== "blank") blank = false;
      cells[c] = cell;
    }
    if (blank) continue;
    const [name, current, threshold, direction] = [cells[0], cells[1], cells[2], cells[3]];
    // A header: text where the current value and threshold go, above the first requirement.
    if (out.length === 0 && current?.kind === "text" && threshold?.kind !== "number") continue;
    if (current?.kind !== "number") return sheetError("value", "oemRequirementValueNotNumber", n);
    if (threshold?.kind !== "number") return sheetError("value", "oemRequirementThresholdNotNumber", n);
    const dir = direction?.kind === "text" ? direction.text.toLowerCase() : "";
    if (dir !== "min" && dir !== "max") return sheetError("value", "oemRequirementDirectionInvalid", n);
    const recent: number[] = [];
    for (let k = 4; k < cells.length; k++) {
      const c = cells[k] as CellRead;
      if (c.kind === "number") recent.push(c.value);
      else if (c.kind === "text") return sheetError("value", "oemRequirementValueNotNumber", n);
    }
    const label = name?.kind === "text" ? name.text : name?.kind === "number" ? String(name.value) : `Row ${String(n)}`;
    out.push({ name: label, current: current.value, threshold: threshold.value, direction: dir, recent, row: n });
  }
  return out.length > 0 ? out : sheetError("value", "oemRequirementsEmpty");
}

/**
 * The least-squares slope of the readings (recent, then current) against their month numbers 0, 1, …:
 * simple-statistics' linearRegression computed in place (means first, then the centred sums), with no
 * array of pairs per requirement.
 * @example trendPerMonth([92.8, 92], 91.2) // -0.8
 */
export function trendPerMonth(recent: readonly number[], current: number): number {
  const n = recent.length + 1;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += i;
    sumY += i < recent.length ? (recent[i] as number) : current;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sumXY = 0;
  let sumXX = 0;
  for (let i = 0; i < n; i++) {
    const dx = i - meanX;
    sumXY += dx * ((i < recent.length ? (recent[i] as number) : current) - meanY);
    sumXX += dx * dx;
  }
  return sumXY / sumXX;
}

/**
 * The requirements that fail as of asOf, or whose straight-line trend over the monthly readings
 * (recent values, then the current one) crosses the line by periodEnd: with the shortfall and when.
 * Failing ones first, then by when.
 * @example requirementGaps([{ name: "CSI", current: 91.2, threshold: 90, direction: "min", recent: [92.8, 92] }], asOf, asOf + 60)
 *   // trending to fail: −0.8 a month crosses 90 in 1.5 months
 */
export function requirementGaps(
  requirements: readonly Requirement[],
  asOf: number,
  periodEnd: number
): RequirementGap[] {
  const gaps: RequirementGap[] = [];
  const monthsLeft = Math.max(0, periodEnd - asOf) / DAYS_PER_MONTH;
  for (const r of requirements) {
    const sign = r.direction === "min" ? 1 : -1;
    // Margin > 0 is inside the line; the shortfall is how far outside.
    const margin = sign * (r.current - r.threshold);
    const perMonth = r.recent.length >= 1 ? trendPerMonth(r.recent, r.current) : null;
    const projected = r.current + (perMonth ?? 0) * monthsLeft;
    if (margin < 0) {
      gaps.push({ requirement: r, status: "failing", shortfall: -margin, when: asOf, perMonth, projected });
      continue;
    }
    const drift = perMonth === null ? 0 : sign * perMonth;
    if (drift >= 0) continue;
    const monthsToCross = margin / -drift;
    if (monthsToCross > monthsLeft) continue;
    gaps.push({
      requirement: r,
      status: "trending to fail",
      shortfall: Math.max(0, -sign * (projected - r.threshold)),
      when: Math.ceil(asOf + monthsToCross * DAYS_PER_MONTH),
      perMonth,
      projected,
    });
  }
  return gaps.sort((a, b) => (a.status === b.status ? a.when - b.when : a.status === "failing" ? -1 : 1));
}
