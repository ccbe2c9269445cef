/*
 * =GSM.PROJECT_MONTH_END, =GSM.PROB_REACH and =GSM.PACE_BY_DAY called exactly as Excel calls them:
 * ranges as rows of cells, null (web) or 0 (desktop) for empty cells, text dates from DMS exports,
 * a header cell on top of a FILTER's output. The projections must be the core's own
 * (forecastMonthEnd on the same dates), so the expected values come from the core; what the
 * wrappers add — reading ranges, defaults, errors, the spill — is checked by hand.
 *
 * The store is the demo generator's default dealership with 20 months of history through
 * Monday 3/10/2025 (Sundays, New Year's Day, Thanksgiving and Christmas closed).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { dateToSerial, serialToDate } from "../../src/core/calendar";
import { messages } from "../../src/core/errors";
import * as forecastModule from "../../src/core/forecast/forecastMonthEnd";
import { clearForecastCache, forecastMonthEnd, type MonthForecast } from "../../src/core/forecast";
import { generateDealership } from "../../src/demo";
import * as gsm from "../../src/functions/functions";
import { errorOf, numberOf } from "./excelResult";

// Excel passes null for an omitted optional argument, which the TypeScript signatures (kept free of
// unions so the metadata generator sees matrices) don't admit: call the exports as Excel does.
const projectMonthEnd = gsm.projectMonthEnd as (...args: unknown[]) => ReturnType<typeof gsm.projectMonthEnd>;
const probReach = gsm.probReach as (...args: unknown[]) => ReturnType<typeof gsm.probReach>;
const paceByDay = gsm.paceByDay as (...args: unknown[]) => ReturnType<typeof gsm.paceByDay>;

const MAR_1 = dateToSerial(2025, 3, 1); // a Saturday
const MAR_10 = dateToSerial(2025, 3, 10); // a Monday
const FEB_1 = dateToSerial(2025, 2, 1);

const demo = generateDealership({ endDate: MAR_10, months: 20 });
const dealDates = demo.deals.map((d) => d.soldDate);
const frontGross = demo.deals.map((d) => d.frontGross);
// The store's closed holidays as the Holidays range of the demo workbook passes them.
const holidayRange = demo.holidays.map((h) => [h]);
const salesperson = demo.salespeople[0] as string;

/** A column range as Excel passes it: one cell per row. */
const column = (cells: readonly unknown[]): unknown[][] => cells.map((c) => [c]);
/** The US text a DMS export writes for a date: 3/7/2025. */
const usDate = (serial: number): string => {
  const { year, month, day } = serialToDate(serial);
  return `${month}/${day}/${year}`;
};

/** The core's projection of the same data: what the functions must return. */
function core(dates: readonly number[], asOf: number, values: readonly number[] | null = null): MonthForecast {
  const f = forecastMonthEnd({ dealDates: dates, values, asOf, calendar: demo.calendar });
  if ("sheetError" in f) throw new Error(`core returned ${f.message}`);
  return f;
}

