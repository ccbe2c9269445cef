import { dateToSerial } from "../calendar";
import { quarterMonths } from "./targetEdits";
import { nameKey } from "./targetRow";
import type { TeamDeal } from "./teamProgress";

/**
 * Deals of the quarter holding `month`, from its first day through as-of (or the quarter's end),
 * per salesperson (keyed by nameKey) and in total under "".
 * @example quarterDeals(deals, "2025-05", asOf).get("") // every deal from April 1st through as-of
 */
export function quarterDeals(deals: readonly TeamDeal[], month: string, asOf: number): Map<string, number> {
  const [first, , last] = quarterMonths(month);
  const start = dateToSerial(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 1);
  const end = Math.min(Math.floor(asOf), dateToSerial(Number(last.slice(0, 4)), Number(last.slice(5, 7)) + 1, 1) - 1);
  const out = new Map<string, number>([["", 0]]);
  for (const d of deals) {
    if (d.soldDate < start || d.soldDate >= end + 1) continue;
    out.set("", (out.get("") ?? 0) + 1);
    const k = nameKey(d.salesperson);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
