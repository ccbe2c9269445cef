/*
 * The area functions (deal flow, closing the gap, OEM programs, leading indicators) called as Excel
 * calls them — ranges as rows of cells, header rows included — on seeded synthetic inputs of a big
 * group's shape, each against a plain loop over the same cells doing the least work that answers
 * the question (one pass grouping or counting).
 */
import { clearEventLogCache } from "../src/core/flow";
import { leadingIndicators } from "../src/functions/budgetFunctions";
import { bottlenecks, flowSummary, tradeHandoff } from "../src/functions/flowFunctions";
import { agedUnits, dealsToRevisit, pipelineDeals } from "../src/functions/gapFunctions";
import { probTier, tierScenarios } from "../src/functions/oemFunctions";
import { medianMs } from "./measure";
import type { BenchRow } from "./benchRow";

// 11/30/2026, the last day every log below runs to.
const AS_OF = 46356;

/** A list of values as an Excel column range: one row of one cell each. */
const column = (cells: readonly unknown[]): unknown[][] => cells.map((c) => [c]);

/** Throws when a call Excel would show as an error came back as one: a benchmark of an error measures nothing. */
function spillOf(value: unknown): unknown[][] {
  if (!Array.isArray(value)) throw new Error(`expected a spill, got ${JSON.stringify(value)}`);
  return value as unknown[][];
}

/** A showroom event log of n rows (at 100k: ~17k visits) over the 300 days to AS_OF, in log (time) order, under a header. */
function eventLog(random: () => number, n: number) {
  // The names a CRM export mixes: step names and codes.
  const names: Record<string, readonly string[]> = {
    greeted: ["Up", "Greeted", "UP"],
    testDrive: ["Test drive", "Demo", "TD"],
    desk: ["Write-up", "Desk", "WU"],
    managerTo: ["T.O.", "Manager TO"],
    waitingFi: ["Waiting for F&I", "Sold", "WFI"],
    inFi: ["In F&I", "Finance", "FI"],
    delivered: ["Delivered", "DLV"],
    left: ["Left", "Be-back", "Walked"],
  };
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] as string;
  const events: { deal: string; stage: string; time: number }[] = [];
  let deal = 0;
  while (events.length < n) {
    // Visits start 9 AM–7 PM over the 300 days to AS_OF; the last day's floor is still busy at 3 PM.
    const day = AS_OF - Math.floor(random() * 300);
    let t = day + (9 + random() * 10) / 24;
    if (day === AS_OF) t = day + (9 + random() * 6) / 24;
    const id = `D${String(100000 + deal++)}`;
    const steps = ["greeted", "testDrive", "desk", "managerTo", "waitingFi", "inFi", "delivered"];
    // Some skip the test drive or the T.O.; a third walk out after the desk.
    const walks = random() < 0.33;
    for (const step of steps) {
      if ((step === "testDrive" || step === "managerTo") && random() < 0.3) continue;
      if (walks && step === "waitingFi") {
        events.push({ deal: id, stage: pick(names.left ?? []), time: t });
        break;
      }
      events.push({ deal: id, stage: pick(names[step] ?? []), time: t });
      t += (5 + random() * 40) / 1440;
    }
  }
  events.length = n;
  events.sort((a, b) => a.time - b.time);
  return {
    deals: column(["Deal", ...events.map((e) => e.deal)]),
    stages: column(["Stage", ...events.map((e) => e.stage)]),
    times: column(["Time", ...events.map((e) => e.time)]),
    asOfTime: AS_OF + 15 / 24,
    visits: deal,
  };
}

/** n deals' trade columns (60% without a trade) and the used department's n-row stock-in log. */
function tradeLog(random: () => number, n: number) {
  const tradeIds: unknown[] = ["Trade stock"];
  const dealDates: unknown[] = ["Deal date"];
  const stockIds: unknown[] = ["Stock"];
  const stockDates: unknown[] = ["Stock-in date"];
  let used = 0;
  for (let i = 0; i < n; i++) {
    const date = AS_OF - Math.floor(random() * 730);
    const hasTrade = random() < 0.4;
    const trade = hasTrade ? `U${String(40000 + i)}T` : "";
    tradeIds.push(trade);
    dealDates.push(date);
    // Most trades are stocked in within two days, some late, a few never; the rest of the log is auctions and buys.
    if (hasTrade && random() < 0.97) {
      stockIds.push(random() < 0.1 ? trade.toLowerCase() : trade);
      stockDates.push(date + Math.floor(random() < 0.85 ? random() * 3 : 3 + random() * 20));
    } else {
      stockIds.push(`A${String(90000 + used++)}`);
      stockDates.push(date);
    }
  }
  return { tradeIds: column(tradeIds), dealDates: column(dealDates), stockIds: column(stockIds), stockDates: column(stockDates) };
}

