/*
 * The area functions (deal flow, closing the gap, OEM programs, budget and leading indicators) called
 * as Excel calls them — ranges as rows of cells, header rows included — on seeded synthetic inputs of
 * a big group's shape, each against the limit: a plain loop over the same cells giving the same answer
 * (areaBaselines.ts), checked equal once before timing. The budget is 2× that loop.
 */
import { dayOfWeek, monthEnd, monthStart, storeCalendar, type StoreCalendar } from "../src/core/calendar";
import type { DateColumnRead } from "../src/core/dealLog/dateColumn";
import { forecastCached, forecastMonthEnd } from "../src/core/forecast";
import {
  periodUnits,
  probTier as coreProbTier,
  readRequirements,
  readTierTable,
  requirementGaps as coreRequirementGaps,
  tierScenarios as coreTierScenarios,
  type PeriodUnits,
  type Requirement,
  type TierTable,
} from "../src/core/programs";
import {
  bestLag,
  leadingIndicators as coreLeadingIndicators,
  readIndicatorSeries,
  type IndicatorSeries,
} from "../src/core/gap/indicators";
import { budgetVariance as coreBudgetVariance } from "../src/core/budget";
import {
  conversionModel,
  expectedPipelineDeals,
  readOpportunities,
  type ConversionModel,
  type OpportunityLogRead,
} from "../src/core/gap/pipeline";
import { dateRangeArg } from "../src/functions/args";
import {
  cellsFingerprint,
  clearEventLogCache,
  eventColumns,
  flowSummary as coreFlowSummary,
  readEventLog,
  stageMinutes as coreStageMinutes,
  stageResolver,
  timelines,
  type EventRow,
} from "../src/core/floor";
import { budgetVariance, indicatorForecast, leadingIndicators } from "../src/functions/budgetFunctions";
import { bottlenecks, flowSummary, stageMinutes, tradeHandoff } from "../src/functions/floorFunctions";
import { agedUnits, dealsToRevisit, pipelineDeals } from "../src/functions/gapFunctions";
import {
  probTier,
  requirementGaps,
  tier,
  tierPayout,
  tierScenarios,
  unitsToNextTier,
} from "../src/functions/programsFunctions";
import {
  assertSameAnswer,
  plainAgedUnits,
  plainFloor,
  plainPipeline,
  plainRequirementGaps,
  plainTierOf,
  plainTiers,
  plainTradeHandoff,
} from "./areaBaselines";
import { TIERS } from "./hyperformulaData";
import { plainIndicators } from "./indicatorBaseline";
import { medianMs } from "./measure";
import type { BenchRow } from "./benchRow";

/** The budget every area row is held to: at most twice the plain loop. */
const BUDGET = 2;

// 11/30/2026, the last day every log below runs to.
export const AS_OF = 46356;

/** A list of values as an Excel column range: one row of one cell each. */
const column = (cells: readonly unknown[]): unknown[][] => cells.map((c) => [c]);

