/** A trade taken on a deal: its stock number or VIN and the deal's date (serial; a time of day is ignored). */
export interface TradeIn {
  readonly id: string;
  readonly dealDate: number;
}

/** A unit stocked into used inventory: its stock number or VIN and the stock-in date. */
export interface StockIn {
  readonly id: string;
  readonly date: number;
}

/** A trade the used department hasn't stocked in, or stocked in late. */
export interface TradeHandoff {
  readonly id: string;
  readonly dealDate: number;
  /** Null while not stocked in. */
  readonly stockInDate: number | null;
  /** Whole days from the deal to the stock-in (or to asOf while not stocked in). */
  readonly daysIdle: number;
  readonly status: "notStocked" | "late" | "beforeDeal";
}

/** A trade stocked in within this many days of its deal is on time (appraised and checked in next business day or so). */
export const STOCK_IN_DAYS = 2;

/** Case and outer spaces aside, as stock numbers and VINs are typed. */
export function tradeKey(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * The trades to chase: taken on deals by asOf but not stocked in (days idle to asOf), or stocked in more
 * than STOCK_IN_DAYS after the deal; a stock-in dated before its deal is listed to check. Longest idle
 * first. A trade listed twice counts once (its earliest deal); a unit stocked in twice, its first date.
 * Stock-ins after asOf haven't happened yet.
 */
export function tradeHandoffs(
  trades: readonly TradeIn[],
  stockIns: readonly StockIn[],
  asOf: number,
  lateAfterDays = STOCK_IN_DAYS
): TradeHandoff[] {
  const day = Math.floor(asOf);
  const stocked = new Map<string, number>();
  for (const s of stockIns) {
    const key = tradeKey(s.id);
    const date = Math.floor(s.date);
    if (key === "" || date > day) continue;
    const before = stocked.get(key);
    if (before === undefined || date < before) stocked.set(key, date);
  }
  const firstDeal = new Map<string, TradeIn>();
  for (const t of trades) {
    const key = tradeKey(t.id);
    if (key === "" || Math.floor(t.dealDate) > day) continue;
    const before = firstDeal.get(key);
    if (!before || t.dealDate < before.dealDate) firstDeal.set(key, t);
  }
  const out: TradeHandoff[] = [];
  for (const [key, t] of firstDeal) {
    const dealDay = Math.floor(t.dealDate);
    const stockIn = stocked.get(key) ?? null;
    if (stockIn === null)
      out.push({
        id: t.id.trim(),
        dealDate: dealDay,
        stockInDate: null,
        daysIdle: day - dealDay,
        status: "notStocked",
      });
    else if (stockIn < dealDay)
      out.push({ id: t.id.trim(), dealDate: dealDay, stockInDate: stockIn, daysIdle: 0, status: "beforeDeal" });
    else if (stockIn - dealDay > lateAfterDays)
      out.push({
        id: t.id.trim(),
        dealDate: dealDay,
        stockInDate: stockIn,
        daysIdle: stockIn - dealDay,
        status: "late",
      });
  }
  return out.sort((a, b) => b.daysIdle - a.daysIdle || a.dealDate - b.dealDate || a.id.localeCompare(b.id));
}
