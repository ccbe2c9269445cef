/* The OEM functions as Excel calls them: ranges as rows of cells, blanks as null, errors as values. */
import { dateToSerial } from "../../src/core/calendar";
import {
  probTier,
  requirementGaps,
  tier,
  tierPayout,
  tierScenarios,
  unitsToNextTier,
} from "../../src/functions/programsFunctions";
import { errorOf } from "./excelResult";

const TIERS = [
  ["Threshold", "Per unit"],
  [0.8, 200],
  [1, 400],
  [1.1, 600],
];

describe("TIER, TIER_PAYOUT, UNITS_TO_NEXT_TIER", () => {
  it.each([
    // [units, objective, tier, payout, to next]
    [95, 100, 1, 19000, 5],
    ["95", 100, 1, 19000, 5],
    [100, 100, 2, 40000, 10],
    [95.7, 100, 1, 19000, 5], // a fraction of a unit is not a unit yet: 95
    [null, 100, 0, 0, 80], // an empty cell counts 0, as in SUM
  ])("%p units, objective %p → tier %p, $%p, %p to next", (units, objective, t, payout, next) => {
    expect(tier(units, TIERS, objective)).toBe(t);
    expect(tierPayout(units, TIERS, objective)).toBe(payout);
    expect(unitsToNextTier(units, TIERS, objective)).toBe(next);
  });

  it.each([
    // [units, tiers, objective, code, message]
    ["many", TIERS, 100, "#VALUE!", "units must be a number"],
    [-1, TIERS, 100, "#NUM!", "units can't be negative"],
    [95, TIERS, 0, "#NUM!", "objective must be above 0"],
    [95, TIERS, -100, "#NUM!", "objective must be above 0"],
    [95, TIERS, "lots", "#VALUE!", "objective must be a number"],
    [
      95,
      [["Threshold"]],
      100,
      "#VALUE!",
      "tiers has no row with a number threshold (threshold | money per unit | lump sum)",
    ],
    [
      95,
      [
        [80, 200],
        [80, 400],
      ],
      null,
      "#VALUE!",
      "tiers row 2: same threshold as row 1",
    ],
    [95, [[80, -200]], null, "#VALUE!", "tiers row 1: money can't be negative"],
  ])("%p units, %j, objective %p → %s %p", (units, tiers, objective, code, message) => {
    for (const f of [tier, tierPayout, unitsToNextTier])
      expect(errorOf(f(units, tiers, objective))).toEqual({ code, message });
  });

  it("the top tier has no next tier: #N/A", () => {
    expect(errorOf(unitsToNextTier(110, TIERS, 100))).toEqual({ code: "#N/A", message: "top tier reached" });
  });

  it("a tier table in units without an objective", () => {
    expect(
      tier(25, [
        [20, 100],
        [30, 200],
      ])
    ).toBe(1);
    expect(
      tierPayout(30, [
        [20, 100],
        [30, 200],
      ])
    ).toBe(6000);
  });
});

describe("TIER_SCENARIOS", () => {
  it("spills a header and one row per extra unit", () => {
    const spill = tierScenarios(95, TIERS, 100, 10) as unknown[][];
    expect(spill[0]).toEqual(["Extra units", "Total units", "Tier", "Payout", "Gain vs now", "Gain of that unit"]);
    expect(spill).toHaveLength(12);
    // +5: 100 units × $400 = $40,000, $21,000 over 95 × $200.
    expect(spill[6]).toEqual([5, 100, 2, 40000, 21000, 20200]);
  });

  it.each([[-1], [2.5], ["x"]])("max_extra %p is an error", (max) => {
    expect(errorOf(tierScenarios(95, TIERS, 100, max))?.code).toMatch(/#NUM!|#VALUE!/);
  });
});

describe("PROB_TIER", () => {
  // A steady store: 4 deals every weekday and Saturday from Jan 2024 to Mar 10 2025.
  const dates: number[][] = [["Sold Date"] as unknown as number[]];
  for (let d = dateToSerial(2024, 1, 1); d <= dateToSerial(2025, 3, 10); d++) {
    if (d % 7 === 1) continue; // Sundays (serial 1 is a Sunday)
    for (let k = 0; k < 4; k++) dates.push([d]);
  }

  it("spills tier, probability and expected payout; the probabilities fall with the tier", () => {
    const spill = probTier(
      dates,
      [
        [60, 100],
        [100, 200],
        [140, 300],
      ],
      dateToSerial(2025, 3, 10)
    ) as unknown[][];
    expect(spill[0]).toEqual(["Tier", "Probability", "Expected payout"]);
    expect(spill).toHaveLength(5);
    const p = spill.slice(1, 4).map((r) => r[1] as number);
    // 8 selling days done by Mar 10 (32 deals); 26 in March → about 104: tier 1 is near certain, tier 3 is far.
    expect(p[0]).toBeGreaterThan(0.99);
    expect(p[1]).toBeGreaterThan(p[2] as number);
    expect(p[2]).toBeLessThan(0.05);
    expect(spill[4]?.[0]).toBe("Total");
    const total = spill.slice(1, 4).reduce((s, r) => s + (r[2] as number), 0);
    expect(spill[4]?.[2]).toBeCloseTo(total, 6);
  });

  it("a tier already reached has probability 1", () => {
    const spill = probTier(dates, [[30, 100]], dateToSerial(2025, 3, 10)) as unknown[][];
    expect(spill[1]?.[1]).toBe(1);
  });

  it("the quarter counts January and February's deals already sold", () => {
    // Q1 2025 through Mar 10: Jan + Feb ≈ 26 + 24 selling days × 4 → about 200 already: 150 is reached.
    const spill = probTier(
      dates,
      [
        [150, 100],
        [400, 200],
      ],
      dateToSerial(2025, 3, 10),
      null,
      "quarter"
    ) as unknown[][];
    expect(spill[1]?.[1]).toBe(1);
    expect(spill[2]?.[1]).toBeLessThan(0.01);
  });

  it.each([["weekly", "#VALUE!", 'period must be "month" or "quarter"']])("period %p → %s", (period, code, message) => {
    expect(errorOf(probTier(dates, TIERS, dateToSerial(2025, 3, 10), 100, period))).toEqual({ code, message });
  });

  it("no deals → #N/A", () => {
    expect(errorOf(probTier([["Sold Date"]], TIERS, dateToSerial(2025, 3, 10), 100))?.code).toBe("#N/A");
  });
});

describe("REQUIREMENT_GAPS", () => {
  it("spills the failing and trending requirements under a header", () => {
    const spill = requirementGaps(
      [
        ["Requirement", "Current", "Threshold", "Type", "Nov", "Dec", "Jan"],
        ["CSI", 91.2, 90, "min", 93.6, 92.8, 92.0],
        ["SER", 85, 100, "min"],
      ],
      dateToSerial(2025, 2, 10),
      "quarter"
    ) as unknown[][];
    expect(spill[0]).toEqual(["Requirement", "Current", "Threshold", "Status", "Shortfall", "When", "Trend per month"]);
    expect(spill.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["SER", "failing"],
      ["CSI", "trending to fail"],
    ]);
    expect(spill[1]?.[6]).toBe("");
  });

  it("nothing at risk: just the header", () => {
    expect(requirementGaps([["CSI", 95, 90, "min"]], dateToSerial(2025, 2, 10))).toHaveLength(1);
  });
});
