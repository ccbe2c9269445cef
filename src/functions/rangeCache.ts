/**
 * Reads of range arguments, kept for the cells that recalculate together: a pace sheet's many
 * PROJECT_MONTH_END, PROB_REACH and PACE cells hand over the same deal_dates and holidays ranges,
 * each call its own copy of the cells. The first call reads (parses) a range; the others find the
 * read here and only compare cells.
 *
 * Keyed by content, never by identity: an entry keeps a flat copy of the cells it was read from,
 * and a lookup compares every cell with `===` (after a cheap check of kind, cell count and first
 * and last cells), so a changed cell always misses and is read afresh — no hash can collide. That
 * compare is one pass over the cells, the least any content key can cost. Cells that are objects
 * (error values, entities) never compare equal across calls, so such ranges are read every time
 * and not stored. Bounded: at most MAX_ENTRIES reads and MAX_CELLS cells kept, least recently used
 * dropped first; a range larger than MAX_CELLS is read and not kept.
 *
 * A read handed out here is shared by every caller: it must be immutable (freeze its arrays).
 */

/** How many reads are kept at once: a sheet's distinct ranges (the log, a few FILTERs, holidays). */
export const MAX_ENTRIES = 64;
/** How many cells all the kept copies may hold together (~8 bytes each): 2M ≈ 16 MB. */
export const MAX_CELLS = 2_000_000;

interface Entry {
  readonly kind: string;
  /** Every cell of the ranges in order (rows that are bare values count as one cell). */
  readonly cells: readonly unknown[];
  /** Per range: its row count, then each row's length (−1 for a row that is a bare value). */
  readonly shape: Int32Array;
  /** Each range's row count, for the cheap check. */
  readonly rowCounts: readonly number[];
  readonly value: unknown;
}

// Insertion order of a Map is the recency order: a hit is moved to the end. byKind indexes the same entries.
const entries = new Map<Entry, true>();
const byKind = new Map<string, Set<Entry>>();
let keptCells = 0;
/** The entry found last (kept most recent in `entries` when it was found). */
let lastHit: Entry | null = null;
let enabled = true;
let stats = { hits: 0, misses: 0 };

/** The rows of a range argument: a matrix as it is, anything else a one-cell range. */
function rowsOf(range: unknown): readonly unknown[] {
  return Array.isArray(range) ? range : [[range]];
}

/** The first or last cell of a row (a bare value is its own cell); undefined for an empty row. */
function edgeCell(row: unknown, last: boolean): unknown {
  if (!Array.isArray(row)) return row;
  return row.length === 0 ? undefined : (row[last ? row.length - 1 : 0] as unknown);
}

/** The cheap check before a full compare: kind, row counts, and the first and last row's end cells. */
function mayMatch(entry: Entry, kind: string, rangeRows: readonly (readonly unknown[])[]): boolean {
  if (entry.kind !== kind || entry.rowCounts.length !== rangeRows.length) return false;
  for (let j = 0; j < rangeRows.length; j++) {
    const rows = rangeRows[j] as readonly unknown[];
    if (entry.rowCounts[j] !== rows.length) return false;
  }
  const cells = entry.cells;
  const firstRows = rangeRows[0];
  const lastRows = rangeRows[rangeRows.length - 1];
  if (firstRows && firstRows.length > 0 && cells.length > 0 && edgeCell(firstRows[0], false) !== cells[0]) return false;
  if (
    lastRows &&
    lastRows.length > 0 &&
    cells.length > 0 &&
    edgeCell(lastRows[lastRows.length - 1], true) !== cells[cells.length - 1]
  )
    return false;
  return true;
}

/** Whether the ranges hold exactly the entry's cells (same shape, every cell `===`): one pass. */
function matches(entry: Entry, rangeRows: readonly (readonly unknown[])[]): boolean {
  const { shape, cells } = entry;
  let s = 0;
  let k = 0;
  for (const rows of rangeRows) {
    s++; // the row count, already checked
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (Array.isArray(row)) {
        const n = row.length;
        if (shape[s++] !== n) return false;
        for (let c = 0; c < n; c++) if (row[c] !== cells[k++]) return false;
      } else {
        if (shape[s++] !== -1 || row !== cells[k++]) return false;
      }
    }
  }
  return s === shape.length && k === cells.length;
}

