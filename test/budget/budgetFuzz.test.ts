/* Whatever Excel hands over, GSM.BUDGET_VARIANCE returns a finite number or an Excel error with a message, never a throw. */
import fc from "fast-check";
import { budgetVariance } from "../../src/functions/budgetFunctions";

const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"];

function isNumberOrError(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  return result instanceof CustomFunctions.Error && EXCEL_ERROR_CODES.includes(result.code) && typeof result.message === "string" && result.message.length > 0;
}

describe("GSM.BUDGET_VARIANCE never throws and never returns a non-finite number", () => {
  it("BUDGET_VARIANCE", () => {
    const scalar = fc.oneof(fc.double(), fc.integer({ min: -10, max: 2958470 }), fc.constantFrom(null, "", 0, "total", "ratio", "$1,300", 1e308, Number.NaN), fc.anything());
    fc.assert(
      fc.property(fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 })), scalar, scalar, scalar, scalar, (actual, budget, kind, asOf, weekend) => {
        expect(isNumberOrError(budgetVariance(actual as unknown[][], budget, kind, asOf, weekend))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
