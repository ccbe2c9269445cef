import { EVENT_HEADERS, FLOOR_TABLES, STOCK_IN_HEADERS, TRADE_HEADERS } from "../core/floor/floorTables";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import { createRandom, mixSeed, type Random } from "./random";
import type { DemoDealership, DemoTable } from "./types";

/** The moment the demo's event log was exported: 3:30 PM of the as-of day, a busy Saturday afternoon. */
export const FLOOR_DEMO_TIME = 15.5 / 24;

const FLOOR_STREAM = 0x0f1003;
const MINUTE = 1 / 1440;
/** Ups on a busy Saturday by 3:30 PM, whatever weekday the preview is pinned to. */
const VISITS = 34;
/** F&I managers working the box. */
const FI_DESKS = 2;
/** Minutes the forgotten customer has sat waiting for F&I at 3:30 PM. */
const FORGOTTEN_WAIT = 97;
const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

function uniform(random: Random, lo: number, hi: number): number {
  return lo + random.next() * (hi - lo);
}

/** Rounded to the minute, as a CRM stamps it. */
function minute(serial: number): number {
  return Math.round(serial / MINUTE) * MINUTE;
}

function vin(random: Random): string {
  let out = "";
  for (let i = 0; i < 17; i++) out += VIN_CHARS[random.int(VIN_CHARS.length)] ?? "X";
  return out;
}

interface Visit {
  deal: string;
  salesperson: string;
  department: "New" | "Used";
  customer: string;
  trade: { stock: string; vin: string } | null;
  steps: [stage: string, time: number][];
}

/** Who is selling today: the roster on staff on asOf. */
function onFloor(dealership: DemoDealership, asOf: number): string[] {
  const staff = dealership.roster
    .filter((p) => (p.hired === null || p.hired <= asOf) && (p.left === null || p.left >= asOf))
    .map((p) => p.name);
  return staff.length > 0 ? staff : [...dealership.salespeople];
}

/**
 * Today's visits up to 3:30 PM: ups arriving through the day, test drives, desking, T.O.s, walk-outs,
 * and the sold deals queueing for two F&I managers — plus one customer whose F&I handoff was missed.
 */
function todaysVisits(
  dealership: DemoDealership,
  asOf: number,
  random: Random,
  nextTrade: () => { stock: string; vin: string }
): Visit[] {
  const staff = onFloor(dealership, asOf);
  // Today's logged deals lend the sold visits their salesperson and department, so the floor matches the deal log.
  const logged = dealership.deals.filter((d) => d.soldDate === asOf);
  const now = asOf + FLOOR_DEMO_TIME;
  const firsts = random.shuffled(FIRST_NAMES);
  const lasts = random.shuffled(LAST_NAMES);
  const dealBase = 4000 + random.int(5000);
  const arrivals = Array.from({ length: VISITS }, () => {
    // Busier from late morning into the afternoon: a triangular spread over 9:00–15:20.
    const u = (random.next() + random.next()) / 2;
    return asOf + (9 * 60 + u * 380) * MINUTE;
  }).sort((a, b) => a - b);
  const visits: Visit[] = [];
  const fiFree = Array<number>(FI_DESKS).fill(asOf + 9 * 60 * MINUTE);
  let soldCount = 0;
  arrivals.forEach((arrival, i) => {
    // Showroom ups close at roughly one in three.
    const sold = random.next() < 0.35;
    const log = sold ? logged[soldCount++] : undefined;
    const visit: Visit = {
      deal: `D${String(dealBase + i)}`,
      salesperson: log?.salesperson || (staff[random.int(staff.length)] ?? ""),
      department:
        log?.newUsed === "Used" ? "Used" : log?.newUsed === "New" ? "New" : random.next() < 0.55 ? "New" : "Used",
      customer: `${firsts[i % firsts.length] ?? ""} ${(lasts[(i * 7) % lasts.length] ?? "").charAt(0)}.`,
      trade: random.next() < 0.4 ? nextTrade() : null,
      steps: [["Up", arrival]],
    };
    let t = arrival + uniform(random, 6, 18) * MINUTE;
    if (random.next() < 0.85) {
      visit.steps.push(["Test drive", t]);
      t += uniform(random, 15, 35) * MINUTE;
    }
    if (visit.trade && random.next() < 0.5) visit.steps.push(["Appraisal", t - uniform(random, 2, 8) * MINUTE]);
    visit.steps.push(["Write-up", t]);
    t += uniform(random, 8, 22) * MINUTE;
    if (!sold) {
      if (random.next() < 0.6) visit.steps.push(["T.O.", t]);
      visit.steps.push(["Be-back", t + uniform(random, 5, 15) * MINUTE]);
      visits.push(visit);
      return;
    }
    visit.steps.push(["T.O.", t]);
    t += uniform(random, 6, 16) * MINUTE;
    visit.steps.push(["Waiting for F&I", t]);
    // The first free F&I manager takes the next deal in the queue.
    const desk = fiFree.indexOf(Math.min(...fiFree));
    const start = Math.max(t + uniform(random, 2, 6) * MINUTE, fiFree[desk] ?? t);
    const end = start + uniform(random, 35, 55) * MINUTE;
    fiFree[desk] = end + uniform(random, 3, 8) * MINUTE;
    visit.steps.push(["In F&I", start]);
    visit.steps.push(["Delivered", end + uniform(random, 10, 20) * MINUTE]);
    visits.push(visit);
  });
  // The customer nobody took to F&I: greeted late morning, sold, and waiting since 1:53 PM.
  const waitingSince = now - FORGOTTEN_WAIT * MINUTE;
  const forgotten = visits.find((v) =>
    v.steps.some(
      ([s, time]) => s === "Waiting for F&I" && time > waitingSince - 60 * MINUTE && time < waitingSince + 30 * MINUTE
    )
  );
  const stuck: Visit = forgotten ?? {
    deal: `D${String(dealBase + VISITS)}`,
    salesperson: staff[0] ?? "",
    department: "New",
    customer: "Dana W.",
    trade: nextTrade(),
    steps: [],
  };
  stuck.steps = [
    ["Up", waitingSince - 71 * MINUTE],
    ["Test drive", waitingSince - 58 * MINUTE],
    ["Write-up", waitingSince - 31 * MINUTE],
    ["T.O.", waitingSince - 16 * MINUTE],
    ["Waiting for F&I", waitingSince],
  ];
  if (!forgotten) visits.push(stuck);
  for (const v of visits)
    v.steps = v.steps.map(([s, time]): [string, number] => [s, minute(time)]).filter(([, time]) => time <= now + 1e-9);
  return visits.filter((v) => v.steps.length > 0);
}

