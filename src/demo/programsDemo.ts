import { addMonths, monthEnd, serialToDate } from "../core/calendar";
import {
  periodEnd,
  periodStart,
  PROGRAMS_HEADERS,
  PROGRAMS_TABLE,
  PROGRAMS_SHEET,
  REQUIREMENTS_TABLE,
  programRows,
  unitCounts,
  type ProgramPeriod,
  type ProgramSetup,
} from "../core/programs";
import type { DemoDealership, DemoTable } from "./types";
import { NEW_LINEUP } from "./vehicleModels";

// The generator's share of new units when the profile doesn't say.
const DEFAULT_NEW_SHARE = 0.55;

export const TRUCK_TIERS_TABLE = "TruckTiers";
export const VOLUME_TIERS_TABLE = "VolumeTiers";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// OEMs set objectives a little above last year's same period.
const OBJECTIVE_STRETCH = 1.03;

/**
 * The demo store's OEM programs as of a date: a quarterly stair-step on new trucks (80/100/110% of
 * an objective of last year's quarter + 3%, $200/$400/$600 a truck on every truck), a monthly
 * new-unit volume bonus in units with lump sums, the programs table the pane keeps, and a
 * requirements table (CSI, sales effectiveness, days supply) in which CSI is sliding toward its minimum.
 */
export function programsDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  const trucks: ProgramSetup = {
    name: "Truck Stair-Step",
    tierTable: TRUCK_TIERS_TABLE,
    period: "quarter",
    objective: null,
    units: "New",
    modelContains: "truck",
  };
  const volume: ProgramSetup = {
    name: "Monthly Volume Bonus",
    tierTable: VOLUME_TIERS_TABLE,
    period: "month",
    objective: null,
    units: "New",
    modelContains: "",
  };
  const truckObjective = Math.max(1, Math.round(yearAgoExpectedTrucks(dealership, asOf) * OBJECTIVE_STRETCH));
  const volumeBase = Math.max(10, yearAgoUnits(dealership, asOf, volume));
  const money = "$#,##0";
  return [
    {
      name: PROGRAMS_TABLE,
      sheetName: PROGRAMS_SHEET,
      rows: [[...PROGRAMS_HEADERS], ...programRows([{ ...trucks, objective: truckObjective }, volume])],
    },
    {
      name: TRUCK_TIERS_TABLE,
      sheetName: "Truck Program",
      rows: [
        ["Threshold (% of objective)", "Per truck", "Lump sum"],
        [0.8, 200, ""],
        [1, 400, ""],
        [1.1, 600, ""],
      ],
      formats: ["0%", money, money],
    },
    {
      name: VOLUME_TIERS_TABLE,
      sheetName: "Volume Program",
      rows: [
        ["New units", "Per unit", "Lump sum"],
        [Math.round(volumeBase * 0.9), 50, 2500],
        [Math.round(volumeBase), 100, 5000],
        [Math.round(volumeBase * 1.1), 150, 10000],
      ],
      formats: [null, money, money],
    },
    requirementsTable(asOf),
  ];
}

/**
 * New trucks the store was expected to sell in the quarter a year before asOf's (the generator's
 * truth, so one lucky or slow year-ago quarter doesn't set a silly objective); the log's average
 * when it doesn't reach back that far.
 */
function yearAgoExpectedTrucks(dealership: DemoDealership, asOf: number): number {
  const start = periodStart(addMonths(asOf, -12), "quarter");
  const end = periodEnd(start, "quarter");
  const months = dealership.months.filter((m) => m.monthStart >= start && m.monthStart <= end);
  const truckShare = NEW_LINEUP.filter((n) => n.truck).reduce((s, n) => s + n.share, 0);
  const newShare = dealership.profile.newShare ?? DEFAULT_NEW_SHARE;
  if (months.length === 3) return months.reduce((s, m) => s + m.expectedTotal, 0) * newShare * truckShare;
  return yearAgoUnits(dealership, asOf, {
    name: "",
    tierTable: "",
    period: "quarter",
    objective: null,
    units: "New",
    modelContains: "truck",
  });
}

/** The program's units in the same period a year before asOf's (0 when the log doesn't reach back). */
function yearAgoUnits(dealership: DemoDealership, asOf: number, program: ProgramSetup): number {
  const period: ProgramPeriod = program.period;
  const start = periodStart(addMonths(asOf, -12), period);
  const end = periodEnd(start, period);
  const count = dealership.deals.filter(
    (d) => d.soldDate >= start && d.soldDate <= end && unitCounts(d, program.units, program.modelContains)
  ).length;
  if (start >= dealership.startDate) return count;
  // A short log: the average month's units, times the period's months.
  const months = Math.max(1, (asOf - dealership.startDate) / 30.44);
  const all = dealership.deals.filter(
    (d) => d.soldDate <= asOf && unitCounts(d, program.units, program.modelContains)
  ).length;
  return (all / months) * (period === "quarter" ? 3 : 1);
}

/**
 * Requirements with their last five monthly readings before the current one: CSI falls 0.8 a
 * month and sits 0.3 above its minimum of 90 (crossing in about 11 days); sales effectiveness and
 * days supply are comfortably inside their lines.
 */
function requirementsTable(asOf: number): DemoTable {
  const labels: string[] = [];
  for (let back = 5; back >= 1; back--) {
    const { year, month } = serialToDate(monthEnd(addMonths(asOf, -back)));
    labels.push(`${MONTH_NAMES[month - 1] ?? ""} ${String(year)}`);
  }
  return {
    name: REQUIREMENTS_TABLE,
    sheetName: "Program Requirements",
    rows: [
      ["Requirement", "Current", "Threshold", "Type", ...labels],
      ["CSI score", 90.3, 90, "min", 94.3, 93.5, 92.7, 91.9, 91.1],
      ["Sales effectiveness (%)", 108, 100, "min", 104, 106, 105, 107, 109],
      ["New days supply", 58, 45, "min", 61, 57, 60, 59, 62],
    ],
  };
}
