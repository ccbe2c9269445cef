/*
 * Deal-flow functions (namespace GSM): stage times, the floor by stage, bottlenecks and trades waiting
 * for the used department. Thin wrappers over src/core/floor, as in functions.ts. The ones that can read
 * the clock are volatile; the event log they read is parsed once per distinct input (eventLogCached).
 */
import { MAX_SERIAL, todaySerial } from "../core/calendar";
import { cellDate } from "../core/dealLog/cellDate";
import { isSheetError, sheetError, type SheetError } from "../core/errors";
import {
  bottlenecks as coreBottlenecks,
  cellsOf,
  eventLogCached,
  flowSummary as coreFlowSummary,
  nowSerial,
  parseEventTime,
  readStageAliases,
  readStageLimits,
  stageMinutes as coreStageMinutes,
  stageOf,
  stageResolver,
  timelines,
  tradeHandoffs,
  type EventLog,
  type StockIn,
  type TradeIn,
} from "../core/floor";
import { allArgs, dateArg } from "./args";
import { toExcelError } from "./excelError";

type Cell = string | number | boolean;

/** A time stamp argument; `fallback` when omitted or blank. A bare time of day is today's. */
function timeArg(value: unknown, name: string, fallback?: () => number): number | SheetError {
  if (value === null || value === undefined || value === "" || value === 0)
    return fallback ? fallback() : sheetError("value", "flowNotATime", name);
  const t = parseEventTime(value);
  if (t === null) return sheetError("value", "flowNotATime", name);
  return t < 1 && fallback ? todaySerial() + t : t;
}

// Past the last serial Excel can show: read once, not per call.
const LAST_SERIAL = MAX_SERIAL + 1;

/** A date-time serial on a known day (1 or more), which parseEventTime would return as it is. */
function isDateTimeSerial(value: unknown): value is number {
  return typeof value === "number" && value >= 1 && value < LAST_SERIAL;
}

/** An optional end: blank means the stage is still open. */
function endArg(value: unknown): number | null | SheetError {
  if (value === null || value === undefined || value === "" || value === 0) return null;
  const t = parseEventTime(value);
  return t === null ? sheetError("value", "flowNotATime", "end") : t;
}

/** The rows that say what the log reader skipped, under a spill of `width` columns: reported, never dropped silently. */
function skippedRows(log: EventLog, width: number): Cell[][] {
  const rows: [string, number][] = [];
  if (log.badTimes > 0) rows.push(["Skipped: time not a date", log.badTimes]);
  if (log.missingDeal > 0) rows.push(["Skipped: no deal id", log.missingDeal]);
  for (const u of log.unknownStages) rows.push([`Skipped: unknown stage "${u.name}"`, u.rows]);
  return rows.map(([label, n]) => [label, n, ...Array<Cell>(width - 2).fill("")]);
}

function blankIfNull(value: number | null): Cell {
  return value === null ? "" : value;
}

/**
 * Minutes a deal spent in a stage: from start to end, or, while the stage is still open (end blank), to as_of_time.
 * @customfunction STAGE_MINUTES
 * @volatile
 * @param start When the stage began: a date-time (e.g. 12/6/2025 14:05) or a time of day.
 * @param [end] When the next stage began; leave blank while the deal is still in this stage.
 * @param [as_of_time] The moment an open stage is measured to; defaults to now.
 * @returns {number} Minutes in the stage (#NUM! when end is before start).
 * @example =GSM.STAGE_MINUTES("12/6/2025 23:40", "12/7/2025 0:25") returns 45: a late deal crossing midnight, 20 minutes before and 25 after.
 */
export function stageMinutes(start: unknown, end?: unknown, as_of_time?: unknown) {
  // Checked one by one, left to right as allArgs would: called down a column, an object per call costs more than the sum.
  // A serial with a date (the usual cell) is its own time stamp: no parsing for it.
  const from = isDateTimeSerial(start) ? start : timeArg(start, "start");
  if (isSheetError(from)) return toExcelError(from);
  const to = isDateTimeSerial(end) ? end : endArg(end);
  if (isSheetError(to)) return toExcelError(to);
  // The clock only matters while the stage is open.
  const asOf = isDateTimeSerial(as_of_time)
    ? as_of_time
    : to === null || (as_of_time !== null && as_of_time !== undefined)
      ? timeArg(as_of_time, "as_of_time", nowSerial)
      : 0;
  if (isSheetError(asOf)) return toExcelError(asOf);
  const minutes = coreStageMinutes(from, to, asOf);
  return isSheetError(minutes) ? toExcelError(minutes) : minutes;
}

