import { PUSH_DAYS, START_DAYS, type DayTable } from "./dayTable";
import { SALES_EVENTS } from "./salesEvents";

/**
 * The intra-month shape: multipliers of a day's expected deals relative to an ordinary day of the
 * same month. A day's weight is dow × push × (quarter-end push) × start × event; 0 when closed.
 */
export interface DayShape {
  /** By day of week, 0 = Sunday; mean 1 over open weekdays. */
  readonly dow: Float64Array;
  /** By selling days left after the day (0 = the month's last selling day) up to PUSH_DAYS − 1. */
  readonly push: Float64Array;
  /** Extra push in quarter-end months, same levels as `push`. */
  readonly quarterPush: Float64Array;
  /** By selling days before the day (0 = the month's first selling day) up to START_DAYS − 1. */
  readonly start: Float64Array;
  /** By sales event, in SALES_EVENTS order. */
  readonly event: Float64Array;
}

/**
 * A generic dealer's month, from the trade's typical figures: Saturdays busiest, Fridays next,
 * back-loaded last selling days, slow first days; sales events at no lift until the log shows one.
 * Only a prior: every store's own history pulls its shape away from it.
 */
export function genericDealerShape(): DayShape {
  return {
    dow: Float64Array.from([0.7, 0.9, 0.9, 0.9, 0.95, 1.15, 1.4]),
    push: Float64Array.from([1.5, 1.4, 1.3, 1.25, 1.2, 1.1, 1.05, 1, 1, 1].slice(0, PUSH_DAYS)),
    quarterPush: new Float64Array(PUSH_DAYS).fill(1),
    start: Float64Array.from([0.9, 0.95, 1].slice(0, START_DAYS)),
    // Sales events start at no lift: a store shows its own Memorial Day, and thin evidence stays near 1.
    event: new Float64Array(SALES_EVENTS.length).fill(1),
  };
}

/** The weight of day index i of the table under a shape (0 when the store is closed). */
export function dayWeight(table: DayTable, shape: DayShape, i: number): number {
  if (!table.open[i]) return 0;
  const p = table.push[i] as number;
  const s = table.start[i] as number;
  const e = table.event[i] as number;
  let w = shape.dow[table.dow[i] as number] as number;
  if (p < PUSH_DAYS) {
    w *= shape.push[p] as number;
    if (table.quarterEnd[i]) w *= shape.quarterPush[p] as number;
  }
  if (s < START_DAYS) w *= shape.start[s] as number;
  if (e >= 0) w *= shape.event[e] as number;
  return w;
}
