import type { DemoDealership, DemoTable } from "./types";

/** The demo store's tables of the OEM programs: tier tables, the programs list and the requirements table, as of a date. */
export function programsDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  void dealership;
  void asOf;
  return [];
}
