import { monthEnd, monthStart } from "../calendar";
import { sheetError, type SheetError } from "../errors";

/**
 * A deal log reduced to what the forecast reads: deals per day (and the sum and sum of squares of
 * a values column per day) from the first deal's month through the end of asOf's month. Deals after
 * asOf are the future and are left out. One pass over the deals; everything after is per day.
 */
export interface DealHistory {
  /** Serial of index 0: the 1st of the first deal's month. */
  readonly origin: number;
  /** Day of the first deal (whole serial). */
  readonly firstDay: number;
  /** End of day that counts (whole serial). */
  readonly asOf: number;
  /** Serial of the 1st of asOf's month. */
  readonly monthStart: number;
  /** Deals per day, index = serial − origin, through the end of asOf's month (zeros after asOf). */
  readonly counts: Float64Array;
  /** Sum of values per day, when a values column was given. */
  readonly sums: Float64Array | null;
  /** Sum of squared values per day, when a values column was given. */
  readonly squares: Float64Array | null;
}

/**
 * Builds the daily history of a deal log as of the end of `asOf`. Non-numeric dates are skipped;
 * a non-numeric value counts its deal with value 0 (a blank gross cell).
 * Errors: no dates → #N/A noDealsInRange; asOf before the first deal → #N/A asOfBeforeFirstDeal;
 * values of another length → #VALUE! valuesSizeMismatch.
 */
export function dealHistory(dealDates: readonly number[], values: readonly number[] | null | undefined, asOf: number): DealHistory | SheetError {
  if (values && values.length !== dealDates.length) return sheetError("value", "valuesSizeMismatch");
  const day = Math.floor(asOf);
  let first = Infinity;
  let anyDate = false;
  for (const d of dealDates) {
    if (!Number.isFinite(d)) continue;
    anyDate = true;
    if (d < first) first = d;
  }
  if (!anyDate) return sheetError("na", "noDealsInRange");
  const firstDay = Math.floor(first);
  if (day < firstDay) return sheetError("na", "asOfBeforeFirstDeal");
  const origin = monthStart(firstDay);
  const length = monthEnd(day) - origin + 1;
  const counts = new Float64Array(length);
  const sums = values ? new Float64Array(length) : null;
  const squares = values ? new Float64Array(length) : null;
  for (let k = 0; k < dealDates.length; k++) {
    const d = dealDates[k] as number;
    if (!Number.isFinite(d) || d >= day + 1) continue;
    const i = Math.floor(d) - origin;
    counts[i] = (counts[i] ?? 0) + 1;
    if (values && sums && squares) {
      const raw = values[k] as number;
      const v = Number.isFinite(raw) ? raw : 0;
      sums[i] = (sums[i] ?? 0) + v;
      squares[i] = (squares[i] ?? 0) + v * v;
    }
  }
  return { origin, firstDay, asOf: day, monthStart: monthStart(day), counts, sums, squares };
}
