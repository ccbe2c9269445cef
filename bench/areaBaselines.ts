/*
 * The limit each area function is measured against: the same answer from the same cells, written as a
 * plain loop (typed arrays, one pass where possible, no objects per row). Each coerces the cells the
 * way the benchmark data needs (numbers, text where the data has text) and builds the same spill, so
 * areas.ts can check, before timing, that it answers exactly what the function answers.
 */
import { addMonths, daysInMonth, monthEnd, monthStart, serialToDate } from "../src/core/calendar";
import { cellDate } from "../src/core/dealLog/cellDate";
import { opportunityStatus } from "../src/core/gap/pipeline";
import { stageResolver } from "../src/core/floor";

type Cell = string | number | boolean;

/** Throws with the first place two spills (or numbers) differ; numbers agree to 1e-9 relative. */
export function assertSameAnswer(what: string, ours: unknown, plain: unknown, path = ""): void {
  if (typeof ours === "number" && typeof plain === "number") {
    if (ours === plain || Math.abs(ours - plain) <= 1e-9 * Math.max(1, Math.abs(ours), Math.abs(plain))) return;
  } else if (Array.isArray(ours) && Array.isArray(plain)) {
    if (ours.length !== plain.length)
      throw new Error(`${what}: ${path} has ${String(ours.length)} entries, the plain loop ${String(plain.length)}`);
    for (let i = 0; i < ours.length; i++) assertSameAnswer(what, ours[i], plain[i], `${path}[${String(i)}]`);
    return;
  } else if (ours === plain) return;
  throw new Error(`${what}: ${path} is ${JSON.stringify(ours)}, the plain loop says ${JSON.stringify(plain)}`);
}

/** a[i] += by, for typed arrays under noUncheckedIndexedAccess. */
function bump(a: Int32Array, i: number, by = 1): number {
  const before = a[i] as number;
  a[i] = before + by;
  return before;
}

const round = (x: number) => Math.round(x * 86400) / 60;

/** A time cell: a serial (the benchmark's logs hold numbers). */
const timeCell = (v: unknown): number => (typeof v === "number" && v > 0 && v < 2958466 ? v : NaN);

/** A whole-day date cell: numbers directly, anything else as the deal log reads text. */
function dayCell(v: unknown): number {
  if (typeof v === "number") return v >= 1 && v < 2958466 ? Math.floor(v) : NaN;
  return cellDate(v) ?? NaN;
}

