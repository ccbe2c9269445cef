/*
 * Whatever Excel hands over, the OEM functions return a finite number, an Excel error value with a
 * message, or a spill of finite numbers and text — they never throw or hang.
 */
import fc from "fast-check";
import { probTier, requirementGaps, tier, tierPayout, tierScenarios, unitsToNextTier } from "../../src/functions/oemFunctions";

const CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"];

const scalar = fc.oneof(
  fc.constantFrom(null, undefined, 0, "", true, false, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 5e-324, "80%", "$1,200", "#N/A", "min", "max", "month", "quarter"),
  fc.integer({ min: -10, max: 500 }),
  fc.double(),
  fc.string({ maxLength: 6 }),
);
const range = fc.array(fc.array(scalar, { maxLength: 5 }), { maxLength: 6 });
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 2, arbitrary: range }, { weight: 1, arbitrary: fc.anything() });

function isExcelResult(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (result instanceof CustomFunctions.Error) return CODES.includes(result.code) && typeof result.message === "string" && result.message.length > 0;
  return Array.isArray(result) && result.every((row) => Array.isArray(row) && (row as unknown[]).every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))));
}

it.each([
  ["TIER", tier],
  ["TIER_PAYOUT", tierPayout],
  ["UNITS_TO_NEXT_TIER", unitsToNextTier],
])("%s returns a finite number or an error for any arguments", (_, f) => {
  fc.assert(fc.property(value, value, value, (u, t, o) => isExcelResult((f as (...a: unknown[]) => unknown)(u, t, o))), { numRuns: 400 });
});

it("TIER_SCENARIOS returns a spill or an error for any arguments", () => {
  fc.assert(fc.property(value, value, value, value, (u, t, o, m) => isExcelResult(tierScenarios(u, t as unknown[][], o, m))), { numRuns: 400 });
});

it("PROB_TIER and REQUIREMENT_GAPS return a spill or an error for any arguments", () => {
  const dates = fc.array(fc.array(fc.oneof(scalar, fc.integer({ min: 45000, max: 45800 })), { maxLength: 2 }), { maxLength: 40 });
  fc.assert(fc.property(dates, value, value, value, value, (d, t, a, o, p) => isExcelResult(probTier(d, t as unknown[][], a, o, p))), { numRuns: 150 });
  fc.assert(fc.property(value, value, value, (r, a, p) => isExcelResult(requirementGaps(r as unknown[][], a, p))), { numRuns: 400 });
});

it.each([
  // 1e308 units × $600 overflows a double: Excel would show #NUM!, and so do we, saying why.
  [() => tierPayout(1e308, [[1, 600]]), "#NUM!"],
  [() => tierScenarios(1e308, [[1, 600]], null, 2), "#NUM!"],
  [() => unitsToNextTier(1, [[1e308, 1]], 1e308), "#NUM!"],
])("overflow is #NUM! with a message: %#", (call, code) => {
  const r = call();
  expect(r instanceof CustomFunctions.Error && [r.code, r.message]).toEqual([code, "the result is too large for Excel (check for a huge or tiny number)"]);
});