/** The shape and a flat copy of the cells in one pass, or null when a cell is an object (it would never compare equal). */
function copyOf(rangeRows: readonly (readonly unknown[])[]): { cells: unknown[]; shape: Int32Array } | null {
  let size = 0;
  let count = 0;
  for (const rows of rangeRows) {
    size += 1 + rows.length;
    for (const row of rows) count += Array.isArray(row) ? row.length : 1;
  }
  const shape = new Int32Array(size);
  // Sized up front: a 100k-cell range copied by push costs several times the copy itself.
  const cells = new Array<unknown>(count);
  let s = 0;
  let c = 0;
  for (const rows of rangeRows) {
    shape[s++] = rows.length;
    for (const row of rows) {
      if (!Array.isArray(row)) {
        if (row !== null && typeof row === "object") return null;
        shape[s++] = -1;
        cells[c++] = row;
        continue;
      }
      shape[s++] = row.length;
      for (let k = 0; k < row.length; k++) {
        const cell: unknown = row[k];
        if (cell !== null && typeof cell === "object") return null;
        cells[c++] = cell;
      }
    }
  }
  return { cells, shape };
}

/**
 * `read()` of the ranges, or the kept result of an earlier read of the same kind over ranges whose
 * every cell is the same. `kind` names the reader (and its other arguments, if any): two readers of
 * one range must not share a result.
 * @example cachedRead("dealDates", [deal_dates, values], () => readDateColumn(deal_dates, values))
 */
export function cachedRead<T>(kind: string, ranges: readonly unknown[], read: () => T): T {
  if (!enabled) return read();
  const rangeRows = ranges.map(rowsOf);
  // Most lookups repeat the previous one (a column of cells over the same ranges): try it first.
  if (lastHit !== null && mayMatch(lastHit, kind, rangeRows) && matches(lastHit, rangeRows)) {
    stats.hits++;
    return lastHit.value as T;
  }
  const candidates = byKind.get(kind);
  if (candidates)
    for (const entry of candidates) {
      if (entry === lastHit || !mayMatch(entry, kind, rangeRows) || !matches(entry, rangeRows)) continue;
      entries.delete(entry);
      entries.set(entry, true);
      lastHit = entry;
      stats.hits++;
      return entry.value as T;
    }
  stats.misses++;
  const value = read();
  const copy = copyOf(rangeRows);
  if (copy === null || copy.cells.length > MAX_CELLS) return value;
  const count = copy.cells.length;
  while (entries.size > 0 && (entries.size >= MAX_ENTRIES || keptCells + count > MAX_CELLS)) {
    const oldest = entries.keys().next().value as Entry;
    entries.delete(oldest);
    if (oldest === lastHit) lastHit = null;
    byKind.get(oldest.kind)?.delete(oldest);
    if (byKind.get(oldest.kind)?.size === 0) byKind.delete(oldest.kind);
    keptCells -= oldest.cells.length;
  }
  const entry: Entry = {
    kind,
    cells: copy.cells,
    shape: copy.shape,
    rowCounts: rangeRows.map((rows) => rows.length),
    value,
  };
  entries.set(entry, true);
  lastHit = entry;
  const ofKind = byKind.get(kind) ?? new Set<Entry>();
  ofKind.add(entry);
  byKind.set(kind, ofKind);
  keptCells += count;
  return value;
}

/** Forgets every kept read (tests, benchmarks). */
export function clearRangeCache(): void {
  entries.clear();
  byKind.clear();
  lastHit = null;
  keptCells = 0;
  stats = { hits: 0, misses: 0 };
}

/** Turns the cache off (every call reads) or back on: benchmarks measure with and without it. */
export function setRangeCacheEnabled(on: boolean): void {
  enabled = on;
  if (!on) clearRangeCache();
}

/** Whether the cache is on (the default). */
export function isRangeCacheEnabled(): boolean {
  return enabled;
}

/** Hits and misses since the last clear, and the reads and cells kept. */
export function rangeCacheStats(): { hits: number; misses: number; entries: number; cells: number } {
  return { ...stats, entries: entries.size, cells: keptCells };
}