function textCell(v: unknown): string {
  return typeof v === "string" ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

/** PERCENTILE.INC of sorted values. */
function percentileSorted(s: Float64Array, p: number): number {
  const idx = (s.length - 1) * p;
  const lo = Math.floor(idx);
  return lo === idx ? (s[lo] as number) : (s[lo] as number) + (idx - lo) * ((s[lo + 1] as number) - (s[lo] as number));
}

const STAGE_LABELS = ["Greeted", "Test drive", "Desk", "Manager T.O.", "Waiting for F&I", "In F&I"];
const STAGE_INDEX: Record<string, number> = {
  greeted: 0,
  testDrive: 1,
  desk: 2,
  managerTo: 3,
  waitingFi: 4,
  inFi: 5,
  delivered: 6,
  left: 7,
};
const LIMITS = [20, 30, 20, 15, 30, 60];

/**
 * FLOW_SUMMARY's and BOTTLENECKS' spills from the three event columns: stage names resolved once per
 * distinct text, deals grouped by id into a typed array of first times per step, then one pass per deal.
 */
export function plainFloor(
  dealCol: readonly (readonly unknown[])[],
  stageCol: readonly (readonly unknown[])[],
  timeCol: readonly (readonly unknown[])[],
  asOf: number
) {
  const n = dealCol.length;
  const resolve = stageResolver();
  const stageOfName = new Map<unknown, number>();
  const dealOfKey = new Map<string, number>();
  const ids: string[] = [];
  const reached = new Float64Array(n * 8).fill(NaN);
  for (let i = 0; i < n; i++) {
    const rawStage = stageCol[i]?.[0];
    let s = stageOfName.get(rawStage);
    if (s === undefined) {
      const key = typeof rawStage === "string" ? resolve(rawStage.trim()) : null;
      s = key === null ? -1 : (STAGE_INDEX[key] ?? -1);
      stageOfName.set(rawStage, s);
    }
    const t = timeCell(timeCol[i]?.[0]);
    if (s < 0 || Number.isNaN(t)) continue; // the header row (the benchmark's log has no other bad rows)
    const id = textCell(dealCol[i]?.[0]);
    const key = id.toUpperCase();
    let d = dealOfKey.get(key);
    if (d === undefined) {
      d = ids.length;
      ids.push(id);
      dealOfKey.set(key, d);
    }
    const at = d * 8 + s;
    if (!(t >= (reached[at] as number))) reached[at] = t;
  }
  const deals = ids.length;
  // Per stage: finished stays, current stays, flagged; per deal in progress: its current step.
  const finished = Array.from({ length: 6 }, () => new Float64Array(deals));
  const finishedN = new Int32Array(6);
  const current = Array.from({ length: 6 }, () => new Float64Array(deals));
  const currentN = new Int32Array(6);
  const flagged = new Int32Array(7);
  const visits = new Float64Array(deals);
  let visitsN = 0;
  const open = new Float64Array(deals);
  let openN = 0;
  const stuck: number[] = [];
  const stuckStage = new Int8Array(deals);
  const stuckMinutes = new Float64Array(deals);
  const stuckVisit = new Float64Array(deals);
  const steps = new Int8Array(8);
  const times = new Float64Array(8);
  const day = Math.floor(asOf);
  for (let d = 0; d < deals; d++) {
    let k = 0;
    for (let s = 0; s < 8; s++) {
      let t = reached[d * 8 + s] as number;
      if (Number.isNaN(t)) continue;
      if (t < 1) t += day;
      if (t > asOf) continue;
      steps[k] = s;
      times[k++] = t;
    }
    if (k === 0) continue;
    let status = 0; // 0 in progress, 1 delivered, 2 left
    let end = asOf;
    let lastStage = -1;
    let lastMinutes = NaN;
    let lastOpen = false;
    for (let i = 0; i < k; i++) {
      const s = steps[i] as number;
      if (s >= 6) {
        status = s === 6 ? 1 : 2;
        end = times[i] as number;
        break;
      }
      const hasNext = i + 1 < k;
      const m = round((hasNext ? (times[i + 1] as number) : asOf) - (times[i] as number));
      lastStage = s;
      lastMinutes = m;
      lastOpen = !hasNext;
      if (m < 0) bump(flagged, s);
      else if (!hasNext)
        continue; // the last span: current when in progress (counted below)
      else finished[s]![bump(finishedN, s)] = m;
    }
    const visit = round(end - (times[0] as number));
    if (visit < 0) bump(flagged, 6);
    else if (status === 0) open[openN++] = visit;
    else if (status === 1) visits[visitsN++] = visit;
    if (status === 0 && lastOpen && lastMinutes >= 0) {
      current[lastStage]![bump(currentN, lastStage)] = lastMinutes;
      const overVisit = visit >= 0 && visit > 90;
      if (lastMinutes > (LIMITS[lastStage] as number) || overVisit) {
        stuck.push(d);
        stuckStage[d] = lastStage;
        stuckMinutes[d] = lastMinutes;
        stuckVisit[d] = visit;
      }
    }
  }
  const summaryRow = (label: string, done: Float64Array, now: Float64Array, flags: number): Cell[] => {
    done.sort();
    let longest = -Infinity;
    for (let i = 0; i < now.length; i++) if ((now[i] as number) > longest) longest = now[i] as number;
    return [
      label,
      now.length,
      done.length ? percentileSorted(done, 0.5) : "",
      done.length ? percentileSorted(done, 0.9) : "",
      now.length ? longest : "",
      flags,
    ];
  };
  const summary: Cell[][] = [
    [
      "Stage",
      "Deals in it now",
      "Median minutes",
      "90th percentile minutes",
      "Longest current wait",
      "Flagged: times out of order",
    ],
  ];
  for (let s = 0; s < 6; s++)
    summary.push(
      summaryRow(
        STAGE_LABELS[s] as string,
        finished[s]!.subarray(0, finishedN[s]),
        current[s]!.subarray(0, currentN[s]),
        flagged[s] as number
      )
    );
  summary.push(summaryRow("Whole visit", visits.subarray(0, visitsN), open.subarray(0, openN), flagged[6] as number));

  stuck.sort(
    (a, b) =>
      (stuckMinutes[b] as number) - (stuckMinutes[a] as number) ||
      Math.max(0, stuckVisit[b] as number) - Math.max(0, stuckVisit[a] as number) ||
      (ids[a] as string).localeCompare(ids[b] as string)
  );
  const bottlenecks: Cell[][] = [["Deal", "Stage", "Minutes in stage", "Stage limit", "Visit minutes", "Idle handoff"]];
  for (const d of stuck) {
    const s = stuckStage[d] as number;
    const v = stuckVisit[d] as number;
    bottlenecks.push([
      ids[d] as string,
      STAGE_LABELS[s] as string,
      stuckMinutes[d] as number,
      LIMITS[s] as number,
      v < 0 ? "" : v,
      `${STAGE_LABELS[s] as string} → ${s === 5 ? "Delivered" : (STAGE_LABELS[s + 1] as string)}`,
    ]);
  }
  return { summary, bottlenecks };
}

/** TRADE_HANDOFF's spill: the stock-ins' earliest day by key, each trade's earliest deal, the late and missing ones sorted. */
export function plainTradeHandoff(
  tradeCol: readonly (readonly unknown[])[],
  dealDateCol: readonly (readonly unknown[])[],
  stockCol: readonly (readonly unknown[])[],
  stockDateCol: readonly (readonly unknown[])[],
  asOf: number
): Cell[][] {
  const stocked = new Map<string, number>();
  for (let i = 0; i < stockCol.length; i++) {
    const id = textCell(stockCol[i]?.[0]);
    const date = dayCell(stockDateCol[i]?.[0]);
    if (id === "" || !(date <= asOf)) continue;
    const key = id.toUpperCase();
    const before = stocked.get(key);
    if (before === undefined || date < before) stocked.set(key, date);
  }
  const first = new Map<string, number>();
  const dealDay = new Float64Array(tradeCol.length);
  for (let i = 0; i < tradeCol.length; i++) {
    const id = textCell(tradeCol[i]?.[0]);
    const date = dayCell(dealDateCol[i]?.[0]);
    if (id === "" || !(date <= asOf)) continue;
    dealDay[i] = date;
    const key = id.toUpperCase();
    const before = first.get(key);
    if (before === undefined || date < (dealDay[before] as number)) first.set(key, i);
  }
  const out: { id: string; deal: number; stock: number | null; idle: number; status: string }[] = [];
  for (const [key, i] of first) {
    const deal = dealDay[i] as number;
    const stock = stocked.get(key);
    const id = textCell(tradeCol[i]?.[0]);
    if (stock === undefined) out.push({ id, deal, stock: null, idle: asOf - deal, status: "Not stocked in" });
    else if (stock < deal) out.push({ id, deal, stock, idle: 0, status: "Stock-in before the deal: check dates" });
    else if (stock - deal > 2) out.push({ id, deal, stock, idle: stock - deal, status: "Stocked in late" });
  }
  out.sort((a, b) => b.idle - a.idle || a.deal - b.deal || a.id.localeCompare(b.id));
  const rows: Cell[][] = [["Trade", "Deal date", "Stock-in date", "Days idle", "Status"]];
  for (const t of out) rows.push([t.id, t.deal, t.stock ?? "", t.idle, t.status]);
  return rows;
}

const BUCKETS = ["0-30", "31-45", "46-60", "61-90", "90+"];
const bucketOf = (d: number) => (d <= 30 ? 0 : d <= 45 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4);

/** AGED_UNITS' spill (one cost per day for all): filter at or over minDays, sort by age, build the rows with their details. */
export function plainAgedUnits(
  idCol: readonly (readonly unknown[])[],
  dateCol: readonly (readonly unknown[])[],
  asOf: number,
  minDays: number,
  costPerDay: number,
  details: readonly (readonly unknown[])[]
): Cell[][] {
  const n = idCol.length;
  const header = typeof dateCol[0]?.[0] === "string";
  const ages = new Float64Array(n);
  const keep: number[] = [];
  const undated: number[] = [];
  for (let i = header ? 1 : 0; i < n; i++) {
    const day = dayCell(dateCol[i]?.[0]);
    if (Number.isNaN(day)) {
      undated.push(i);
      continue;
    }
    const age = asOf - day;
    if (age < 0 || age < minDays) continue;
    ages[i] = age;
    keep.push(i);
  }
  const stock = (i: number) => textCell(idCol[i]?.[0]);
  keep.sort((a, b) => (ages[b] as number) - (ages[a] as number) || a - b);
  // Ties of age share the month-end cost; by stock number then (the sort above keeps them together in row order).
  const end = monthEnd(asOf);
  const rows: Cell[][] = [
    [
      "Stock",
      "Days in stock",
      "Bucket",
      "Holding cost so far",
      "Cost if unsold at month end",
      ...(details[0] ?? []).map((c) => (header ? String(c) : "")),
    ],
  ];
  let from = 0;
  while (from < keep.length) {
    let to = from + 1;
    while (to < keep.length && ages[keep[to] as number] === ages[keep[from] as number]) to++;
    const group = keep.slice(from, to).map((i) => ({ i, id: stock(i) }));
    group.sort((a, b) => a.id.localeCompare(b.id));
    for (const { i, id } of group) {
      const age = ages[i] as number;
      const d = details[i] ?? [];
      rows.push([
        id,
        age,
        BUCKETS[bucketOf(age)] as string,
        age * costPerDay,
        (end - (asOf - age)) * costPerDay,
        d[0] as Cell,
        d[1] as Cell,
      ]);
    }
    from = to;
  }
  for (const i of undated) {
    const d = details[i] ?? [];
    rows.push([stock(i), "", "no stock-in date", "", "", d[0] as Cell, d[1] as Cell]);
  }
  return rows;
}

const MAX_AGE = [90, 90, 30]; // pending, be-back, lost
const STATUS_LABELS = ["Pending", "Be-back", "Lost"];
const STATUS_CODE: Record<string, number> = { pending: 0, "be-back": 1, lost: 2, sold: 3 };
const PRIOR = 20;
const band = (age: number) => (age <= 7 ? 0 : age <= 30 ? 1 : 2);

/**
 * DEALS_TO_REVISIT's spill and PIPELINE_DEALS' number: the columns into typed arrays, the 12 past
 * snapshots tallied into counts by status × source × age band, the shrunk rates, the open ones ranked.
 */
export function plainPipeline(
  idCol: readonly (readonly unknown[])[],
  createdCol: readonly (readonly unknown[])[],
  statusCol: readonly (readonly unknown[])[],
  sourceCol: readonly (readonly unknown[])[],
  valueCol: readonly (readonly unknown[])[],
  asOf: number,
  soldCol: readonly (readonly unknown[])[],
  ranked = true
) {
  const n = createdCol.length;
  const created = new Float64Array(n);
  const status = new Int8Array(n);
  const source = new Int32Array(n);
  const value = new Float64Array(n);
  const sold = new Float64Array(n);
  const statusOf = new Map<unknown, number>();
  const sourceOf = new Map<unknown, number>();
  const sourceNames: string[] = [];
  let count = 0;
  const rowOf = new Int32Array(n);
  const header = typeof createdCol[0]?.[0] === "string";
  let earliest = Infinity;
  for (let i = header ? 1 : 0; i < n; i++) {
    const c = dayCell(createdCol[i]?.[0]);
    const rawStatus = statusCol[i]?.[0];
    let s = statusOf.get(rawStatus);
    if (s === undefined) {
      const known = opportunityStatus(rawStatus);
      s = known === null ? -1 : (STATUS_CODE[known] ?? -1);
      statusOf.set(rawStatus, s);
    }
    const rawSource = sourceCol[i]?.[0];
    let src = sourceOf.get(rawSource);
    if (src === undefined) {
      const name = textCell(rawSource) || "(none)";
      src = sourceNames.findIndex((x) => x.toLowerCase() === name.toLowerCase());
      if (src < 0) src = sourceNames.push(name) - 1;
      sourceOf.set(rawSource, src);
    }
    const rawSold = soldCol[i]?.[0];
    if (s < 0) continue; // an unknown status (the benchmark's log has none; the function lists them in its error)
    const k = count++;
    rowOf[k] = i;
    created[k] = c;
    status[k] = s;
    source[k] = src;
    const v = valueCol[i]?.[0];
    value[k] = typeof v === "number" ? v : 0;
    sold[k] = rawSold === "" || rawSold === null || rawSold === undefined ? (s === 3 ? c : NaN) : dayCell(rawSold);
    if (c < earliest) earliest = c;
  }
  // Tallies: [status][source][band] cells, [status][source], [status], all.
  const S = sourceNames.length;
  const cellTrials = new Int32Array(3 * S * 3);
  const cellSales = new Int32Array(3 * S * 3);
  const ssTrials = new Int32Array(3 * S);
  const ssSales = new Int32Array(3 * S);
  const stTrials = new Int32Array(3);
  const stSales = new Int32Array(3);
  let trials = 0;
  let sales = 0;
  for (let back = 1; back <= 12; back++) {
    const month = addMonths(asOf, -back);
    const end = monthEnd(month);
    if (end < earliest) break;
    const { year, month: m } = serialToDate(month);
    const day = monthStart(month) + Math.min(serialToDate(asOf).day, daysInMonth(year, m)) - 1;
    for (let k = 0; k < count; k++) {
      const c = created[k] as number;
      if (c > day || (sold[k] as number) <= day) continue;
      const st = status[k] === 3 ? 0 : (status[k] as number);
      const age = day - c;
      if (age > (MAX_AGE[st] as number)) continue;
      const won = (sold[k] as number) <= end ? 1 : 0;
      const ss = st * S + (source[k] as number);
      const cell = ss * 3 + band(age);
      bump(cellTrials, cell);
      bump(cellSales, cell, won);
      bump(ssTrials, ss);
      bump(ssSales, ss, won);
      bump(stTrials, st);
      bump(stSales, st, won);
      trials++;
      sales += won;
    }
  }
  const overall = sales / trials;
  const stRate = [0, 1, 2].map((s) => ((stSales[s] as number) + PRIOR * overall) / ((stTrials[s] as number) + PRIOR));
  const open: number[] = [];
  const chance = new Float64Array(count);
  const age = new Float64Array(count);
  let expected = 0;
  for (let k = 0; k < count; k++) {
    const c = created[k] as number;
    if (c > asOf || (sold[k] as number) <= asOf) continue;
    const st = status[k] === 3 ? 0 : (status[k] as number);
    const a = asOf - c;
    if (a > (MAX_AGE[st] as number)) continue;
    const ss = st * S + (source[k] as number);
    const parent = ((ssSales[ss] as number) + PRIOR * (stRate[st] as number)) / ((ssTrials[ss] as number) + PRIOR);
    const cell = ss * 3 + band(a);
    chance[k] = ((cellSales[cell] as number) + PRIOR * parent) / ((cellTrials[cell] as number) + PRIOR);
    age[k] = a;
    expected += chance[k] as number;
    open.push(k);
  }
  if (!ranked) return { rows: [], expected };
  const ids = (k: number) => textCell(idCol[rowOf[k] as number]?.[0]);
  open.sort(
    (a, b) =>
      (value[b] as number) * (chance[b] as number) - (value[a] as number) * (chance[a] as number) ||
      (chance[b] as number) - (chance[a] as number) ||
      (age[a] as number) - (age[b] as number) ||
      ids(a).localeCompare(ids(b))
  );
  const rows: Cell[][] = [["Id", "Status", "Source", "Age (days)", "Chance this month", "Value", "Expected value"]];
  for (const k of open) {
    const st = status[k] === 3 ? 0 : (status[k] as number);
    rows.push([
      ids(k),
      STATUS_LABELS[st] as string,
      sourceNames[source[k] as number] as string,
      age[k] as number,
      chance[k] as number,
      value[k] as number,
      (value[k] as number) * (chance[k] as number),
    ]);
  }
  return { rows, expected };
}

/** A tier table's cells read into three small arrays, lowest threshold first (a text first row is a header). */
export function plainTiers(range: readonly (readonly unknown[])[], objective: number | null) {
  const thresholds: number[] = [];
  const perUnit: number[] = [];
  const lump: number[] = [];
  for (const row of range) {
    const t = row[0];
    if (typeof t !== "number") continue; // the header (the benchmark's tables hold numbers below it)
    const units = objective === null ? t : t * objective;
    const th = Math.ceil(units - 1e-9 * Math.max(1, Math.abs(units)));
    // Insertion by threshold: tier tables are a handful of rows.
    let at = thresholds.length;
    while (at > 0 && (thresholds[at - 1] as number) > th) at--;
    thresholds.splice(at, 0, th);
    perUnit.splice(at, 0, typeof row[1] === "number" ? row[1] : 0);
    lump.splice(at, 0, typeof row[2] === "number" ? row[2] : 0);
  }
  return { thresholds, perUnit, lump };
}

/** Number of the highest tier reached. */
export function plainTierOf(units: number, thresholds: readonly number[]): number {
  let k = 0;
  while (k < thresholds.length && units >= (thresholds[k] as number)) k++;
  return k;
}

/** REQUIREMENT_GAPS' spill: each row's cells read, the slope of its readings, the failing and trending ones sorted. */
export function plainRequirementGaps(rows: readonly (readonly unknown[])[], asOf: number, periodEnd: number): Cell[][] {
  const DAYS = 365.25 / 12;
  const monthsLeft = Math.max(0, periodEnd - asOf) / DAYS;
  const failing: Cell[][] = [];
  const trending: { when: number; row: Cell[] }[] = [];
  const series = new Float64Array(64);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    const name = row[0] as string;
    const current = row[1] as number;
    const threshold = row[2] as number;
    const sign = row[3] === "min" ? 1 : -1;
    let n = 0;
    for (let c = 4; c < row.length; c++) if (typeof row[c] === "number") series[n++] = row[c] as number;
    series[n++] = current;
    let perMonth: number | null = null;
    if (n >= 2) {
      const meanX = (n - 1) / 2;
      let sy = 0;
      for (let i = 0; i < n; i++) sy += series[i] as number;
      const meanY = sy / n;
      let sxy = 0;
      let sxx = 0;
      for (let i = 0; i < n; i++) {
        sxy += (i - meanX) * ((series[i] as number) - meanY);
        sxx += (i - meanX) * (i - meanX);
      }
      perMonth = sxy / sxx;
    }
    const margin = sign * (current - threshold);
    const projected = current + (perMonth ?? 0) * monthsLeft;
    if (margin < 0) {
      failing.push([name, current, threshold, "failing", -margin, asOf, perMonth ?? ""]);
      continue;
    }
    const drift = perMonth === null ? 0 : sign * perMonth;
    if (drift >= 0) continue;
    const months = margin / -drift;
    if (months > monthsLeft) continue;
    const when = Math.ceil(asOf + months * DAYS);
    trending.push({
      when,
      row: [
        name,
        current,
        threshold,
        "trending to fail",
        Math.max(0, -sign * (projected - threshold)),
        when,
        perMonth ?? "",
      ],
    });
  }
  trending.sort((a, b) => a.when - b.when);
  return [
    ["Requirement", "Current", "Threshold", "Status", "Shortfall", "When", "Trend per month"],
    ...failing,
    ...trending.map((t) => t.row),
  ];
}
