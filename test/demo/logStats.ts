/* Summaries of a generated log that the demo tests compare against the store's known truth. */
import { monthEnd, serialToDate } from "../../src/core/calendar";
import type { DemoDealership, DemoMonth } from "../../src/demo/types";

/** Deals per sold date. */
export function dealsByDay(dealership: DemoDealership): Map<number, number> {
  const counts = new Map<number, number>();
  for (const deal of dealership.deals) counts.set(deal.soldDate, (counts.get(deal.soldDate) ?? 0) + 1);
  return counts;
}

/** The months whose every day is in the log (endDate's month is partial unless it ends on its last day). */
export function completeMonths(dealership: DemoDealership): DemoMonth[] {
  return dealership.months.filter((m) => monthEnd(m.monthStart) <= dealership.endDate);
}

/** Deals of a month. */
export function monthTotal(byDay: Map<number, number>, month: DemoMonth): number {
  let total = 0;
  for (let d = month.monthStart, end = monthEnd(month.monthStart); d <= end; d++) total += byDay.get(d) ?? 0;
  return total;
}

/** The month's open days, ascending (days with a positive expectation). */
export function openDays(dealership: DemoDealership, month: DemoMonth): number[] {
  const days: number[] = [];
  for (let d = month.monthStart, end = monthEnd(month.monthStart); d <= end; d++)
    if ((dealership.expectedByDay.get(d) ?? 0) > 0) days.push(d);
  return days;
}

/**
 * Share of the complete months' deals sold on each month's last `k` selling days, divided by the
 * share those days would carry if every selling day sold alike (k ÷ selling days, deal-weighted).
 * 1 = no month-end effect. Months listed in `skipMonths` (1–12) are left out.
 */
export function lastDaysShareRatio(dealership: DemoDealership, k: number, skipMonths: readonly number[] = []): number {
  const byDay = dealsByDay(dealership);
  let last = 0;
  let proportional = 0;
  for (const month of completeMonths(dealership)) {
    if (skipMonths.includes(serialToDate(month.monthStart).month)) continue;
    const days = openDays(dealership, month);
    const monthDeals = monthTotal(byDay, month);
    for (const d of days.slice(-k)) last += byDay.get(d) ?? 0;
    proportional += (monthDeals * k) / days.length;
  }
  return last / proportional;
}