const storeMar10 = core(dealDates, MAR_10);

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("GSM.PROJECT_MONTH_END reads deal_dates as Excel passes them and returns the core's projection", () => {
  // Each range below holds the same 2,4xx deals; only how Excel hands them over differs.
  const withBlanks = dealDates.flatMap((d, i) => (i % 50 === 0 ? [d, null, 0, ""] : [d]));
  it.each([
    ["Deals[Sold Date]: serial numbers", column(dealDates)],
    ["a header cell on top, as a FILTER over the whole column gives", column(["Sold Date", ...dealDates])],
    ["empty cells as null (web), 0 (desktop) and empty text", column(withBlanks)],
    ["text dates as a DMS CSV has them (3/7/2025)", column(dealDates.map(usDate))],
    ["dates with a time of day", column(dealDates.map((d, i) => d + (i % 10) / 10))],
    ["a row instead of a column", [dealDates]],
  ])("%s", (_, range) => {
    expect(numberOf(projectMonthEnd(range, MAR_10, null, null, null, holidayRange))).toBe(storeMar10.p50);
  });

  it("the 10th and 90th percentiles are the core's p10 and p90", () => {
    const range = column(dealDates);
    expect(numberOf(projectMonthEnd(range, MAR_10, null, 0.1, 11, holidayRange))).toBe(storeMar10.p10);
    expect(numberOf(projectMonthEnd(range, MAR_10, null, 0.9, 11, holidayRange))).toBe(storeMar10.p90);
    expect(numberOf(projectMonthEnd(range, MAR_10, null, "0.9", 11, holidayRange))).toBe(storeMar10.p90);
  });

  it.each([
    ["omitted (null)", null],
    ["an empty cell on the desktop (0)", 0],
    ["empty text", ""],
  ])("quantile %s is the median", (_, quantile) => {
    expect(numberOf(projectMonthEnd(column(dealDates), MAR_10, null, quantile, null, holidayRange))).toBe(
      storeMar10.p50
    );
  });

  it('=GSM.PROJECT_MONTH_END(FILTER(Deals[Sold Date], Deals[Sales Person]="…")): one salesperson\'s deals', () => {
    const theirs = demo.deals.filter((d) => d.salesperson === salesperson).map((d) => d.soldDate);
    expect(numberOf(projectMonthEnd(column(theirs), MAR_10, null, null, null, holidayRange))).toBe(
      core(theirs, MAR_10).p50
    );
  });

  it("=GSM.PROJECT_MONTH_END(Deals[Sold Date], TODAY(), Deals[Front Gross]): the sum of gross, text gross included", () => {
    const expected = core(dealDates, MAR_10, frontGross);
    expect(
      numberOf(projectMonthEnd(column(dealDates), MAR_10, column(frontGross), null, null, holidayRange))
    ).toBeCloseTo(expected.p50, 6);
    // The same gross as a DMS writes it: "$1,234" and "(300)" for a loss.
    const dmsGross = frontGross.map((g) =>
      g < 0 ? `($${(-g).toLocaleString("en-US")})` : `$${g.toLocaleString("en-US")}`
    );
    expect(numberOf(projectMonthEnd(column(dealDates), MAR_10, column(dmsGross), 0.9, null, holidayRange))).toBeCloseTo(
      expected.p90,
      6
    );
  });

  it("as_of left off is today (3/10/2025 on the clock)", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 10, 15, 0) });
    expect(numberOf(projectMonthEnd(column(dealDates), null, null, null, null, holidayRange))).toBe(storeMar10.p50);
    expect(numberOf(projectMonthEnd(column(dealDates), "3/10/2025", null, null, null, holidayRange))).toBe(
      storeMar10.p50
    );
  });

  it("an earlier as_of projects its own month from the deals through that day (later deals are unseen)", () => {
    const asOf = dateToSerial(2025, 1, 10);
    expect(numberOf(projectMonthEnd(column(dealDates), asOf, null, null, null, holidayRange))).toBe(
      core(dealDates, asOf).p50
    );
  });

  it.each([
    ["deals as of 2/1/2025", dateToSerial(2025, 2, 1), null],
    ["deals as of 2/10/2025", dateToSerial(2025, 2, 10), null],
    ["deals as of 2/21/2025", dateToSerial(2025, 2, 21), null],
    ["front gross as of 2/10/2025", dateToSerial(2025, 2, 10), column(frontGross)],
  ])("quantiles of %s: p10 ≤ p50 ≤ p90, and any lower quantile is at most any higher one", (_, asOf, values) => {
    const range = column(dealDates);
    const at = (q: number) => numberOf(projectMonthEnd(range, asOf, values, q, null, holidayRange));
    expect(at(0.1)).toBeLessThanOrEqual(at(0.5));
    expect(at(0.5)).toBeLessThanOrEqual(at(0.9));
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const high = at(hi);
          return at(lo) <= high + 1e-6 * Math.max(1, Math.abs(high));
        }
      ),
      { numRuns: 10 }
    );
  });

  it("recalculating p10, p50, p90 and PROB_REACH over the same 100,000-row range fits the model once", () => {
    // 100k rows: the demo log's dates repeated, with blanks between, as a long table column would hold them.
    const big = Array.from({ length: 100_000 }, (_, i) => (i % 41 === 0 ? null : dealDates[i % dealDates.length]));
    const range = column(big);
    const bigDates = big.filter((d): d is number => d !== null);
    clearForecastCache();
    const fits = jest.spyOn(forecastModule, "forecastMonthEnd");
    const p50 = numberOf(projectMonthEnd(range, MAR_10, null, null, null, holidayRange));
    projectMonthEnd(range, MAR_10, null, 0.1, null, holidayRange);
    projectMonthEnd(range, MAR_10, null, 0.9, null, holidayRange);
    probReach(range, 300, MAR_10, null, null, holidayRange);
    expect(fits).toHaveBeenCalledTimes(1);
    fits.mockRestore();
    expect(p50).toBe(core(bigDates, MAR_10).p50);
  });
});

