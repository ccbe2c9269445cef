import { addMonths, monthEnd, monthStart } from "../calendar";
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

/** The forecast reads at most this many months before asOf's month: older deals say little of today's store. */
export const MAX_HISTORY_MONTHS = 120;
/** Empty months in a row that end one era of the log: history starts after the last such gap. */
export const EMPTY_MONTHS_GAP = 3;

/**
 * Builds the daily history of a deal log as of the end of `asOf`. Non-numeric dates are skipped;
 * a non-numeric value counts its deal with value 0 (a blank gross cell).
 * Errors: no dates → #N/A noDealsInRange; asOf before the first deal → #N/A asOfBeforeFirstDeal;
 * values of another length → #VALUE! valuesSizeMismatch.
 */
export function dealHistory(
  dealDates: readonly number[],
  values: readonly number[] | null | undefined,
  asOf: number
): DealHistory | SheetError {
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
  if (day < Math.floor(first)) return sheetError("na", "asOfBeforeFirstDeal");
  // A stray date decades back (a typo) must not stretch the history to thousands of empty months.
  const earliest = addMonths(day, -MAX_HISTORY_MONTHS);
  const firstDay = Math.max(Math.floor(first), earliest);
  const origin = monthStart(firstDay);
  const length = monthEnd(day) - origin + 1;
  const counts = new Float64Array(length);
  const sums = values ? new Float64Array(length) : null;
  const squares = values ? new Float64Array(length) : null;
  for (let k = 0; k < dealDates.length; k++) {
    const d = dealDates[k] as number;
    if (!Number.isFinite(d) || d >= day + 1 || d < origin) continue;
    const i = Math.floor(d) - origin;
    counts[i] = (counts[i] ?? 0) + 1;
    if (values && sums && squares) {
      const raw = values[k] as number;
      const v = Number.isFinite(raw) ? raw : 0;
      sums[i] = (sums[i] ?? 0) + v;
      squares[i] = (squares[i] ?? 0) + v * v;
    }
  }
  // History starts after the last run of 3+ empty months: deals before it belong to another era (or are typos).
  const current = monthStart(day);
  let start = -1;
  let empty = 0;
  for (let m = origin; m < current; m = addMonths(m, 1)) {
    let deals = 0;
    for (let i = m - origin, end = addMonths(m, 1) - origin; i < end; i++) deals += counts[i] ?? 0;
    if (deals === 0) empty++;
    else {
      if (empty >= EMPTY_MONTHS_GAP && start >= 0) start = m;
      if (start < 0) start = m;
      empty = 0;
    }
  }
  if (empty >= EMPTY_MONTHS_GAP || start < 0) start = current;
  if (start > origin) {
    const cut = start - origin;
    let firstKept = start;
    while (firstKept <= day && (counts[firstKept - origin] ?? 0) === 0) firstKept++;
    return {
      origin: start,
      firstDay: Math.min(firstKept, day),
      asOf: day,
      monthStart: current,
      counts: counts.slice(cut),
      sums: sums ? sums.slice(cut) : null,
      squares: squares ? squares.slice(cut) : null,
    };
  }
  return { origin, firstDay, asOf: day, monthStart: current, counts, sums, squares };
}