/**
 * The demo store's deal-flow tables as of a date: today's event log up to 3:30 PM (FloorEvents), the
 * trades taken on the last two weeks' deals (TradeIns) and the used department's stock-ins (UsedStockIn),
 * some trades stocked on time, some late, some still idle. Seeded: the same date gives the same floor.
 */
export function floorDemoTables(dealership: DemoDealership, asOf: number): DemoTable[] {
  const random = createRandom(mixSeed(dealership.profile.seed, FLOOR_STREAM, asOf));
  let tradeNumber = 40000 + random.int(5000);
  const nextTrade = () => ({ stock: `U${String(tradeNumber++)}T`, vin: vin(random) });
  const visits = todaysVisits(dealership, asOf, random, nextTrade);

  const events: [string, string, number, string, string, string, string][] = [];
  for (const v of visits)
    for (const [stage, time] of v.steps)
      events.push([v.deal, stage, time, v.salesperson, v.department, v.customer, v.trade?.stock ?? ""]);
  events.sort((a, b) => a[2] - b[2] || a[0].localeCompare(b[0]));
  // CRMs re-save a step now and then, and an export isn't always in time order.
  const resaved = events.find((e) => e[1] === "Write-up");
  if (resaved)
    events.push([resaved[0], "Write-up", resaved[2] + 2 * MINUTE, resaved[3], resaved[4], resaved[5], resaved[6]]);
  const swap = Math.floor(events.length / 2);
  const a = events[swap];
  const b = events[swap + 1];
  if (a && b) [events[swap], events[swap + 1]] = [b, a];

  // Trades taken on the last two weeks' deals, and today's delivered ones.
  const trades: [number, string, string, string, string][] = [];
  const stockIns: [string, string, number][] = [];
  for (const d of dealership.deals) {
    if (d.soldDate < asOf - 14 || d.soldDate >= asOf || random.next() >= 0.35) continue;
    const trade = nextTrade();
    trades.push([d.soldDate, d.stockNumber, d.salesperson, trade.stock, trade.vin]);
    // Most trades are checked in within two days; one in seven sits in the back lot for a week, one in seven hasn't been yet.
    const kind = trades.length % 7;
    const lag = kind === 4 ? 3 + random.int(5) : kind === 2 ? null : random.int(3);
    if (lag !== null && d.soldDate + lag <= asOf) stockIns.push([trade.stock, trade.vin, d.soldDate + lag]);
  }
  for (const v of visits) {
    const delivered = v.steps.find(([s]) => s === "Delivered");
    if (v.trade && delivered) trades.push([asOf, v.deal, v.salesperson, v.trade.stock, v.trade.vin]);
  }
  // Units bought at auction come through the same check-in.
  for (let i = 0; i < 6; i++)
    stockIns.push([`U${String(30000 + random.int(9000))}`, vin(random), asOf - random.int(14)]);
  stockIns.sort((x, y) => x[2] - y[2] || x[0].localeCompare(y[0]));

  return [
    {
      name: FLOOR_TABLES.events,
      sheetName: "Floor events",
      rows: [[...EVENT_HEADERS], ...events],
      formats: [null, null, "m/d/yyyy h:mm", null, null, null, null],
    },
    {
      name: FLOOR_TABLES.trades,
      sheetName: "Trade-ins",
      rows: [[...TRADE_HEADERS], ...trades.sort((x, y) => x[0] - y[0])],
      formats: ["m/d/yyyy", null, null, null, null],
    },
    {
      name: FLOOR_TABLES.stockIn,
      sheetName: "Used stock-in",
      rows: [[...STOCK_IN_HEADERS], ...stockIns],
      formats: [null, null, "m/d/yyyy"],
    },
  ];
}
