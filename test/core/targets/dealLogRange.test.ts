/* A deal log kept as a plain range: references as the GSM types them, the blocks read a chunk at a time, the mapping kept in settings. */
import fc from "fast-check";
import { isSheetError } from "../../../src/core/errors";
import {
  blockAddress,
  blockChunks,
  boundedBlock,
  columnLetters,
  parseMapping,
  parseRangeRef,
  quoteSheet,
  trimTrailingBlankRows,
} from "../../../src/core/targets";

it.each([
  ["'DMS Export'!A1:M5000", { kind: "address", sheet: "DMS Export", address: "A1:M5000" }],
  ["=Export!$a$1:$m$900", { kind: "address", sheet: "Export", address: "A1:M900" }],
  ["'Bob''s log'!A:M", { kind: "address", sheet: "Bob's log", address: "A:M" }],
  ["DMS Export", { kind: "sheetOrName", text: "DMS Export" }],
  ["'DMS Export'", { kind: "sheetOrName", text: "DMS Export" }],
  [" DealRange ", { kind: "sheetOrName", text: "DealRange" }],
])("parseRangeRef(%j)", (text, ref) => {
  expect(parseRangeRef(text)).toEqual(ref);
});

it.each(["", "  ", "=", "Sheet1!", "!A1", "Sheet1!1:5x", "Sheet1!A1:M5000:Z1"])(
  "parseRangeRef(%j) is an error",
  (text) => {
    const r = parseRangeRef(text);
    expect(isSheetError(r) && r.key).toBe("targetsRangeEmpty");
  }
);

it.each([
  // address → 0-based rows and columns (M is the 13th letter: index 12)
  ["A1:M5000", { firstRow: 0, lastRow: 4999, firstColumn: 0, lastColumn: 12 }],
  ["B2", { firstRow: 1, lastRow: 1, firstColumn: 1, lastColumn: 1 }],
  ["M5000:A1", { firstRow: 0, lastRow: 4999, firstColumn: 0, lastColumn: 12 }],
  ["AA10:AB12", { firstRow: 9, lastRow: 11, firstColumn: 26, lastColumn: 27 }],
  ["A:M", null],
  ["A0:B2", null],
])("boundedBlock(%j)", (address, block) => {
  expect(boundedBlock(address)).toEqual(block);
});

it.each([
  [0, "A"],
  [12, "M"],
  [25, "Z"],
  [26, "AA"],
  [701, "ZZ"],
  [702, "AAA"],
])("column %i is %s", (i, letters) => {
  expect(columnLetters(i)).toBe(letters);
});

it("reads 45,000 rows in 20,000-row chunks: 1–20000, 20001–40000, 40001–45000", () => {
  const block = boundedBlock("A1:M45000");
  if (!block) throw new Error("bounded");
  expect(blockChunks(block, 20_000)).toEqual(["A1:M20000", "A20001:M40000", "A40001:M45000"]);
});

it("chunks cover the block exactly once, in order", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: 0, max: 2000 }),
      fc.integer({ min: 1, max: 700 }),
      (first, extra, per) => {
        const chunks = blockChunks({ firstRow: first, lastRow: first + extra, firstColumn: 2, lastColumn: 5 }, per).map(
          (a) => boundedBlock(a)
        );
        expect(chunks.reduce((n, c) => n + (c ? c.lastRow - c.firstRow + 1 : 0), 0)).toBe(extra + 1);
        chunks.forEach((c, i) => expect(c?.firstRow).toBe(i === 0 ? first : (chunks[i - 1]?.lastRow ?? 0) + 1));
      }
    )
  );
});

it("an address round-trips", () => {
  fc.assert(
    fc.property(fc.nat(100_000), fc.nat(100), fc.nat(16_000), fc.nat(50), (row, rows, col, cols) => {
      const b = { firstRow: row, lastRow: row + rows, firstColumn: col, lastColumn: col + cols };
      expect(boundedBlock(blockAddress(b))).toEqual(b);
    })
  );
});

it.each([
  ["Sheet1", "Sheet1"],
  ["DMS Export", "'DMS Export'"],
  ["Bob's", "'Bob''s'"],
])("quoteSheet(%j) is %s", (name, quoted) => {
  expect(quoteSheet(name)).toBe(quoted);
});

it("drops blank rows at the end only", () => {
  expect(trimTrailingBlankRows([["h"], ["", ""], ["x"], ["", ""], [""]])).toEqual([["h"], ["", ""], ["x"]]);
});

it("keeps a range mapping through settings; an old reader's table mapping stays a table", () => {
  const range = { table: "'DMS Export'!A1:M5000", kind: "range", columns: { soldDate: "Sold Date" } };
  expect(parseMapping(JSON.stringify(range))).toEqual(range);
  expect(parseMapping(JSON.stringify({ table: "Deals", columns: { soldDate: "Sold Date" } }))).toEqual({
    table: "Deals",
    columns: { soldDate: "Sold Date" },
  });
  expect(parseMapping(JSON.stringify({ ...range, kind: "other" }))).toEqual({
    table: range.table,
    columns: range.columns,
  });
});
