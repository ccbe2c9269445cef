import { sheetError, type SheetError } from "../../errors";
import { findColumn } from "../inventory/inventoryTable";
import { readOpportunities, type OpportunityLogRead } from "./opportunityLog";

/** The opportunities table Pacecar looks for, and the headers it reads (Id | Created | Status | Source | Salesperson | Value | Sold Date). */
export const OPPORTUNITIES_TABLE = "Opportunities";
export const OPPORTUNITY_COLUMNS = {
  id: ["Id", "Opportunity Id", "Lead Id", "Opportunity"],
  created: ["Created", "Created Date", "Date Created", "Lead Date", "Up Date"],
  status: ["Status", "Result", "Lead Status"],
  source: ["Source", "Lead Source", "Channel"],
  salesperson: ["Salesperson", "Sales Person", "Sales Rep"],
  value: ["Value", "Expected Gross", "Gross", "Deal Value"],
  soldDate: ["Sold Date", "Date Sold", "Closed Date", "Sold"],
} as const;

/**
 * An opportunities table (header row first) read by its headers. Created, Status and Source are
 * needed; Id, Value and Sold Date are read when present.
 * @returns the log, or #VALUE! gapColumnMissing naming the header it needs (or readOpportunities' errors).
 */
export function readOpportunityTable(rows: readonly (readonly unknown[])[]): OpportunityLogRead | SheetError {
  const header = rows[0] ?? [];
  const at = (aliases: readonly string[]): number => findColumn(header, aliases);
  const created = at(OPPORTUNITY_COLUMNS.created);
  const status = at(OPPORTUNITY_COLUMNS.status);
  const source = at(OPPORTUNITY_COLUMNS.source);
  for (const [index, name] of [
    [created, OPPORTUNITY_COLUMNS.created[0]],
    [status, OPPORTUNITY_COLUMNS.status[0]],
    [source, OPPORTUNITY_COLUMNS.source[0]],
  ] as const) {
    if (index < 0) return sheetError("value", "gapColumnMissing", name);
  }
  const optional = (aliases: readonly string[]): unknown[] | null => {
    const i = at(aliases);
    return i < 0 ? null : rows.map((r) => r[i]);
  };
  return readOpportunities({
    ids: optional(OPPORTUNITY_COLUMNS.id),
    created: rows.map((r) => r[created]),
    statuses: rows.map((r) => r[status]),
    sources: rows.map((r) => r[source]),
    salespeople: optional(OPPORTUNITY_COLUMNS.salesperson),
    values: optional(OPPORTUNITY_COLUMNS.value),
    soldDates: optional(OPPORTUNITY_COLUMNS.soldDate),
  });
}
