/*
 * One or more invariants per GSM function, as property tests on plausible inputs: what must hold
 * between a function's results whatever the numbers (orderings, bounds, monotonicity, sums that
 * must agree), worked out from each function's JSDoc. Inputs that end in an error value are allowed
 * (the fuzz checks those); the invariant is checked on every input that gives an answer, and each
 * property must reach answers often (see `answered`).
 */
import fc from "fast-check";
import {
  expectedToDate,
  pace,
  paceByDay,
  probReach,
  projectMonthEnd,
  sellingDays,
  trend,
} from "../../src/functions/functions";
import {
  probTier,
  requirementGaps,
  tier,
  tierPayout,
  tierScenarios,
  unitsToNextTier,
} from "../../src/functions/programsFunctions";
import { bottlenecks, flowSummary, stageMinutes, tradeHandoff } from "../../src/functions/floorFunctions";
import { budgetVariance, indicatorForecast, leadingIndicators } from "../../src/functions/budgetFunctions";
import { agedUnits, dealsToRevisit, pipelineDeals } from "../../src/functions/gapFunctions";
import { expectExcelResult } from "./fuzzKit";

/** FUZZ_RUNS=10000 (ten times the fuzz's 1,000) runs ten times as many cases here too, for a deeper hunt. */
const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 0) / 1000);
const RUNS = 300 * SCALE;
/** Forecast-backed functions fit a model per input: fewer runs keep the suite quick. */
const FORECAST_RUNS = 150 * SCALE;
/** Projections of a values column fit a value model too: fewer still. */
const VALUES_RUNS = 50 * SCALE;

type Cell = string | number | boolean;

/** The number a call returned, or null for an error value (after checking it is something Excel can show). */
function numberOrNull(f: () => unknown): number | null {
  const r = expectExcelResult(f, "invariant input");
  return typeof r === "number" ? r : null;
}

/** The spill a call returned, or null for an error value. */
function spillOrNull(f: () => unknown): Cell[][] | null {
  const r = expectExcelResult(f, "invariant input");
  return Array.isArray(r) ? (r as Cell[][]) : null;
}

/** Counts answers, so a property that only ever sees error values fails instead of passing empty. */
function answered(): { hit: () => void; atLeast: (share: number, runs: number) => void } {
  let n = 0;
  return {
    hit: () => {
      n++;
    },
    atLeast: (share, runs) => expect(n).toBeGreaterThanOrEqual(Math.floor(share * runs)),
  };
}

const close = (a: number, b: number, rel = 1e-9): boolean =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
/** A cell that must be a number (fails the property otherwise). */
function num(c: Cell | null | undefined): number {
  if (typeof c !== "number") throw new Error(`expected a number, got ${String(c)}`);
  return c;
}

/** Excel serial ↔ calendar, UTC (serial 25569 is 1/1/1970). */
const toDate = (serial: number): Date => new Date((serial - 25569) * 86_400_000);
const toSerial = (y: number, m: number, d: number): number => Date.UTC(y, m, d) / 86_400_000 + 25569;
const monthStart = (serial: number): number =>
  toSerial(toDate(serial).getUTCFullYear(), toDate(serial).getUTCMonth(), 1);
const monthEnd = (serial: number): number =>
  toSerial(toDate(serial).getUTCFullYear(), toDate(serial).getUTCMonth() + 1, 0);

const day = fc.integer({ min: 45292, max: 46387 }); // 2024–2026
const weekend = fc.constantFrom(null, 1, 11, 7, "0000011", "0010001");
const col = <T>(cells: readonly T[]): T[][] => cells.map((c) => [c]);

/** A clean deal log: sold days over the four months before asOf and its month so far. */
const dealLog = day.chain((asOf) =>
  fc.tuple(fc.constant(asOf), fc.array(fc.integer({ min: asOf - 130, max: asOf }), { minLength: 1, maxLength: 40 }))
);

