/*
 * Writing targets without overwriting what someone typed in the sheet: per target and per number,
 * the pane's number goes in only where the sheet still holds a value the pane expected there.
 */
import {
  mergeTargetChanges,
  reconcileTargets,
  targetKey,
  type TargetRow,
  type TargetValues,
} from "../../../src/core/targets";

const row = (salesperson: string, deals: number | null, revenue: number | null = null): TargetRow => ({
  month: "2025-03",
  salesperson,
  channelId: "internet",
  channel: "Internet",
  deals,
  revenue,
});
const v = (deals: number | null, revenue: number | null = null): TargetValues => ({ deals, revenue });
const expect1 = (r: TargetRow, ...values: TargetValues[]) => new Map([[targetKey(r), values]]);
const pick = (rows: readonly TargetRow[], name: string) => rows.find((r) => r.salesperson === name);

describe("mergeTargetChanges", () => {
  it.each([
    // [what the sheet holds, the change, what the pane expected, the result, conflict?]
    [
      "sheet as the pane saw it: the change goes in",
      row("Ana", 12),
      row("Ana", 9),
      [v(12)],
      { deals: 9, revenue: null },
      false,
    ],
    [
      "sheet changed to 14 over the pane's 12, GSM typed 9: 14 stays, a conflict",
      row("Ana", 14),
      row("Ana", 9),
      [v(12)],
      { deals: 14, revenue: null },
      true,
    ],
    [
      "sheet changed revenue, GSM typed deals: both kept, no conflict",
      row("Ana", 12, 40000),
      row("Ana", 9, 30000),
      [v(12, 30000)],
      { deals: 9, revenue: 40000 },
      false,
    ],
    [
      "sheet holds the pane's own earlier try (answer lost): the change goes in",
      row("Ana", 5),
      row("Ana", 9),
      [v(12), v(5)],
      { deals: 9, revenue: null },
      false,
    ],
    [
      "GSM typed back what the pane saw, sheet changed: the sheet's stays, no conflict",
      row("Ana", 14),
      row("Ana", 12),
      [v(12), v(5)],
      { deals: 14, revenue: null },
      false,
    ],
    [
      "the sheet typed the same number: no conflict",
      row("Ana", 9),
      row("Ana", 9),
      [v(12)],
      { deals: 9, revenue: null },
      false,
    ],
  ])("%s", (_, sheet, change, expected, result, conflict) => {
    const merged = mergeTargetChanges([row("Bo", 3), sheet], [change], expect1(change, ...expected));
    expect(pick(merged.rows, "Ana")).toMatchObject(result);
    expect(pick(merged.rows, "Bo")?.deals).toBe(3);
    expect(merged.conflicts.length > 0).toBe(conflict);
  });

  it("a cleared box removes the line only when the sheet still held what the pane saw", () => {
    expect(
      pick(mergeTargetChanges([row("Ana", 12)], [row("Ana", null)], expect1(row("Ana", 0), v(12))).rows, "Ana")
    ).toBeUndefined();
    // Someone typed 14 meanwhile: the line stays, with their 14.
    const kept = mergeTargetChanges([row("Ana", 14)], [row("Ana", null)], expect1(row("Ana", 0), v(12)));
    expect(pick(kept.rows, "Ana")?.deals).toBe(14);
    expect(kept.conflicts).toEqual([{ typed: row("Ana", null), sheet: row("Ana", 14) }]);
  });

  it("a line someone deleted in the sheet is not brought back by a change that expected it", () => {
    const merged = mergeTargetChanges([], [row("Ana", 9)], expect1(row("Ana", 0), v(12)));
    expect(merged.rows).toEqual([]);
    expect(merged.conflicts).toEqual([{ typed: row("Ana", 9), sheet: null }]);
  });

  it("without an expectation a change is applied as is (writes from older callers)", () => {
    expect(mergeTargetChanges([row("Ana", 14)], [row("Ana", 9)]).rows).toEqual([row("Ana", 9)]);
  });
});

describe("reconcileTargets", () => {
  it("keeps what someone typed since our last write, and our numbers everywhere else", () => {
    // We wrote Ana 12, Bo 3; the truth has Bo 4 still to land (a write that went over someone's number); the sheet now has Ana 14 (theirs) and Cy 7 (a new line of theirs).
    const now = [row("Ana", 14), row("Bo", 3), row("Cy", 7)];
    const truth = reconcileTargets([row("Ana", 12), row("Bo", 4)], [[row("Ana", 12), row("Bo", 3)]], now);
    expect(truth).toEqual([row("Ana", 14), row("Bo", 4), row("Cy", 7)]);
  });

  it("either table a lost answer may have left counts as ours", () => {
    const truth = reconcileTargets([row("Ana", 12)], [[row("Ana", 12)], [row("Ana", 9)]], [row("Ana", 9)]);
    expect(truth).toEqual([row("Ana", 12)]);
  });

  it("a line of ours someone deleted stays deleted", () => {
    expect(reconcileTargets([row("Ana", 12), row("Bo", 3)], [[row("Ana", 12), row("Bo", 3)]], [row("Bo", 3)])).toEqual([
      row("Bo", 3),
    ]);
  });
});
