import type { DemoDealership, DemoTable } from "./types";

/** The demo store's tables of the month's budget and the weekly leading-indicators table, as of a date. */
export function budgetDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  void dealership;
  void asOf;
  return [];
}