/** The header row of FLOW_SUMMARY's spill. */
const FLOW_SUMMARY_HEADER = [
  "Stage",
  "Deals in it now",
  "Median minutes",
  "90th percentile minutes",
  "Longest current wait",
  "Flagged: times out of order",
];

/**
 * The floor by stage from a deal event log: for each stage (Greeted … In F&I) and the whole visit, the deals in it now, the median and 90th-percentile minutes of finished stays, and the longest current wait.
 * @customfunction FLOW_SUMMARY
 * @volatile
 * @param deal_ids Range of deal ids, one per event row, e.g. Events[Deal].
 * @param stages Range of stage names or CRM step codes beside it (Up, Test drive, Write-up, T.O., Waiting for F&I, In F&I, Delivered…).
 * @param times Range of time stamps beside it (date-times or text like 12/6/2025 14:05).
 * @param [as_of_time] The moment the floor is seen at; defaults to now. Later events are ignored.
 * @param [stage_names] Your own step names: two columns, the name in your log | the stage it means.
 * @returns {any[][]} A table that spills: Stage, Deals in it now, Median minutes, 90th percentile minutes (as PERCENTILE.INC), Longest current wait, Flagged (stays whose times run backwards); then rows counting skipped events.
 * @example =GSM.FLOW_SUMMARY(Events[Deal], Events[Stage], Events[Time]) returns a header row, a row per stage and a Whole visit row: e.g. Waiting for F&I, 3 deals in it now, median 12 minutes, longest wait 95.
 */
export function flowSummary(
  deal_ids: unknown[][],
  stages: unknown[][],
  times: unknown[][],
  as_of_time?: unknown,
  stage_names?: unknown[][]
) {
  const args = allArgs({
    log: eventLogCached(deal_ids, stages, times, stage_names),
    asOf: timeArg(as_of_time, "as_of_time", nowSerial),
  });
  if (isSheetError(args)) return toExcelError(args);
  const summary = coreFlowSummary(timelines(args.log.deals, args.asOf));
  const rows: Cell[][] = [FLOW_SUMMARY_HEADER];
  for (const s of summary)
    rows.push([s.label, s.inNow, blankIfNull(s.median), blankIfNull(s.p90), blankIfNull(s.longestCurrent), s.flagged]);
  return [...rows, ...skippedRows(args.log, FLOW_SUMMARY_HEADER.length)];
}

/** The header row of BOTTLENECKS' spill. */
const BOTTLENECKS_HEADER = ["Deal", "Stage", "Minutes in stage", "Stage limit", "Visit minutes", "Idle handoff"];

/**
 * Deals waiting past their stage's limit (or past the whole-visit limit), longest wait first, with the handoff that is idle.
 * @customfunction BOTTLENECKS
 * @volatile
 * @param deal_ids Range of deal ids, one per event row, e.g. Events[Deal].
 * @param stages Range of stage names or CRM step codes beside it.
 * @param times Range of time stamps beside it.
 * @param [limits] Two columns, stage | minutes, to change the defaults (Greeted 20, Test drive 30, Desk 20, Manager T.O. 15, Waiting for F&I 30, In F&I 60, Total 90).
 * @param [as_of_time] The moment the floor is seen at; defaults to now.
 * @param [stage_names] Your own step names: two columns, the name in your log | the stage it means.
 * @returns {any[][]} A table that spills: Deal, Stage, Minutes in stage, Stage limit, Visit minutes, Idle handoff (e.g. Waiting for F&I → In F&I); a header alone when nothing is stuck.
 * @example =GSM.BOTTLENECKS(Events[Deal], Events[Stage], Events[Time]) returns the deals stuck now, e.g. D1042, Waiting for F&I, 95 minutes against a limit of 30, idle handoff Waiting for F&I → In F&I.
 */