/** n inventory units: stock number, stock-in date (a few blank), model and cost beside them. */
function inventory(random: () => number, n: number) {
  const models = ["F-150", "Escape", "Explorer", "Mustang", "Bronco", "Edge", "Ranger", "Expedition"];
  const ids: unknown[] = ["Stock #"];
  const dates: unknown[] = ["Stock-in Date"];
  const details: unknown[][] = [["Model", "Cost"]];
  for (let i = 0; i < n; i++) {
    ids.push(`${random() < 0.5 ? "N" : "U"}${String(20000 + i)}`);
    // Exponential ages, median ~35 days, as a lot turns; 1 in 200 has no stock-in date.
    dates.push(random() < 0.005 ? "" : AS_OF - Math.floor(-50 * Math.log(1 - random())));
    details.push([models[i % models.length], 18000 + Math.round(random() * 40000)]);
  }
  return { ids: column(ids), dates: column(dates), details };
}

/** n CRM opportunities over the two years to AS_OF: statuses spelled as CRMs export them, sold dates for the sold. */
function opportunities(random: () => number, n: number) {
  const sources = ["Internet", "Walk-in", "Phone", "Referral", "Repeat", "Third party"];
  const ids: unknown[] = ["Id"];
  const created: unknown[] = ["Created"];
  const statuses: unknown[] = ["Status"];
  const src: unknown[] = ["Source"];
  const values: unknown[] = ["Value"];
  const sold: unknown[] = ["Sold Date"];
  for (let i = 0; i < n; i++) {
    const day = AS_OF - Math.floor(random() * 730);
    const age = AS_OF - day;
    const r = random();
    // Old opportunities are settled; recent ones are still open.
    const status = r < 0.2 ? "Sold" : age < 60 && r < 0.55 ? (r < 0.4 ? "Pending" : "Be-back") : r < 0.3 ? "Working" : "Lost";
    ids.push(`O${String(500000 + i)}`);
    created.push(day);
    statuses.push(status);
    src.push(sources[Math.floor(random() * sources.length)]);
    values.push(Math.round(1500 + random() * 3500));
    sold.push(status === "Sold" ? Math.min(AS_OF, day + Math.floor(random() * 45)) : "");
  }
  return { ids: column(ids), created: column(created), statuses: column(statuses), sources: column(src), values: column(values), sold: column(sold) };
}

/** 520 weeks (ten years) × 6 indicators and units sold, under a header: weekly tables are small, so this is already a long one. */
function weeklyIndicators(random: () => number) {
  const weeks = 520;
  const leads = Array.from({ length: weeks }, () => 200 + random() * 80);
  const table: unknown[][] = [["Leads", "Appointments", "Shows", "Test drives", "Web visits", "Ad Spend"]];
  const outcome: unknown[][] = [["Units Sold"]];
  for (let w = 0; w < weeks; w++) {
    const l = leads[w] as number;
    const lastWeek = leads[w - 1] ?? l;
    table.push([Math.round(l), Math.round(lastWeek * 0.3 + random() * 10), Math.round(l * 0.2 + random() * 8), Math.round(l * 0.15 + random() * 6), Math.round(3000 + random() * 900), Math.round(12000 + random() * 3000)]);
    outcome.push([Math.round(lastWeek * 0.12 + random() * 6)]);
  }
  return { table, outcome };
}

/** Pearson correlation of outcome[t] with indicator[t - lag]: the plain sums. */
function laggedCorrelation(x: readonly number[], y: readonly number[], lag: number): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let t = lag; t < y.length; t++) {
    const a = x[t - lag] as number;
    const b = y[t] as number;
    n++;
    sx += a;
    sy += b;
    sxx += a * a;
    syy += b * b;
    sxy += a * b;
  }
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

