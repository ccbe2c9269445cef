import type { BadCellReason, DealLogRead, SkipReason } from "../core/dealLog";
import { formatNumber } from "./numberText";

const ROW_REASONS: Record<SkipReason, [string, string]> = {
  blank: ["blank", "blank"],
  repeatedHeader: ["repeated header (a page break)", "repeated headers (page breaks)"],
  totals: ["totals row", "totals rows"],
  badDate: ["row without a readable sold date", "rows without a readable sold date"],
};

const CELL_REASONS: Record<BadCellReason, [string, string]> = {
  badNumber: ["not a number", "not numbers"],
  errorValue: ["error value (#N/A…)", "error values (#N/A…)"],
};

function counted(n: number, [one, many]: [string, string]): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

function list<K extends string>(counts: Record<K, number>, words: Record<K, [string, string]>): string {
  return (Object.keys(words) as K[])
    .filter((k) => counts[k] > 0)
    .map((k) => counted(counts[k], words[k]))
    .join(", ");
}

/**
 * What the deal log reader kept and left out, in plain words, so nothing is dropped silently:
 * deals read, rows skipped by reason, cells read as 0 by reason.
 * @example skippedSummary(log) // ["Read 2,457 deals from 2,460 rows.", "Skipped 3 rows: 1 blank, 2 totals rows."]
 */
export function skippedSummary(log: Pick<DealLogRead, "deals" | "rowsRead" | "skipped" | "skippedCells">): string[] {
  const lines = [`Read ${counted(log.deals.length, ["deal", "deals"])} from ${counted(log.rowsRead, ["row", "rows"])} under the header.`];
  const rows = Object.values<number>(log.skipped).reduce((a, b) => a + b, 0);
  lines.push(rows === 0 ? "No rows skipped." : `Skipped ${counted(rows, ["row", "rows"])}: ${list(log.skipped, ROW_REASONS)}.`);
  const cells = Object.values<number>(log.skippedCells).reduce((a, b) => a + b, 0);
  if (cells > 0) lines.push(`Read ${counted(cells, ["cell", "cells"])} of deals as 0 or blank: ${list(log.skippedCells, CELL_REASONS)}.`);
  return lines;
}
