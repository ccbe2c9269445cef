import type { DemoDealership, DemoTable } from "./types";

/** The demo store's tables of inventory with stock-in dates and the opportunities log, as of a date. */
export function gapDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  void dealership;
  void asOf;
  return [];
}
