import { monthKey, monthProgress, monthStart, type StoreCalendar } from "../calendar";
import { isSheetError } from "../errors";
import { forecastMonthEnd, type MonthForecast } from "../forecast";
import { channelResolver, type Channel } from "./channels";
import { cellTarget, channelTarget, salespersonTarget, storeTarget } from "./targetTotals";
import { nameKey, type TargetRow } from "./targetRow";

/** What progress needs of a deal. */
export interface TeamDeal {
  readonly soldDate: number;
  readonly salesperson: string;
  readonly channel: string;
}

/** One bar of the progress view: a salesperson on a channel, a salesperson, a channel or the store. */
export interface ProgressLine {
  /** "" for a channel's or the store's line. */
  readonly salesperson: string;
  /** "" for a salesperson's or the store's line. */
  readonly channelId: string;
  readonly label: string;
  readonly target: number | null;
  /** Deals from the 1st through as-of. */
  readonly mtd: number;
  /** target × selling days gone ÷ selling days in the month. */
  readonly expected: number | null;
  /** mtd ÷ expected (1 = on pace); null without a target or before the first selling day. */
  readonly pace: number | null;
  readonly status: "ahead" | "behind" | "noTarget";
  /** Deals short of today's pace (0 when on or ahead). */
  readonly shortOfPace: number;
  /** Straight-line month end over selling days. */
  readonly trend: number | null;
  /** Projected month end: the learned model's median, else the trend. */
  readonly projected: number | null;
  readonly projectedMethod: "model" | "trend" | null;
  /** Chance of ending the month at or above the target. */
  readonly probReach: number | null;
}

/** The month's progress for the whole floor. */
export interface TeamProgress {
  readonly month: string;
  readonly sellingDaysElapsed: number;
  readonly sellingDaysTotal: number;
  readonly store: ProgressLine;
  readonly salespeople: readonly { readonly line: ProgressLine; readonly cells: readonly ProgressLine[] }[];
  readonly channels: readonly ProgressLine[];
  /** Salespeople on the floor (sold in the last ACTIVE_DAYS days) with no target this month. */
  readonly missingTargets: readonly string[];
}

/** A salesperson is on the floor when they sold within this many days through as-of. */
export const ACTIVE_DAYS = 90;

/** The month-end projections of a floor: target-independent, so computed once and reused while targets are typed. */
export type TeamForecasts = ReadonlyMap<string, MonthForecast | null>;

const lineKey = (salesperson: string, channelId: string) => `${nameKey(salesperson)}|${channelId.toLowerCase()}`;

/** The salespeople of a month (asOf's unless given): those who sold in the ACTIVE_DAYS through as-of or have a target that month, by name. */
export function floorSalespeople(
  deals: readonly TeamDeal[],
  rows: readonly TargetRow[],
  asOf: number,
  month: string = monthKey(asOf)
): string[] {
  const names = new Map<string, string>();
  const from = Math.floor(asOf) - ACTIVE_DAYS;
  for (const d of deals)
    if (d.soldDate > from && d.soldDate < Math.floor(asOf) + 1 && d.salesperson.trim() !== "")
      names.set(nameKey(d.salesperson), d.salesperson.trim());
  for (const r of rows)
    if (r.month === month && r.salesperson !== "" && !names.has(nameKey(r.salesperson)))
      names.set(nameKey(r.salesperson), r.salesperson);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}

interface Grouped {
  readonly store: number[];
  readonly byPerson: Map<string, number[]>;
  readonly byChannel: Map<string, number[]>;
  readonly byCell: Map<string, number[]>;
}

function group(deals: readonly TeamDeal[], channels: readonly Channel[], rows: readonly TargetRow[]): Grouped {
  const resolve = channelResolver(channels, rows);
  const g: Grouped = { store: [], byPerson: new Map(), byChannel: new Map(), byCell: new Map() };
  const push = (map: Map<string, number[]>, k: string, d: number) => {
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(d);
  };
  for (const d of deals) {
    g.store.push(d.soldDate);
    const channelId = resolve(d.channel)?.id ?? "";
    if (d.salesperson.trim() !== "") push(g.byPerson, nameKey(d.salesperson), d.soldDate);
    if (channelId !== "") push(g.byChannel, channelId.toLowerCase(), d.soldDate);
    if (d.salesperson.trim() !== "" && channelId !== "") push(g.byCell, lineKey(d.salesperson, channelId), d.soldDate);
  }
  return g;
}

/** The deal dates behind each line (store "|", salesperson "name|", channel "|id", cell "name|id"). */
export function teamDates(
  deals: readonly TeamDeal[],
  channels: readonly Channel[],
  rows: readonly TargetRow[] = []
): Map<string, number[]> {
  const g = group(deals, channels, rows);
  const out = new Map<string, number[]>([["|", g.store]]);
  for (const [k, v] of g.byPerson) out.set(`${k}|`, v);
  for (const [k, v] of g.byChannel) out.set(`|${k}`, v);
  for (const [k, v] of g.byCell) out.set(k, v);
  return out;
}

/**
 * Projects the month-end of the store, every salesperson, channel and salesperson × channel that
 * sold this month or has a target this month, each subset shrunk toward the store's month shape. Lines the
 * model can't project (no history) are null; their progress falls back to the trend.
 */
