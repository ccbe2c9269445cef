import { normalizeStageName } from "./stages";
import type { EventRow } from "./eventLog";

/** The workbook tables the Floor reads, and the columns it looks for (header names are matched loosely). */
export const FLOOR_TABLES = {
  /** Deal events: one row per step a deal reached. */
  events: "FloorEvents",
  /** Trades taken on deals. */
  trades: "TradeIns",
  /** Units stocked into used inventory. */
  stockIn: "UsedStockIn",
  /** The store's own stage names: name in the log | stage. */
  stageNames: "PacecarStageNames",
  /** The store's own limits: stage | minutes ("Total" for the whole visit). */
  limits: "PacecarFloorLimits",
} as const;

/** Header rows the demo and the pane write. */
export const EVENT_HEADERS = ["Deal", "Stage", "Time", "Salesperson", "Department", "Customer", "Trade"] as const;
export const TRADE_HEADERS = ["Deal date", "Deal", "Salesperson", "Trade stock", "Trade VIN"] as const;
export const STOCK_IN_HEADERS = ["Stock", "VIN", "Stock-in date"] as const;
export const STAGE_NAME_HEADERS = ["Name in log", "Stage"] as const;

/** Header names each column answers to, normalized (letters and digits, lower case). */
const COLUMN_NAMES = {
  deal: ["deal", "dealid", "deal#", "dealno", "dealnumber", "dealnum", "id", "opportunity", "visit"],
  stage: ["stage", "step", "stepcode", "status", "event", "stagename"],
  time: ["time", "timestamp", "datetime", "when", "eventtime", "at", "date"],
  salesperson: ["salesperson", "salesrep", "sales", "rep", "consultant", "salesconsultant"],
  department: ["department", "dept", "newused", "type"],
  customer: ["customer", "buyer", "client", "name", "customername"],
  trade: ["trade", "tradestock", "tradevin", "tradein", "tradestockvin", "trade#"],
  dealDate: ["dealdate", "solddate", "date", "contractdate"],
  tradeStock: ["tradestock", "trade", "tradestock#", "tradein"],
  tradeVin: ["tradevin", "vin"],
  stock: ["stock", "stock#", "stockno", "stocknumber"],
  vin: ["vin"],
  stockInDate: ["stockindate", "stockedin", "datein", "indate", "date", "received"],
  name: ["nameinlog", "name", "logname", "crmname", "alias"],
  stageOf: ["stage", "means", "pacecarstage"],
} as const;

type Column = keyof typeof COLUMN_NAMES;

function norm(cell: unknown): string {
  return typeof cell === "string" ? normalizeStageName(cell.replace(/#/g, "no")) : "";
}

/** Index of the first header cell naming the column, or -1. */
function find(header: readonly unknown[], column: Column, taken: ReadonlySet<number> = new Set()): number {
  const names = COLUMN_NAMES[column].map((n) => normalizeStageName(n.replace(/#/g, "no")));
  for (const name of names) {
    const i = header.findIndex((cell, k) => !taken.has(k) && norm(cell) === name);
    if (i >= 0) return i;
  }
  return -1;
}

/** Columns found in a header row, or the names of required columns it lacks. */
function columns<K extends Column>(
  header: readonly unknown[],
  required: readonly K[],
  optional: readonly K[]
): Record<K, number> | { missing: string[] } {
  const taken = new Set<number>();
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const c of [...required, ...optional]) {
    const i = find(header, c, taken);
    if (i >= 0) taken.add(i);
    else if ((required as readonly Column[]).includes(c)) missing.push(c);
    out[c] = i;
  }
  return missing.length > 0 ? { missing } : out;
}

const at = (row: readonly unknown[], i: number): unknown => (i < 0 ? undefined : row[i]);

/**
 * The event rows of a table read with its header: Deal, Stage and Time are required (loosely named:
 * "Deal #", "Step", "Timestamp"…); Salesperson, Department, Customer and Trade are read when present.
 */
export function eventRowsOfTable(rows: readonly (readonly unknown[])[]): EventRow[] | { missing: string[] } {
  const header = rows[0] ?? [];
  const c = columns(header, ["deal", "stage", "time"], ["salesperson", "department", "customer", "trade"]);
  if ("missing" in c) return c;
  return rows.slice(1).map((r) => ({
    deal: at(r, c.deal),
    stage: at(r, c.stage),
    time: at(r, c.time),
    salesperson: at(r, c.salesperson),
    department: at(r, c.department),
    customer: at(r, c.customer),
    trade: at(r, c.trade),
  }));
}

/** Trades of a TradeIns table: deal date and the trade's stock number (or VIN when there is no stock number). */
export function tradeRowsOfTable(
  rows: readonly (readonly unknown[])[]
): { id: unknown; vin: unknown; dealDate: unknown }[] | { missing: string[] } {
  const header = rows[0] ?? [];
  const c = columns(header, ["dealDate"], ["tradeStock", "tradeVin"]);
  if ("missing" in c) return c;
  if (c.tradeStock < 0 && c.tradeVin < 0) return { missing: ["trade stock or VIN"] };
  return rows.slice(1).map((r) => ({ id: at(r, c.tradeStock), vin: at(r, c.tradeVin), dealDate: at(r, c.dealDate) }));
}

/** Units of a UsedStockIn table: stock number, VIN and stock-in date. */
export function stockInRowsOfTable(
  rows: readonly (readonly unknown[])[]
): { id: unknown; vin: unknown; date: unknown }[] | { missing: string[] } {
  const header = rows[0] ?? [];
  const c = columns(header, ["stockInDate"], ["stock", "vin"]);
  if ("missing" in c) return c;
  if (c.stock < 0 && c.vin < 0) return { missing: ["stock or VIN"] };
  return rows.slice(1).map((r) => ({ id: at(r, c.stock), vin: at(r, c.vin), date: at(r, c.stockInDate) }));
}
