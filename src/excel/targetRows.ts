import {
  CHANNEL_COLUMNS,
  channelCells,
  readTargetsTable,
  SALESPERSON_COLUMNS,
  salespersonCells,
  TARGET_COLUMNS,
  targetEntries,
  targetRowCells,
  type Channel,
  type Salesperson,
  type TargetRow,
} from "../core/targets";
import type { CellValue, TargetEntry } from "./workbookPort";

/**
 * Reads PacecarTargets rows without their header in the earlier Month | Scope | Name | Target
 * layout into entries (kept for readers of that layout; see readTargetsTable for both layouts).
 */
export function targetsFromRows(rows: readonly (readonly CellValue[])[]): TargetEntry[] {
  return targetEntries(readTargetsTable([["Month", "Scope", "Name", "Target"], ...rows]).rows);
}

/** The snapshot's store/salesperson/channel view of target rows. */
export function entriesOf(read: { readonly rows: readonly TargetRow[] }): TargetEntry[] {
  return targetEntries(read.rows);
}

/**
 * Channels to keep: the given ones plus any channel a target row names that they lack (an old
 * table's channels, a row typed by hand), so every target's channel id is in PacecarChannels.
 */
export function channelsForRows(channels: readonly Channel[], rows: readonly TargetRow[]): Channel[] {
  const out = [...channels];
  for (const r of rows) {
    if (r.channelId !== "" && !out.some((c) => c.id.toLowerCase() === r.channelId.toLowerCase()))
      out.push({ id: r.channelId, name: r.channel || r.channelId, activeFrom: "", retiredFrom: "" });
  }
  return out;
}

/** PacecarTargets as cells, header first (the Office adapter makes user text safe as it writes). */
export function targetTableCells(rows: readonly TargetRow[]): CellValue[][] {
  return [[...TARGET_COLUMNS], ...rows.map(targetRowCells)];
}

/** PacecarChannels as cells, header first. */
export function channelTableCells(channels: readonly Channel[]): CellValue[][] {
  return [[...CHANNEL_COLUMNS], ...channels.map(channelCells)];
}

/** PacecarSalespeople as cells, header first. */
export function salespeopleTableCells(people: readonly Salesperson[]): CellValue[][] {
  return [[...SALESPERSON_COLUMNS], ...people.map(salespersonCells)];
}
