/*
 * One fuzz entry per GSM function: how to call it with a list of arguments, how many parameters it
 * takes, and a generator of plausible arguments (the right shapes, wild values) that gets past the
 * argument checks into the arithmetic. fuzz.test.ts fails when a function in functions.json has no
 * entry here.
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
import { amount, column, holidays, messy, serial, serialTime, weekend, wildness, withHeader } from "./fuzzKit";

type Call = (args: unknown[]) => unknown;
/** A function's fuzz entry. */
export interface FuzzCase {
  readonly arity: number;
  readonly call: Call;
  readonly plausible: fc.Arbitrary<unknown[]>;
}

// The wrappers' parameters are `unknown` or `unknown[][]`; the fuzz hands them anything, as Excel might.
/* eslint-disable @typescript-eslint/no-explicit-any */
const spread =
  (f: (...a: any[]) => unknown): Call =>
  (a) =>
    f(...a);
/* eslint-enable @typescript-eslint/no-explicit-any */

const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) });

/** A day for as_of, and what is derived from it. */
const asOfDay = serial;

/** A deal log's sold dates over the months before asOf (some after it), with times, text dates, blanks and bad cells. */
function dealDates(asOf: number, maxRows = 40): fc.Arbitrary<unknown[][]> {
  return wildness.chain((w) => dealDatesOf(asOf, maxRows, w));
}

function dealDatesOf(asOf: number, maxRows: number, wild: number): fc.Arbitrary<unknown[][]> {
  const day = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: asOf - 150, max: asOf + 5 }) },
    { weight: 1, arbitrary: fc.integer({ min: asOf - 150, max: asOf }).map((d) => d + 0.6) },
    { weight: 1, arbitrary: fc.constantFrom("", null, 0, "3/10/2025") }
  );
  return withHeader(column(messy(day, wild), maxRows), "Sold Date");
}

/** A values column the same height as `dates`, of wild amounts. */
function valuesBeside(dates: unknown[][]): fc.Arbitrary<unknown[][]> {
  return fc.array(
    messy(amount).map((v) => [v]),
    { minLength: dates.length, maxLength: dates.length }
  );
}

/** A tier table: thresholds as fractions of an objective or as units, money per unit, an optional lump sum; a header sometimes. */
const tierTable: fc.Arbitrary<unknown[][]> = wildness.chain((w) => tierTableOf(w));

function tierTableOf(w: number): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(
      fc.boolean(),
      fc.array(
        fc.tuple(
          messy(fc.oneof(fc.constantFrom(0.8, 0.9, 1, 1.1, 1.25), fc.integer({ min: 1, max: 200 }), amount), w),
          messy(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(1e308, 5e-324), amount), w),
          fc.option(messy(fc.oneof(fc.integer({ min: 0, max: 50000 }), fc.constantFrom(1e308, 5e-324), amount), w), {
            nil: undefined,
          })
        ),
        { minLength: 1, maxLength: 6 }
      ),
      fc.boolean()
    )
    .map(([header, rows, lumps]) => {
      const width = lumps ? 3 : 2;
      const body = rows.map(([t, m, l]) => (width === 3 ? [t, m, l ?? ""] : [t, m]));
      return header ? [["Threshold", "Per unit", "Lump sum"].slice(0, width), ...body] : body;
    });
}

const objective = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(null, undefined, "", 100, 120, 1, 1e308, 5e-324) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(0, -5), amount) }
);
const units = messy(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(1e308, 1e15), amount));
const period = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(null, undefined, "", "month", "quarter", "Quarter") },
  { weight: 1, arbitrary: fc.constantFrom("year", 0, 3) }
);

/** A requirements table: name | current | threshold | min/max | monthly readings. */
const requirements: fc.Arbitrary<unknown[][]> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        messy(fc.constantFrom("CSI", "Sales effectiveness", "Days supply", "")),
        messy(amount),
        messy(amount),
        messy(fc.constantFrom("min", "max", "MIN", "Max")),
        fc.array(messy(amount), { maxLength: 8 })
      ),
      { minLength: 1, maxLength: 8 }
    )
  )
  .map(([header, rows]) => {
    const width = Math.max(4, ...rows.map((r) => 4 + r[4].length));
    const body = rows.map(([n, c, t, d, recent]) => [
      n,
      c,
      t,
      d,
      ...recent,
      ...Array<string>(width - 4 - recent.length).fill(""),
    ]);
    return header
      ? [["Requirement", "Current", "Threshold", "Direction", ...Array<string>(width - 4).fill("")], ...body]
      : body;
  });

