import { isoDate, serialToDate } from "../../core/calendar";
import { cellDate } from "../../core/dealLog/cellDate";
import { isSheetError } from "../../core/errors";
import {
  bottlenecks,
  DEFAULT_STAGE_LIMITS,
  eventRowsOfTable,
  FLOOR_TABLES,
  flowSummary,
  handoffOf,
  readEventLog,
  readStageAliases,
  readStageLimits,
  stageLimit,
  stageResolver,
  stockInRowsOfTable,
  timelines,
  tradeHandoffs,
  tradeKey,
  tradeRowsOfTable,
  WORKING_STAGES,
  type DealTimeline,
  type StageId,
  type StageLimits,
  type StageSummary,
  type StockIn,
  type TradeIn,
  type UnknownStage,
} from "../../core/floor";
import type { CellTable, TablesRead } from "../../excel/workbookPort";

/** The tables the Floor reads in its one batched read per refresh. */
export const FLOOR_TABLE_NAMES: readonly string[] = [
  FLOOR_TABLES.events,
  FLOOR_TABLES.trades,
  FLOOR_TABLES.stockIn,
  FLOOR_TABLES.stageNames,
  FLOOR_TABLES.limits,
];

/** A deal on the board. */
export interface FloorCard {
  readonly deal: string;
  readonly customer: string;
  readonly salesperson: string;
  readonly department: string;
  readonly trade: string;
  /** Minutes in its step now. */
  readonly minutes: number;
  readonly limit: number;
  /** Minutes since it walked in (null when its times run backwards). */
  readonly visitMinutes: number | null;
  /** Past its step's limit or the whole-visit limit: shown red. */
  readonly over: boolean;
  /** Why it's red, in words ("32 min past the 30-min limit"). */
  readonly reason: string;
  readonly handoff: string;
}

/** A column of the board: one working step. */
export interface FloorColumn {
  readonly stage: StageId;
  readonly label: string;
  readonly limit: number;
  /** Longest wait first. */
  readonly cards: readonly FloorCard[];
  /** Today's median and 90th percentile of finished stays in the step. */
  readonly summary: StageSummary;
}

/** A trade the used department hasn't stocked in (or stocked late). */
export interface TradeLine {
  readonly id: string;
  readonly dealDate: string;
  readonly stockInDate: string;
  readonly daysIdle: number;
  readonly status: string;
}

/** Everything the Floor view shows, computed from the tables and the clock. */
export interface FloorBoard {
  readonly now: number;
  /** "3:30 PM". */
  readonly timeText: string;
  readonly columns: readonly FloorColumn[];
  readonly visit: StageSummary;
  /** The whole-visit limit in force (the store's or the default). */
  readonly visitLimit: number;
  /** Deals on the floor in the sales steps by department, and in F&I (waiting or in the box). */
  readonly split: { readonly new: number; readonly used: number; readonly other: number; readonly fi: number };
  readonly deliveredToday: number;
  readonly leftToday: number;
  readonly stuck: number;
  readonly unknownStages: readonly UnknownStage[];
  readonly badTimes: number;
  readonly missingDeal: number;
  /** Deals from earlier days with no end logged, left off the board. */
  readonly staleOpen: number;
  /** Trades to chase: not stocked in a day or more after the deal, stocked in late, or dated oddly; null without a TradeIns table. */
  readonly trades: readonly TradeLine[] | null;
  /** What keeps part of the board from showing (a missing table or column), in the GSM's words. */
  readonly problems: readonly string[];
}

/**
 * "3:30 PM" of a serial's time of day.
 * @example clockText(45997.6458333) // "3:30 PM"
 */
export function clockText(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440) % 1440;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h % 12 === 0 ? 12 : h % 12)}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
}

/** "12/6" of a whole-day serial. */
function shortDate(serial: number): string {
  const d = serialToDate(serial);
  return `${String(d.month)}/${String(d.day)}`;
}

