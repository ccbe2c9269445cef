/* Reading tier tables as GSMs keep them: any order, a header on top, % of objective rounded up, bad rows named. */
import { isSheetError, type SheetError } from "../../../src/core/errors";
import { readTierTable, thresholdUnits, type TierTable } from "../../../src/core/programs";

function tiers(rows: unknown[][], objective: number | null = null): TierTable {
  const t = readTierTable(rows, objective);
  if (isSheetError(t)) throw new Error(t.message);
  return t;
}

function error(rows: unknown[][], objective: number | null = null): SheetError {
  const t = readTierTable(rows, objective);
  if (!isSheetError(t)) throw new Error("expected an error");
  return t;
}

describe("thresholdUnits", () => {
  it.each([
    // [threshold, objective, units, how]
    [0.8, 100, 80, "0.8 × 100 = 80.00000000000001 in floating point; still 80"],
    [1.1, 100, 110, "1.1 × 100 = 110.00000000000001; still 110"],
    [1.1, 97, 107, "1.1 × 97 = 106.7 → rounds up to 107"],
    [0.8, 97, 78, "0.8 × 97 = 77.6 → 78"],
    [1, 97, 97, "exactly the objective"],
    [0.95, 120, 114, "0.95 × 120 = 114"],
    [0.9, 35, 32, "0.9 × 35 = 31.5 → 32"],
    [25, null, 25, "a unit count without an objective"],
    [25.2, null, 26, "a fractional unit count rounds up too"],
  ])("%p of %p → %p units (%s)", (threshold, objective, units, _how) => {
    expect(thresholdUnits(threshold, objective)).toBe(units);
  });
});

describe("readTierTable", () => {
  it("sorts an unsorted table, skips the header and blank rows, and keeps each tier's row", () => {
    const t = tiers(
      [
        ["Threshold", "Per unit", "Lump sum"],
        [1.1, 600, ""],
        ["", "", ""],
        [0.8, 200],
        [1, 400, 1000],
      ],
      100
    );
    expect(t.map((x) => [x.threshold, x.perUnit, x.lumpSum, x.row])).toEqual([
      [80, 200, 0, 4],
      [100, 400, 1000, 5],
      [110, 600, 0, 2],
    ]);
  });

  it("reads money and percentages typed as text", () => {
    const t = tiers(
      [
        ["80%", "$200"],
        ["100%", "$1,400.50", "$5,000"],
      ],
      100
    );
    expect(t.map((x) => [x.threshold, x.perUnit, x.lumpSum])).toEqual([
      [80, 200, 0],
      [100, 1400.5, 5000],
    ]);
  });

  it.each([
    // [rows, objective, kind, message]
    [
      [["Threshold", "Per unit"]],
      null,
      "value",
      "tiers has no row with a number threshold (threshold | money per unit | lump sum)",
    ],
    [[], null, "value", "tiers has no row with a number threshold (threshold | money per unit | lump sum)"],
    [
      [
        [80, 200],
        [80, 300],
      ],
      null,
      "value",
      "tiers row 2: same threshold as row 1",
    ],
    // 0.8 × 97 = 77.6 and 0.801 × 97 = 77.697 both need 78 units.
    [
      [
        [0.8, 200],
        [0.801, 300],
      ],
      97,
      "value",
      "tiers row 2: same threshold as row 1",
    ],
    [
      [
        ["T", "M"],
        [80, 200],
        [100, -400],
      ],
      null,
      "value",
      "tiers row 3: money can't be negative",
    ],
    [[[80, 200, -1]], null, "value", "tiers row 1: money can't be negative"],
    [[[80, "lots"]], null, "value", "tiers row 1: money must be a number"],
    [
      [
        [80, 200],
        ["abc", 300],
      ],
      null,
      "value",
      "tiers row 2: threshold must be a number",
    ],
    [[[0, 200]], null, "value", "tiers row 1: threshold must be above 0"],
    [[[-5, 200]], null, "value", "tiers row 1: threshold must be above 0"],
    [[[80, "#N/A"]], null, "value", "tiers row 1 holds an error value"],
    [[[80, { type: "Error" }]], null, "value", "tiers row 1 holds an error value"],
  ])("%j (objective %p) → #%s %p", (rows, objective, kind, message) => {
    const e = error(rows, objective);
    expect(e.kind).toBe(kind);
    expect(e.message).toBe(message);
  });
});