export function bottlenecks(
  deal_ids: unknown[][],
  stages: unknown[][],
  times: unknown[][],
  limits?: unknown[][],
  as_of_time?: unknown,
  stage_names?: unknown[][]
) {
  const aliases = readStageAliases(stage_names);
  if (isSheetError(aliases)) return toExcelError(aliases);
  const args = allArgs({
    log: eventLogCached(deal_ids, stages, times, stage_names),
    limits: readStageLimits(limits, stageResolver(aliases)),
    asOf: timeArg(as_of_time, "as_of_time", nowSerial),
  });
  if (isSheetError(args)) return toExcelError(args);
  const stuck = coreBottlenecks(timelines(args.log.deals, args.asOf), args.limits);
  const rows: Cell[][] = [BOTTLENECKS_HEADER];
  for (const b of stuck)
    rows.push([b.line.deal.id, stageOf(b.stage).label, b.minutes, b.limit, blankIfNull(b.visitMinutes), b.handoff]);
  return [...rows, ...skippedRows(args.log, BOTTLENECKS_HEADER.length)];
}

/** The header row of TRADE_HANDOFF's spill. */
const TRADE_HANDOFF_HEADER = ["Trade", "Deal date", "Stock-in date", "Days idle", "Status"];

const TRADE_STATUS = {
  notStocked: "Not stocked in",
  late: "Stocked in late",
  beforeDeal: "Stock-in before the deal: check dates",
} as const;

/**
 * Trades taken on deals that the used department hasn't stocked in yet, or stocked in more than 2 days after the deal: days idle, longest first.
 * @customfunction TRADE_HANDOFF
 * @volatile
 * @param trade_ids Range of trade stock numbers or VINs taken on deals (blank where a deal had no trade).
 * @param deal_dates Range of the deals' dates beside it.
 * @param stock_ids Range of used-inventory stock numbers or VINs stocked in, e.g. UsedStockIn[Stock] (matched to trade_ids without case or spaces).
 * @param stock_in_dates Range of their stock-in dates beside it (blank while not stocked in).
 * @param [as_of] The day idle days are counted to; defaults to today.
 * @returns {any[][]} A table that spills: Trade, Deal date, Stock-in date, Days idle, Status (format the dates as dates); a header alone when every trade is stocked on time.
 * @example =GSM.TRADE_HANDOFF(TradeIns[Trade stock], TradeIns[Deal date], UsedStockIn[Stock], UsedStockIn[Stock-in date]) returns each trade not yet in used inventory with its days idle, e.g. U40449T, 10/27/2026, blank, 14, Not stocked in.
 */
export function tradeHandoff(
  trade_ids: unknown[][],
  deal_dates: unknown[][],
  stock_ids: unknown[][],
  stock_in_dates: unknown[][],
  as_of?: unknown
) {
  const asOf = dateArg(as_of, "as_of", todaySerial);
  if (isSheetError(asOf)) return toExcelError(asOf);
  const ids = cellsOf(trade_ids);
  const dates = cellsOf(deal_dates);
  if (ids.length !== dates.length) return toExcelError(sheetError("value", "flowTradeSizeMismatch"));
  const stockIds = cellsOf(stock_ids);
  const stockDates = cellsOf(stock_in_dates);
  if (stockIds.length !== stockDates.length) return toExcelError(sheetError("value", "flowStockSizeMismatch"));
  const trades: TradeIn[] = [];
  let badDealDates = 0;
  ids.forEach((id, i) => {
    const text = typeof id === "string" ? id.trim() : typeof id === "number" && id !== 0 ? String(id) : "";
    if (text === "") return;
    const date = cellDate(dates[i]);
    // A header row of a whole-column selection isn't a bad date.
    if (date === null) {
      if (!(i === 0 && typeof dates[i] === "string")) badDealDates++;
      return;
    }
    trades.push({ id: text, dealDate: date });
  });
  const stockIns: StockIn[] = [];
  let badStockDates = 0;
  stockIds.forEach((id, i) => {
    const text = typeof id === "string" ? id.trim() : typeof id === "number" && id !== 0 ? String(id) : "";
    const cell = stockDates[i];
    if (text === "" || cell === null || cell === undefined || cell === "" || cell === 0) return;
    const date = cellDate(cell);
    if (date === null) {
      if (!(i === 0 && typeof cell === "string")) badStockDates++;
      return;
    }
    stockIns.push({ id: text, date });
  });
  const rows: Cell[][] = [TRADE_HANDOFF_HEADER];
  for (const t of tradeHandoffs(trades, stockIns, asOf))
    rows.push([t.id, t.dealDate, blankIfNull(t.stockInDate), t.daysIdle, TRADE_STATUS[t.status]]);
  if (badDealDates > 0) rows.push(["Skipped: deal date not a date", badDealDates, "", "", ""]);
  if (badStockDates > 0) rows.push(["Skipped: stock-in date not a date", badStockDates, "", "", ""]);
  return rows;
}
