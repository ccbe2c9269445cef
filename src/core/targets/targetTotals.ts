import { nameKey, type TargetRow } from "./targetRow";

/** Which figure of a target row to total. */
export type TargetMeasure = "deals" | "revenue";

function sum(rows: readonly TargetRow[], measure: TargetMeasure): number | null {
  let total: number | null = null;
  for (const r of rows) {
    const v = r[measure];
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** A salesperson's month target: the sum of their channel targets, or their all-channels line when they have none; null without either. */
export function salespersonTarget(
  rows: readonly TargetRow[],
  month: string,
  salesperson: string,
  measure: TargetMeasure = "deals"
): number | null {
  const mine = rows.filter(
    (r) => r.month === month && r.salesperson !== "" && nameKey(r.salesperson) === nameKey(salesperson)
  );
  const cells = mine.filter((r) => r.channelId !== "");
  return sum(cells.length > 0 ? cells : mine, measure);
}

/** A salesperson's target on one channel, or null. */
export function cellTarget(
  rows: readonly TargetRow[],
  month: string,
  salesperson: string,
  channelId: string,
  measure: TargetMeasure = "deals"
): number | null {
  const hit = rows.find(
    (r) =>
      r.month === month &&
      nameKey(r.salesperson) === nameKey(salesperson) &&
      r.channelId.toLowerCase() === channelId.toLowerCase()
  );
  return hit ? hit[measure] : null;
}

/** A channel's month target: the sum of the salespeople's targets on it, or its store-wide line when none. */
export function channelTarget(
  rows: readonly TargetRow[],
  month: string,
  channelId: string,
  measure: TargetMeasure = "deals"
): number | null {
  const on = rows.filter(
    (r) => r.month === month && r.channelId !== "" && r.channelId.toLowerCase() === channelId.toLowerCase()
  );
  const people = on.filter((r) => r.salesperson !== "");
  return sum(people.length > 0 ? people : on, measure);
}

/**
 * The store's month target: the store line when the GSM typed one, otherwise what the team's
 * targets add up to (each salesperson's, or the channel-wide lines when no one has one); null without any.
 */
export function storeTarget(
  rows: readonly TargetRow[],
  month: string,
  measure: TargetMeasure = "deals"
): number | null {
  const inMonth = rows.filter((r) => r.month === month);
  const store = inMonth.find((r) => r.salesperson === "" && r.channelId === "");
  if (store && store[measure] !== null) return store[measure];
  const people = [...new Set(inMonth.filter((r) => r.salesperson !== "").map((r) => nameKey(r.salesperson)))];
  if (people.length > 0)
    return sum(
      people.map((p) => ({ ...EMPTY, [measure]: salespersonTarget(inMonth, month, p, measure) })),
      measure
    );
  return sum(
    inMonth.filter((r) => r.salesperson === "" && r.channelId !== ""),
    measure
  );
}

const EMPTY: TargetRow = { month: "", salesperson: "", channelId: "", channel: "", deals: null, revenue: null };

/** What the team's targets add up to, ignoring any store line (to compare with it). */
export function teamTotal(rows: readonly TargetRow[], month: string): number | null {
  return storeTarget(
    rows.filter((r) => !(r.salesperson === "" && r.channelId === "")),
    month
  );
}

/** Old-style entries (store, each salesperson, each channel, per month) for readers of the earlier Month | Scope | Name | Target view. */
export function targetEntries(
  rows: readonly TargetRow[]
): { month: string; scope: "Store" | "Salesperson" | "Channel"; name: string; target: number }[] {
  const out: { month: string; scope: "Store" | "Salesperson" | "Channel"; name: string; target: number }[] = [];
  const months = [...new Set(rows.map((r) => r.month))].sort();
  for (const month of months) {
    const inMonth = rows.filter((r) => r.month === month);
    const store = storeTarget(inMonth, month);
    if (store !== null) out.push({ month, scope: "Store", name: "", target: store });
    const people = new Map<string, string>();
    for (const r of inMonth)
      if (r.salesperson !== "" && !people.has(nameKey(r.salesperson)))
        people.set(nameKey(r.salesperson), r.salesperson);
    for (const name of people.values()) {
      const t = salespersonTarget(inMonth, month, name);
      if (t !== null) out.push({ month, scope: "Salesperson", name, target: t });
    }
    const channels = new Map<string, string>();
    for (const r of inMonth) if (r.channelId !== "" && !channels.has(r.channelId)) channels.set(r.channelId, r.channel);
    for (const [id, name] of channels) {
      const t = channelTarget(inMonth, month, id);
      if (t !== null) out.push({ month, scope: "Channel", name, target: t });
    }
  }
  return out;
}