/** Stage names and CRM codes a floor log holds (and a few it doesn't). */
const stageName = fc.constantFrom(
  "Up",
  "Greeted",
  "Test drive",
  "Write-up",
  "Desk",
  "T.O.",
  "Manager T.O.",
  "Waiting for F&I",
  "In F&I",
  "Delivered",
  "Walked",
  "Appraisal",
  "Lunch",
  "up",
  ""
);

/** An event log: deal ids, stages and times in three parallel columns over a day or two. */
function eventLog(day: number): fc.Arbitrary<[unknown[][], unknown[][], unknown[][]]> {
  const time = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 2 * 1440 }).map((m) => day + m / 1440) },
    { weight: 1, arbitrary: fc.constantFrom("12/6/2025 14:05", "14:05", "2:50 PM", "", null) }
  );
  return fc
    .array(fc.tuple(messy(fc.constantFrom("D1", "D2", "D3", "d1", 1042, "")), messy(stageName), messy(time)), {
      maxLength: 30,
    })
    .map((rows) => [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]])]);
}

/** Two columns: your log's name | the stage it means. */
const stageNames = optional(
  fc.array(
    fc.tuple(messy(fc.constantFrom("Greet", "TD", "Box", "Desk")), messy(stageName)).map(([a, b]) => [a, b]),
    { maxLength: 4 }
  )
);
/** Two columns: stage | minutes. */
const stageLimits = optional(
  fc.array(
    fc
      .tuple(messy(fc.constantFrom(...["Greeted", "Test drive", "Desk", "Total", "In F&I", "Nope"])), messy(amount))
      .map(([a, b]) => [a, b]),
    { maxLength: 4 }
  )
);

/** An indicators table (header half the time, a Week column sometimes) and its outcome column, same height. */
const indicatorTables: fc.Arbitrary<[unknown[][], unknown[][], number]> = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 12, max: 30 })),
    header: fc.boolean(),
    week: fc.boolean(),
    wild: wildness,
  })
  .chain(({ width, rows, header, week, wild }) => {
    const value = messy(
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: amount }),
      wild
    );
    return fc
      .tuple(
        fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows }),
        fc.array(
          value.map((v) => [v]),
          { minLength: rows, maxLength: rows }
        )
      )
      .map(([data, outcome]): [unknown[][], unknown[][], number] => {
        const names = ["Leads", "Appointments", "Shows", "Ad Spend"].slice(0, width);
        const body = week ? data.map((r, i) => [45292 + 7 * i, ...r]) : data;
        const head = week ? ["Week", ...names] : names;
        return [header ? [head, ...body] : body, header ? [["Units Sold"], ...outcome] : outcome, head.length];
      });
  });
const maxLag = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(null, undefined, "", 0, 1, 2, 4, "2") },
  { weight: 1, arbitrary: fc.constantFrom(52, 53, -1, 1.5) }
);

/** Parallel columns from rows of records. */
function columns<T extends unknown[]>(rows: fc.Arbitrary<T[]>, header: readonly string[]): fc.Arbitrary<unknown[][][]> {
  return fc
    .tuple(rows, fc.boolean())
    .map(([rs, h]) => header.map((name, i) => [...(h ? [[name]] : []), ...rs.map((r) => [r[i]])]));
}

/** Opportunities: created, status, source, value, sold date, id. */
function opportunities(asOf: number): fc.Arbitrary<unknown[][][]> {
  return wildness.chain((w) => {
    const created = fc.oneof(
      fc.integer({ min: asOf - 120, max: asOf + 5 }),
      fc.integer({ min: asOf - 400, max: asOf + 5 })
    );
    const row = fc.tuple(
      messy(created, w),
      messy(
        fc.constantFrom("Pending", "Be-back", "Lost", "Sold", "Sold", "Working", "Dead", "Delivered", "be back"),
        w
      ),
      messy(fc.constantFrom("Walk-in", "Internet", "Referral", "Phone", ""), w),
      messy(amount, w),
      messy(fc.oneof(fc.constant(""), created), w),
      messy(
        fc.oneof(
          fc.integer({ min: 1, max: 99 }).map((n) => `O${String(n)}`),
          fc.integer()
        ),
        w
      )
    );
    return columns(fc.array(row, { minLength: w === 0 ? 6 : 0, maxLength: 30 }), [
      "Created",
      "Status",
      "Source",
      "Value",
      "Sold Date",
      "Id",
    ]);
  });
}

