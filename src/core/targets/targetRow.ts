/**
 * One line of the PacecarTargets table: a month's target for a salesperson on a channel.
 * The store's own target is the line with no salesperson and no channel; a salesperson's
 * all-channels target has no channel; a channel's store-wide target has no salesperson.
 */
export interface TargetRow {
  /** "2025-03" */
  readonly month: string;
  /** "" for the store or a channel-wide target. */
  readonly salesperson: string;
  /** The channel's stable id (PacecarChannels[ID]); "" for the store or a salesperson's total. */
  readonly channelId: string;
  /** The channel's name when the target was written (kept so a renamed channel still finds its deals). */
  readonly channel: string;
  /** Deal count target; null when only revenue is set. */
  readonly deals: number | null;
  /** Optional revenue (gross) target. */
  readonly revenue: number | null;
}

/** The table's name and its columns, in order: users' SUMIFS refer to these names. */
export const TARGETS_TABLE_NAME = "PacecarTargets";
export const TARGET_COLUMNS = ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"] as const;

/** Where a target applies: month, salesperson, channel id (salesperson compared without case or outer spaces). */
export type TargetKey = Pick<TargetRow, "month" | "salesperson" | "channelId">;

/** A name as compared: no case, no outer or doubled spaces. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** One string per key, for maps. */
export function targetKey(k: TargetKey): string {
  return `${k.month}|${nameKey(k.salesperson)}|${k.channelId.trim().toLowerCase()}`;
}

/** Whether two rows are the same target (same month, salesperson and channel). */
export function sameTargetKey(a: TargetKey, b: TargetKey): boolean {
  return targetKey(a) === targetKey(b);
}

/** Whether a row carries any target at all (a cleared box leaves neither). */
export function hasTarget(row: TargetRow): boolean {
  return row.deals !== null || row.revenue !== null;
}

/** A row as the table's cells, in TARGET_COLUMNS order ("" for no number). */
export function targetRowCells(row: TargetRow): (string | number)[] {
  return [row.month, row.salesperson, row.channelId, row.channel, row.deals ?? "", row.revenue ?? ""];
}
