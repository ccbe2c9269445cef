import {
  blockChunks,
  boundedBlock,
  parseRangeRef,
  trimTrailingBlankRows,
  type CellBlock,
  type RangeRef,
} from "../core/targets";
import { isSheetError } from "../core/errors";
import type { CellValue } from "./workbookPort";

/**
 * A deal log kept as a plain range, read through Office.js in the syncs the pane already makes:
 * the lookups are queued with the pane's first read; an address with rows at both ends
 * ('DMS Export'!A1:M5000) is then read in one more sync, a sheet's used range, a whole-column
 * address or a named range needs one sync more to learn its size. Nothing syncs in a loop.
 */
export interface QueuedRangeLookup {
  readonly ref: RangeRef;
  readonly sheet: Excel.Worksheet | null;
  readonly name: Excel.NamedItem | null;
}

/** Queues what the first sync must learn about a reference: whether its sheet or name exists (no sync). */
export function queueRangeLookup(context: Excel.RequestContext, reference: string): QueuedRangeLookup | null {
  const ref = parseRangeRef(reference);
  if (isSheetError(ref)) return null;
  const sheetName = ref.kind === "address" ? ref.sheet : ref.text;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("isNullObject");
  // A bare word may be a named range; a sheet of that name wins.
  const name =
    ref.kind === "sheetOrName" ? context.workbook.names.getItemOrNullObject(ref.text).load("isNullObject") : null;
  return { ref, sheet, name };
}

/** "'DMS Export'!A1:M900" → the sheet and the address (as Range.address gives it). */
function splitAddress(full: string): { sheet: string; address: string } | null {
  const ref = parseRangeRef(full);
  return isSheetError(ref) || ref.kind !== "address" ? null : { sheet: ref.sheet, address: ref.address };
}

/**
 * Reads the range a looked-up reference names, after the first sync: its rows, header first,
 * without blank rows at the end (only the header row when `headerOnly`); null when the sheet,
 * name or range isn't there or is empty.
 */
export async function readRangeRows(
  context: Excel.RequestContext,
  lookup: QueuedRangeLookup,
  rowsPerRead: number,
  headerOnly = false
): Promise<CellValue[][] | null> {
  let where: { sheet: string; block: CellBlock } | null = null;
  const sheetExists = lookup.sheet !== null && !lookup.sheet.isNullObject;
  if (lookup.ref.kind === "address" && sheetExists) {
    const block = boundedBlock(lookup.ref.address);
    if (block) where = { sheet: lookup.ref.sheet, block };
  }
  if (!where) {
    // The size isn't in the reference: one sync learns it.
    let range: Excel.Range | null = null;
    if (sheetExists && lookup.sheet)
      range =
        lookup.ref.kind === "address"
          ? lookup.sheet.getRange(lookup.ref.address).getUsedRangeOrNullObject(true)
          : lookup.sheet.getUsedRangeOrNullObject(true);
    else if (lookup.name && !lookup.name.isNullObject) range = lookup.name.getRangeOrNullObject();
    if (!range) return null;
    range.load("isNullObject,address");
    await context.sync();
    const split = range.isNullObject ? null : splitAddress(range.address);
    const block = split ? boundedBlock(split.address) : null;
    if (!split || !block) return null;
    where = { sheet: split.sheet, block };
  }
  const sheet = context.workbook.worksheets.getItem(where.sheet);
  const block = headerOnly ? { ...where.block, lastRow: where.block.firstRow } : where.block;
  const chunks = blockChunks(block, rowsPerRead).map((a) => sheet.getRange(a).load("values"));
  await context.sync();
  const rows = trimTrailingBlankRows(chunks.flatMap((c) => c.values as CellValue[][]));
  return rows.length > 0 ? rows.map((r) => [...r]) : null;
}