/** Inventory: stock id, stock-in date, cost per day, a detail. */
function inventory(asOf: number): fc.Arbitrary<unknown[][][]> {
  return wildness.chain((w) => {
    const row = fc.tuple(
      messy(
        fc.oneof(
          fc.integer({ min: 100, max: 999 }).map((n) => `U${String(n)}`),
          fc.constant("")
        ),
        w
      ),
      messy(fc.integer({ min: asOf - 400, max: asOf + 10 }), w),
      messy(fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom(1e308, 5e-324), amount), w),
      messy(fc.constantFrom("Sedan", "Pickup", 21000, ""), w)
    );
    return columns(fc.array(row, { maxLength: 30 }), ["Stock #", "Stock-in Date", "Cost per day", "Model"]);
  });
}

/** Trade-ins and stock-ins: parallel columns each. */
function trades(asOf: number): fc.Arbitrary<unknown[][][]> {
  const id = messy(fc.constantFrom("U1T", "U2T", "u1t ", " U3T", 4049, ""));
  const date = messy(fc.integer({ min: asOf - 60, max: asOf + 3 }));
  return fc
    .tuple(
      columns(fc.array(fc.tuple(id, date), { maxLength: 20 }), ["Trade", "Deal date"]),
      columns(fc.array(fc.tuple(id, fc.oneof(date, fc.constant(""))), { maxLength: 20 }), ["Stock", "Stock-in date"])
    )
    .map(([a, b]) => [...a, ...b]);
}

const calendarArgs = (asOf: number) => fc.tuple(weekend, holidays(asOf));