describe("GSM.PROB_REACH: the chance the month ends at or above target", () => {
  const range = column(dealDates);
  const prob = (target: unknown, values: unknown[][] | null = null) =>
    numberOf(probReach(range, target, MAR_10, values, null, holidayRange));

  it("is the core's probability of reaching the target", () => {
    for (const target of [100, 130, 144, 170, 200]) expect(prob(target)).toBe(storeMar10.probAtLeast(target));
    const gross = core(dealDates, MAR_10, frontGross);
    expect(prob(gross.p50, column(frontGross))).toBeCloseTo(gross.probAtLeast(gross.p50), 9);
  });

  it("agrees with PROJECT_MONTH_END: the median is reached with probability ≥ ½, one more deal with ≤ ½ (median = first count whose cumulative probability reaches ½)", () => {
    const p50 = numberOf(projectMonthEnd(range, MAR_10, null, null, null, holidayRange));
    expect(prob(p50)).toBeGreaterThanOrEqual(0.5 - 1e-9);
    expect(prob(p50 + 1)).toBeLessThanOrEqual(0.5 + 1e-9);
    const p10 = numberOf(projectMonthEnd(range, MAR_10, null, 0.1, null, holidayRange));
    expect(prob(p10)).toBeGreaterThanOrEqual(0.9 - 1e-9);
  });

  it("never rises as the target rises, and stays between 0 and 1 (every third target through the likely range)", () => {
    const targets = [0, 50, 100, ...Array.from({ length: 25 }, (_, i) => 110 + 3 * i), 200, 300];
    let previous = 1;
    for (const target of targets) {
      const p = prob(target);
      expect(p).toBeLessThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      previous = p;
    }
    expect(prob(10_000)).toBeLessThan(1e-6);
  });

  it.each([
    ["a target already reached (MTD)", () => storeMar10.mtd],
    ["a target below MTD", () => storeMar10.mtd - 10],
    ["a zero target", () => 0],
    ["an empty target cell (null)", () => null],
  ])("is 1 for %s", (_, target) => {
    expect(prob(target())).toBe(1);
  });

  it("takes a target typed as text", () => {
    expect(prob("150")).toBe(storeMar10.probAtLeast(150));
  });
});