describe("calendar and pace", () => {
  it("SELLING_DAYS: each day adds 0 or 1, the count never goes negative, and through the month's last day is the whole month", () => {
    fc.assert(
      fc.property(day, weekend, fc.integer({ min: 0, max: 30 }), (month, w, k) => {
        const start = monthStart(month);
        const end = monthEnd(month);
        const d = Math.min(start + k, end);
        const upTo = numberOrNull(() => sellingDays(month, w, undefined, d));
        const before = d === start ? 0 : numberOrNull(() => sellingDays(month, w, undefined, d - 1));
        const whole = numberOrNull(() => sellingDays(month, w));
        expect(upTo).not.toBeNull();
        expect([0, 1]).toContain(num(upTo ?? 0) - num(before ?? 0));
        expect(upTo).toBeGreaterThanOrEqual(0);
        expect(upTo).toBeLessThanOrEqual(num(whole ?? 0));
        expect(numberOrNull(() => sellingDays(month, w, undefined, end))).toBe(whole);
        // through outside the month: nothing before it, the whole month after it.
        expect(numberOrNull(() => sellingDays(month, w, undefined, start - 1 - k))).toBe(0);
        expect(numberOrNull(() => sellingDays(month, w, undefined, end + 1 + k))).toBe(whole);
      }),
      { numRuns: RUNS }
    );
  });

  it("EXPECTED_TO_DATE: between 0 and the target, non-decreasing through the month, the whole target on its last day", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        day,
        fc.integer({ min: 0, max: 30 }),
        weekend,
        (target, month, k, w) => {
          const end = monthEnd(month);
          const d = Math.min(monthStart(month) + k, end);
          const e = numberOrNull(() => expectedToDate(target, d, w));
          if (e === null) return; // no selling day in the month yet is an error value
          const next = d < end ? numberOrNull(() => expectedToDate(target, d + 1, w)) : e;
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(target * (1 + 1e-12));
          expect(num(next ?? 0)).toBeGreaterThanOrEqual(e * (1 - 1e-12));
          expect(close(num(numberOrNull(() => expectedToDate(target, end, w)) ?? Number.NaN), target)).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("PACE: pace × expected to date is actual, and more deals never lower the pace", () => {
    const seen = answered();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        day,
        weekend,
        (a, extra, target, d, w) => {
          const p = numberOrNull(() => pace(a, target, d, w));
          if (p === null) return;
          seen.hit();
          const e = num(numberOrNull(() => expectedToDate(target, d, w)) ?? Number.NaN);
          expect(close(p * e, a, 1e-9)).toBe(true);
          expect(num(numberOrNull(() => pace(a + extra, target, d, w)) ?? Number.NaN)).toBeGreaterThanOrEqual(p);
        }
      ),
      { numRuns: RUNS }
    );
    seen.atLeast(0.5, RUNS);
  });

  it("TREND: at least the deals so far, linear in them, and exactly them on the month's last day", () => {
    const seen = answered();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), day, weekend, (a, d, w) => {
        const t = numberOrNull(() => trend(a, d, w));
        if (t === null) return;
        seen.hit();
        expect(t).toBeGreaterThanOrEqual(a * (1 - 1e-12));
        expect(close(num(numberOrNull(() => trend(2 * a, d, w)) ?? Number.NaN), 2 * t)).toBe(true);
        expect(close(num(numberOrNull(() => trend(a, monthEnd(d), w)) ?? Number.NaN), a)).toBe(true);
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.5, RUNS);
  });
});