/** Benchmarks of the area functions on n-row inputs (100k in the report; smaller to see the times scale linearly), 520 weeks for the indicators. */
export function areaBenchmarks(random: () => number, n = 100_000): BenchRow[] {
  const size = `${String(Math.round(n / 1000))}k`;
  const rows: BenchRow[] = [];

  const log = eventLog(random, n);
  // The minimum: one pass grouping the events by deal, keeping each deal's latest time.
  const groupEvents = () => {
    const last = new Map<unknown, number>();
    for (let i = 1; i < log.deals.length; i++) {
      const t = log.times[i]?.[0] as number;
      const id = log.deals[i]?.[0];
      if (t <= log.asOfTime && t > (last.get(id) ?? 0)) last.set(id, t);
    }
    return last.size;
  };
  const summary = () => spillOf(flowSummary(log.deals, log.stages, log.times, log.asOfTime));
  const groupMs = medianMs(groupEvents, 5);
  rows.push(
    {
      what: `GSM.FLOW_SUMMARY, first call on a ${size}-row event log (${String(log.visits)} visits, parsed and cached)`,
      ours: medianMs(() => {
        clearEventLogCache();
        return summary();
      }, 5),
      baseline: groupMs,
      baselineWhat: "a plain loop grouping the same events by deal",
    },
    {
      what: `GSM.FLOW_SUMMARY, same ${size}-row range recalculated (parsed log cache hit)`,
      ours: medianMs(summary, 5),
      baseline: groupMs,
      baselineWhat: "the same plain loop",
    },
    {
      what: `GSM.BOTTLENECKS on the same ${size}-row log (cache hit, as beside FLOW_SUMMARY)`,
      ours: medianMs(() => spillOf(bottlenecks(log.deals, log.stages, log.times, undefined, log.asOfTime)), 5),
      baseline: groupMs,
      baselineWhat: "the same plain loop",
    },
  );

  const trades = tradeLog(random, n);
  rows.push({
    what: `GSM.TRADE_HANDOFF, ${size} deals' trades against a ${size}-row stock-in log`,
    ours: medianMs(() => spillOf(tradeHandoff(trades.tradeIds, trades.dealDates, trades.stockIds, trades.stockDates, AS_OF)), 5),
    baseline: medianMs(() => {
      const stocked = new Set<string>();
      for (let i = 1; i < trades.stockIds.length; i++) stocked.add(String(trades.stockIds[i]?.[0]).toUpperCase());
      let missing = 0;
      for (let i = 1; i < trades.tradeIds.length; i++) {
        const id = trades.tradeIds[i]?.[0] as string;
        if (id !== "" && !stocked.has(id.toUpperCase())) missing++;
      }
      return missing;
    }, 5),
    baselineWhat: "a plain loop putting the stock-ins in a set and counting the trades missing from it",
  });

  const lot = inventory(random, n);
  rows.push({
    what: `GSM.AGED_UNITS on ${size} inventory units (45 days and over, 2 detail columns)`,
    ours: medianMs(() => spillOf(agedUnits(lot.ids, lot.dates, AS_OF, 45, [[30]], lot.details)), 5),
    baseline: medianMs(() => {
      let aged = 0;
      for (let i = 1; i < lot.dates.length; i++) {
        const d = lot.dates[i]?.[0];
        if (typeof d === "number" && AS_OF - d >= 45) aged++;
      }
      return aged;
    }, 5),
    baselineWhat: "a plain loop counting the units 45 days and over",
  });

  const opps = opportunities(random, n);
  // The minimum: one pass counting opportunities by status and source.
  const countOpps = () => {
    const counts = new Map<string, number>();
    for (let i = 1; i < opps.statuses.length; i++) {
      const key = `${String(opps.statuses[i]?.[0])}|${String(opps.sources[i]?.[0])}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts.size;
  };
  const countMs = medianMs(countOpps, 5);
  rows.push(
    {
      what: `GSM.DEALS_TO_REVISIT on ${size} opportunities (learns chances from 12 months, ranks the open ones)`,
      ours: medianMs(() => spillOf(dealsToRevisit(opps.ids, opps.created, opps.statuses, opps.sources, opps.values, AS_OF, opps.sold)), 5),
      baseline: countMs,
      baselineWhat: "a plain loop counting the same opportunities by status and source",
    },
    {
      what: `GSM.PIPELINE_DEALS on the same ${size} opportunities`,
      ours: medianMs(() => {
        const n = pipelineDeals(opps.created, opps.statuses, opps.sources, AS_OF, opps.sold);
        if (typeof n !== "number") throw new Error("PIPELINE_DEALS returned an error");
        return n;
      }, 5),
      baseline: countMs,
      baselineWhat: "the same plain loop",
    },
  );

  // A program paying per unit by percent of its objective (2,000 units for the scenarios), and 100k program units over 3 years (~8,300 a quarter, objective 8,000).
  const tiers: unknown[][] = [
    ["Threshold", "Per unit", "Lump sum"],
    [0.8, 200, 0],
    [0.9, 300, 5000],
    [1, 400, 10000],
    [1.1, 600, 25000],
    [1.25, 750, 50000],
  ];
  const objective = 2000;
  const thresholds = [1600, 1800, 2000, 2200, 2500];
  const perUnit = [200, 300, 400, 600, 750];
  const lump = [0, 5000, 10000, 25000, 50000];
  rows.push({
    what: "GSM.TIER_SCENARIOS at its largest: 10,000 extra units on a 5-tier program",
    ours: medianMs(() => spillOf(tierScenarios(1500, tiers, objective, 10000)), 5),
    baseline: medianMs(() => {
      let sum = 0;
      for (let extra = 0; extra <= 10000; extra++) {
        const total = 1500 + extra;
        let tier = -1;
        for (let k = 0; k < thresholds.length; k++) if (total >= (thresholds[k] as number)) tier = k;
        sum += tier < 0 ? 0 : total * (perUnit[tier] as number) + (lump[tier] as number);
      }
      return sum;
    }, 21),
    baselineWhat: "a plain loop paying out each of the same 10,001 totals",
  });
  const programDates = column(["Sold Date", ...Array.from({ length: n }, () => AS_OF - 1095 + Math.floor(random() * 1096)).sort((a, b) => a - b)]);
  rows.push({
    what: `GSM.PROB_TIER on ${size} program units over 3 years, by the quarter`,
    ours: medianMs(() => spillOf(probTier(programDates, tiers, AS_OF - 20, 8000, "quarter")), 5),
    baseline: medianMs(() => {
      let inQuarter = 0;
      for (let i = 1; i < programDates.length; i++) {
        const d = programDates[i]?.[0] as number;
        if (d >= 46296 && d <= AS_OF - 20) inQuarter++;
      }
      return inQuarter;
    }, 21),
    baselineWhat: "a plain loop counting the quarter's units so far",
  });

  const weekly = weeklyIndicators(random);
  const series = weekly.table.slice(1).map((r) => r as number[]);
  const outcome = weekly.outcome.slice(1).map((r) => r[0] as number);
  const correlations = (maxLag: number) => () => {
    let best = 0;
    for (let k = 0; k < 6; k++) {
      const x = series.map((r) => r[k] as number);
      for (let lag = 0; lag <= maxLag; lag++) best = Math.max(best, Math.abs(laggedCorrelation(x, outcome, lag)));
    }
    return best;
  };
  // Sub-millisecond baselines: more repeats, so a busy machine moves the median less.
  rows.push(
    {
      what: "GSM.LEADING_INDICATORS, 520 weeks (ten years; weekly tables are small, not 100k rows) × 6 indicators, lags 0–4",
      ours: medianMs(() => spillOf(leadingIndicators(weekly.table, weekly.outcome)), 21),
      baseline: medianMs(correlations(4), 21),
      baselineWhat: "a plain loop correlating each indicator with the outcome at each lag",
    },
    {
      what: "GSM.LEADING_INDICATORS, 520 weeks × 6 indicators, lags 0–52 (its largest)",
      ours: medianMs(() => spillOf(leadingIndicators(weekly.table, weekly.outcome, 52)), 21),
      baseline: medianMs(correlations(52), 21),
      baselineWhat: "the same plain loop over lags 0–52",
    },
  );
  return rows;
}
