/* Invariants of the floor over random event logs: row order never matters, minutes are never negative, counts add up. */
import fc from "fast-check";
import {
  bottlenecks,
  clearEventLogCache,
  eventLogCached,
  flowSummary,
  readEventLog,
  stageResolver,
  timelines,
  type EventRow,
} from "../../../src/core/floor";
import { SAT } from "./clock";

const STAGE_NAMES = [
  "Up",
  "Test drive",
  "Write-up",
  "T.O.",
  "Waiting for F&I",
  "In F&I",
  "Delivered",
  "Walked",
  "Appraisal",
];
const row = fc.record({
  deal: fc.constantFrom("D1", "D2", "D3", "d1", "D4"),
  stage: fc.constantFrom(...STAGE_NAMES),
  // Times over two days so logs cross midnight.
  time: fc.integer({ min: 0, max: 2 * 1440 }).map((m) => SAT + m / 1440),
});
const log = fc.array(row, { maxLength: 40 });
const asOf = fc.integer({ min: 0, max: 2 * 1440 }).map((m) => SAT + m / 1440);

function summaryOf(rows: readonly EventRow[], at: number) {
  return flowSummary(timelines(readEventLog(rows, stageResolver()).deals, at));
}

describe("the floor over random logs", () => {
  it("doesn't depend on the order of the rows", () => {
    fc.assert(
      fc.property(log, asOf, fc.integer(), (rows, at, seed) => {
        const shuffled = [...rows]
          .map((r, i) => ({ r, k: (Math.imul(i + 1, seed | 1) >>> 0) % 9973 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        expect(summaryOf(shuffled, at)).toEqual(summaryOf(rows, at));
      }),
      { numRuns: 300 }
    );
  });

  it("never gives negative minutes, and the median never exceeds the 90th percentile", () => {
    fc.assert(
      fc.property(log, asOf, (rows, at) => {
        for (const s of summaryOf(rows, at)) {
          for (const m of [s.median, s.p90, s.longestCurrent]) if (m !== null) expect(m).toBeGreaterThanOrEqual(0);
          if (s.median !== null && s.p90 !== null) expect(s.median).toBeLessThanOrEqual(s.p90 + 1e-9);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("counts each deal in progress in exactly one step, and lists only deals in progress as stuck", () => {
    fc.assert(
      fc.property(log, asOf, (rows, at) => {
        const lines = timelines(readEventLog(rows, stageResolver()).deals, at);
        const summary = flowSummary(lines);
        const inSteps = summary.filter((s) => s.stage !== "visit").reduce((n, s) => n + s.inNow, 0);
        const open = lines.filter((l) => l.current !== null && l.current.minutes !== null).length;
        expect(inSteps).toBe(open);
        for (const b of bottlenecks(lines)) expect(b.line.status).toBe("inProgress");
      }),
      { numRuns: 300 }
    );
  });
});

describe("the event-log cache", () => {
  beforeEach(() => clearEventLogCache());
  const ids = [["D1"], ["D1"]];
  const stages = [["Up"], ["Desk"]];
  const times = [[SAT + 0.4], [SAT + 0.45]];

  it("reads an unchanged log once, however many cells recalculate over it", () => {
    const first = eventLogCached(ids, stages, times, null);
    expect(
      eventLogCached(
        ids.map((r) => [...r]),
        stages.map((r) => [...r]),
        times.map((r) => [...r]),
        null
      )
    ).toBe(first);
  });

  it("reads the log again when any cell changes", () => {
    const first = eventLogCached(ids, stages, times, null);
    expect(eventLogCached(ids, [["Up"], ["T.O."]], times, null)).not.toBe(first);
    expect(eventLogCached(ids, stages, [[SAT + 0.4], [SAT + 0.46]], null)).not.toBe(first);
    expect(eventLogCached(ids, stages, times, [["Desk", "Delivered"]])).not.toBe(first);
  });
});