describe("GSM.PACE_BY_DAY: the spill", () => {
  const HEADER = ["Date", "Cumulative target", "Cumulative actual", "Ahead"];
  // A hand-made March 2025: two deals on Monday 3/3 (one as text, one with a time of day), two on
  // Tuesday 3/4, and deals outside the window that must not count: 2/28 (last month), 3/6 (after as_of).
  const smallMonth = column([
    "Sold Date",
    dateToSerial(2025, 2, 28),
    "3/3/2025",
    dateToSerial(2025, 3, 3) + 0.75,
    null,
    dateToSerial(2025, 3, 4),
    "2025-03-04",
    0,
    dateToSerial(2025, 3, 6),
  ]);
  const MAR = (day: number) => dateToSerial(2025, 3, day);

  it("Sundays closed, target 26: March 2025 has 26 selling days, so the target's pace is 1 a selling day (Sunday 3/2 repeats Saturday's)", () => {
    // Worked by hand: selling days elapsed 1,1,2,3,4 on 3/1..3/5; deals so far 0,0,2,4,4.
    expect(paceByDay(smallMonth, 26, MAR(5))).toEqual([
      HEADER,
      [MAR(1), 1, 0, false],
      [MAR(2), 1, 0, false],
      [MAR(3), 2, 2, true],
      [MAR(4), 3, 4, true],
      [MAR(5), 4, 4, true],
    ]);
  });

  it("Sat+Sun closed (weekend 1) and 3/4 a holiday, target 20: 31 − 10 weekend days − 1 holiday = 20 selling days, 1 a day", () => {
    // Worked by hand: 3/1 and 3/2 are weekend (0 elapsed; 0 ≥ 0 is on pace), 3/3 the first selling day,
    // 3/4 closed (repeats 1), 3/5 the second.
    expect(paceByDay(smallMonth, 20, MAR(5), 1, [[MAR(4)]])).toEqual([
      HEADER,
      [MAR(1), 0, 0, true],
      [MAR(2), 0, 0, true],
      [MAR(3), 1, 2, true],
      [MAR(4), 1, 4, true],
      [MAR(5), 2, 4, true],
    ]);
  });

  it("fractional pace: target 13 is half a deal a selling day (Sundays closed)", () => {
    // 13 × elapsed ÷ 26: 0.5, 0.5, 1, 1.5; deals so far 0, 0, 2, 4.
    expect(paceByDay(smallMonth, 13, "3/4/2025")).toEqual([
      HEADER,
      [MAR(1), 0.5, 0, false],
      [MAR(2), 0.5, 0, false],
      [MAR(3), 1, 2, true],
      [MAR(4), 1.5, 4, true],
    ]);
  });

  it("as_of on the 1st gives the header and one row", () => {
    expect(paceByDay(column([MAR(1), MAR(1)]), 26, MAR(1))).toEqual([HEADER, [MAR(1), 1, 2, true]]);
  });

  it("over the demo store: one row per day from the 1st through as_of, the last row's actual is the core's MTD", () => {
    const rows = paceByDay(column(dealDates), 130, MAR_10, null, holidayRange);
    if (!Array.isArray(rows)) throw new Error("expected a spill");
    expect(rows).toHaveLength(11);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, i) => MAR_1 + i));
    expect(rows[10]?.[2]).toBe(storeMar10.mtd);
    // March 2025 has 26 selling days; 8 are done by the end of 3/10 (Sundays 3/2 and 3/9 closed).
    expect(rows[10]?.[1]).toBeCloseTo((130 * 8) / 26, 12);
  });
});

