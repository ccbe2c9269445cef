/*
 * The demo store's inventory and opportunities log, for aged units, deals to revisit and the pipeline.
 *
 * Inventory: the units still on the lot are the ones the deal log's stock books never sold. The
 * generator's stock books (stockNumbers.ts) stock a new unit each time one sells, numbered in
 * sequence, so the unsold numbers and the day each came in can be read back from the deal log
 * itself: the lot is consistent with every sold stock number, and its ages follow from how long
 * the store takes to turn a unit (about two months new, six weeks used), some badly aged.
 *
 * Opportunities: generated with KNOWN conversion so tests can check what is learned. Each opportunity
 * is logged as Sold (on the spot), Pending, Be-back or Lost; an open one then sells on each selling
 * day with a daily hazard = base(status) × source multiplier × age factor, until it is too old to
 * work (MAX_OPEN_AGE). trueChanceBy() gives the exact chance an open opportunity sells by a day.
 */
import { addMonths, isSellingDay, monthStart, serialToDate, type StoreCalendar } from "../core/calendar";
import { INVENTORY_TABLE } from "../core/gap/inventory";
import {
  MAX_OPEN_AGE,
  OPPORTUNITIES_TABLE,
  opportunityAgeBand,
  type OpenStatus,
  type OpportunityAgeBand,
} from "../core/gap/pipeline";
import { createRandom, cumulativeWeights, mixSeed, type Random } from "./random";
import { salesWeight } from "./roster";
import type { DemoDealership, DemoTable } from "./types";

/** The demo inventory's columns (the stock and stock-in headers are ones readInventoryTable finds). */
export const INVENTORY_HEADERS = ["Stock #", "Stock-in Date", "New/Used", "Year", "Model", "Cost"] as const;

/** The demo opportunities log's columns: the layout DEALS_TO_REVISIT, PIPELINE_DEALS and readOpportunityTable read. */
export const OPPORTUNITIES_HEADERS = [
  "Id",
  "Created",
  "Status",
  "Source",
  "Salesperson",
  "Value",
  "Sold Date",
] as const;

/** Body styles on the lot and what one costs the store new (used units cost less by age). */
const MODELS: readonly { readonly model: string; readonly newCost: number; readonly weight: number }[] = [
  { model: "Compact sedan", newCost: 23500, weight: 3 },
  { model: "Midsize sedan", newCost: 28500, weight: 2 },
  { model: "Hybrid hatchback", newCost: 27000, weight: 1 },
  { model: "Compact SUV", newCost: 30500, weight: 4 },
  { model: "Midsize SUV", newCost: 38000, weight: 3 },
  { model: "Three-row SUV", newCost: 46500, weight: 2 },
  { model: "Minivan", newCost: 39500, weight: 1 },
  { model: "Crew-cab pickup", newCost: 52000, weight: 3 },
];
const MODEL_WEIGHTS = cumulativeWeights(MODELS.map((m) => m.weight));

// Separate random streams, so the lot and the log don't move when the other changes.
const INVENTORY_STREAM = 0x1a7e;
const OPPORTUNITY_STREAM = 0x0bb0;

