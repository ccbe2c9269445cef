import { sheetError, type SheetError } from "../errors";

/** The columns Pacecar reads from a deal log; only the sold date is required. */
export const COLUMN_ROLES = [
  "soldDate",
  "salesperson",
  "channel",
  "newUsed",
  "stockNumber",
  "frontGross",
  "backGross",
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * The 0-based column of each role in a deal log, null when the log has none; `model` (the vehicle,
 * optional) is present only when the log has such a column.
 */
export type DealLogColumns = Record<ColumnRole, number | null> & { model?: number };

/** Header texts of the vehicle's model column (optional: only programs filtering units by model read it), most specific first. */
export const MODEL_COLUMN_ALIASES: readonly string[] = ["Model", "Make/Model", "Vehicle", "Description"];

/** A caller's choice of column for a role: its header text, or its 0-based index. */
export type ColumnOverrides = Partial<Record<ColumnRole, string | number>>;

/**
 * Header texts DMS and CRM exports use for each role, most specific first (when two columns
 * match one role, the one with the earlier alias wins). Compared by headerKey.
 */
export const COLUMN_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  soldDate: ["Sold Date", "Deal Date", "Contract Date", "Date Sold", "Sale Date", "Sold"],
  salesperson: ["Salesperson", "Sales Person", "Salesman", "Sales Rep", "Salesperson 1"],
  channel: ["Lead Source", "Channel", "Sales Channel", "Source"],
  newUsed: ["New/Used", "N/U", "NU", "Vehicle Type", "Stock Type", "Type"],
  stockNumber: ["Stock #", "Stock No", "Stock Number", "Stk#", "Stock"],
  frontGross: ["Front Gross", "Front End Gross", "Front"],
  backGross: ["Back Gross", "F&I Gross", "FI Gross", "Back End Gross", "Finance Gross", "Back"],
};

/**
 * A header's text reduced to what identifies it: lower case, letters and digits only, so
 * "Stock #", "STOCK" and " stock. " are one header.
 * @example headerKey("F&I Gross") // "figross"
 */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

interface AliasHit {
  readonly role: ColumnRole;
  readonly rank: number;
}

const ALIAS_BY_KEY: ReadonlyMap<string, AliasHit> = (() => {
  const map = new Map<string, AliasHit>();
  for (const role of COLUMN_ROLES) {
    COLUMN_ALIASES[role].forEach((alias, rank) => {
      const key = headerKey(alias);
      const prev = map.get(key);
      // Two roles sharing a header would make detection depend on column order: a programming error.
      if (prev && prev.role !== role) throw new Error(`header alias "${alias}" belongs to ${prev.role} and ${role}`);
      // Spellings of one header ("Salesperson", "Sales Person") share a key; the first keeps its rank.
      if (!prev) map.set(key, { role, rank });
    });
  }
  return map;
})();

/** How one row reads as a deal log header. */
export interface HeaderMatch {
  readonly columns: DealLogColumns;
  /** Roles found by their header text (aliases or text overrides), the sold date included. */
  readonly rolesByText: number;
  /** A text override no cell of the row carries, or null. */
  readonly missingOverride: string | null;
}

/** Every role without a column. */
export function noColumns(): DealLogColumns {
  return {
    soldDate: null,
    salesperson: null,
    channel: null,
    newUsed: null,
    stockNumber: null,
    frontGross: null,
    backGross: null,
  };
}

function checkIndex(role: ColumnRole, index: number): void {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`column override for ${role} must be a 0-based index, got ${String(index)}`);
}

/**
 * Reads one row as a header: overrides first (an index is taken as is, a text must match a
 * cell), then the aliases for the other roles among the columns left. One pass over the row.
 * @throws RangeError when an index override is not a whole number ≥ 0 (a programming error).
 */
export function matchHeader(row: readonly unknown[], overrides: ColumnOverrides = {}): HeaderMatch {
  const columns = noColumns();
  const claimed = new Set<number>();
  let rolesByText = 0;
  let missingOverride: string | null = null;

  for (const role of COLUMN_ROLES) {
    const o = overrides[role];
    if (typeof o === "number") {
      checkIndex(role, o);
      columns[role] = o;
      claimed.add(o);
    }
  }
  for (const role of COLUMN_ROLES) {
    const o = overrides[role];
    if (typeof o !== "string" || o === "") continue;
    const key = headerKey(o);
    const index = row.findIndex((cell, i) => typeof cell === "string" && !claimed.has(i) && headerKey(cell) === key);
    if (index < 0) {
      missingOverride ??= o;
      continue;
    }
    columns[role] = index;
    claimed.add(index);
    rolesByText++;
  }

  const best = new Map<ColumnRole, { column: number; rank: number }>();
  row.forEach((cell, column) => {
    if (typeof cell !== "string" || claimed.has(column)) return;
    const hit = ALIAS_BY_KEY.get(headerKey(cell));
    if (!hit || (overrides[hit.role] !== undefined && overrides[hit.role] !== "")) return;
    const prev = best.get(hit.role);
    if (!prev || hit.rank < prev.rank) best.set(hit.role, { column, rank: hit.rank });
  });
  for (const [role, { column }] of best) {
    columns[role] = column;
    rolesByText++;
  }
  const taken = new Set<number>([...claimed, ...[...best.values()].map((b) => b.column)]);
  const model = modelColumn(row, taken);
  if (model !== null) columns.model = model;
  return { columns, rolesByText, missingOverride };
}

const MODEL_KEYS = MODEL_COLUMN_ALIASES.map(headerKey);

/** The model column: the cell matching the earliest model alias among the columns no role took, or null. */
function modelColumn(row: readonly unknown[], taken: ReadonlySet<number>): number | null {
  let best: { column: number; rank: number } | null = null;
  row.forEach((cell, column) => {
    if (typeof cell !== "string" || taken.has(column)) return;
    const rank = MODEL_KEYS.indexOf(headerKey(cell));
    if (rank >= 0 && (best === null || rank < best.rank)) best = { column, rank };
  });
  return (best as { column: number } | null)?.column ?? null;
}

/**
 * The columns of a deal log whose header row is `header`, or why it isn't one: no sold-date
 * column (noDealLogHeader), or an override naming a header the row lacks.
 * @example detectColumns(["Stock #", "Sold Date", "Front Gross"]).soldDate // 1
 */
export function detectColumns(
  header: readonly unknown[],
  overrides: ColumnOverrides = {}
): DealLogColumns | SheetError {
  const match = matchHeader(header, overrides);
  if (match.missingOverride !== null) return sheetError("value", "dealLogColumnNotFound", match.missingOverride);
  if (match.columns.soldDate === null) return sheetError("value", "noDealLogHeader");
  return match.columns;
}
