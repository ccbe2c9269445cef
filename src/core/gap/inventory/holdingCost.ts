/**
 * Default holding cost of one unit for one day on the lot, in dollars: floor-plan interest plus the
 * value a used unit loses while it waits. Dealer trade press puts the rule of thumb at about $30 a day
 * per used unit; a store with its own number sets it in the pane (PacecarSettings) or passes
 * cost_per_day.
 */
export const DEFAULT_COST_PER_DAY = 30;

/**
 * What a unit has cost to hold so far and what it will have cost by month end if it doesn't sell:
 * days × cost per day (a straight line: floor-plan interest and depreciation both run by the day).
 * @example holdingCost(60, 30) // 1800
 */
export function holdingCost(days: number, costPerDay: number): number {
  return Math.max(0, days) * costPerDay;
}
