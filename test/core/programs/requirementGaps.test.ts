/* Requirements that fail now or trend to fail by the period's end, worked by hand. */
import { dateToSerial } from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import { readRequirements, requirementGaps, type Requirement } from "../../../src/core/programs";

const FEB_10 = dateToSerial(2025, 2, 10);
const MAR_31 = dateToSerial(2025, 3, 31);
const FEB_28 = dateToSerial(2025, 2, 28);

function requirements(rows: unknown[][]): Requirement[] {
  const r = readRequirements(rows);
  if (isSheetError(r)) throw new Error(r.message);
  return r;
}

const TABLE = [
  ["Requirement", "Current", "Threshold", "Type", "Nov", "Dec", "Jan"],
  // CSI falls 0.8 a month (93.6, 92.8, 92.0, 91.2): 1.2 above 90 → crosses in 1.5 months.
  ["CSI", 91.2, 90, "min", 93.6, 92.8, 92.0],
  // Sales effectiveness is already 15 points under 100.
  ["Sales effectiveness", 85, 100, "min", 90, 88, 86],
  // Days supply falls 2.6 a month (least squares of 60, 57, 55, 52): 7 above 45 → 2.7 months away.
  ["Days supply", 52, 45, "min", 60, 57, 55],
  // A maximum: aged units share 0.12 against 0.15, flat.
  ["Aged share", 0.12, 0.15, "max", 0.12, 0.12, ""],
];

describe("requirementGaps", () => {
  it("as of Feb 10 to the quarter's end (Mar 31, 49 days = 1.61 months)", () => {
    const gaps = requirementGaps(requirements(TABLE), FEB_10, MAR_31);
    expect(gaps.map((g) => [g.requirement.name, g.status])).toEqual([
      ["Sales effectiveness", "failing"],
      ["CSI", "trending to fail"],
    ]);
    const [se, csi] = gaps;
    expect(se?.shortfall).toBe(15);
    expect(se?.when).toBe(FEB_10);
    expect(csi?.perMonth).toBeCloseTo(-0.8, 9);
    // 1.5 months × 30.4375 days = 45.66 days after Feb 10 → Mar 28 (rounded up to the day).
    expect(csi?.when).toBe(dateToSerial(2025, 3, 28));
    // Projected at Mar 31: 91.2 − 0.8 × 49 / 30.4375 = 89.912 → 0.088 short.
    expect(csi?.shortfall).toBeCloseTo(90 - (91.2 - (0.8 * 49) / 30.4375), 9);
  });

  it("to the month's end (Feb 28) CSI is still above the line: only the failing one", () => {
    const gaps = requirementGaps(requirements(TABLE), FEB_10, FEB_28);
    expect(gaps.map((g) => g.requirement.name)).toEqual(["Sales effectiveness"]);
  });

  it.each([
    // [current, threshold, direction, recent, listed, how]
    [90, 90, "min", [], false, "exactly at a minimum passes"],
    [89.9, 90, "min", [], true, "just under a minimum fails"],
    [0.15, 0.15, "max", [], false, "exactly at a maximum passes"],
    [0.151, 0.15, "max", [], true, "just over a maximum fails"],
    [0.14, 0.15, "max", [0.1, 0.12], true, "rising 0.02 a month to a maximum 0.01 away"],
    [95, 90, "min", [99, 97], false, "falling 2 a month, 5 away: 2.5 months, beyond the period"],
  ])("%p against %p (%s), recent %j → listed %p (%s)", (current, threshold, direction, recent, listed) => {
    const gaps = requirementGaps(
      [{ name: "X", current, threshold, direction: direction as "min" | "max", recent, row: 2 }],
      FEB_10,
      MAR_31
    );
    expect(gaps.length > 0).toBe(listed);
  });

  it.each([
    [[["Req", "Current"]], 'requirements has no rows (name | current | threshold | "min" or "max" | recent values)'],
    [[["CSI", "high", 90, "min"]], "requirements row 1: current value must be a number"],
    [[["CSI", 91, "", "min"]], "requirements row 1: threshold must be a number"],
    [[["CSI", 91, 90, "at least"]], 'requirements row 1: direction must be "min" or "max"'],
    [[["CSI", 91, 90, "min", "#N/A"]], "requirements row 1 holds an error value"],
    [
      [
        ["Req", "Current", "Threshold", "Type"],
        ["CSI", 91, 90, "min", "n/a"],
      ],
      "requirements row 2: current value must be a number",
    ],
  ])("bad table %j → #VALUE! %p", (rows, message) => {
    const r = readRequirements(rows);
    expect(isSheetError(r) && [r.kind, r.message]).toEqual(["value", message]);
  });
});