const TRADE_STATUS = {
  notStocked: "Not stocked in",
  late: "Stocked in late",
  beforeDeal: "Stock-in before the deal: check dates",
} as const;

function rowsOf(table: CellTable | null | undefined): readonly (readonly unknown[])[] | null {
  return table ? table.rows : null;
}

/** Trades and stock-ins matched by stock number or, failing that, by VIN. */
function tradeLines(
  tradesTable: CellTable,
  stockTable: CellTable | null,
  now: number,
  problems: string[]
): TradeLine[] | null {
  const trades = tradeRowsOfTable(tradesTable.rows);
  if ("missing" in trades) {
    problems.push(`${FLOOR_TABLES.trades} needs a column for ${trades.missing.join(", ")}.`);
    return null;
  }
  const stocked = stockTable ? stockInRowsOfTable(stockTable.rows) : [];
  if ("missing" in stocked) {
    problems.push(`${FLOOR_TABLES.stockIn} needs a column for ${stocked.missing.join(", ")}.`);
    return null;
  }
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" && v !== 0 ? String(v) : "");
  const byVin = new Map<string, number>();
  const stockIns: StockIn[] = [];
  for (const s of stocked) {
    const date = cellDate(s.date);
    if (date === null) continue;
    if (text(s.id) !== "") stockIns.push({ id: text(s.id), date });
    if (text(s.vin) !== "") byVin.set(tradeKey(text(s.vin)), date);
  }
  const ins: TradeIn[] = [];
  for (const t of trades) {
    const dealDate = cellDate(t.dealDate);
    const id = text(t.id) || text(t.vin);
    if (dealDate === null || id === "") continue;
    ins.push({ id, dealDate });
    // A unit checked in under its VIN still counts for the trade's stock number.
    const vinDate = byVin.get(tradeKey(text(t.vin)));
    if (vinDate !== undefined) stockIns.push({ id, date: vinDate });
  }
  // A trade taken today isn't late for check-in yet: the list is what to chase.
  return tradeHandoffs(ins, stockIns, now)
    .filter((h) => !(h.status === "notStocked" && h.daysIdle === 0))
    .map((h) => ({
      id: h.id,
      dealDate: shortDate(h.dealDate),
      stockInDate: h.stockInDate === null ? "" : shortDate(h.stockInDate),
      daysIdle: h.daysIdle,
      status: TRADE_STATUS[h.status],
    }));
}

function card(line: DealTimeline, limits: StageLimits): FloorCard | null {
  const span = line.current;
  if (!span || span.minutes === null) return null;
  const limit = stageLimit(limits, span.stage);
  const overStage = span.minutes > limit;
  const overVisit = line.visitMinutes !== null && line.visitMinutes > limits.visit;
  const reason = overStage
    ? `${String(Math.round(span.minutes - limit))} min past the ${String(limit)}-min limit`
    : overVisit
      ? `visit past ${String(limits.visit)} min`
      : "";
  const d = line.deal;
  return {
    deal: d.id,
    customer: d.customer,
    salesperson: d.salesperson,
    department: d.department,
    trade: d.trade,
    minutes: span.minutes,
    limit,
    visitMinutes: line.visitMinutes,
    over: overStage || overVisit,
    reason,
    handoff: handoffOf(span.stage),
  };
}

/**
 * The board at a moment from the Floor's tables: a column per working step with a card per deal in it
 * (longest wait first, red past its limit), today's medians, the department split, what was skipped,
 * and the trades waiting for the used department. Deals finished on an earlier day are left out.
 */
