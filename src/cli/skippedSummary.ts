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
 * deals read, rows skipped by reason, cells read as 0 by reason, names grouped under another
 * spelling, and a text format other than the US one.
 * @example skippedSummary(log) // ["Read 2,457 deals from 2,460 rows.", "Skipped 3 rows: 1 blank, 2 totals rows."]
 */
export function skippedSummary(
  log: Pick<DealLogRead, "deals" | "rowsRead" | "skipped" | "skippedCells"> &
    Partial<Pick<DealLogRead, "respelled" | "textFormat">>
): string[] {
  const lines = [
    `Read ${counted(log.deals.length, ["deal", "deals"])} from ${counted(log.rowsRead, ["row", "rows"])} under the header.`,
  ];
  const rows = Object.values<number>(log.skipped).reduce((a, b) => a + b, 0);
  lines.push(
    rows === 0 ? "No rows skipped." : `Skipped ${counted(rows, ["row", "rows"])}: ${list(log.skipped, ROW_REASONS)}.`
  );
  const cells = Object.values<number>(log.skippedCells).reduce((a, b) => a + b, 0);
  if (cells > 0)
    lines.push(
      `Read ${counted(cells, ["cell", "cells"])} of deals as 0 or blank: ${list(log.skippedCells, CELL_REASONS)}.`
    );
  const respelled = log.respelled ?? 0;
  if (respelled > 0)
    lines.push(
      `Grouped ${counted(respelled, ["name", "names"])} spelled another way (case, spaces) with the usual spelling.`
    );
  const format = log.textFormat;
  if (format !== undefined && (format.dateOrder === "dmy" || format.decimalMark === ",")) {
    const parts = [
      format.dateOrder === "dmy" ? "dates day first (31/12/2025)" : "",
      format.decimalMark === "," ? 'the comma as decimal mark ("1.234,50")' : "",
    ];
    lines.push(`Read ${parts.filter((p) => p !== "").join(" and ")}.`);
  }
  return lines;
}
