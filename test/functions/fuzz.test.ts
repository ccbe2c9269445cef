/*
 * Whatever Excel hands over, a GSM function returns a finite number or an error value and never
 * throws: a user's bad cell must show #VALUE!/#NUM!/#N/A/#DIV/0!, not crash the function.
 */
import fc from "fast-check";
import { expectedToDate, pace, sellingDays, trend } from "../../src/functions/functions";

const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"];

/** Scalars a cell can hold, plus what a careless caller could pass. */
const scalar = fc.oneof(
  fc.constantFrom(null, undefined, 0, "", true, false, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.integer({ min: -10, max: 2958470 }),
  fc.double(),
  fc.double({ min: 1, max: 2958465, noNaN: true }),
  fc.integer({ min: -5, max: 20 }),
  fc.string(),
  fc.constantFrom("3/10/2025", "2025-03-10", "2/29/1900", "1111111", "0000011", "0000000", "11", "$1,300", "(300)", "1e400", "  ", "TRUE"),
  fc.array(fc.constantFrom("0", "1", "2"), { minLength: 6, maxLength: 8 }).map((a) => a.join("")),
);
/** Anything, including ranges, nested arrays and objects where a scalar is expected. */
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Arguments of the right kinds, with extreme numbers: these reach the arithmetic. */
const amount = fc.oneof(fc.double({ noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(1e308, 5e-324, Number.MAX_VALUE));
const serial = fc.oneof(fc.integer({ min: 1, max: 2958465 }), fc.integer({ min: 45658, max: 46022 }));
const weekend = fc.oneof(fc.constantFrom(null, 0, 1, 2, 7, 11, 17), fc.array(fc.constantFrom("0", "1"), { minLength: 7, maxLength: 7 }).map((a) => a.join("")));
const holidays = fc.oneof(fc.constant(null), fc.array(fc.array(fc.oneof(serial, fc.constant(0)), { minLength: 1, maxLength: 3 }), { maxLength: 10 }));

function isExcelResult(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  return result instanceof CustomFunctions.Error && EXCEL_ERROR_CODES.includes(result.code) && typeof result.message === "string" && result.message.length > 0;
}

describe("every GSM function returns a finite number or an Excel error for any arguments", () => {
  it.each([
    ["SELLING_DAYS", (a: unknown[]) => sellingDays(a[0], a[1], a[2] as unknown[][], a[3])],
    ["EXPECTED_TO_DATE", (a: unknown[]) => expectedToDate(a[0], a[1], a[2], a[3] as unknown[][])],
    ["PACE", (a: unknown[]) => pace(a[0], a[1], a[2], a[3], a[4] as unknown[][])],
    ["TREND", (a: unknown[]) => trend(a[0], a[1], a[2], a[3] as unknown[][])],
  ])("GSM.%s", (_, call) => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 5 }), (args) => isExcelResult(call(args))),
      { numRuns: 1500 },
    );
  });

  it("with plausible arguments and extreme amounts, results stay finite numbers or error values (overflow is #NUM!)", () => {
    fc.assert(
      fc.property(amount, amount, serial, weekend, holidays, (actual, target, asOf, w, h) => {
        return [
          sellingDays(asOf, w, h ?? undefined, asOf),
          expectedToDate(target, asOf, w, h ?? undefined),
          pace(actual, target, asOf, w, h ?? undefined),
          trend(actual, asOf, w, h ?? undefined),
        ].every(isExcelResult);
      }),
      { numRuns: 1500 },
    );
  });
});
