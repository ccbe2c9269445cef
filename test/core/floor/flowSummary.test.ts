import { medianSorted } from "simple-statistics";
import { bottlenecks, DEFAULT_STAGE_LIMITS, flowSummary, percentileInc, timelines } from "../../../src/core/floor";
import { at } from "./clock";
import { AFTERNOON, logOf } from "./scenario";

describe("percentileInc matches Excel's PERCENTILE.INC", () => {
  it.each([
    // PERCENTILE.INC: rank p·(n−1) into the sorted values, linear between neighbours.
    [[10, 20, 30, 40], 0.5, 25], // rank 1.5: 20 + 0.5 × 10
    [[10, 20, 30, 40], 0.9, 37], // rank 2.7: 30 + 0.7 × 10
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1], // rank 8.1; =PERCENTILE.INC({1,...,10},0.9) is 9.1
    [[40, 10, 30, 20], 0.9, 37], // order doesn't matter
    [[5], 0.9, 5],
    [[20, 30], 0.9, 29], // rank 0.9: 20 + 0.9 × 10
    [[3, 3, 3], 0.5, 3],
  ])("%j at %d is %d", (values, p, expected) => {
    expect(percentileInc(values, p)).toBeCloseTo(expected, 9);
  });

  it("is null for no values, and its median is simple-statistics' median", () => {
    expect(percentileInc([], 0.5)).toBeNull();
    const values = [12, 7, 45, 30, 18, 22];
    expect(percentileInc(values, 0.5)).toBe(medianSorted([...values].sort((a, b) => a - b)));
  });
});

describe("the floor at 3 PM (four deals worked by hand)", () => {
  const lines = timelines(logOf(AFTERNOON).deals, at("15:00"));
  // D1: greeted 10, TD 30, desk 20, queue 20, F&I 50, delivered (visit 130).
  // D2: greeted 20, TD 30, desk 10, T.O. 10, in the queue since 14:10 (50 now; visit 120).
  // D3: greeted since 14:30 (30 now). D4: greeted 20, desk 20, queue 30, in F&I since 13:40 (80 now; visit 150).
  it.each([
    ["Greeted", { inNow: 1, median: 20, p90: 20, longestCurrent: 30, overLimit: 1, flagged: 0 }], // finished 10, 20, 20
    ["Test drive", { inNow: 0, median: 30, p90: 30, longestCurrent: null, overLimit: 0, flagged: 0 }], // 30, 30
    ["Desk", { inNow: 0, median: 20, p90: 20, longestCurrent: null, overLimit: 0, flagged: 0 }], // 20, 10, 20
    ["Manager T.O.", { inNow: 0, median: 10, p90: 10, longestCurrent: null, overLimit: 0, flagged: 0 }], // 10
    ["Waiting for F&I", { inNow: 1, median: 25, p90: 29, longestCurrent: 50, overLimit: 1, flagged: 0 }], // 20, 30: p90 = 20 + 0.9 × 10
    ["In F&I", { inNow: 1, median: 50, p90: 50, longestCurrent: 80, overLimit: 1, flagged: 0 }], // 50; D4 80 > 60
    ["Whole visit", { inNow: 3, median: 130, p90: 130, longestCurrent: 150, overLimit: 2, flagged: 0 }], // open 120, 30, 150: two past 90
  ])("%s", (label, expected) => {
    const row = flowSummary(lines).find((r) => r.label === label);
    expect(
      row && {
        inNow: row.inNow,
        median: row.median,
        p90: row.p90,
        longestCurrent: row.longestCurrent,
        overLimit: row.overLimit,
        flagged: row.flagged,
      }
    ).toEqual(expected);
  });

  it("flags stays whose times run backwards instead of measuring them", () => {
    const backwards = timelines(
      logOf([
        ["D9", "Up", "10:00"],
        ["D9", "Desk", "9:50"],
        ["D9", "Delivered", "10:30"],
      ]).deals,
      at("15:00")
    );
    const rows = flowSummary(backwards);
    expect(rows.find((r) => r.stage === "greeted")?.flagged).toBe(1);
    expect(rows.find((r) => r.stage === "greeted")?.median).toBeNull();
    expect(rows.find((r) => r.stage === "desk")?.median).toBe(40);
    for (const r of rows) for (const m of [r.median, r.p90, r.longestCurrent]) expect(m === null || m >= 0).toBe(true);
  });

  it("lists the stuck deals longest wait first, with the idle handoff", () => {
    expect(
      bottlenecks(lines).map((b) => [b.line.deal.id, b.stage, b.minutes, b.limit, b.visitMinutes, b.handoff])
    ).toEqual([
      ["D4", "inFi", 80, 60, 150, "In F&I → Delivered"],
      ["D2", "waitingFi", 50, 30, 120, "Waiting for F&I → In F&I"],
      ["D3", "greeted", 30, 20, 30, "Greeted → Test drive"],
    ]);
  });

  it("uses the store's limits: a deal past only the visit limit is still listed", () => {
    const limits = { stages: { ...DEFAULT_STAGE_LIMITS.stages, greeted: 45, inFi: 90 }, visit: 140 };
    expect(bottlenecks(lines, limits).map((b) => [b.line.deal.id, b.overStage, b.overVisit])).toEqual([
      ["D4", false, true],
      ["D2", true, false],
    ]);
  });
});