describe("errors: code and message", () => {
  const range = column(dealDates);
  const cases: [string, () => unknown, string, string][] = [
    ["PROJECT_MONTH_END, an empty range", () => projectMonthEnd([], MAR_10), "#N/A", messages.noDealsInRange],
    [
      "PROJECT_MONTH_END, a range of empty cells",
      () => projectMonthEnd([[null], [0], [""]], MAR_10),
      "#N/A",
      messages.noDealsInRange,
    ],
    [
      "PROJECT_MONTH_END, only a header and labels",
      () => projectMonthEnd([["Sold Date"], ["n/a"], ["TBD"]], MAR_10),
      "#N/A",
      messages.noDealsInRange,
    ],
    ["PROB_REACH, an empty range", () => probReach([[]], 100, MAR_10), "#N/A", messages.noDealsInRange],
    ["PACE_BY_DAY, an empty range", () => paceByDay([[null]], 100, MAR_10), "#N/A", messages.noDealsInRange],
    [
      "PROJECT_MONTH_END, values one row short",
      () => projectMonthEnd(range, MAR_10, column(frontGross.slice(1))),
      "#VALUE!",
      messages.valuesSizeMismatch,
    ],
    [
      "PROB_REACH, values two columns wide",
      () =>
        probReach(
          range,
          100,
          MAR_10,
          frontGross.map((g) => [g, g])
        ),
      "#VALUE!",
      messages.valuesSizeMismatch,
    ],
    [
      "quantile 0.1 written as -0.1",
      () => projectMonthEnd(range, MAR_10, null, -0.1),
      "#NUM!",
      messages.quantileOutOfRange,
    ],
    ["quantile 1", () => projectMonthEnd(range, MAR_10, null, 1), "#NUM!", messages.quantileOutOfRange],
    [
      "quantile 90 (a percent typed as a whole number)",
      () => projectMonthEnd(range, MAR_10, null, 90),
      "#NUM!",
      messages.quantileOutOfRange,
    ],
    ["quantile as words", () => projectMonthEnd(range, MAR_10, null, "high"), "#VALUE!", "quantile must be a number"],
    [
      "PROJECT_MONTH_END, as_of before the first deal",
      () => projectMonthEnd(range, dateToSerial(2020, 1, 10)),
      "#N/A",
      messages.asOfBeforeFirstDeal,
    ],
    [
      "PROB_REACH, as_of before the first deal",
      () => probReach(range, 100, dateToSerial(2020, 1, 10)),
      "#N/A",
      messages.asOfBeforeFirstDeal,
    ],
    [
      "PACE_BY_DAY, as_of before the first deal",
      () => paceByDay(range, 100, dateToSerial(2020, 1, 10)),
      "#N/A",
      messages.asOfBeforeFirstDeal,
    ],
    ["as_of as words", () => projectMonthEnd(range, "someday"), "#VALUE!", "as_of must be a date"],
    [
      "as_of before 1900",
      () => probReach(range, 100, -5),
      "#NUM!",
      "as_of is outside Excel's dates (1/1/1900 to 12/31/9999)",
    ],
    ["PROB_REACH, a negative target", () => probReach(range, -1, MAR_10), "#NUM!", "target can't be negative"],
    ["PACE_BY_DAY, a negative target", () => paceByDay(range, -1, MAR_10), "#NUM!", "target can't be negative"],
    ["PROB_REACH, target as words", () => probReach(range, "lots", MAR_10), "#VALUE!", "target must be a number"],
    [
      "PACE_BY_DAY, a target so large its pace overflows",
      () => paceByDay(range, 1e308, MAR_10),
      "#NUM!",
      messages.resultTooLarge,
    ],
    ["weekend 9", () => projectMonthEnd(range, MAR_10, null, null, 9), "#NUM!", messages.weekendInvalidCode],
    [
      'PACE_BY_DAY, weekend "1111111"',
      () => paceByDay(range, 100, MAR_10, "1111111"),
      "#NUM!",
      messages.weekendAllClosed,
    ],
    [
      "holidays with a name",
      () => probReach(range, 100, MAR_10, null, 11, [["Easter"]]),
      "#VALUE!",
      messages.holidaysNotDates,
    ],
    [
      "every open day of February 2025 a holiday",
      () =>
        projectMonthEnd(
          range,
          dateToSerial(2025, 2, 10),
          null,
          null,
          11,
          Array.from({ length: 28 }, (_, i) => [FEB_1 + i])
        ),
      "#N/A",
      messages.noSellingDaysInMonth,
    ],
    [
      "PACE_BY_DAY, every open day of February 2025 a holiday",
      () =>
        paceByDay(
          range,
          100,
          dateToSerial(2025, 2, 10),
          11,
          Array.from({ length: 28 }, (_, i) => [FEB_1 + i])
        ),
      "#N/A",
      messages.noSellingDaysInMonth,
    ],
  ];
  it.each(cases)("%s", (_, call, code, message) => {
    expect(errorOf(call())).toEqual({ code, message });
  });
});