/** Units still on the lot as of asOf, read back from the deal log's stock numbers (see the file comment). */
export function demoInventory(dealership: DemoDealership, asOf: number): DemoTable {
  const random = createRandom(mixSeed(dealership.profile.seed, INVENTORY_STREAM));
  const { year } = serialToDate(asOf);
  const rows: (string | number)[][] = [[...INVENTORY_HEADERS]];
  for (const prefix of ["N", "U"] as const) {
    for (const unit of unsoldUnits(dealership, prefix, asOf)) {
      const m = MODELS[random.weightedCumulative(MODEL_WEIGHTS)] ?? MODELS[0];
      if (!m) continue;
      // New units arrive as the model year they were built for (next year's from July); used ones are 1–7 years old.
      const stocked = serialToDate(unit.stockIn);
      const age = prefix === "N" ? 0 : 1 + random.int(7);
      const modelYear = prefix === "N" ? stocked.year + (stocked.month >= 7 ? 1 : 0) : year - age;
      // New: invoice with ±4% options; used: about 15% a year off, ±10% for miles and condition.
      const cost =
        prefix === "N"
          ? m.newCost * (0.96 + 0.08 * random.next())
          : m.newCost * Math.pow(0.85, age) * (0.9 + 0.2 * random.next());
      rows.push([
        `${prefix}${String(unit.number)}`,
        unit.stockIn,
        prefix === "N" ? "New" : "Used",
        modelYear,
        m.model,
        Math.round(cost / 50) * 50,
      ]);
    }
  }
  return {
    name: INVENTORY_TABLE,
    sheetName: "Inventory",
    rows,
    formats: [null, "m/d/yyyy", null, "0", null, "$#,##0"],
  };
}

/**
 * The stock book's unsold units of one prefix: the book stocks unit c + j when it hands out its j-th
 * sold number, and can only sell a unit already stocked, so c − 1 is the largest (sold number − j)
 * (reached whenever a sale takes the unit stocked just before it). Units of the book's opening stock
 * (before the log starts) are all sold within a few months and are not listed.
 */
function unsoldUnits(
  dealership: DemoDealership,
  prefix: "N" | "U",
  asOf: number
): { number: number; stockIn: number }[] {
  const takes = dealership.deals
    .filter((d) => d.soldDate <= asOf && d.stockNumber.startsWith(prefix))
    .map((d) => ({ number: Number(d.stockNumber.slice(1)), day: d.soldDate }));
  if (takes.length === 0) return [];
  let firstIntake = Number.NEGATIVE_INFINITY;
  takes.forEach((t, j) => (firstIntake = Math.max(firstIntake, t.number - j + 1)));
  const sold = new Set(takes.map((t) => t.number));
  const out: { number: number; stockIn: number }[] = [];
  takes.forEach((t, j) => {
    const number = firstIntake + j;
    if (!sold.has(number)) out.push({ number, stockIn: t.day });
  });
  return out;
}

/** Daily hazard of an open opportunity selling, by the status it was logged in (before source and age). */
export const BASE_DAILY_HAZARD: Readonly<Record<OpenStatus, number>> = {
  pending: 0.016,
  "be-back": 0.026,
  lost: 0.004,
};
/** How each lead source scales the hazard: referrals and repeat customers close, internet shoppers shop around. */
export const SOURCE_HAZARD: Readonly<Record<string, number>> = {
  "Walk-in": 1,
  Internet: 0.6,
  Phone: 0.8,
  Referral: 1.4,
  Repeat: 1.5,
  "Service Drive": 1.1,
};
/** How the hazard fades with the opportunity's age band. */
export const AGE_HAZARD: Readonly<Record<OpportunityAgeBand, number>> = { "0-7": 1, "8-30": 0.6, "31-90": 0.3 };
/** How an up is logged: sold on the spot, or left open as pending, be-back or lost. */
export const LOGGED_STATUS_MIX = { sold: 0.22, pending: 0.3, "be-back": 0.2, lost: 0.28 } as const;
/** Opportunities logged per expected deal of the day (ups, internet leads and calls together). */
export const OPPORTUNITIES_PER_DEAL = 1.9;
/** Months of opportunities in the demo log before asOf's month: the year the learning reads. */
export const OPPORTUNITY_MONTHS = 12;

/** The true daily hazard of an open opportunity `age` days old. */
export function trueDailyHazard(status: OpenStatus, source: string, age: number): number {
  return BASE_DAILY_HAZARD[status] * (SOURCE_HAZARD[source] ?? 1) * AGE_HAZARD[opportunityAgeBand(age)];
}

/**
 * The exact chance an opportunity open at the end of `day` (created on `created`) sells by the end
 * of `through`: 1 − the product over the selling days in between, while it is young enough to work,
 * of (1 − that day's hazard).
 */