export function teamForecasts(
  deals: readonly TeamDeal[],
  channels: readonly Channel[],
  rows: readonly TargetRow[],
  asOf: number,
  calendar: StoreCalendar
): TeamForecasts {
  const out = new Map<string, MonthForecast | null>();
  for (const job of teamForecastJobs(deals, channels, rows, asOf))
    out.set(job.key, runForecastJob(job, asOf, calendar));
  return out;
}

/** One line to project: its key (as teamDates gives it), its deal dates and the store's as reference. */
export interface ForecastJob {
  readonly key: string;
  readonly dates: readonly number[];
  readonly reference: readonly number[] | null;
}

/**
 * The lines teamForecasts projects, store first, then salespeople, channels and salesperson ×
 * channel: a pane can run them a few at a time and show each as it comes.
 */
export function teamForecastJobs(
  deals: readonly TeamDeal[],
  channels: readonly Channel[],
  rows: readonly TargetRow[],
  asOf: number
): ForecastJob[] {
  const dates = teamDates(deals, channels, rows);
  const store = dates.get("|") ?? [];
  const first = monthStart(asOf);
  const month = monthKey(asOf);
  const targeted = new Set<string>();
  for (const r of rows) {
    if (r.month !== month) continue;
    if (r.channelId !== "") targeted.add(`|${r.channelId.toLowerCase()}`);
    if (r.salesperson === "") continue;
    targeted.add(`${nameKey(r.salesperson)}|`);
    if (r.channelId !== "") targeted.add(lineKey(r.salesperson, r.channelId));
  }
  const jobs: ForecastJob[] = [];
  for (const [key, list] of dates) {
    // Lines with neither a deal nor a target this month (people who left) aren't projected.
    if (key !== "|" && !targeted.has(key) && !list.some((d) => d >= first && d < Math.floor(asOf) + 1)) continue;
    jobs.push({ key, dates: list, reference: key === "|" ? null : store });
  }
  const rank = (k: string) => (k === "|" ? 0 : k.endsWith("|") ? 1 : k.startsWith("|") ? 2 : 3);
  return jobs.sort((a, b) => rank(a.key) - rank(b.key));
}

/** Projects one line (null when the model can't: no history, no selling day). */
export function runForecastJob(job: ForecastJob, asOf: number, calendar: StoreCalendar): MonthForecast | null {
  const f = forecastMonthEnd({ dealDates: job.dates, asOf, calendar, reference: job.reference });
  return isSheetError(f) ? null : f;
}

/**
 * The month's progress for every salesperson × channel, salesperson, channel and the store:
 * count against target, today's expected pace over selling days, green/red, projected finish
 * and the chance of making target.
 */
export function teamProgress(
  input: {
    readonly deals: readonly TeamDeal[];
    readonly rows: readonly TargetRow[];
    readonly channels: readonly Channel[];
    readonly salespeople: readonly string[];
    readonly asOf: number;
    readonly calendar: StoreCalendar;
  },
  forecasts: TeamForecasts = new Map()
): TeamProgress {
  const { rows, channels, asOf, calendar } = input;
  const day = Math.floor(asOf);
  const month = monthKey(day);
  const { elapsed, total } = monthProgress(day, day, calendar);
  const first = monthStart(day);
  const dates = teamDates(input.deals, channels, rows);
  const mtdOf = (k: string) => (dates.get(k) ?? []).filter((d) => d >= first && d < day + 1).length;

  const line = (salesperson: string, channelId: string, label: string, target: number | null): ProgressLine => {
    const k = salesperson === "" && channelId === "" ? "|" : lineKey(salesperson, channelId);
    const mtd = mtdOf(k);
    const expected = target === null || total === 0 ? null : (target * elapsed) / total;
    const pace = expected === null || expected === 0 ? null : mtd / expected;
    const trend = elapsed === 0 ? null : (mtd / elapsed) * total;
    const f = forecasts.get(k) ?? null;
    const projected = f && f.method === "model" ? f.p50 : trend;
    return {
      salesperson,
      channelId,
      label,
      target,
      mtd,
      expected,
      pace,
      status: target === null ? "noTarget" : expected !== null && mtd + 1e-9 < expected ? "behind" : "ahead",
      shortOfPace: expected === null ? 0 : Math.max(0, expected - mtd),
      trend,
      projected,
      projectedMethod: projected === null ? null : f && f.method === "model" ? "model" : "trend",
      probReach: target === null ? null : f ? f.probAtLeast(target) : mtd >= target ? 1 : null,
    };
  };

  const salespeople = input.salespeople.map((p) => ({
    line: line(p, "", p, salespersonTarget(rows, month, p)),
    cells: channels.map((c) => line(p, c.id, c.name, cellTarget(rows, month, p, c.id))),
  }));
  const soldRecently = new Set(
    input.deals.filter((d) => d.soldDate > day - ACTIVE_DAYS && d.soldDate < day + 1).map((d) => nameKey(d.salesperson))
  );
  return {
    month,
    sellingDaysElapsed: elapsed,
    sellingDaysTotal: total,
    store: line("", "", "Store", storeTarget(rows, month)),
    salespeople,
    channels: channels.map((c) => line("", c.id, c.name, channelTarget(rows, month, c.id))),
    missingTargets: salespeople
      .filter((s) => s.line.target === null && soldRecently.has(nameKey(s.line.salesperson)))
      .map((s) => s.line.salesperson),
  };
}