describe("projections from the deal log", () => {
  it("PROJECT_MONTH_END: p10 ≤ p50 ≤ p90, and never below the deals already sold this month", () => {
    const seen = answered();
    fc.assert(
      fc.property(dealLog, ([asOf, days]) => {
        const dates = col(days);
        const [p10, p50, p90] = [0.1, 0.5, 0.9].map((q) =>
          numberOrNull(() => projectMonthEnd(dates, asOf, undefined, q))
        );
        if (p10 === null || p50 === null || p90 === null || p10 === undefined || p50 === undefined || p90 === undefined)
          return;
        seen.hit();
        const soFar = days.filter((d) => d >= monthStart(asOf) && d <= asOf).length;
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p10).toBeGreaterThanOrEqual(soFar);
      }),
      { numRuns: FORECAST_RUNS }
    );
    seen.atLeast(0.5, FORECAST_RUNS);
  });

  it("PROB_REACH: in [0, 1], non-increasing in the target, and 1 once the target is reached", () => {
    const seen = answered();
    fc.assert(
      fc.property(
        dealLog,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 40 }),
        ([asOf, days], target, step) => {
          const dates = col(days);
          const p = numberOrNull(() => probReach(dates, target, asOf));
          if (p === null) return;
          seen.hit();
          const higher = num(numberOrNull(() => probReach(dates, target + step, asOf)) ?? Number.NaN);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(higher).toBeLessThanOrEqual(p + 1e-12);
          const soFar = days.filter((d) => d >= monthStart(asOf) && d <= asOf).length;
          expect(numberOrNull(() => probReach(dates, soFar, asOf))).toBe(1);
        }
      ),
      { numRuns: FORECAST_RUNS }
    );
    seen.atLeast(0.5, FORECAST_RUNS);
  });

  it("PROJECT_MONTH_END and PROB_REACH over a values column with wild amounts (chargebacks, huge gross): quantiles ordered, probabilities in [0, 1] and non-increasing", () => {
    const seen = answered();
    const gross = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -2000, max: 6000 }) },
      { weight: 1, arbitrary: fc.constantFrom(1e15, -1e15, 1e300, 5e-324, 0) }
    );
    fc.assert(
      fc.property(
        dealLog.chain(([asOf, days]) =>
          fc.tuple(
            fc.constant(asOf),
            fc.constant(days),
            fc.array(gross, { minLength: days.length, maxLength: days.length })
          )
        ),
        fc.double({ min: -1e6, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        ([asOf, days, values], target, step) => {
          const [dates, vals] = [col(days), col(values)];
          const qs = [0.1, 0.5, 0.9].map((q) => numberOrNull(() => projectMonthEnd(dates, asOf, vals, q)));
          if (qs.every((q) => q !== null)) {
            seen.hit();
            expect(num(qs[0])).toBeLessThanOrEqual(num(qs[1]));
            expect(num(qs[1])).toBeLessThanOrEqual(num(qs[2]));
          }
          const p = numberOrNull(() => probReach(dates, Math.max(0, target), asOf, vals));
          if (p === null) return;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(num(numberOrNull(() => probReach(dates, Math.max(0, target) + step, asOf, vals)))).toBeLessThanOrEqual(
            p + 1e-12
          );
        }
      ),
      { numRuns: VALUES_RUNS }
    );
    seen.atLeast(0.3, VALUES_RUNS);
  });

  it("PACE_BY_DAY: one row a day from the 1st, both cumulative columns non-decreasing, target's pace never above the target, Ahead = actual ≥ pace", () => {
    const seen = answered();
    fc.assert(
      fc.property(dealLog, fc.double({ min: 0, max: 1e6, noNaN: true }), weekend, ([asOf, days], target, w) => {
        const rows = spillOrNull(() => paceByDay(col(days), target, asOf, w));
        if (rows === null) return;
        seen.hit();
        const body = rows.slice(1);
        expect(body.length).toBe(asOf - monthStart(asOf) + 1);
        body.forEach((r, i) => {
          expect(r[0]).toBe(monthStart(asOf) + i);
          expect(r[3]).toBe(num(r[2]) >= num(r[1]));
          expect(num(r[1])).toBeLessThanOrEqual(target * (1 + 1e-12));
          if (i > 0) {
            expect(num(r[1])).toBeGreaterThanOrEqual(num(body[i - 1]?.[1]));
            expect(num(r[2])).toBeGreaterThanOrEqual(num(body[i - 1]?.[2]));
          }
        });
        expect(body.at(-1)?.[2]).toBe(days.filter((d) => d >= monthStart(asOf) && d <= asOf).length);
      }),
      { numRuns: FORECAST_RUNS }
    );
    seen.atLeast(0.5, FORECAST_RUNS);
  });
});

