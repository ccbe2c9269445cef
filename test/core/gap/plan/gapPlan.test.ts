/* The close-the-gap plan against projections whose distribution is known exactly. */
import { gapPlan, probWithExtra, recommendPlan, type GapPlanInput } from "../../../../src/core/gap/plan";
import type { AgedUnit } from "../../../../src/core/gap/inventory";
import type { RevisitDeal } from "../../../../src/core/gap/pipeline";
import type { MonthForecast } from "../../../../src/core/forecast";

/** A month that ends at exactly 120 deals. */
const exactly120 = { probAtLeast: (x: number) => (x <= 120 ? 1 : 0) };
/** A month that ends at 118, 119, 120, 121 or 122 deals, each 1 in 5. */
const uniform118to122 = { probAtLeast: (x: number) => Math.min(1, Math.max(0, (123 - Math.ceil(x)) / 5)) };

const deal = (id: string, chance: number): RevisitDeal => ({
  id,
  status: "pending",
  source: "Walk-in",
  salesperson: "",
  created: 45700,
  age: 3,
  band: "0-7",
  chance,
  value: null,
  expectedValue: null,
});
const unit = (stock: string, days: number): AgedUnit => ({
  stock,
  stockIn: 45726 - days,
  daysInStock: days,
  bucket: "90+",
  holdingCostSoFar: days * 30,
  costAtMonthEnd: (days + 21) * 30,
  details: [],
});

describe("probWithExtra", () => {
  it.each([
    // extra = sure + Bernoulli deals; the month makes 122 when 120 + extra ≥ 122.
    ["nothing extra", exactly120, 122, 0, [], 0],
    ["two sure deals", exactly120, 122, 2, [], 1],
    ["two coin flips: both must close, 1/4", exactly120, 122, 0, [0.5, 0.5], 0.25],
    ["one sure, two coin flips: one of them, 3/4", exactly120, 122, 1, [0.5, 0.5], 0.75],
    // 0.6 × P(T ≥ 121) + 0.4 × P(T ≥ 120) = 0.6 × 2/5 + 0.4 × 3/5
    ["one sure and a 40% deal on a spread month", uniform118to122, 122, 1, [0.4], 0.48],
    ["a target already made", uniform118to122, 100, 0, [0.3], 1],
  ] as const)("%s", (_, forecast, target, sure, chances, expected) => {
    expect(probWithExtra(forecast, target, sure, chances)).toBeCloseTo(expected, 12);
  });
});

function input(forecast: { probAtLeast: (x: number) => number }, target: number): GapPlanInput {
  const month = { ...forecast, p50: 120, dealsToCome: 40 } as unknown as MonthForecast;
  return {
    forecast: month,
    target,
    agedUnits: [unit("U1", 140), unit("N2", 95), unit("U3", 70)],
    revisits: [deal("A", 0.5), deal("B", 0.5)],
    pipelineDeals: 12.5,
  };
}

describe("gapPlan and recommendPlan", () => {
  it("adds up what each action brings and what the whole plan brings", () => {
    const plan = gapPlan(input(exactly120, 122), { pushUnits: 1, revisitCount: 2 });
    expect(plan.gap).toBe(2);
    expect(plan.probNow).toBe(0);
    expect(plan.push).toEqual({ extraDeals: 1, probWith: 0 });
    expect(plan.revisit.extraDeals).toBe(1);
    expect(plan.revisit.probWith).toBeCloseTo(0.25, 12);
    expect(plan.combined.probWith).toBeCloseTo(0.75, 12);
    // U1 would run up 21 more days × $30 by month end.
    expect(plan.holdingSaved).toBe(630);
    expect(plan.pushed.map((u) => u.stock)).toEqual(["U1"]);
  });

  it("keeps the GSM's counts within what there is", () => {
    expect(gapPlan(input(exactly120, 122), { pushUnits: 9, revisitCount: -2 }).choice).toEqual({
      pushUnits: 3,
      revisitCount: 0,
    });
  });

  it.each([
    ["short by 2: the revisits plus one unit pass 50%", 122, { pushUnits: 1, revisitCount: 2 }],
    ["short by 4: every aged unit is not enough, all three are pushed", 126, { pushUnits: 3, revisitCount: 2 }],
    ["already made: no unit pushed", 110, { pushUnits: 0, revisitCount: 2 }],
  ])("recommends: %s", (_, target, choice) => {
    expect(recommendPlan(input(exactly120, target))).toEqual(choice);
  });
});
