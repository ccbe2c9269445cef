import type { DemoDealership, DemoTable } from "./types";

/** The demo store's tables of today's deal-flow event log and trade handoffs, as of a date. */
export function floorDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  void dealership;
  void asOf;
  return [];
}
