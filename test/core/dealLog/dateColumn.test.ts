import fc from "fast-check";
import { readDateColumn } from "../../../src/core/dealLog";

// Serials by hand from DATE(2025,3,1) = 45717 (Excel).
it.each<[string, unknown, unknown, object]>([
  [
    "a FILTER spill of dates",
    [[45717], [45719], [45721]],
    undefined,
    { dates: [45717, 45719, 45721], values: null, skippedText: 0, skippedBlank: 0 },
  ],
  ["dates with times of day", [[45717.25], [45719.9]], null, { dates: [45717, 45719], values: null }],
  [
    "0s the desktop sends for empty cells",
    [[45717], [0], [45719], [0]],
    null,
    { dates: [45717, 45719], skippedBlank: 2 },
  ],
  ["nulls, empty and blank text", [[null], [""], ["  "], [45717]], null, { dates: [45717], skippedBlank: 3 }],
  ["the header on top", [["Sold Date"], [45717], [45718]], null, { dates: [45717, 45718], skippedText: 1 }],
  [
    "date text from a DMS export",
    [["3/1/2025"], ["2025-03-03"], ["3/5/2025 4:10 PM"]],
    null,
    { dates: [45717, 45719, 45721] },
  ],
  ["a single cell", 45717, null, { dates: [45717], values: null }],
  ["a row instead of a column", [[45717, 45718, 0]], null, { dates: [45717, 45718], skippedBlank: 1 }],
  [
    "text, booleans and out-of-range numbers: not dates",
    [["pending"], [true], [-3], ["#N/A"], [45717]],
    null,
    { dates: [45717], skippedText: 4 },
  ],
])("reads %s", (_, dates, values, expected) => {
  expect(readDateColumn(dates, values as unknown[][] | null | undefined)).toMatchObject(expected);
});

it("reads values beside the dates, skipping those beside skipped cells", () => {
  const dates = [["Sold Date"], [45717], [0], [45719], [45720], [45721]];
  const values = [["Front Gross"], ["$1,250"], [999], [""], ["(300)"], [1500.5]];
  // Header and the blank row's 999 are left out; "" reads 0, "(300)" reads -300.
  expect(readDateColumn(dates, values)).toEqual({
    dates: [45717, 45719, 45720, 45721],
    values: [1250, 0, -300, 1500.5],
    skippedText: 1,
    skippedBlank: 1,
    badValues: 0,
  });
});

it("reads values that are not numbers as 0 and counts them, as SUM leaves text out", () => {
  expect(readDateColumn([[45717], [45718], [45719]], [["TBD"], ["#N/A"], [true]])).toEqual({
    dates: [45717, 45718, 45719],
    values: [0, 0, 0],
    skippedText: 0,
    skippedBlank: 0,
    badValues: 3,
  });
});

it.each<[string, unknown, unknown[][]]>([
  ["fewer value rows", [[45717], [45718], [45719]], [[1], [2]]],
  ["more value rows", [[45717]], [[1], [2]]],
  [
    "a wider values range",
    [[45717], [45718]],
    [
      [1, 1],
      [2, 2],
    ],
  ],
  ["a row against a column", [[45717, 45718]], [[1], [2]]],
])("says values must match deal_dates: %s", (_, dates, values) => {
  expect(readDateColumn(dates, values)).toMatchObject({
    kind: "value",
    key: "valuesSizeMismatch",
    message: "values must be the same size as deal_dates",
  });
});

it.each<[string, unknown]>([
  ["an empty range", []],
  ["only blanks", [[0], [null], [""]]],
  ["only a header", [["Sold Date"]]],
  ["an omitted argument", null],
])("is #N/A with no deals in range: %s", (_, dates) => {
  expect(readDateColumn(dates)).toMatchObject({ kind: "na", key: "noDealsInRange" });
});

it("keeps every date, in order, and counts every blank", () => {
  const cell = fc.oneof(
    fc.integer({ min: 36526, max: 54789 }).map((d) => ({ d, cell: d + 0.5 })),
    fc.constantFrom(0, null, "").map((cell) => ({ d: null, cell }))
  );
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 80 }), (cells) => {
      const expected = cells.flatMap((c) => (c.d === null ? [] : [c.d]));
      const read = readDateColumn(
        cells.map((c) => [c.cell]),
        cells.map((_, i) => [i])
      );
      if (expected.length === 0) {
        expect(read).toMatchObject({ key: "noDealsInRange" });
        return;
      }
      expect(read).toMatchObject({ dates: expected, skippedBlank: cells.length - expected.length, skippedText: 0 });
      // Each value is its row's index: the values kept are those of the date rows.
      expect("values" in read && read.values).toEqual(cells.flatMap((c, i) => (c.d === null ? [] : [i])));
    })
  );
});
