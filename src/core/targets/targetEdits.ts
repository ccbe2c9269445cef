import { addMonths, dateToSerial, monthKey } from "../calendar";
import { hasTarget, targetKey, type TargetKey, type TargetRow } from "./targetRow";

/**
 * The rows with `changes` applied: a change replaces the row with its key (or is added), and a
 * change carrying no target removes it. Later changes of one key win. Order of untouched rows kept.
 */
export function upsertTargets(rows: readonly TargetRow[], changes: readonly TargetRow[]): TargetRow[] {
  const latest = new Map<string, TargetRow>();
  for (const c of changes) latest.set(targetKey(c), c);
  const out: TargetRow[] = [];
  for (const r of rows) {
    const k = targetKey(r);
    const c = latest.get(k);
    if (!c) out.push(r);
    else {
      if (hasTarget(c)) out.push(c);
      latest.delete(k);
    }
  }
  for (const c of latest.values()) if (hasTarget(c)) out.push(c);
  return out;
}

/** The row of a key, or undefined. */
export function findTarget(rows: readonly TargetRow[], key: TargetKey): TargetRow | undefined {
  const k = targetKey(key);
  return rows.find((r) => targetKey(r) === k);
}

/**
 * "Copy last month": the previous month's rows moved to `month`, for every key `month` doesn't
 * have yet (what the GSM already typed this month stays). Returns the changes to apply.
 */
export function copyPreviousMonth(rows: readonly TargetRow[], month: string): TargetRow[] {
  const previous = previousMonth(month);
  const present = new Set(rows.filter((r) => r.month === month).map(targetKey));
  return rows
    .filter((r) => r.month === previous)
    .map((r) => ({ ...r, month }))
    .filter((r) => !present.has(targetKey(r)));
}

/** The month before "2025-03" ("2025-02"). */
export function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

/** A month key moved by `offset` months. */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number);
  return monthKey(addMonths(dateToSerial(y ?? 1900, m ?? 1, 1), offset));
}

/**
 * "Fill the column": the same target (deals, or revenue) for every listed salesperson on one
 * channel; the other figure each one had stays. Returns the changes.
 */
export function fillChannel(
  month: string,
  channel: { id: string; name: string },
  salespeople: readonly string[],
  value: number | null,
  existing: readonly TargetRow[] = [],
  measure: "deals" | "revenue" = "deals"
): TargetRow[] {
  return salespeople.map((salesperson) => {
    const before = existing.find((r) => targetKey(r) === targetKey({ month, salesperson, channelId: channel.id }));
    const row = {
      month,
      salesperson,
      channelId: channel.id,
      channel: channel.name,
      deals: before?.deals ?? null,
      revenue: before?.revenue ?? null,
    };
    return { ...row, [measure]: value };
  });
}

/** The three months of the quarter holding `month` ("2025-05" → 2025-04, 2025-05, 2025-06). */
export function quarterMonths(month: string): [string, string, string] {
  const [y, m] = month.split("-").map(Number);
  const first = Math.floor(((m ?? 1) - 1) / 3) * 3 + 1;
  const key = (mm: number) => `${String(y)}-${String(mm).padStart(2, "0")}`;
  return [key(first), key(first + 1), key(first + 2)];
}

/**
 * The quarter's targets per salesperson and channel: the three months' rows summed by key
 * (month set to "Qn"), deals and revenue each null only when no month had one.
 */
export function quarterTargets(rows: readonly TargetRow[], month: string): TargetRow[] {
  const months = new Set(quarterMonths(month));
  const q = `${month.slice(0, 4)}-Q${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1)}`;
  const sums = new Map<string, TargetRow>();
  for (const r of rows) {
    if (!months.has(r.month)) continue;
    const k = targetKey({ ...r, month: q });
    const prev = sums.get(k);
    const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
    sums.set(
      k,
      prev ? { ...prev, deals: add(prev.deals, r.deals), revenue: add(prev.revenue, r.revenue) } : { ...r, month: q }
    );
  }
  return [...sums.values()];
}