export function trueChanceBy(
  status: OpenStatus,
  source: string,
  created: number,
  day: number,
  through: number,
  calendar: StoreCalendar
): number {
  let survive = 1;
  for (let d = day + 1; d <= through; d++) {
    const age = d - created;
    if (age > MAX_OPEN_AGE[status]) break;
    if (isSellingDay(d, calendar)) survive *= 1 - trueDailyHazard(status, source, age);
  }
  return 1 - survive;
}

/** The opportunities log as of asOf: sold dates after asOf are not known yet and are left blank. */
export function demoOpportunities(dealership: DemoDealership, asOf: number): DemoTable {
  const { calendar, roster, channelMix } = dealership;
  const sourceWeights = cumulativeWeights(channelMix.map((c) => c.share));
  const statusNames = Object.keys(LOGGED_STATUS_MIX) as (keyof typeof LOGGED_STATUS_MIX)[];
  const statusWeights = cumulativeWeights(statusNames.map((s) => LOGGED_STATUS_MIX[s]));
  const rows: (string | number)[][] = [[...OPPORTUNITIES_HEADERS]];
  let id = 50001;
  const first = Math.max(addMonths(asOf, -OPPORTUNITY_MONTHS), dealership.startDate);
  for (let month = monthStart(first); month <= asOf; month = addMonths(month, 1)) {
    // One stream per month: an earlier as_of gives the same log up to that day.
    const random = createRandom(mixSeed(dealership.profile.seed, OPPORTUNITY_STREAM, month));
    for (let day = month; day < addMonths(month, 1) && day <= asOf; day++) {
      const expected = dealership.expectedByDay.get(day) ?? 0;
      if (expected <= 0) continue;
      const count = random.poisson(expected * OPPORTUNITIES_PER_DEAL);
      const floor = roster.map((p) => salesWeight(p, day));
      const floorWeights = floor.some((w) => w > 0) ? cumulativeWeights(floor) : null;
      for (let i = 0; i < count; i++) {
        const source = channelMix[random.weightedCumulative(sourceWeights)]?.name ?? "Walk-in";
        const logged = statusNames[random.weightedCumulative(statusWeights)] ?? "pending";
        const salesperson = floorWeights ? (roster[random.weightedCumulative(floorWeights)]?.name ?? "") : "";
        const value = Math.round(((2400 + 1600 * random.next()) * (source === "Internet" ? 0.85 : 1)) / 25) * 25;
        const soldAt = logged === "sold" ? day : saleDay(random, logged, source, day, calendar);
        rows.push([
          `OPP-${String(id++)}`,
          day,
          statusLabelOf(logged),
          source,
          salesperson,
          value,
          soldAt !== null && soldAt <= asOf ? soldAt : "",
        ]);
      }
    }
  }
  return {
    name: OPPORTUNITIES_TABLE,
    sheetName: "Opportunities",
    rows,
    formats: [null, "m/d/yyyy", null, null, null, "$#,##0", "m/d/yyyy"],
  };
}

function statusLabelOf(status: keyof typeof LOGGED_STATUS_MIX): string {
  return status === "be-back" ? "Be-back" : status.charAt(0).toUpperCase() + status.slice(1);
}

/** The day an open opportunity sells under the true hazard, or null when it never does. */
function saleDay(
  random: Random,
  status: OpenStatus,
  source: string,
  created: number,
  calendar: StoreCalendar
): number | null {
  for (let d = created + 1; d - created <= MAX_OPEN_AGE[status]; d++) {
    if (!isSellingDay(d, calendar)) continue;
    if (random.next() < trueDailyHazard(status, source, d - created)) return d;
  }
  return null;
}

/** The demo store's tables of inventory with stock-in dates and the opportunities log, as of a date. */
export function gapDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  return [demoInventory(dealership, asOf), demoOpportunities(dealership, asOf)];
}
