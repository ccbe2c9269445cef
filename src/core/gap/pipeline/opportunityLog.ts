import { cellDate } from "../../dealLog/cellDate";
import { sheetError, type SheetError } from "../../errors";
import { opportunityStatus, type OpportunityStatus } from "./opportunityStatus";

/**
 * One row of an opportunities log. The layout Pacecar reads (one row per opportunity):
 * Id | Created | Status | Source | Salesperson | Value | Sold Date.
 * Status is how the opportunity stood when it was logged (Pending, Be-back, Lost, or Sold on the
 * spot); Sold Date is the day it sold, blank while it hasn't. A row marked Sold with no sold date
 * sold the day it was created; one marked Sold with a later sold date was open until then (as
 * Pending: a CRM that overwrites the status loses what it was).
 */
export interface Opportunity {
  /** 1-based position in the range (header included), for messages. */
  readonly row: number;
  readonly id: string;
  readonly created: number;
  readonly status: OpportunityStatus;
  /** Lead source as the log spells it (first spelling seen); "(none)" when blank. */
  readonly source: string;
  /** Who works it; "" when the log has no salesperson column or the cell is blank. */
  readonly salesperson: string;
  /** The deal's value (e.g. expected gross); null when no values range was given. */
  readonly value: number | null;
  /** The day it sold, or null while it hasn't. */
  readonly soldAt: number | null;
}

/** The parallel columns of an opportunities log, each a flat list of cells (a header on top is allowed). */
export interface OpportunityColumns {
  readonly ids?: readonly unknown[] | null;
  readonly created: readonly unknown[];
  readonly statuses: readonly unknown[];
  readonly sources: readonly unknown[];
  readonly salespeople?: readonly unknown[] | null;
  readonly values?: readonly unknown[] | null;
  readonly soldDates?: readonly unknown[] | null;
}

/** An opportunities log once read. */
export interface OpportunityLogRead {
  readonly opportunities: readonly Opportunity[];
  /** Statuses no rule knows (grouped without case, as first written), with how many rows carry each: listed, never dropped silently. */
  readonly unknownStatuses: readonly { readonly status: string; readonly rows: number }[];
  /** Rows with no created date and no status (a table's empty tail). */
  readonly skippedBlank: number;
  /** Whether a sold dates column was given (without it nothing can be learned about later sales). */
  readonly hasSoldDates: boolean;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");
}

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function moneyCell(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : 0;
  if (typeof value !== "string") return 0;
  const t = value.trim().replace(/[$,\s]/g, "");
  const negative = /^\(.*\)$/.test(t);
  const n = Number(negative ? t.slice(1, -1) : t);
  return Number.isFinite(n) ? (negative ? -n : n) : 0;
}

function shown(value: unknown): string {
  return typeof value === "string" ? value.trim().slice(0, 30) : typeof value === "number" ? String(value) : "?";
}

/**
 * Reads an opportunities log from its parallel columns. A header row on top (its created cell text
 * that isn't a date) is skipped; blank rows are skipped and counted; a created or sold date that
 * isn't a date is an error naming the row; an unknown status is listed in `unknownStatuses`.
 * @returns the log, or #VALUE! gapSizeMismatch naming the column whose length differs, gapCreatedNotDate, gapSoldDateNotDate.
 * @example readOpportunities({ created: [45700], statuses: ["Be-back"], sources: ["Internet"] }).opportunities[0]?.status // "be-back"
 */
export function readOpportunities(columns: OpportunityColumns): OpportunityLogRead | SheetError {
  const n = columns.created.length;
  const parallel: [string, readonly unknown[] | null | undefined][] = [
    ["ids", columns.ids],
    ["statuses", columns.statuses],
    ["sources", columns.sources],
    ["salespeople", columns.salespeople],
    ["values", columns.values],
    ["sold_dates", columns.soldDates],
  ];
  for (const [name, column] of parallel)
    if (column && column.length !== n) return sheetError("value", "gapSizeMismatch", name, "created");

  const first = columns.created[0];
  const header = typeof first === "string" && first.trim() !== "" && cellDate(first) === null;
  const sourceNames = new Map<string, string>();
  // A log repeats a handful of statuses and sources down 100k rows: each distinct cell is read once.
  const statusOf = new Map<unknown, OpportunityStatus | null>();
  const sourceOf = new Map<unknown, string>();
  // Keyed without case, shown as first written.
  const unknown = new Map<string, { status: string; rows: number }>();
  const opportunities: Opportunity[] = [];
  let skippedBlank = 0;
  for (let i = header ? 1 : 0; i < n; i++) {
    const rawCreated = columns.created[i];
    const rawStatus = columns.statuses[i];
    if (isBlank(rawCreated) && isBlank(rawStatus)) {
      skippedBlank++;
      continue;
    }
    const created = cellDate(rawCreated);
    if (created === null) return sheetError("value", "gapCreatedNotDate", i + 1, shown(rawCreated));
    let status = statusOf.get(rawStatus);
    if (status === undefined) {
      status = opportunityStatus(rawStatus);
      statusOf.set(rawStatus, status);
    }
    if (status === null) {
      const written = cellText(rawStatus) || "(blank)";
      const key = written.toLowerCase();
      const seen = unknown.get(key);
      unknown.set(key, { status: seen?.status ?? written, rows: (seen?.rows ?? 0) + 1 });
      continue;
    }
    const rawSold = columns.soldDates?.[i];
    let soldAt: number | null = null;
    if (!isBlank(rawSold)) {
      soldAt = cellDate(rawSold);
      if (soldAt === null) return sheetError("value", "gapSoldDateNotDate", i + 1, shown(rawSold));
    } else if (status === "sold") soldAt = created;
    const rawSource = columns.sources[i];
    let source = sourceOf.get(rawSource);
    if (source === undefined) {
      const sourceText = cellText(rawSource) || "(none)";
      const sourceKey = sourceText.toLowerCase();
      if (!sourceNames.has(sourceKey)) sourceNames.set(sourceKey, sourceText);
      source = sourceNames.get(sourceKey) ?? sourceText;
      sourceOf.set(rawSource, source);
    }
    opportunities.push({
      row: i + 1,
      id: cellText(columns.ids?.[i]) || String(i + 1),
      created,
      status,
      source,
      salesperson: cellText(columns.salespeople?.[i]),
      value: columns.values ? moneyCell(columns.values[i]) : null,
      soldAt,
    });
  }
  return {
    opportunities,
    unknownStatuses: [...unknown.values()].sort((a, b) => b.rows - a.rows || a.status.localeCompare(b.status)),
    skippedBlank,
    hasSoldDates: columns.soldDates !== null && columns.soldDates !== undefined,
  };
}