/** A showroom event log of n rows (at 100k: ~17k visits) over the 300 days to AS_OF, in log (time) order, under a header. */
export function eventLog(random: () => number, n: number) {
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
export function tradeLog(random: () => number, n: number) {
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
  return {
    tradeIds: column(tradeIds),
    dealDates: column(dealDates),
    stockIds: column(stockIds),
    stockDates: column(stockDates),
  };
}

/** n inventory units: stock number, stock-in date (a few blank), model and cost beside them. */
export function inventory(random: () => number, n: number) {
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
export function opportunities(random: () => number, n: number) {
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
    const status =
      r < 0.2 ? "Sold" : age < 60 && r < 0.55 ? (r < 0.4 ? "Pending" : "Be-back") : r < 0.3 ? "Working" : "Lost";
    ids.push(`O${String(500000 + i)}`);
    created.push(day);
    statuses.push(status);
    src.push(sources[Math.floor(random() * sources.length)]);
    values.push(Math.round(1500 + random() * 3500));
    sold.push(status === "Sold" ? Math.min(AS_OF, day + Math.floor(random() * 45)) : "");
  }
  return {
    ids: column(ids),
    created: column(created),
    statuses: column(statuses),
    sources: column(src),
    values: column(values),
    sold: column(sold),
  };
}

/** 520 weeks (ten years) × 6 indicators and units sold, under a header: weekly tables are small, so this is already a long one. */
export function weeklyIndicators(random: () => number) {
  const weeks = 520;
  const leads = Array.from({ length: weeks }, () => 200 + random() * 80);
  const table: unknown[][] = [["Leads", "Appointments", "Shows", "Test drives", "Web visits", "Ad Spend"]];
  const outcome: unknown[][] = [["Units Sold"]];
  for (let w = 0; w < weeks; w++) {
    const l = leads[w] as number;
    const lastWeek = leads[w - 1] ?? l;
    table.push([
      Math.round(l),
      Math.round(lastWeek * 0.3 + random() * 10),
      Math.round(l * 0.2 + random() * 8),
      Math.round(l * 0.15 + random() * 6),
      Math.round(3000 + random() * 900),
      Math.round(12000 + random() * 3000),
    ]);
    outcome.push([Math.round(lastWeek * 0.12 + random() * 6)]);
  }
  return { table, outcome };
}

/** n requirement rows: name | current | threshold | min/max | six monthly readings, under a header; ~1 in 5 at risk. */
export function requirementTable(random: () => number, n: number): unknown[][] {
  const rows: unknown[][] = [
    ["Requirement", "Current", "Threshold", "Direction", "M-6", "M-5", "M-4", "M-3", "M-2", "M-1"],
  ];
  for (let i = 0; i < n; i++) {
    const min = random() < 0.7;
    const threshold = 80 + Math.round(random() * 100) / 10;
    const drift = (random() - 0.6) * 2;
    const start = threshold + (min ? 1 : -1) * (1 + random() * 6);
    const readings = Array.from({ length: 6 }, (_, k) => Math.round((start + drift * k + (random() - 0.5)) * 10) / 10);
    rows.push([
      `Req ${String(i + 1)}`,
      Math.round((start + drift * 6) * 10) / 10,
      threshold,
      min ? "min" : "max",
      ...readings,
    ]);
  }
  return rows;
}

/** What each row's explain says, measured in the same run: "<part> N ms" pieces joined. */
function split(parts: readonly (readonly [string, number])[]): string {
  return parts.map(([what, ms]) => `${what} ${ms < 1 ? ms.toFixed(2) : ms.toFixed(1)} ms`).join(", ");
}

/**
 * Times ours and the plain loop after checking once that they give the same answer; a row with the
 * 2× budget, its explain added by the caller when the budget is missed.
 */
function measured(
  what: string,
  baselineWhat: string,
  ours: () => unknown,
  plain: () => unknown,
  repeats = 5
): BenchRow {
  assertSameAnswer(what, ours(), plain());
  // Small inputs (the indicators) are warmed up further: a few milliseconds are otherwise mostly the JIT's.
  for (let i = 0; i < (repeats > 5 ? 5 : 0); i++) {
    ours();
    plain();
  }
  // Interleaved, so a busy neighbour slows both sides alike; the median of each.
  const o: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let t0 = performance.now();
    ours();
    o.push(performance.now() - t0);
    t0 = performance.now();
    plain();
    p.push(performance.now() - t0);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return { what, ours: median(o), baseline: median(p), baselineWhat, budget: BUDGET };
}

/** The row with its explain when it misses the budget: the measured parts of ours, and what the plain loop skips. */
function explained(row: BenchRow, why: () => string): BenchRow {
  return row.ours / row.baseline > BUDGET ? { ...row, explain: why() } : row;
}

/**
 * The indicator rows, measured before the 100k-row inputs exist: a few milliseconds each, they would
 * otherwise time the collection of the big rows' garbage.
 */
function indicatorBenchmarks(random: () => number): BenchRow[] {
  const out: BenchRow[] = [];
  const weekly = weeklyIndicators(random);
  const current = [[250, 75, 50, 38, 3400, 13000]];
  out.push(
    measured(
      "GSM.LEADING_INDICATORS, 520 weeks (ten years; weekly tables are small, not 100k rows) × 6 indicators, lags 0–4",
      "a plain loop: columns into typed arrays, lagged correlations by running sums, the fits by normal equations",
      () => leadingIndicators(weekly.table, weekly.outcome),
      () => plainIndicators(weekly.table, weekly.outcome, 4).rows,
      21
    ),
    measured(
      "GSM.LEADING_INDICATORS, 520 weeks × 6 indicators, lags 0–52 (its largest)",
      "the same plain loop over lags 0–52",
      () => leadingIndicators(weekly.table, weekly.outcome, 52),
      () => plainIndicators(weekly.table, weekly.outcome, 52).rows,
      21
    ),
    measured(
      "GSM.INDICATOR_FORECAST, 520 weeks × 6 indicators, lags 0–4",
      "the same plain loop, then the prediction",
      () => indicatorForecast(weekly.table, weekly.outcome, current),
      () => plainIndicators(weekly.table, weekly.outcome, 4).forecast(current[0] as number[]),
      21
    )
  );
  // The indicator rows: what the model's reading and search cost against its fits.
  const indicatorParts = (maxLag: number) => {
    const readMs = medianMs(() => readIndicatorSeries(weekly.table, weekly.outcome), 21);
    const series = readIndicatorSeries(weekly.table, weekly.outcome) as IndicatorSeries;
    const lagsMs = medianMs(() => series.columns.map((x) => bestLag(x, series.outcome, maxLag)), 21);
    const modelMs = medianMs(() => coreLeadingIndicators(series, maxLag), 21);
    return split([
      ["reading the table", readMs],
      ["the lag search (simple-statistics' correlation on a copied window per lag)", lagsMs],
      ["the collinearity checks and the joint fit", modelMs - lagsMs],
    ]);
  };
  const indicatorCalls = [
    () => leadingIndicators(weekly.table, weekly.outcome),
    () => leadingIndicators(weekly.table, weekly.outcome, 52),
    () => indicatorForecast(weekly.table, weekly.outcome, current),
  ];
  for (let i = out.length - 3; i < out.length; i++) {
    const r = out[i] as BenchRow;
    const call = indicatorCalls[i - (out.length - 3)] ?? (() => 0);
    out[i] = explained(
      r,
      () =>
        `${indicatorParts(r.what.includes("0–52") ? 52 : 4)}; the whole call timed alone ${medianMs(call, 21).toFixed(1)} ms (interleaved with the loop it pays for the garbage both make); milliseconds on a table recalculated when it changes`
    );
  }
  return out;
}

/** Benchmarks of the area functions on n-row inputs (100k in the report), 520 weeks for the indicators. */
export function areaBenchmarks(random: () => number, n = 100_000): BenchRow[] {
  const size = `${String(Math.round(n / 1000))}k`;
  const indicatorRows = indicatorBenchmarks(random);
  const rows: BenchRow[] = [];

  // STAGE_MINUTES down a 100k-row column: start, end (a fifth still open), as_of_time.
  const log = eventLog(random, n);
  // Stages that began by as_of_time (one begun later is #NUM!, not a measurement).
  const starts = log.times.slice(1).map((r) => Math.min(r[0] as number, log.asOfTime));
  const ends: unknown[] = starts.map((s) => (random() < 0.2 ? "" : s + Math.floor(random() * 60) / 1440));
  const stageRow = (r: BenchRow) =>
    explained(r, () => {
      const core = medianMs(() => {
        let sum = 0;
        for (let i = 0; i < starts.length; i++) {
          const end = ends[i];
          const m = coreStageMinutes(starts[i] as number, typeof end === "number" ? end : null, log.asOfTime);
          if (typeof m === "number") sum += m;
        }
        return sum;
      }, 5);
      return `${String(Math.round((r.ours * 1e6) / starts.length))} ns a call against ${String(Math.round((r.baseline * 1e6) / starts.length))} ns for a subtraction; ${split(
        [
          ["the core minutes alone", core],
          ["checking three arguments of any type and returning errors as values", r.ours - core],
        ]
      )}`;
    });
  rows.push(
    stageRow(
      measured(
        `GSM.STAGE_MINUTES, ${size} calls down a column (start, end or blank, as_of_time)`,
        "a plain loop over the same cells: blank end to as_of, minutes to the second",
        () => {
          const out = new Array<unknown>(starts.length);
          for (let i = 0; i < starts.length; i++) out[i] = stageMinutes(starts[i], ends[i], log.asOfTime);
          return out;
        },
        () => {
          const out = new Array<unknown>(starts.length);
          for (let i = 0; i < starts.length; i++) {
            const end = ends[i];
            const to = typeof end === "number" ? end : log.asOfTime;
            out[i] = Math.round((to - (starts[i] as number)) * 86400) / 60;
          }
          return out;
        }
      )
    )
  );

  const plainFloorNow = () => plainFloor(log.deals, log.stages, log.times, log.asOfTime);
  const floorWhat =
    "a plain loop over the same cells: names resolved once per text, deals grouped into typed arrays, one pass per deal";
  const floorParts = () => {
    const fingerprint = medianMs(() => cellsFingerprint([log.deals, log.stages, log.times, undefined]), 5);
    const parse = medianMs(
      () => readEventLog(eventColumns(log.deals, log.stages, log.times) as EventRow[], stageResolver()),
      5
    );
    const parsed = readEventLog(eventColumns(log.deals, log.stages, log.times) as EventRow[], stageResolver());
    const lines = medianMs(() => timelines(parsed.deals, log.asOfTime), 5);
    const built = timelines(parsed.deals, log.asOfTime);
    const summary = medianMs(() => coreFlowSummary(built), 5);
    return { fingerprint, parse, lines, summary };
  };
  rows.push(
    explained(
      measured(
        `GSM.FLOW_SUMMARY, first call on a ${size}-row event log (${String(log.visits)} visits, parsed and cached)`,
        floorWhat,
        () => {
          clearEventLogCache();
          return flowSummary(log.deals, log.stages, log.times, log.asOfTime);
        },
        () => plainFloorNow().summary
      ),
      () => {
        const p = floorParts();
        return `${split([
          ["fingerprinting the cells for the cache", p.fingerprint],
          ["reading the log into a record per deal (a Map of steps each)", p.parse],
          ["timelines", p.lines],
          ["the summary", p.summary],
        ])}; the record per deal and the fingerprint are what later recalculations reuse, the plain loop keeps neither`;
      }
    ),
    explained(
      measured(
        `GSM.FLOW_SUMMARY, same ${size}-row range recalculated (parsed log cache hit)`,
        "the same plain loop",
        () => flowSummary(log.deals, log.stages, log.times, log.asOfTime),
        () => plainFloorNow().summary
      ),
      () => {
        const p = floorParts();
        return `${split([
          ["fingerprinting the cells (the cache's key)", p.fingerprint],
          ["timelines: an object per deal and per stay", p.lines],
          ["the summary", p.summary],
        ])}`;
      }
    ),
    explained(
      measured(
        `GSM.BOTTLENECKS on the same ${size}-row log (cache hit, as beside FLOW_SUMMARY)`,
        "the same plain loop, listing the stuck deals",
        () => bottlenecks(log.deals, log.stages, log.times, undefined, log.asOfTime),
        () => plainFloorNow().bottlenecks
      ),
      () => {
        const p = floorParts();
        return split([
          ["fingerprinting the cells", p.fingerprint],
          ["timelines", p.lines],
        ]);
      }
    )
  );

  const trades = tradeLog(random, n);
  rows.push(
    measured(
      `GSM.TRADE_HANDOFF, ${size} deals' trades against a ${size}-row stock-in log`,
      "a plain loop: stock-ins' first day by key in a map, each trade's first deal, the late and missing sorted",
      () => tradeHandoff(trades.tradeIds, trades.dealDates, trades.stockIds, trades.stockDates, AS_OF),
      () => plainTradeHandoff(trades.tradeIds, trades.dealDates, trades.stockIds, trades.stockDates, AS_OF)
    )
  );

  const lot = inventory(random, n);
  rows.push(
    measured(
      `GSM.AGED_UNITS on ${size} inventory units (45 days and over, 2 detail columns)`,
      "a plain loop: ages into a typed array, filter ≥ 45, sort by age, build the detail rows",
      () => agedUnits(lot.ids, lot.dates, AS_OF, 45, [[30]], lot.details),
      () => plainAgedUnits(lot.ids, lot.dates, AS_OF, 45, 30, lot.details)
    )
  );

  const opps = opportunities(random, n);
  const plainOpps = (ranked = true) =>
    plainPipeline(opps.ids, opps.created, opps.statuses, opps.sources, opps.values, AS_OF, opps.sold, ranked);
  rows.push(
    measured(
      `GSM.DEALS_TO_REVISIT on ${size} opportunities (learns chances from 12 months, ranks the open ones)`,
      "a plain loop: columns into typed arrays, 12 snapshots tallied by status × source × band, shrunk rates, open ones ranked",
      () => dealsToRevisit(opps.ids, opps.created, opps.statuses, opps.sources, opps.values, AS_OF, opps.sold),
      () => plainOpps().rows
    ),
    explained(
      measured(
        `GSM.PIPELINE_DEALS on the same ${size} opportunities`,
        "the same plain loop, summing the chances (no ranking, no rows)",
        () => pipelineDeals(opps.created, opps.statuses, opps.sources, AS_OF, opps.sold),
        () => plainOpps(false).expected
      ),
      () => {
        const columns = {
          created: opps.created.map((r) => r[0]),
          statuses: opps.statuses.map((r) => r[0]),
          sources: opps.sources.map((r) => r[0]),
          soldDates: opps.sold.map((r) => r[0]),
        };
        const readMs = medianMs(() => readOpportunities(columns), 5);
        const read = readOpportunities(columns) as OpportunityLogRead;
        const learnMs = medianMs(() => conversionModel(read.opportunities, AS_OF), 5);
        const model = conversionModel(read.opportunities, AS_OF) as ConversionModel;
        const sumMs = medianMs(() => expectedPipelineDeals(read.opportunities, model, AS_OF), 5);
        return `${split([
          ["reading the log into an object per opportunity", readMs],
          ["learning the rates from 12 snapshots (an object per trial)", learnMs],
          ["the sum", sumMs],
        ])}; the plain loop keeps the columns in typed arrays`;
      }
    )
  );

  // A program paying per unit by percent of its objective (2,000 units), asked down a 100k-row column of unit counts.
  const tiers: unknown[][] = TIERS.map((row) => [...row]);
  const objective = 2000;
  const unitCounts = Array.from({ length: n }, () => Math.floor(random() * 3000));
  const perCall = (fn: (units: number) => unknown) => () => {
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = fn(unitCounts[i] as number);
    return out;
  };
  const tierWhat = "a plain loop: each call reads the same tier cells into small arrays, then the tier";
  const tierExplain = (r: BenchRow) =>
    explained(r, () => {
      const readMs = medianMs(() => {
        for (let i = 0; i < n; i++) readTierTable(tiers, objective);
      }, 3);
      return `${String(Math.round((r.ours * 1e6) / n))} ns a call; ${split([
        ["reading the 6×3 tier cells each call (a record per cell, errors checked)", readMs],
        ["the units argument, the tier and the result checks", r.ours - readMs],
      ])}`;
    });
  rows.push(
    measured(
      `GSM.TIER, ${size} calls on a 5-tier program`,
      tierWhat,
      perCall((u) => tier(u, tiers, objective)),
      perCall((u) => plainTierOf(u, plainTiers(tiers, objective).thresholds))
    ),
    measured(
      `GSM.TIER_PAYOUT, ${size} calls`,
      tierWhat,
      perCall((u) => tierPayout(u, tiers, objective)),
      perCall((u) => {
        const t = plainTiers(tiers, objective);
        const k = plainTierOf(u, t.thresholds);
        return k === 0 ? 0 : u * (t.perUnit[k - 1] as number) + (t.lump[k - 1] as number);
      })
    ),
    measured(
      `GSM.UNITS_TO_NEXT_TIER, ${size} calls (below the top tier)`,
      tierWhat,
      perCall((u) => unitsToNextTier(Math.min(u, 2400), tiers, objective)),
      perCall((u) => {
        const t = plainTiers(tiers, objective).thresholds;
        return (t[plainTierOf(Math.min(u, 2400), t)] as number) - Math.min(u, 2400);
      })
    ),
    measured(
      "GSM.TIER_SCENARIOS at its largest: 10,000 extra units on a 5-tier program",
      "a plain loop building the same 10,001 rows",
      () => tierScenarios(1500, tiers, objective, 10000),
      () => {
        const t = plainTiers(tiers, objective);
        const pay = (total: number) => {
          const k = plainTierOf(total, t.thresholds);
          return [k, k === 0 ? 0 : total * (t.perUnit[k - 1] as number) + (t.lump[k - 1] as number)] as const;
        };
        const now = pay(1500)[1];
        const out: unknown[][] = [["Extra units", "Total units", "Tier", "Payout", "Gain vs now", "Gain of that unit"]];
        let previous = now;
        for (let extra = 0; extra <= 10000; extra++) {
          const [k, payout] = pay(1500 + extra);
          out.push([extra, 1500 + extra, k, payout, payout - now, extra === 0 ? 0 : payout - previous]);
          previous = payout;
        }
        return out;
      },
      21
    )
  );

  const programDates = column([
    "Sold Date",
    ...Array.from({ length: n }, () => AS_OF - 1095 + Math.floor(random() * 1096)).sort((a, b) => a - b),
  ]);
  for (let i = rows.length - 4; i < rows.length - 1; i++) rows[i] = tierExplain(rows[i] as BenchRow);
  rows[rows.length - 1] = explained(rows[rows.length - 1] as BenchRow, () => {
    const table = readTierTable(tiers, objective) as TierTable;
    const coreMs = medianMs(() => coreTierScenarios(1500, table, 10000), 21);
    return split([
      ["the core's 10,001 scenario records", coreMs],
      [
        "reading the arguments and building the rows from the records",
        (rows[rows.length - 1] as BenchRow).ours - coreMs,
      ],
    ]);
  });

  // PROB_TIER's answer is a model's (the month-end forecast's distribution, each month ahead's level
  // model, their convolution): no plain loop gives it, so the baseline is the plain part of the work —
  // the dates read and counted by day and the quarter so far — and the explain splits the rest, measured.
  const probOurs = medianMs(() => probTier(programDates, tiers, AS_OF - 20, 8000, "quarter"), 5);
  const probPlain = medianMs(() => {
    const counts = new Int32Array(1200);
    let inQuarter = 0;
    for (let i = 1; i < programDates.length; i++) {
      const d = programDates[i]?.[0];
      if (typeof d !== "number") continue;
      const day = Math.floor(d);
      if (day > AS_OF - 20) continue;
      const at = day - (AS_OF - 1100);
      counts[at] = (counts[at] as number) + 1;
      if (day >= 46296) inQuarter++;
    }
    return inQuarter;
  }, 21);
  const calendar = storeCalendar(undefined, undefined) as StoreCalendar;
  const read = dateRangeArg(programDates) as DateColumnRead;
  const forecastInput = { dealDates: read.dates, asOf: AS_OF - 20, calendar };
  const readMs = medianMs(() => dateRangeArg(programDates), 5);
  const fitMs = medianMs(() => forecastMonthEnd(forecastInput), 3);
  const hitMs = medianMs(() => forecastCached(forecastInput), 5);
  const periodMs = medianMs(() => periodUnits(read.dates, AS_OF - 20, "quarter", calendar), 5);
  const tierTable = readTierTable(tiers, 8000) as TierTable;
  const units = periodUnits(read.dates, AS_OF - 20, "quarter", calendar) as PeriodUnits;
  const oddsMs = medianMs(() => coreProbTier(units, tierTable), 5);
  rows.push({
    what: `GSM.PROB_TIER on ${size} program units over 3 years, by the quarter (forecast cached, as on a recalculation)`,
    ours: probOurs,
    baseline: probPlain,
    baselineWhat:
      "a plain loop reading the same dates into daily counts and the quarter so far (the model's input, not its answer)",
    budget: BUDGET,
    explain: `a model, not a loop: ${split([
      ["reading the 100k date cells", readMs],
      ["the forecast (cache hit; a fresh fit is " + (fitMs < 1 ? fitMs.toFixed(2) : fitMs.toFixed(1)) + " ms)", hitMs],
      ["the months ahead (daily history, level model, convolution)", periodMs - hitMs],
      ["the tier odds", oddsMs],
    ])}`,
  });

  const requirements = requirementTable(random, n);
  rows.push(
    measured(
      `GSM.REQUIREMENT_GAPS on ${size} requirement rows (6 monthly readings each; a real table has tens)`,
      "a plain loop: each row's cells, the least-squares slope of its readings, the gaps sorted",
      () => requirementGaps(requirements, AS_OF, "quarter"),
      () => plainRequirementGaps(requirements, AS_OF, 46387)
    )
  );

  rows[rows.length - 1] = explained(rows[rows.length - 1] as BenchRow, () => {
    const readMs = medianMs(() => readRequirements(requirements), 5);
    const list = readRequirements(requirements) as Requirement[];
    const gapsMs = medianMs(() => coreRequirementGaps(list, AS_OF, 46387), 5);
    return `${split([
      ["reading the rows into a record each (its readings an array)", readMs],
      ["the gaps (a record each)", gapsMs],
      ["the spill", (rows[rows.length - 1] as BenchRow).ours - readMs - gapsMs],
    ])}; the plain loop writes the spill rows straight from the cells`;
  });

  // BUDGET_VARIANCE down a 100k-row budget sheet: a month-to-date, a budget, "total", each row's own as_of.
  const mtds = Array.from({ length: n }, () => [[Math.round(random() * 200)]]);
  const budgets = Array.from({ length: n }, () => 100 + Math.round(random() * 100));
  // Mid-month days (the 10th–27th): a month's first day can be a closed Sunday, where the variance is #N/A.
  const asOfs = Array.from(
    { length: n },
    () => monthStart(AS_OF - Math.floor(random() * 700)) + 9 + Math.floor(random() * 18)
  );
  rows.push(
    measured(
      `GSM.BUDGET_VARIANCE, ${size} calls ("total", Sundays closed, each row its own as_of)`,
      "a plain loop: the month's selling days counted day by day, the straight line, minus budget",
      () => {
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = budgetVariance(mtds[i] as unknown[][], budgets[i], "total", asOfs[i]);
        return out;
      },
      () => {
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) {
          const asOf = asOfs[i] as number;
          const start = monthStart(asOf);
          const end = monthEnd(asOf);
          let total = 0;
          let elapsed = 0;
          for (let d = start, w = dayOfWeek(start); d <= end; d++, w = w === 6 ? 0 : w + 1) {
            if (w === 0) continue;
            total++;
            if (d <= asOf) elapsed++;
          }
          out[i] = ((((mtds[i] as number[][])[0] as number[])[0] as number) / elapsed) * total - (budgets[i] as number);
        }
        return out;
      }
    )
  );

  rows[rows.length - 1] = explained(rows[rows.length - 1] as BenchRow, () => {
    const calendar = storeCalendar(undefined, undefined) as StoreCalendar;
    const coreMs = medianMs(() => {
      for (let i = 0; i < n; i++)
        coreBudgetVariance(
          "total",
          { value: ((mtds[i] as number[][])[0] as number[])[0] as number },
          budgets[i] as number,
          asOfs[i] as number,
          calendar
        );
    }, 3);
    const r = rows[rows.length - 1] as BenchRow;
    return `${String(Math.round((r.ours * 1e6) / n))} ns a call; ${split([
      ["the core variance (selling days of the month by weekday counts and holidays)", coreMs],
      ["reading five arguments of any type each call", r.ours - coreMs],
    ])}`;
  });

  rows.push(...indicatorRows);
  return rows;
}