export function floorBoard(tables: TablesRead, now: number): FloorBoard {
  const problems: string[] = [];
  const events = rowsOf(tables[FLOOR_TABLES.events]);
  const aliasRows = rowsOf(tables[FLOOR_TABLES.stageNames]);
  const aliases = aliasRows ? readStageAliases(aliasRows.map((r) => [r[0] ?? "", r[1] ?? ""])) : [];
  if (isSheetError(aliases)) problems.push(`${FLOOR_TABLES.stageNames}: ${aliases.message}.`);
  const resolve = stageResolver(isSheetError(aliases) ? [] : aliases);
  const limitRows = rowsOf(tables[FLOOR_TABLES.limits]);
  const readLimits = limitRows
    ? readStageLimits(
        limitRows.map((r) => [r[0] ?? "", r[1] ?? ""]),
        resolve
      )
    : DEFAULT_STAGE_LIMITS;
  if (isSheetError(readLimits))
    problems.push(`${FLOOR_TABLES.limits}: ${readLimits.message}; using the default limits.`);
  const limits: StageLimits = isSheetError(readLimits) ? DEFAULT_STAGE_LIMITS : readLimits;
  let lines: DealTimeline[] = [];
  let unknownStages: readonly UnknownStage[] = [];
  let badTimes = 0;
  let missingDeal = 0;
  let staleOpen = 0;
  if (!events)
    problems.push(
      `No ${FLOOR_TABLES.events} table: add one with columns Deal, Stage, Time (and Salesperson, Department, Customer, Trade) to see the floor.`
    );
  else {
    const rows = eventRowsOfTable(events);
    if ("missing" in rows) problems.push(`${FLOOR_TABLES.events} needs columns for ${rows.missing.join(", ")}.`);
    else {
      const log = readEventLog(rows, resolve);
      const today = Math.floor(now);
      const all = timelines(log.deals, now);
      // Today's visits, and open deals whose last step was within 12 hours (a late deal crossing midnight).
      // An open deal idle longer was never closed in the CRM: it isn't on the floor.
      const onBoard = (l: DealTimeline) =>
        l.start >= today || (l.status === "inProgress" && (l.current?.start ?? l.start) >= now - 0.5);
      lines = all.filter(onBoard);
      staleOpen = all.filter((l) => !onBoard(l) && l.status === "inProgress").length;
      unknownStages = log.unknownStages;
      badTimes = log.badTimes;
      missingDeal = log.missingDeal;
    }
  }
  const summary = flowSummary(lines, limits);
  const cards = lines
    .map((l) => ({ line: l, card: card(l, limits) }))
    .filter((c): c is { line: DealTimeline; card: FloorCard } => c.card !== null);
  const columns = WORKING_STAGES.map((s) => ({
    stage: s.id,
    label: s.label,
    limit: stageLimit(limits, s.id),
    cards: cards
      .filter((c) => c.line.current?.stage === s.id)
      .map((c) => c.card)
      .sort((a, b) => b.minutes - a.minutes || a.deal.localeCompare(b.deal)),
    summary: summary.find((r) => r.stage === s.id) as StageSummary,
  }));
  const split = { new: 0, used: 0, other: 0, fi: 0 };
  for (const c of cards) {
    const stage = c.line.current?.stage;
    if (stage === "waitingFi" || stage === "inFi") split.fi++;
    else if (/^n/i.test(c.card.department)) split.new++;
    else if (/^u|^p/i.test(c.card.department)) split.used++;
    else split.other++;
  }
  const tradesTable = tables[FLOOR_TABLES.trades];
  return {
    now,
    timeText: clockText(now),
    columns,
    visit: summary.find((r) => r.stage === "visit") as StageSummary,
    split,
    deliveredToday: lines.filter((l) => l.status === "delivered").length,
    leftToday: lines.filter((l) => l.status === "left").length,
    stuck: bottlenecks(lines, limits).length,
    visitLimit: limits.visit,
    unknownStages,
    badTimes,
    missingDeal,
    staleOpen,
    trades: tradesTable ? tradeLines(tradesTable, tables[FLOOR_TABLES.stockIn] ?? null, now, problems) : null,
    problems,
  };
}

/** The day of the board, for the header: "2025-12-06". */
export function boardDay(now: number): string {
  return isoDate(now);
}
