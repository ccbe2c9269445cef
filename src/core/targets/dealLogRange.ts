import { sheetError, type SheetError } from "../errors";

/**
 * Where a deal log kept as a plain range is: a sheet and an address ("'DMS Export'!A1:M5000"),
 * or a bare name that is a sheet (its used range) or a named range — which one only the workbook knows.
 */
export type RangeRef =
  | { readonly kind: "address"; readonly sheet: string; readonly address: string }
  | { readonly kind: "sheetOrName"; readonly text: string };

/** A block of cells by 0-based row and column, both ends included. */
export interface CellBlock {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** Reads a reference as typed: "'DMS Export'!A1:M5000", "Export!A:M", "DMS Export" or "DealRange"; "=" and "$" allowed. */
export function parseRangeRef(text: string): RangeRef | SheetError {
  const clean = text.trim().replace(/^=/, "").trim();
  if (clean === "") return sheetError("value", "targetsRangeEmpty");
  const bang = clean.lastIndexOf("!");
  if (bang < 0) return { kind: "sheetOrName", text: unquote(clean) };
  const sheet = unquote(clean.slice(0, bang).trim());
  const address = clean
    .slice(bang + 1)
    .trim()
    .replace(/\$/g, "")
    .toUpperCase();
  if (sheet === "" || !/^[A-Z]{1,3}\d*(:[A-Z]{1,3}\d*)?$/.test(address))
    return sheetError("value", "targetsRangeEmpty");
  return { kind: "address", sheet, address };
}

/** A sheet name as written in a reference: quotes removed, doubled quotes undone. */
function unquote(name: string): string {
  const m = /^'(.*)'$/.exec(name);
  return m ? (m[1] ?? "").replace(/''/g, "'") : name;
}

/** A sheet name as a reference needs it: quoted (quotes doubled) unless it is letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "M" → 12 (0-based). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 12 → "M". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The cells an address spans when both ends have a row ("A1:M5000", "B2"); null for whole columns ("A:M"), which need the used range. */
export function boundedBlock(address: string): CellBlock | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address.replace(/\$/g, "").toUpperCase());
  if (!m) return null;
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
  const rows = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b) as [number, number];
  const cols = [columnIndex(c1), columnIndex(c2)].sort((a, b) => a - b) as [number, number];
  if (rows[0] < 0) return null;
  return { firstRow: rows[0], lastRow: rows[1], firstColumn: cols[0], lastColumn: cols[1] };
}

/** A block's address ("A1:M5000"). */
export function blockAddress(b: CellBlock): string {
  return `${columnLetters(b.firstColumn)}${String(b.firstRow + 1)}:${columnLetters(b.lastColumn)}${String(b.lastRow + 1)}`;
}

/**
 * The addresses to read a block in, `rowsPerRead` rows at a time (Excel on the web caps a
 * response's size), all queued in one sync. The first holds the header row.
 */
export function blockChunks(block: CellBlock, rowsPerRead: number): string[] {
  const out: string[] = [];
  for (let first = block.firstRow; first <= block.lastRow; first += rowsPerRead) {
    out.push(blockAddress({ ...block, firstRow: first, lastRow: Math.min(block.lastRow, first + rowsPerRead - 1) }));
  }
  return out;
}

/** Rows without the blank ones at the end: an address like A1:M5000 is usually bigger than the export in it. */
export function trimTrailingBlankRows<T>(rows: readonly (readonly T[])[]): (readonly T[])[] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === "" || c === null || c === undefined)) end--;
  return rows.slice(0, end);
}