/** A realistic tier table: thresholds rising, money per unit and lump sums never falling with the tier. */
const tiers = fc
  .uniqueArray(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 5 })
  .chain((ts) => {
    const sorted = [...ts].sort((a, b) => a - b);
    return fc.tuple(
      fc.constant(sorted),
      fc.array(fc.integer({ min: 0, max: 500 }), { minLength: sorted.length, maxLength: sorted.length }),
      fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: sorted.length, maxLength: sorted.length })
    );
  })
  .map(([ts, money, lumps]) => {
    const m = [...money].sort((a, b) => a - b);
    const l = [...lumps].sort((a, b) => a - b);
    return [["Threshold", "Per unit", "Lump sum"], ...ts.map((t, i) => [t, m[i] ?? 0, l[i] ?? 0])];
  });
const units = fc.integer({ min: 0, max: 200 });

describe("OEM programs", () => {
  it("TIER: from 0 to the number of tiers, and non-decreasing in units", () => {
    fc.assert(
      fc.property(units, fc.integer({ min: 0, max: 50 }), tiers, (u, more, t) => {
        const now = num(numberOrNull(() => tier(u, t)) ?? Number.NaN);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(t.length - 1);
        expect(num(numberOrNull(() => tier(u + more, t)) ?? Number.NaN)).toBeGreaterThanOrEqual(now);
      }),
      { numRuns: RUNS }
    );
  });

  it("TIER_PAYOUT: non-decreasing in units, 0 below the first tier, the tier's money per unit on every unit plus its lump sum", () => {
    fc.assert(
      fc.property(units, fc.integer({ min: 0, max: 50 }), tiers, (u, more, t) => {
        const p = num(numberOrNull(() => tierPayout(u, t)) ?? Number.NaN);
        expect(num(numberOrNull(() => tierPayout(u + more, t)) ?? Number.NaN)).toBeGreaterThanOrEqual(p);
        const k = num(numberOrNull(() => tier(u, t)));
        const row = t[k];
        expect(p).toBe(k === 0 || !row ? 0 : u * num(row[1]) + num(row[2]));
      }),
      { numRuns: RUNS }
    );
  });

  it("UNITS_TO_NEXT_TIER: at least 1, and selling exactly that many moves the tier up (one fewer doesn't)", () => {
    const seen = answered();
    fc.assert(
      fc.property(units, tiers, (u, t) => {
        const n = numberOrNull(() => unitsToNextTier(u, t));
        if (n === null) {
          expect(tier(u, t)).toBe(t.length - 1); // #N/A only at the top tier
          return;
        }
        seen.hit();
        expect(n).toBeGreaterThanOrEqual(1);
        const now = num(numberOrNull(() => tier(u, t)));
        expect(num(numberOrNull(() => tier(u + n, t)))).toBeGreaterThan(now);
        expect(num(numberOrNull(() => tier(u + n - 1, t)))).toBe(now);
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.2, RUNS);
  });

  it("TIER_SCENARIOS: each row agrees with TIER and TIER_PAYOUT, and the unit gains add up to the gain", () => {
    fc.assert(
      fc.property(units, tiers, fc.integer({ min: 0, max: 12 }), (u, t, maxExtra) => {
        const rows = spillOrNull(() => tierScenarios(u, t, null, maxExtra));
        expect(rows).not.toBeNull();
        const body = (rows ?? []).slice(1);
        expect(body.length).toBe(maxExtra + 1);
        const now = num(numberOrNull(() => tierPayout(u, t)));
        let sum = 0;
        body.forEach(([extra, total, k, payout, gain, unitGain], i) => {
          expect([extra, total]).toEqual([i, u + i]);
          expect(k).toBe(tier(u + i, t));
          expect(payout).toBe(tierPayout(u + i, t));
          sum += num(unitGain);
          expect(close(num(gain), num(payout) - now)).toBe(true);
          expect(close(sum, num(gain))).toBe(true);
        });
      }),
      { numRuns: FORECAST_RUNS }
    );
  });

  it("PROB_TIER: probabilities in [0, 1] and non-increasing up the tiers; the Total is the sum of the tiers' expected payouts", () => {
    const seen = answered();
    fc.assert(
      fc.property(dealLog, tiers, fc.constantFrom("month", "quarter"), ([asOf, days], t, period) => {
        const rows = spillOrNull(() => probTier(col(days), t, asOf, null, period));
        if (rows === null) return;
        seen.hit();
        const body = rows.slice(1, -1);
        expect(body.length).toBe(t.length - 1);
        body.forEach((r, i) => {
          expect(num(r[1])).toBeGreaterThanOrEqual(0);
          expect(num(r[1])).toBeLessThanOrEqual(1);
          if (i > 0) expect(num(r[1])).toBeLessThanOrEqual(num(body[i - 1]?.[1]) + 1e-12);
        });
        const total = rows.at(-1);
        expect(total?.[0]).toBe("Total");
        expect(
          close(
            num(total?.[2]),
            body.reduce((s, r) => s + num(r[2]), 0),
            1e-9
          )
        ).toBe(true);
      }),
      { numRuns: FORECAST_RUNS }
    );
    seen.atLeast(0.5, FORECAST_RUNS);
  });

  it("REQUIREMENT_GAPS: a failing row is on the wrong side of its line, a trending one isn't yet; failing first; shortfalls not negative", () => {
    const reading = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    const requirement = fc.tuple(
      fc.constantFrom("CSI", "Days supply", "Sales effectiveness"),
      reading,
      reading,
      fc.constantFrom("min", "max"),
      fc.array(reading, { maxLength: 6 })
    );
    fc.assert(
      fc.property(
        fc.array(requirement, { minLength: 1, maxLength: 6 }),
        day,
        fc.constantFrom("month", "quarter"),
        (reqs, asOf, period) => {
          const width = 4 + Math.max(...reqs.map((r) => r[4].length));
          const table = reqs.map(([n, c, t, d, recent]) => [
            n,
            c,
            t,
            d,
            ...recent,
            ...Array<string>(width - 4 - recent.length).fill(""),
          ]);
          const rows = spillOrNull(() => requirementGaps(table, asOf, period));
          expect(rows).not.toBeNull();
          let seenTrending = false;
          for (const [, current, threshold, status, shortfall] of (rows ?? []).slice(1)) {
            const req = reqs.find((r) => r[1] === current && r[2] === threshold);
            const below = req?.[3] === "min" ? num(current) < num(threshold) : num(current) > num(threshold);
            if (status === "failing") {
              expect(seenTrending).toBe(false);
              expect(below).toBe(true);
            } else {
              expect(status).toBe("trending to fail");
              seenTrending = true;
            }
            expect(num(shortfall)).toBeGreaterThanOrEqual(0);
          }
          // Every requirement already on the wrong side is listed.
          const failing = reqs.filter(([, c, t, d]) => (d === "min" ? c < t : c > t)).length;
          expect((rows ?? []).filter((r) => r[3] === "failing").length).toBe(failing);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

const STAGES = ["Up", "Test drive", "Write-up", "T.O.", "Waiting for F&I", "In F&I", "Delivered", "Walked"];
const SAT = 46000; // a Saturday
const floorLog = fc.array(
  fc.tuple(fc.constantFrom("D1", "D2", "D3", "D4"), fc.constantFrom(...STAGES), fc.integer({ min: 540, max: 1260 })),
  { maxLength: 30 }
);
const columnsOf = (rows: readonly (readonly [string, string, number])[]): [string[][], string[][], number[][]] => [
  col(rows.map((r) => r[0])),
  col(rows.map((r) => r[1])),
  col(rows.map((r) => SAT + r[2] / 1440)),
];

describe("deal flow", () => {
  it("STAGE_MINUTES: never negative, and consecutive stages add up (a → b plus b → c is a → c)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (a, b, c) => {
          const [t1, t2, t3] = [a, b, c].sort((x, y) => x - y).map((m) => SAT + m / 1440) as [number, number, number];
          const ab = num(numberOrNull(() => stageMinutes(t1, t2)) ?? Number.NaN);
          const bc = num(numberOrNull(() => stageMinutes(t2, t3)) ?? Number.NaN);
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(Math.abs(ab + bc - num(numberOrNull(() => stageMinutes(t1, t3)) ?? Number.NaN))).toBeLessThanOrEqual(
            1e-6
          );
          // An open stage measured to the next stamp is the same as the closed one.
          expect(Math.abs(num(numberOrNull(() => stageMinutes(t1, null, t2))) - ab)).toBeLessThanOrEqual(1e-6);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("FLOW_SUMMARY: median ≤ 90th percentile, no negative minutes or counts, and the order of the log's rows doesn't matter", () => {
    fc.assert(
      fc.property(floorLog, fc.integer({ min: 540, max: 1440 }), (rows, at) => {
        const asOf = SAT + at / 1440;
        const summary = spillOrNull(() => flowSummary(...columnsOf(rows), asOf));
        expect(summary).not.toBeNull();
        for (const r of (summary ?? []).slice(1)) {
          if (typeof r[2] === "number" && typeof r[3] === "number") expect(r[2]).toBeLessThanOrEqual(r[3] + 1e-9);
          for (const c of r.slice(1)) if (typeof c === "number") expect(c).toBeGreaterThanOrEqual(0);
        }
        expect(flowSummary(...columnsOf([...rows].reverse()), asOf)).toEqual(summary);
      }),
      { numRuns: RUNS }
    );
  });

  it("BOTTLENECKS: every deal listed is past its stage's limit or the visit's, longest wait first", () => {
    fc.assert(
      fc.property(floorLog, fc.integer({ min: 540, max: 1440 }), (rows, at) => {
        const list = spillOrNull(() => bottlenecks(...columnsOf(rows), undefined, SAT + at / 1440));
        expect(list).not.toBeNull();
        const body = (list ?? []).slice(1).filter((r) => !String(r[0]).startsWith("Skipped"));
        body.forEach((r, i) => {
          expect(num(r[2]) > num(r[3]) || (typeof r[4] === "number" && r[4] > 90)).toBe(true);
          if (i > 0) expect(num(r[2])).toBeLessThanOrEqual(num(body[i - 1]?.[2]));
        });
      }),
      { numRuns: RUNS }
    );
  });

  it("TRADE_HANDOFF: only trades taken, days idle never negative, longest first; a trade stocked in within 2 days isn't listed", () => {
    const trade = fc.tuple(
      fc.constantFrom("U1T", "U2T", "U3T", "U4T"),
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.integer({ min: 0, max: 10 }), { nil: null })
    );
    fc.assert(
      fc.property(fc.uniqueArray(trade, { selector: (t) => t[0], maxLength: 4 }), (ts) => {
        const asOf = SAT;
        const rows = spillOrNull(() =>
          tradeHandoff(
            col(ts.map((t) => t[0])),
            col(ts.map((t) => asOf - t[1])),
            col(ts.filter((t) => t[2] !== null).map((t) => t[0])),
            col(ts.filter((t) => t[2] !== null).map((t) => asOf - t[1] + num(t[2] ?? 0))),
            asOf
          )
        );
        expect(rows).not.toBeNull();
        const body = (rows ?? []).slice(1);
        body.forEach((r, i) => {
          expect(ts.map((t) => t[0])).toContain(r[0]);
          expect(num(r[3])).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(num(r[3])).toBeLessThanOrEqual(num(body[i - 1]?.[3]));
        });
        // (A stock-in dated after as_of hasn't happened yet as of as_of.)
        for (const [id, ago, lag] of ts)
          if (lag !== null && lag <= 2 && lag <= ago) expect(body.map((r) => r[0])).not.toContain(id);
      }),
      { numRuns: RUNS }
    );
  });
});

describe("budget and indicators", () => {
  it("BUDGET_VARIANCE: a total's variance is TREND − budget, a ratio's is actual − budget, and a bigger budget lowers it by exactly the difference", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        day,
        (a, budget, more, d) => {
          const total = numberOrNull(() => budgetVariance([[a]], budget, "total", d));
          const t = numberOrNull(() => trend(a, d));
          expect(total === null).toBe(t === null);
          if (total !== null && t !== null) {
            expect(close(total, t - budget)).toBe(true);
            expect(Math.sign(total)).toBe(Math.sign(t - budget));
            expect(close(num(numberOrNull(() => budgetVariance([[a]], budget + more, "total", d))), total - more)).toBe(
              true
            );
          }
          expect(budgetVariance([[a]], budget, "ratio", d)).toBe(a - budget);
        }
      ),
      { numRuns: RUNS }
    );
  });

  /** Weekly indicators with an outcome that is an exact line in the first indicator, same week. */
  const weekly = fc
    .tuple(
      fc.integer({ min: 12, max: 30 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 3 })
    )
    .chain(([n, slope, intercept, width]) =>
      fc.tuple(
        fc.constant([slope, intercept] as const),
        fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: width, maxLength: width }), {
          minLength: n,
          maxLength: n,
        }),
        fc.integer({ min: 0, max: 60 })
      )
    );

  it("LEADING_INDICATORS: one row per indicator, lags within 0..max_lag, correlations within [−1, 1], strongest first", () => {
    const seen = answered();
    fc.assert(
      fc.property(weekly, fc.integer({ min: 0, max: 4 }), ([[slope, intercept], data], lag) => {
        const outcome = data.map((r) => [slope * (r[0] ?? 0) + intercept]);
        const rows = spillOrNull(() => leadingIndicators(data, outcome, lag));
        if (rows === null) return;
        seen.hit();
        const body = rows.slice(1);
        expect(body.length).toBe(data[0]?.length);
        body.forEach((r, i) => {
          if (typeof r[1] === "number") expect(r[1] >= 0 && r[1] <= lag && Number.isInteger(r[1])).toBe(true);
          if (typeof r[2] === "number") expect(Math.abs(r[2])).toBeLessThanOrEqual(1 + 1e-9);
          const strength = (x: Cell | undefined): number => (typeof x === "number" ? Math.abs(x) : -1);
          if (i > 0) expect(strength(r[2])).toBeLessThanOrEqual(strength(body[i - 1]?.[2]) + 1e-12);
        });
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.5, RUNS);
  });

  it("INDICATOR_FORECAST: an outcome that is an exact line in one same-week indicator is forecast on that line", () => {
    const seen = answered();
    fc.assert(
      fc.property(weekly, ([[slope, intercept], data, current]) => {
        // One indicator only: a second could be collinear with it, and the fit then may share the weight.
        const x = data.map((r) => [r[0] ?? 0]);
        const outcome = x.map(([v]) => [slope * (v ?? 0) + intercept]);
        const f = numberOrNull(() => indicatorForecast(x, outcome, [[current]], 0));
        if (f === null) return; // a constant indicator has nothing to learn from
        seen.hit();
        expect(Math.abs(f - (slope * current + intercept))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(f)));
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.5, RUNS);
  });
});

describe("closing the gap", () => {
  it("AGED_UNITS: every dated unit at least min_days old, oldest first, holding cost = days × cost per day (more by month end), undated last", () => {
    const unit = fc.tuple(
      fc.integer({ min: 100, max: 999 }),
      fc.option(fc.integer({ min: 0, max: 400 }), { nil: null })
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(unit, { selector: (u) => u[0], minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 100 }),
        day,
        (us, minDays, cost, asOf) => {
          const rows = spillOrNull(() =>
            agedUnits(
              col(us.map((u) => `U${String(u[0])}`)),
              col(us.map((u) => (u[1] === null ? "" : asOf - u[1]))),
              asOf,
              minDays,
              [[cost]]
            )
          );
          if (rows === null) {
            expect(us.every((u) => u[1] !== null && u[1] < minDays)).toBe(true); // #N/A only when none is old enough
            return;
          }
          const body = rows.slice(1);
          const dated = body.filter((r) => typeof r[1] === "number");
          expect(body.slice(0, dated.length)).toEqual(dated);
          dated.forEach((r, i) => {
            expect(num(r[1])).toBeGreaterThanOrEqual(minDays);
            expect(r[3]).toBe(num(r[1]) * cost);
            expect(num(r[4])).toBeGreaterThanOrEqual(num(r[3]));
            if (i > 0) expect(num(r[1])).toBeLessThanOrEqual(num(dated[i - 1]?.[1]));
          });
          expect(dated.length).toBe(us.filter((u) => u[1] !== null && u[1] >= minDays).length);
        }
      ),
      { numRuns: RUNS }
    );
  });

  /** An opportunities log over the year before asOf, with enough history to learn from. */
  const opportunityLog = day.chain((asOf) =>
    fc.tuple(
      fc.constant(asOf),
      fc.array(
        fc.tuple(
          fc.integer({ min: asOf - 300, max: asOf }),
          fc.constantFrom("Pending", "Be-back", "Lost", "Sold"),
          fc.constantFrom("Walk-in", "Internet", "Phone"),
          fc.integer({ min: 0, max: 5000 }),
          fc.integer({ min: 0, max: 40 })
        ),
        {
          minLength: 5,
          maxLength: 30,
        }
      )
    )
  );
  const logColumns = (rows: readonly (readonly [number, string, string, number, number])[], asOf: number) => ({
    ids: col(rows.map((_, i) => `O${String(i + 1)}`)),
    created: col(rows.map((r) => r[0])),
    statuses: col(rows.map((r) => r[1])),
    sources: col(rows.map((r) => r[2])),
    values: col(rows.map((r) => r[3])),
    sold: col(rows.map((r) => (r[1] === "Sold" ? Math.min(asOf, r[0] + r[4]) : ""))),
  });

  it("DEALS_TO_REVISIT: chances in [0, 1], expected value = value × chance, best bets first", () => {
    const seen = answered();
    fc.assert(
      fc.property(opportunityLog, ([asOf, rows]) => {
        const c = logColumns(rows, asOf);
        const list = spillOrNull(() => dealsToRevisit(c.ids, c.created, c.statuses, c.sources, c.values, asOf, c.sold));
        if (list === null) return;
        seen.hit();
        const body = list.slice(1);
        body.forEach((r, i) => {
          expect(num(r[4])).toBeGreaterThanOrEqual(0);
          expect(num(r[4])).toBeLessThanOrEqual(1);
          expect(close(num(r[6]), num(r[5]) * num(r[4]))).toBe(true);
          if (i > 0) expect(num(r[6])).toBeLessThanOrEqual(num(body[i - 1]?.[6]) + 1e-9);
        });
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.3, RUNS);
  });

  it("PIPELINE_DEALS: the sum of DEALS_TO_REVISIT's chances, so between 0 and the number of open opportunities", () => {
    const seen = answered();
    fc.assert(
      fc.property(opportunityLog, ([asOf, rows]) => {
        const c = logColumns(rows, asOf);
        const expected = numberOrNull(() => pipelineDeals(c.created, c.statuses, c.sources, asOf, c.sold));
        if (expected === null) return;
        const list = spillOrNull(() =>
          dealsToRevisit(c.ids, c.created, c.statuses, c.sources, undefined, asOf, c.sold)
        );
        const chances = (list ?? []).slice(1).map((r) => num(r[4]));
        if (list !== null) seen.hit();
        expect(expected).toBeGreaterThanOrEqual(0);
        expect(expected).toBeLessThanOrEqual(chances.length + 1e-9);
        expect(
          close(
            expected,
            chances.reduce((s, x) => s + x, 0),
            1e-9
          )
        ).toBe(true);
      }),
      { numRuns: RUNS }
    );
    seen.atLeast(0.3, RUNS);
  });
});
