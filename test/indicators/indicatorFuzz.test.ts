/*
 * Whatever Excel hands over, the leading-indicator functions return a well-formed spill (rows of
 * equal width, finite numbers and text), a finite number, or an Excel error with a message — never
 * a throw, a NaN or a ragged table.
 */
import fc from "fast-check";
import { indicatorForecast, leadingIndicators } from "../../src/functions/budgetFunctions";

const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"];

function isExcelError(result: unknown): boolean {
  return result instanceof CustomFunctions.Error && EXCEL_ERROR_CODES.includes(result.code) && typeof result.message === "string" && result.message.length > 0;
}

function isNumberOrError(result: unknown): boolean {
  return (typeof result === "number" && Number.isFinite(result)) || isExcelError(result);
}

function isSpillOrError(result: unknown): boolean {
  if (isExcelError(result)) return true;
  if (!Array.isArray(result) || result.length < 1) return false;
  const rows = result as unknown[][];
  const width = rows[0]?.length ?? 0;
  return rows.every((r) => Array.isArray(r) && r.length === width && r.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))));
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "Leads", "#N/A", "$1,200", 1e308, -1e308, 5e-324, true) },
  { weight: 1, arbitrary: fc.anything() },
);
/** A table of mostly numbers, with a header row half the time. */
const table = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.integer({ min: 0, max: 30 }),
    header: fc.boolean(),
  })
  .chain(({ width, rows, header }) =>
    fc.tuple(fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows }), fc.constant(header ? [["Week", "Leads", "Appointments", "Shows"].slice(0, width)] : [])).map(([data, head]) => [...head, ...data]),
  );
const column = fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { maxLength: 32 });
const anything = fc.oneof(table, column, fc.anything());
const maxLag = fc.oneof(fc.constantFrom(null, undefined, 0, 1, 4, 52, 53, -1, 1.5, "2", "x"), fc.anything());

describe("the indicator functions never throw and never return a broken result", () => {
  it("LEADING_INDICATORS", () => {
    fc.assert(
      fc.property(fc.oneof(table, anything), fc.oneof(column, anything), maxLag, (indicators, outcome, lag) => {
        expect(isSpillOrError(leadingIndicators(indicators as unknown[][], outcome as unknown[][], lag))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("LEADING_INDICATORS on tables long enough to fit, with extreme numbers", () => {
    const long = fc.integer({ min: 12, max: 40 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(1e308, -1e308, 1e-300, 0)), { minLength: 3, maxLength: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(1e308, 0)), { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(long, fc.integer({ min: 0, max: 3 }), ([indicators, outcome], lag) => {
        expect(isSpillOrError(leadingIndicators(indicators, outcome, lag))).toBe(true);
        expect(isNumberOrError(indicatorForecast(indicators, outcome, [indicators[0] ?? []], lag))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("INDICATOR_FORECAST", () => {
    fc.assert(
      fc.property(fc.oneof(table, anything), fc.oneof(column, anything), fc.oneof(table, anything), maxLag, (indicators, outcome, current, lag) => {
        expect(isNumberOrError(indicatorForecast(indicators as unknown[][], outcome as unknown[][], current as unknown[][], lag))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

});
