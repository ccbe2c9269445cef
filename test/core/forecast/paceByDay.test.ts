/* The candles: each day of the month against an evenly paced target. */
import { dateToSerial } from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import { paceByDay, type PaceDay } from "../../../src/core/forecast";
import { STORE } from "./handWorked";

// March 2025: Saturday the 1st, Sunday the 2nd (closed); 26 selling days in the month.
const MARCH = (d: number): number => dateToSerial(2025, 3, d);

it("runs from the 1st through as_of, with the target paced over selling days", () => {
  // Target 130 over 26 selling days = 5 a selling day. Deals: 3 on the 1st, 6 on the 3rd, 4 on the 4th,
  // one on the 5th after as_of (ignored).
  const rows = paceByDay(
    [
      MARCH(1),
      MARCH(1),
      MARCH(1),
      ...Array<number>(6).fill(MARCH(3)),
      ...Array<number>(4).fill(MARCH(4) + 0.5),
      MARCH(5),
    ],
    130,
    MARCH(4),
    STORE
  );
  if (isSheetError(rows)) throw new Error(rows.key);
  const brief = (r: PaceDay) => [r.iso, r.sellingDay, r.cumulativeTarget, r.cumulativeActual, r.ahead];
  expect(rows.map(brief)).toEqual([
    ["2025-03-01", true, 5, 3, false], // 1 selling day: 5 expected, 3 sold
    ["2025-03-02", false, 5, 3, false], // Sunday: the target stands still
    ["2025-03-03", true, 10, 9, false],
    ["2025-03-04", true, 15, 13, false],
  ]);
});

it("is ahead when the deals so far reach the paced target", () => {
  const rows = paceByDay(Array<number>(5).fill(MARCH(1)), 130, MARCH(1), STORE);
  if (isSheetError(rows)) throw new Error(rows.key);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.ahead).toBe(true); // 5 sold, 5 expected
});

it.each([
  ["a negative target", -1, "num", "negative"],
  ["a target that isn't a number", NaN, "value", "notANumber"],
] as const)("%s is an error value", (_, target, kind, key) => {
  const rows = paceByDay([], target, MARCH(4), STORE);
  expect(isSheetError(rows) && rows.kind === kind && rows.key === key).toBe(true);
});

it("no deals yet is a row of zeros, not an error", () => {
  const rows = paceByDay([], 100, MARCH(3), STORE);
  if (isSheetError(rows)) throw new Error(rows.key);
  expect(rows.map((r) => r.cumulativeActual)).toEqual([0, 0, 0]);
});
