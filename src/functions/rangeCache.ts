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
  /** Every cell of the ranges in order, each range's rows and their lengths framed by `shape`. */
  readonly cells: readonly unknown[];
  /** Per range: its row count, then each row's length (−1 for a row that is a bare value). */
  readonly shape: Int32Array;
  readonly value: unknown;
}

// Insertion order of a Map is the recency order: a hit is moved to the end.
const entries = new Map<Entry, true>();
let keptCells = 0;
let enabled = true;
let stats = { hits: 0, misses: 0 };

/** The rows of a range argument: a matrix as it is, anything else a one-cell range. */
function rowsOf(range: unknown): readonly unknown[] {
  return Array.isArray(range) ? range : [[range]];
}

/** The shape of ranges and their cell count (rows of ranges that are not arrays count as one cell). */
function shapeOf(ranges: readonly unknown[]): { shape: Int32Array; count: number } {
  let size = 0;
  for (const range of ranges) size += 1 + rowsOf(range).length;
  const shape = new Int32Array(size);
  let s = 0;
  let count = 0;
  for (const range of ranges) {
    const rows = rowsOf(range);
    shape[s++] = rows.length;
    for (const row of rows) {
      const n = Array.isArray(row) ? row.length : -1;
      shape[s++] = n;
      count += n < 0 ? 1 : n;
    }
  }
  return { shape, count };
}

/** Whether the ranges hold exactly the entry's cells (same shape, every cell `===`). */
function matches(entry: Entry, ranges: readonly unknown[]): boolean {
  const { shape, cells } = entry;
  let s = 0;
  let k = 0;
  for (const range of ranges) {
    const rows = rowsOf(range);
    if (shape[s++] !== rows.length) return false;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (Array.isArray(row)) {
        if (shape[s++] !== row.length) return false;
        for (let c = 0; c < row.length; c++) if (row[c] !== cells[k++]) return false;
      } else {
        if (shape[s++] !== -1) return false;
        if (row !== cells[k++]) return false;
      }
    }
  }
  return s === shape.length && k === cells.length;
}

/** The first and last cell of the ranges, for the cheap check before a full compare. */
function ends(ranges: readonly unknown[]): [unknown, unknown] {
  let first: unknown = undefined;
  let last: unknown = undefined;
  let seen = false;
  for (const range of ranges) {
    for (const row of rowsOf(range)) {
      const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
      if (cells.length === 0) continue;
      if (!seen) first = cells[0];
      seen = true;
      last = cells[cells.length - 1];
    }
  }
  return [first, last];
}

/** A flat copy of the cells, or null when a cell is an object (it would never compare equal). */
function copyCells(ranges: readonly unknown[], count: number): unknown[] | null {
  const out = new Array<unknown>(count);
  let k = 0;
  for (const range of ranges) {
    for (const row of rowsOf(range)) {
      const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
      for (const cell of cells) {
        if (cell !== null && typeof cell === "object") return null;
        out[k++] = cell;
      }
    }
  }
  return out;
}

/**
 * `read()` of the ranges, or the kept result of an earlier read of the same kind over ranges whose
 * every cell is the same. `kind` names the reader (and its other arguments, if any): two readers of
 * one range must not share a result.
 * @example cachedRead("dealDates", [deal_dates, values], () => readDateColumn(deal_dates, values))
 */
export function cachedRead<T>(kind: string, ranges: readonly unknown[], read: () => T): T {
  if (!enabled) return read();
  const { shape, count } = shapeOf(ranges);
  const [first, last] = ends(ranges);
  for (const entry of entries.keys()) {
    const cells = entry.cells;
    if (entry.kind !== kind || cells.length !== count || cells[0] !== first || cells[count - 1] !== last) continue;
    if (entry.shape.length !== shape.length || !matches(entry, ranges)) continue;
    entries.delete(entry);
    entries.set(entry, true);
    stats.hits++;
    return entry.value as T;
  }
  stats.misses++;
  const value = read();
  if (count > MAX_CELLS) return value;
  const cells = copyCells(ranges, count);
  if (cells === null) return value;
  while (entries.size > 0 && (entries.size >= MAX_ENTRIES || keptCells + count > MAX_CELLS)) {
    const oldest = entries.keys().next().value as Entry;
    entries.delete(oldest);
    keptCells -= oldest.cells.length;
  }
  entries.set({ kind, cells, shape, value }, true);
  keptCells += count;
  return value;
}

/** Forgets every kept read (tests, benchmarks). */
export function clearRangeCache(): void {
  entries.clear();
  keptCells = 0;
  stats = { hits: 0, misses: 0 };
}

/** Turns the cache off (every call reads) or back on: benchmarks measure with and without it. */
export function setRangeCacheEnabled(on: boolean): void {
  enabled = on;
  if (!on) clearRangeCache();
}

/** Hits and misses since the last clear, and the reads and cells kept. */
export function rangeCacheStats(): { hits: number; misses: number; entries: number; cells: number } {
  return { ...stats, entries: entries.size, cells: keptCells };
}
