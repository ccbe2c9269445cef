/*
 * The Office adapter's target writes over the stateful fake Excel (writes change what later reads
 * see): someone typing in the sheet between the pane's read and its write, a write whose answer
 * was lost, a targets table deleted by hand.
 */
import { readTargetsTable, targetKey, type TargetRow } from "../../src/core/targets";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { FakeBook } from "./fakeExcel";
import { targetsBook } from "./targetsBook";

const row = (
  salesperson: string,
  channelId: string,
  deals: number | null,
  revenue: number | null = null
): TargetRow => ({
  month: "2025-03",
  salesperson,
  channelId,
  channel: channelId === "internet" ? "Internet" : "Walk-in",
  deals,
  revenue,
});

const port = () =>
  new OfficeWorkbook({ isDealLogHeader: (h) => h.includes("Sold Date"), wait: () => Promise.resolve() });
const table = (b: FakeBook) => readTargetsTable(b.values("PacecarTargets")).rows;
const deals = (b: FakeBook, name: string) => table(b).find((r) => r.salesperson === name)?.deals;
/** Ana's line in PacecarTargets (the header is row 0). */
const anaRow = () => 2;

it("puts back a number typed in the sheet after the pane read it, in a second sync, and saves the pane's box", async () => {
  const b = targetsBook();
  const p = port();
  await p.readSnapshot();
  b.setCell("PacecarTargets", anaRow(), 4, 14);
  const before = b.syncs;
  const result = await p.writeTargetRows([row("Bo", "walk-in", 6)]);
  expect(b.syncs - before).toBe(2);
  expect(deals(b, "Ana")).toBe(14);
  expect(deals(b, "Bo")).toBe(6);
  expect(result.rows).toEqual(table(b));
  // The next write knows the sheet again: one sync.
  const next = b.syncs;
  await p.writeTargetRows([row("Bo", "walk-in", 7)]);
  expect(b.syncs - next).toBe(1);
  expect(deals(b, "Ana")).toBe(14);
});

it("a write whose answer was lost is neither doubled nor taken for someone else's edit", async () => {
  const b = targetsBook();
  const p = port();
  await p.readSnapshot();
  b.syncFailures.push({ code: "GeneralException", applied: true });
  const expected = new Map([[targetKey(row("Cy", "internet", 0)), [{ deals: null, revenue: null }]]]);
  await expect(p.writeTargetRows([row("Cy", "internet", 5)], undefined, undefined, expected)).rejects.toThrow(
    "GeneralException"
  );
  // The retry expects the pane's own try too (what the pane's journal adds before each write).
  const retry = await p.writeTargetRows(
    [row("Cy", "internet", 6)],
    undefined,
    undefined,
    new Map([
      [
        targetKey(row("Cy", "internet", 0)),
        [
          { deals: null, revenue: null },
          { deals: 5, revenue: null },
        ],
      ],
    ])
  );
  expect(retry.conflicts).toEqual([]);
  expect(table(b).filter((r) => r.salesperson === "Cy")).toEqual([row("Cy", "internet", 6)]);
});

it("recreates a targets table deleted by hand, with the pane's change", async () => {
  const b = targetsBook();
  const p = port();
  await p.readSnapshot();
  b.tables.splice(
    b.tables.findIndex((t) => t.name === "PacecarTargets"),
    1
  );
  await expect(p.writeTargetRows([row("Bo", "walk-in", 6)])).rejects.toThrow("ItemNotFound");
  await p.writeTargetRows([row("Bo", "walk-in", 6)]);
  expect(table(b)).toEqual([row("Bo", "walk-in", 6)]);
});