/** Every GSM function, by its id in functions.json. */
export const FUZZ_CASES: Readonly<Record<string, FuzzCase>> = {
  SELLING_DAYS: {
    arity: 4,
    call: spread(sellingDays),
    plausible: asOfDay.chain((d) =>
      fc.tuple(messy(fc.constant(d)), weekend, holidays(d), optional(messy(fc.integer({ min: d - 40, max: d + 40 }))))
    ),
  },
  EXPECTED_TO_DATE: {
    arity: 4,
    call: spread(expectedToDate),
    plausible: asOfDay.chain((d) =>
      fc.tuple(messy(amount), messy(fc.constant(d)), calendarArgs(d)).map(([t, a, [w, h]]) => [t, a, w, h])
    ),
  },
  PACE: {
    arity: 5,
    call: spread(pace),
    plausible: asOfDay.chain((d) =>
      fc
        .tuple(messy(amount), messy(amount), messy(fc.constant(d)), calendarArgs(d))
        .map(([x, t, a, [w, h]]) => [x, t, a, w, h])
    ),
  },
  TREND: {
    arity: 4,
    call: spread(trend),
    plausible: asOfDay.chain((d) =>
      fc.tuple(messy(amount), messy(fc.constant(d)), calendarArgs(d)).map(([x, a, [w, h]]) => [x, a, w, h])
    ),
  },
  PROJECT_MONTH_END: {
    arity: 6,
    call: spread(projectMonthEnd),
    plausible: asOfDay.chain((d) =>
      dealDates(d).chain((dates) =>
        fc
          .tuple(
            optional(valuesBeside(dates)),
            fc.oneof(
              fc.constantFrom(null, 0.1, 0.5, 0.9, 0, 1, -0.1, 5e-324, 0.999999999),
              fc.double({ min: 0, max: 1, noNaN: true })
            ),
            calendarArgs(d)
          )
          .map(([values, q, [w, h]]) => [dates, d, values, q, w, h])
      )
    ),
  },
  PROB_REACH: {
    arity: 6,
    call: spread(probReach),
    plausible: asOfDay.chain((d) =>
      dealDates(d).chain((dates) =>
        fc
          .tuple(messy(amount), optional(valuesBeside(dates)), calendarArgs(d))
          .map(([target, values, [w, h]]) => [dates, target, d, values, w, h])
      )
    ),
  },
  PACE_BY_DAY: {
    arity: 5,
    call: spread(paceByDay),
    plausible: asOfDay.chain((d) =>
      fc.tuple(dealDates(d), messy(amount), calendarArgs(d)).map(([dates, target, [w, h]]) => [dates, target, d, w, h])
    ),
  },
  TIER: { arity: 3, call: spread(tier), plausible: fc.tuple(units, tierTable, objective) },
  TIER_PAYOUT: { arity: 3, call: spread(tierPayout), plausible: fc.tuple(units, tierTable, objective) },
  UNITS_TO_NEXT_TIER: { arity: 3, call: spread(unitsToNextTier), plausible: fc.tuple(units, tierTable, objective) },
  TIER_SCENARIOS: {
    arity: 4,
    call: spread(tierScenarios),
    plausible: fc.tuple(
      units,
      tierTable,
      objective,
      fc.constantFrom(null, undefined, 0, 1, 10, 100, 10000, 10001, -1, 2.5, "5")
    ),
  },
  PROB_TIER: {
    arity: 7,
    call: spread(probTier),
    plausible: asOfDay.chain((d) =>
      fc
        .tuple(dealDates(d), tierTable, objective, period, calendarArgs(d))
        .map(([dates, t, o, p, [w, h]]) => [dates, t, d, o, p, w, h])
    ),
  },
  REQUIREMENT_GAPS: {
    arity: 3,
    call: spread(requirementGaps),
    plausible: fc.tuple(requirements, optional(messy(serial)), period),
  },
  STAGE_MINUTES: {
    arity: 3,
    call: spread(stageMinutes),
    plausible: serialTime.chain((t) =>
      fc.tuple(
        messy(fc.constant(t)),
        optional(messy(fc.integer({ min: -30, max: 3000 }).map((m) => t + m / 1440))),
        optional(messy(fc.integer({ min: -30, max: 3000 }).map((m) => t + m / 1440)))
      )
    ),
  },
  FLOW_SUMMARY: {
    arity: 5,
    call: spread(flowSummary),
    plausible: serial.chain((d) =>
      fc
        .tuple(eventLog(d), optional(messy(serialTime)), stageNames)
        .map(([[i, s, t], a, n]) => [i, s, t, a ?? d + 2, n])
    ),
  },
  BOTTLENECKS: {
    arity: 6,
    call: spread(bottlenecks),
    plausible: serial.chain((d) =>
      fc
        .tuple(eventLog(d), stageLimits, optional(messy(serialTime)), stageNames)
        .map(([[i, s, t], l, a, n]) => [i, s, t, l, a ?? d + 2, n])
    ),
  },
  TRADE_HANDOFF: {
    arity: 5,
    call: spread(tradeHandoff),
    plausible: serial.chain((d) => trades(d).map((cols) => [...cols, d])),
  },
  BUDGET_VARIANCE: {
    arity: 6,
    call: spread(budgetVariance),
    plausible: asOfDay.chain((d) =>
      fc
        .tuple(
          fc.oneof(
            messy(amount),
            fc.tuple(messy(amount), messy(amount)).map(([n, m]) => [[n], [m]])
          ),
          messy(amount),
          messy(fc.constantFrom(null, "total", "ratio", "Ratio")),
          messy(fc.constant(d)),
          calendarArgs(d)
        )
        .map(([a, b, k, asOf, [w, h]]) => [a, b, k, asOf, w, h])
    ),
  },
  LEADING_INDICATORS: {
    arity: 3,
    call: spread(leadingIndicators),
    plausible: fc.tuple(indicatorTables, maxLag).map(([[t, o], lag]) => [t, o, lag]),
  },
  INDICATOR_FORECAST: {
    arity: 4,
    call: spread(indicatorForecast),
    plausible: indicatorTables.chain(([t, o, width]) =>
      fc
        .tuple(
          fc.oneof(
            fc.array(messy(amount), { minLength: width, maxLength: width }),
            fc.array(messy(amount), { minLength: 1, maxLength: 5 })
          ),
          maxLag
        )
        .map(([current, lag]) => [t, o, [current], lag])
    ),
  },
  AGED_UNITS: {
    arity: 6,
    call: spread(agedUnits),
    plausible: asOfDay.chain((d) =>
      fc
        .tuple(
          inventory(d),
          fc.constantFrom(null, 0, 30, 45, 90, 1e308, 0.5),
          fc.oneof(
            fc.constant(null),
            messy(amount).map((c) => [[c]])
          ),
          fc.boolean(),
          fc.boolean()
        )
        .map(([[ids, dates, cost, detail], minDays, oneCost, perUnit, withDetails]) => [
          ids,
          dates,
          d,
          minDays,
          perUnit ? cost : oneCost,
          withDetails ? detail : undefined,
        ])
    ),
  },
  DEALS_TO_REVISIT: {
    arity: 7,
    call: spread(dealsToRevisit),
    plausible: asOfDay.chain((d) =>
      fc
        .tuple(opportunities(d), fc.boolean())
        .map(([[created, status, source, value, sold, id], withValues]) => [
          id,
          created,
          status,
          source,
          withValues ? value : undefined,
          d,
          sold,
        ])
    ),
  },
  PIPELINE_DEALS: {
    arity: 5,
    call: spread(pipelineDeals),
    plausible: asOfDay.chain((d) =>
      opportunities(d).map(([created, status, source, , sold]) => [created, status, source, d, sold])
    ),
  },
};
