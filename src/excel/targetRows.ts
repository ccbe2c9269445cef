import { monthKey } from "../core/calendar";
import { parseNumberText } from "../core/dealLog";
import type { CellValue, TargetEntry, TargetScope } from "./workbookPort";

const SCOPES: readonly TargetScope[] = ["Store", "Salesperson", "Channel"];

/**
 * Reads PacecarTargets rows (no header) into entries. A GSM may have edited the table by hand:
 * a month typed as a date comes back as a serial, a target as text; rows that make no sense are skipped.
 */
export function targetsFromRows(rows: readonly (readonly CellValue[])[]): TargetEntry[] {
  const out: TargetEntry[] = [];
  for (const [month, scope, name, target] of rows) {
    const m = typeof month === "number" && month >= 1 ? monthKey(month) : String(month ?? "").trim();
    const s = SCOPES.find((x) => x.toLowerCase() === String(scope ?? "").trim().toLowerCase());
    // Text targets are read as the deal log's money text is; a negative target is no target.
    const t = typeof target === "number" ? target : typeof target === "string" ? parseNumberText(target) : null;
    if (!/^\d{4}-\d{2}$/.test(m) || !s || t === null || !Number.isFinite(t) || t < 0) continue;
    out.push({ month: m, scope: s, name: String(name ?? "").trim(), target: t });
  }
  return out;
}
