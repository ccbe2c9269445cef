/* The stair-step money, worked by hand: 80/100/110% of objective at $200/$400/$600 on every unit. */
import fc from "fast-check";
import { isSheetError } from "../../../src/core/errors";
import {
  readTierTable,
  tierPayout,
  tierReached,
  tierScenarios,
  unitsToNextTier,
  defaultMaxExtra,
  type TierTable,
} from "../../../src/core/programs";

function tiers(rows: unknown[][], objective: number | null = null): TierTable {
  const t = readTierTable(rows, objective);
  if (isSheetError(t)) throw new Error(t.message);
  return t;
}

/** The program: 80% → $200 a unit, 100% → $400, 110% → $600, on all units. */
const PERCENT = [
  ["Threshold", "Per unit"],
  [0.8, 200],
  [1, 400],
  [1.1, 600],
];
/** A unit-count program, rows out of order, with lump sums: 20 units → $2,500; 30 → $100 a unit + $5,000; 40 → $150 a unit + $10,000. */
const UNITS = [
  ["Units", "Per unit", "Bonus"],
  [30, 100, 5000],
  [40, 150, 10000],
  [20, 0, 2500],
];

describe("tier, payout and units to the next tier", () => {
  it.each([
    // [units, objective, tier, payout, to next, how]
    [0, 100, 0, 0, 80, "nothing sold: 80 units to tier 1"],
    [79, 100, 0, 0, 1, "one short of 80%"],
    [80, 100, 1, 16000, 20, "exactly 80%: 80 × $200"],
    [95, 100, 1, 19000, 5, "95 × $200"],
    [99, 100, 1, 19800, 1, "one short of 100%: 99 × $200"],
    [100, 100, 2, 40000, 10, "exactly 100%: 100 × $400 — unit #100 adds $20,200"],
    [109, 100, 2, 43600, 1, "109 × $400"],
    [110, 100, 3, 66000, null, "top tier: 110 × $600"],
    [150, 100, 3, 90000, null, "above the top tier: 150 × $600"],
    // 110% of 97 = 106.7 → 107 units; 80% = 77.6 → 78.
    [77, 97, 0, 0, 1, "77 < 78"],
    [78, 97, 1, 15600, 19, "78 × $200; 97 − 78 = 19"],
    [106, 97, 2, 42400, 1, "106 × $400: one short of 107"],
    [107, 97, 3, 64200, null, "107 × $600"],
  ])("%p units, objective %p → tier %p, $%p, %p to next (%s)", (units, objective, tier, payout, next, _how) => {
    const t = tiers(PERCENT, objective);
    expect(tierReached(units, t)).toBe(tier);
    expect(tierPayout(units, t)).toBe(payout);
    const left = unitsToNextTier(units, t);
    if (next === null) expect(isSheetError(left) && left.kind === "na" && left.message).toBe("top tier reached");
    else expect(left).toBe(next);
  });

  it.each([
    [19, 0, 0, "below 20"],
    [20, 1, 2500, "lump sum only: 20 × $0 + $2,500"],
    [29, 1, 2500, "still tier 1"],
    [30, 2, 8000, "30 × $100 + $5,000"],
    [39, 2, 8900, "39 × $100 + $5,000"],
    [40, 3, 16000, "40 × $150 + $10,000 (only the highest tier's lump sum)"],
  ])("unit-count table out of order: %p units → tier %p, $%p (%s)", (units, tier, payout) => {
    const t = tiers(UNITS);
    expect(tierReached(units, t)).toBe(tier);
    expect(tierPayout(units, t)).toBe(payout);
  });
});

describe("tierScenarios", () => {
  const t = tiers(PERCENT, 100);

  it("95 units: +5 reaches tier 2 for $40,000, $21,000 more than now", () => {
    const lines = tierScenarios(95, t, defaultMaxExtra(95, t));
    if (isSheetError(lines)) throw new Error(lines.message);
    // Default: up to the top tier (110 − 95 = 15) and 5 more → extra 0..20.
    expect(lines).toHaveLength(21);
    expect(lines[0]).toEqual({ extra: 0, total: 95, tier: 1, payout: 19000, gain: 0, unitGain: 0 });
    expect(lines[1]).toEqual({ extra: 1, total: 96, tier: 1, payout: 19200, gain: 200, unitGain: 200 });
    // 100 × $400 = 40,000; 40,000 − 19,000 = 21,000; unit #100 alone: 40,000 − 99 × 200 = 20,200.
    expect(lines[5]).toEqual({ extra: 5, total: 100, tier: 2, payout: 40000, gain: 21000, unitGain: 20200 });
    // 110 × $600 = 66,000; unit #110: 66,000 − 109 × 400 = 22,400.
    expect(lines[15]).toEqual({ extra: 15, total: 110, tier: 3, payout: 66000, gain: 47000, unitGain: 22400 });
    expect(lines[20]?.unitGain).toBe(600);
  });

  it.each([[-1], [1.5], [10001]])("max extra %p → #NUM!", (max) => {
    const r = tierScenarios(95, t, max);
    expect(isSheetError(r) && r.kind).toBe("num");
  });

  it("past the top tier the default still shows 5 more units", () => {
    expect(defaultMaxExtra(200, t)).toBe(5);
  });
});

describe("properties", () => {
  // Tables whose money never steps down: per unit and lump sum both rise with the threshold.
  const risingTable = fc
    .uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 })
    .chain((thresholds) =>
      fc.tuple(
        fc.constant(thresholds),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: thresholds.length, maxLength: thresholds.length }),
        fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: thresholds.length, maxLength: thresholds.length })
      )
    )
    .map(([th, pu, ls]) => {
      const sortedPu = [...pu].sort((a, b) => a - b);
      const sortedLs = [...ls].sort((a, b) => a - b);
      const order = [...th].sort((a, b) => a - b);
      return order.map((x, i) => [x, sortedPu[i] as number, sortedLs[i] as number]);
    });

  it("with money that never steps down, payout never falls as units rise", () => {
    fc.assert(
      fc.property(risingTable, fc.integer({ min: 0, max: 400 }), (rows, units) => {
        const t = tiers(rows);
        expect(tierPayout(units + 1, t)).toBeGreaterThanOrEqual(tierPayout(units, t));
        expect(tierReached(units + 1, t)).toBeGreaterThanOrEqual(tierReached(units, t));
      })
    );
  });

  it("the order of the rows never changes the answer, and unit gains add up to the gain", () => {
    fc.assert(
      fc.property(
        risingTable,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 40 }),
        (rows, units, max) => {
          const t = tiers(rows);
          const reversed = tiers([...rows].reverse());
          expect(tierPayout(units, reversed)).toBe(tierPayout(units, t));
          const lines = tierScenarios(units, t, max);
          if (isSheetError(lines)) throw new Error(lines.message);
          const last = lines[lines.length - 1];
          expect(lines.reduce((s, l) => s + l.unitGain, 0)).toBe(last?.gain);
        }
      )
    );
  });
});
