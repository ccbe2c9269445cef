/*
 * The range cache: a read is reused only for ranges whose every cell is the same, whatever array
 * holds them; any changed cell, type or shape is read afresh; it stays within its bounds; and the
 * functions give with it exactly what they give without it.
 */
import fc from "fast-check";
import {
  cachedRead,
  clearRangeCache,
  MAX_CELLS,
  MAX_ENTRIES,
  rangeCacheStats,
  setRangeCacheEnabled,
} from "../../src/functions/rangeCache";
import { calendarArg, dateRangeArg } from "../../src/functions/args";
import { paceByDay, probReach, projectMonthEnd, sellingDays } from "../../src/functions/functions";
import { clearForecastCache } from "../../src/core/forecast";

const cell = fc.oneof(
  fc.integer({ min: -3, max: 50_000 }),
  fc.double({ noNaN: true }),
  fc.constantFrom("", "x", "1", "3/7/2025", null, true, false, 0, -0)
);
const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 });
const copy = (r: unknown[][]): unknown[][] => r.map((row) => [...row]);

/** A reader that counts its calls and returns a fresh object naming the call. */
function counter() {
  let calls = 0;
  return {
    read: () => ({ call: ++calls }),
    get calls() {
      return calls;
    },
  };
}

beforeEach(() => {
  setRangeCacheEnabled(true);
  clearRangeCache();
});

describe("cachedRead", () => {
  it("reuses the read for a copy of the same cells (Excel hands every call its own copy)", () => {
    fc.assert(
      fc.property(range, (r) => {
        clearRangeCache();
        const c = counter();
        const first = cachedRead("k", [r], c.read);
        expect(cachedRead("k", [copy(r)], c.read)).toBe(first);
        expect(c.calls).toBe(1);
      })
    );
  });

  it("reads afresh when any one cell changes (value or type), even in the same array", () => {
    fc.assert(
      fc.property(range, fc.nat(), cell, fc.boolean(), (r, at, replacement, inPlace) => {
        clearRangeCache();
        const c = counter();
        cachedRead("k", [r], c.read);
        const changed = inPlace ? r : copy(r);
        const cells = changed.flatMap((row, i) => row.map((_, j) => [i, j] as const));
        const [i, j] = cells[at % cells.length] as readonly [number, number];
        const before = changed[i]?.[j];
        fc.pre(!Object.is(before, replacement) && before !== replacement);
        (changed[i] as unknown[])[j] = replacement;
        const again = cachedRead("k", [changed], c.read);
        expect(c.calls).toBe(2);
        expect(again).toEqual({ call: 2 });
      })
    );
  });

  it("reads afresh when the shape changes: a row added, removed, or longer", () => {
    const r = [[1], [2], [3]];
    const c = counter();
    cachedRead("k", [r], c.read);
    cachedRead("k", [[[1], [2], [3], [4]]], c.read);
    cachedRead("k", [[[1], [2]]], c.read);
    cachedRead("k", [[[1], [2], [3, 4]]], c.read);
    cachedRead("k", [[[1, 2], [3]]], c.read);
    expect(c.calls).toBe(5);
  });

  it("keeps kinds apart and reads ranges holding objects every time", () => {
    const c = counter();
    cachedRead("a", [[[1]]], c.read);
    cachedRead("b", [[[1]]], c.read);
    const error = { code: "#N/A" };
    cachedRead("a", [[[error]]], c.read);
    cachedRead("a", [[[error]]], c.read);
    expect(c.calls).toBe(4);
  });

  it(`stays within ${String(MAX_ENTRIES)} reads and ${String(MAX_CELLS)} cells, and keeps the most recent`, () => {
    const c = counter();
    for (let i = 0; i < MAX_ENTRIES + 20; i++) cachedRead("k", [[[i]]], c.read);
    expect(rangeCacheStats().entries).toBe(MAX_ENTRIES);
    const calls = c.calls;
    cachedRead("k", [[[MAX_ENTRIES + 19]]], c.read);
    expect(c.calls).toBe(calls);
    cachedRead("k", [[[0]]], c.read);
    expect(c.calls).toBe(calls + 1);
    // Past the cell bound a range is read and not kept; two halves evict each other rather than exceed it.
    const half = new Array<number>(MAX_CELLS / 2 + 1).fill(7);
    cachedRead("big", [[half]], c.read);
    cachedRead("big", [[[...half, 8]]], c.read);
    expect(rangeCacheStats().cells).toBeLessThanOrEqual(MAX_CELLS);
    const before = c.calls;
    cachedRead("huge", [[new Array<number>(MAX_CELLS + 1).fill(1)]], c.read);
    cachedRead("huge", [[new Array<number>(MAX_CELLS + 1).fill(1)]], c.read);
    expect(c.calls).toBe(before + 2);
  });
});

describe("the pace and forecast functions give the same answers with the cache as without it", () => {
  // A small log: 4 months of deals before 11/10/2026, a few a day.
  const asOf = 46336;
  const log = (seed: number) =>
    Array.from({ length: 400 }, (_, i) => [asOf - 130 + ((i * 7919 + seed * 104729) % 131)]);
  const calls = (dates: unknown[][], holidays: unknown[][]) => [
    projectMonthEnd(dates, asOf, undefined, 0.9, 11, holidays),
    probReach(dates, 100, asOf, undefined, 11, holidays),
    paceByDay(dates, 100, asOf, 11, holidays),
    sellingDays(asOf, 11, holidays, asOf),
  ];
  const fresh = (dates: unknown[][], holidays: unknown[][]) => {
    setRangeCacheEnabled(false);
    clearForecastCache();
    const out = calls(dates, holidays);
    setRangeCacheEnabled(true);
    clearForecastCache();
    return out;
  };

  it("after any one date or holiday changes, in a copy or in place", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 50 }),
        fc.nat({ max: 399 }),
        fc.integer({ min: -40, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        (seed, at, shift, holiday, inPlace) => {
          const dates = log(seed);
          const holidays = [[asOf - 20], [asOf - 5]];
          calls(dates, holidays);
          calls(copy(dates), copy(holidays)); // the kept reads
          const d2 = inPlace ? dates : copy(dates);
          const h2 = inPlace ? holidays : copy(holidays);
          if (holiday) (h2[at % 2] as unknown[])[0] = asOf - 5 - (Math.abs(shift) % 9);
          else (d2[at] as unknown[])[0] = asOf + shift;
          const expected = fresh(copy(d2), copy(h2));
          expect(calls(d2, h2)).toEqual(expected);
        }
      ),
      { numRuns: 40 }
    );
  });

  it("hands out frozen reads: a shared read can't be changed by one caller", () => {
    const read = dateRangeArg([[45000], [45001]]);
    const calendar = calendarArg(11, [[45000]]);
    expect(Object.isFrozen(read)).toBe(true);
    expect(Object.isFrozen((read as { dates: number[] }).dates)).toBe(true);
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it('tells 11 from "11" in the weekend (a code and a malformed mask)', () => {
    expect(sellingDays(asOf, 11)).toBe(25);
    expect(sellingDays(asOf, "11")).toEqual(expect.objectContaining({ code: "#VALUE!" }));
    expect(sellingDays(asOf, 11)).toBe(25);
  });
});