describe("their entries in functions.json (the golden the metadata test regenerates and compares)", () => {
  interface Entry {
    id: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean; type?: string }[];
    result: { type?: string; dimensionality?: string };
  }
  const golden = JSON.parse(readFileSync(path.resolve(__dirname, "../golden/functions.json"), "utf8")) as {
    functions: Entry[];
  };
  const entry = (id: string): Entry => {
    const f = golden.functions.find((fn) => fn.id === id);
    if (!f) throw new Error(`no ${id} in functions.json`);
    return f;
  };

  it.each([
    ["PROJECT_MONTH_END", "deal_dates, [as_of], [values], [quantile], [weekend], [holidays]", { type: "number" }],
    ["PROB_REACH", "deal_dates, target, [as_of], [values], [weekend], [holidays]", { type: "number" }],
    // The generator leaves out type "any" (Excel's default), so an any[][] result is a bare matrix.
    ["PACE_BY_DAY", "deal_dates, target, [as_of], [weekend], [holidays]", { dimensionality: "matrix" }],
  ])("%s(%s): ranges are matrices, everything is type any, result %j", (id, signature, result) => {
    const f = entry(id);
    expect(f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")).toBe(signature);
    for (const p of f.parameters) {
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe(["deal_dates", "values", "holidays"].includes(p.name) ? "matrix" : undefined);
    }
    expect(f.result).toEqual(result);
  });
});

describe("no argument combination throws", () => {
  const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"];
  const isError = (r: unknown) =>
    r instanceof CustomFunctions.Error &&
    EXCEL_ERROR_CODES.includes(r.code) &&
    typeof r.message === "string" &&
    r.message.length > 0;
  const isNumber = (r: unknown) => typeof r === "number" && Number.isFinite(r);
  const isSpill = (r: unknown) =>
    Array.isArray(r) &&
    r.length >= 2 &&
    r.every(
      (row, i) =>
        Array.isArray(row) &&
        row.length === 4 &&
        (i === 0 || row.every((c) => (typeof c === "number" && Number.isFinite(c)) || typeof c === "boolean"))
    );

  const scalar = fc.oneof(
    fc.constantFrom(null, undefined, 0, "", true, false, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308),
    fc.integer({ min: -10, max: 2958470 }),
    fc.double(),
    fc.string(),
    fc.constantFrom("3/10/2025", "2025-03-10", "2/29/1900", "Sold Date", "$1,300", "(300)", "1e400", "0.5", "TOTAL")
  );
  // Dates around the demo's span, so many cases reach the model rather than an early error.
  const nearDate = fc.integer({ min: dateToSerial(2024, 1, 1), max: dateToSerial(2025, 4, 30) });
  const dateCell = fc.oneof(
    { weight: 6, arbitrary: nearDate },
    { weight: 1, arbitrary: nearDate.map(usDate) },
    { weight: 2, arbitrary: scalar }
  );
  const dateRange = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(dateCell), { maxLength: 60 }) },
    { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.anything() }
  );
  const arg = fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 2, arbitrary: nearDate },
    { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.anything() }
  );
  const valuesArg = fc.oneof(fc.constant(null), fc.array(fc.tuple(scalar), { maxLength: 60 }), fc.anything());
  const holidaysArg = fc.oneof(
    fc.constant(null),
    fc.array(fc.tuple(fc.oneof(nearDate, scalar)), { maxLength: 5 }),
    fc.anything()
  );

  it("PROJECT_MONTH_END returns a finite number or an Excel error", () => {
    fc.assert(
      fc.property(dateRange, arg, valuesArg, arg, arg, holidaysArg, (d, asOf, v, q, w, h) => {
        const r = projectMonthEnd(d, asOf, v, q, w, h);
        return isNumber(r) || isError(r);
      }),
      { numRuns: 400 }
    );
  });

  it("PROB_REACH returns a probability from 0 to 1 or an Excel error", () => {
    fc.assert(
      fc.property(dateRange, arg, arg, valuesArg, arg, holidaysArg, (d, target, asOf, v, w, h) => {
        const r = probReach(d, target, asOf, v, w, h);
        return (isNumber(r) && (r as number) >= 0 && (r as number) <= 1) || isError(r);
      }),
      { numRuns: 400 }
    );
  });

  it("PACE_BY_DAY returns a 4-column spill with a header or an Excel error", () => {
    fc.assert(
      fc.property(dateRange, arg, arg, arg, holidaysArg, (d, target, asOf, w, h) => {
        const r = paceByDay(d, target, asOf, w, h);
        return isSpill(r) || isError(r);
      }),
      { numRuns: 400 }
    );
  });
});
