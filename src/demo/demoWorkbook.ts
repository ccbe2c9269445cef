import { addMonths } from "../core/calendar";
import { DEAL_LOG_HEADERS_WITH_MODEL, dealToRowWithModel } from "../core/dealLog/deal";
import { budgetDemoTables } from "./budgetDemo";
import { demoChannels, demoTargetRows } from "./demoTargets";
import { targetEntries, type Channel, type TargetRow } from "../core/targets";
import { floorDemoTables } from "./floorDemo";
import { gapDemoTables } from "./gapDemo";
import { generateDealership } from "./generateDealership";
import { DEFAULT_DEMO_PROFILE } from "./profiles";
import { programsDemoTables } from "./programsDemo";
import type { DemoDealership, DemoProfile, DemoTable } from "./types";

/** One target row of the demo workbook: month, scope, name, units. */
export interface DemoTarget {
  readonly month: string;
  readonly scope: "Store" | "Salesperson" | "Channel";
  readonly name: string;
  readonly target: number;
}

/** The demo store as workbook content: what the preview loads and the CLI writes to .xlsx. */
export interface DemoWorkbook {
  readonly dealership: DemoDealership;
  readonly storeName: string;
  /** Header row first, DMS style. */
  readonly dealRows: (string | number)[][];
  /** Targets for the last three months through asOf's month: store, salesperson and channel totals. */
  readonly targets: DemoTarget[];
  /** The same targets line by line, as PacecarTargets holds them (month × salesperson × channel). */
  readonly targetRows: TargetRow[];
  /** PacecarChannels: the store's lead sources with stable ids. */
  readonly channels: Channel[];
  readonly holidays: readonly number[];
  /** The other tables: OEM programs, deal flow, budget, inventory, opportunities. */
  readonly tables: readonly DemoTable[];
}

/** The demo dealership's workbook as of a date (deals through that day). */
export function demoWorkbook(asOf: number, profile: DemoProfile = DEFAULT_DEMO_PROFILE): DemoWorkbook {
  const dealership = generateDealership({ profile, endDate: asOf });
  const channels = demoChannels(dealership);
  const targetRows: TargetRow[] = [];
  for (let back = 2; back >= 0; back--)
    targetRows.push(...demoTargetRows(dealership, addMonths(asOf, -back), channels));
  return {
    dealership,
    storeName: profile.storeName,
    dealRows: [[...DEAL_LOG_HEADERS_WITH_MODEL], ...dealership.deals.map(dealToRowWithModel)],
    targets: targetEntries(targetRows),
    targetRows,
    channels,
    holidays: dealership.holidays,
    tables: [
      ...programsDemoTables(dealership, asOf),
      ...floorDemoTables(dealership, asOf),
      ...budgetDemoTables(dealership, asOf),
      ...gapDemoTables(dealership, asOf),
    ],
  };
}
