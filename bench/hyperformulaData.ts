/*
 * The seeded inputs of the comparison with plain spreadsheet formulas: a 100k-row deal log, a
 * 100k-unit inventory, a 10k-row showroom event log and a tier table. Every cell is what a sheet
 * holds (numbers for dates, text for names), so the custom functions and the formula engine read
 * exactly the same cells.
 */
import { DEAL_LOG_HEADERS } from "../src/core/dealLog/deal";
import { createRandom } from "../src/demo/random";

/** Rows in each big table. */
export const ROWS = 100_000;
/** 11/20/2025, a Thursday (the month two-thirds gone, Thanksgiving still ahead): the as-of of every answer checked. */
export const AS_OF = 45981;
/** AS_OF as the GSM reads it. */
export const AS_OF_TEXT = "11/20/2025";
/** Rows of the showroom event log: the formulas need four helper columns a row, too slow to enter at 100k in a benchmark. */
export const FLOW_ROWS = 10_000;
/** The store's closed days: New Year's Day, Thanksgiving and Christmas 2025; Sundays are the weekend (code 11). */
export const HOLIDAYS = [45658, 45988, 46016] as const;
/** 20 salespeople, as a big store's floor. */
export const SALESPEOPLE = Array.from({ length: 20 }, (_, i) => `Rep ${String(i + 1).padStart(2, "0")}`);

/** A 3-column tier table over percent of objective, header first: threshold | per unit | lump sum. */
export const TIERS: readonly (readonly (string | number)[])[] = [
  ["Threshold", "Per unit", "Lump sum"],
  [0.8, 200, 0],
  [0.9, 300, 5000],
  [1, 400, 10000],
  [1.1, 600, 25000],
  [1.25, 750, 50000],
];

/** The step names a CRM export mixes, each with the step it means (the lookup table a sheet needs). */
export const STAGE_NAMES: readonly (readonly [string, string])[] = [
  ["Up", "greeted"],
  ["Greeted", "greeted"],
  ["Test drive", "testDrive"],
  ["Demo", "testDrive"],
  ["TD", "testDrive"],
  ["Write-up", "desk"],
  ["Desk", "desk"],
  ["WU", "desk"],
  ["T.O.", "managerTo"],
  ["Manager TO", "managerTo"],
  ["Waiting for F&I", "waitingFi"],
  ["WFI", "waitingFi"],
  ["In F&I", "inFi"],
  ["Finance", "inFi"],
  ["Delivered", "delivered"],
  ["DLV", "delivered"],
  ["Left", "left"],
  ["Walked", "left"],
];

/** The working steps in order, as FLOW_SUMMARY's rows. */
export const WORKING_STEPS = ["greeted", "testDrive", "desk", "managerTo", "waitingFi", "inFi"] as const;

/** The comparison's inputs, all from one seed. */
export interface ComparisonData {
  /** Deal log rows under DEAL_LOG_HEADERS: dates as serials, gross as numbers. */
  readonly deals: (string | number)[][];
  /** Inventory rows under a header: stock number (ascending, one width, so sorting by it is row order) | stock-in date ("" for 1 in 200). */
  readonly inventory: (string | number)[][];
  /** Event rows (FLOW_ROWS) under a header, sorted by deal then time as a sheet needs them: deal | stage name | time. */
  readonly events: (string | number)[][];
  /** Events as of this moment: the last afternoon's visits are still on the floor. */
  readonly eventsAsOf: number;
  /** Visits in the event log. */
  readonly visits: number;
}

/** The inputs, the same on every run (the demo's seeded generator). */
export function comparisonData(rows = ROWS, flowRows = FLOW_ROWS, seed = 20251110): ComparisonData {
  const rng = createRandom(seed);
  const r = () => rng.next();

  // 100k deals over the three years to as-of (~2,800 a month), a few dated in the days after it.
  const deals: (string | number)[][] = [[...DEAL_LOG_HEADERS]];
  const sources = ["Internet", "Walk-in", "Phone", "Referral", "Repeat"];
  for (let i = 0; i < rows; i++) {
    const sold = AS_OF - 1094 + Math.floor(r() * 1100);
    deals.push([
      `N${String(300000 + i)}`,
      sold,
      SALESPEOPLE[Math.floor(r() * SALESPEOPLE.length)] as string,
      sources[Math.floor(r() * sources.length)] as string,
      r() < 0.55 ? "New" : "Used",
      Math.round(500 + r() * 3500),
      Math.round(r() * 2500),
    ]);
  }

  // Exponential ages (median ~35 days) as a lot turns; 1 in 200 has no stock-in date.
  const inventory: (string | number)[][] = [["Stock #", "Stock-in Date"]];
  for (let i = 0; i < rows; i++)
    inventory.push([`S${String(100000 + i)}`, r() < 0.005 ? "" : AS_OF - Math.floor(-50 * Math.log(1 - r()))]);

  // Visits 9 AM–7 PM over the 300 days to as-of, 5–45 minutes a step; some skip the test drive or
  // the T.O.; a third walk after the desk. The last afternoon's visits are still going at 3 PM.
  const names = (stage: string) => STAGE_NAMES.filter(([, s]) => s === stage).map(([n]) => n);
  const pick = (stage: string) => {
    const list = names(stage);
    return list[Math.floor(r() * list.length)] as string;
  };
  const eventsAsOf = AS_OF + 15 / 24;
  const events: [string, string, number][] = [];
  let visit = 0;
  while (events.length < flowRows) {
    const day = AS_OF - Math.floor(r() * 300);
    let t = day + (day === AS_OF ? 9 + r() * 6 : 9 + r() * 10) / 24;
    const id = `D${String(100000 + visit++)}`;
    const walks = r() < 0.33;
    for (const step of [...WORKING_STEPS, "delivered"]) {
      if ((step === "testDrive" || step === "managerTo") && r() < 0.3) continue;
      if (walks && step === "waitingFi") {
        events.push([id, pick("left"), t]);
        break;
      }
      events.push([id, pick(step), t]);
      t += (5 + r() * 40) / 1440;
    }
  }
  events.length = flowRows;
  // Ids share one width, so text order is visit order; within a visit, time order.
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
  return { deals, inventory, events: [["Deal", "Stage", "Time"], ...events], eventsAsOf, visits: visit };
}
