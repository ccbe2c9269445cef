/*
 * The pane's targets model and the Office adapter together, over the stateful fake Excel: a
 * number typed in the sheet between the pane's read and its write is kept and shown with a note;
 * a journaled edit is replayed after a reload; the normal path keeps its sync budget.
 */
import { readTargetsTable, targetKey, type TargetRow } from "../../../src/core/targets";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { TargetJournal, type JournalStore } from "../../../src/taskpane/team/targetJournal";
import { targetsFromSnapshot, TargetsModel } from "../../../src/taskpane/team/targetsModel";
import { sheetNote } from "../../../src/taskpane/team/sheetNote";
import { FakeBook } from "../../excel/fakeExcel";
import { targetsBook } from "../../excel/targetsBook";

const ana = { month: "2025-03", salesperson: "Ana", channelId: "internet", channel: "Internet" };
const bo = { month: "2025-03", salesperson: "Bo", channelId: "walk-in", channel: "Walk-in" };

function memoryStore(): JournalStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

async function open(b: FakeBook, store: JournalStore) {
  const port = new OfficeWorkbook({ isDealLogHeader: (h) => h.includes("Sold Date"), wait: () => Promise.resolve() });
  const before = b.syncs;
  const snapshot = await port.readSnapshot();
  const loadSyncs = b.syncs - before;
  const model = new TargetsModel(port, targetsFromSnapshot(snapshot), {
    journal: new TargetJournal(store, "j"),
    delayMs: 500,
    retryMs: 1000,
  });
  return { port, model, loadSyncs };
}

const cell = (b: FakeBook, key: Pick<TargetRow, "month" | "salesperson" | "channelId">) =>
  readTargetsTable(b.values("PacecarTargets")).rows.find((r) => targetKey(r) === targetKey(key));
/** The row of the Deals cell of a key in the fake's table (header is row 0). */
const rowOf = (b: FakeBook, name: string) => (b.values("PacecarTargets") ?? []).findIndex((r) => r[1] === name);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it("opens in two syncs and saves a burst of edits in one", async () => {
  const b = targetsBook();
  const { model, loadSyncs } = await open(b, memoryStore());
  expect(loadSyncs).toBe(2);
  const before = b.syncs;
  for (const v of [1, 14]) model.edit([{ ...ana, deals: v, revenue: 30000 }]);
  model.edit([{ ...bo, deals: 9, revenue: null }]);
  await jest.advanceTimersByTimeAsync(600);
  expect(b.syncs - before).toBe(1);
  expect(cell(b, ana)?.deals).toBe(14);
  expect(cell(b, bo)?.deals).toBe(9);
  expect(model.view().status).toEqual({ state: "saved" });
});

it("keeps a number typed in the sheet after the pane read it, shows it with a note, and still saves the GSM's other boxes", async () => {
  const b = targetsBook();
  const { model } = await open(b, memoryStore());
  // The GSM types 9 for Ana in the pane while someone types 14 in her Deals cell in the sheet.
  model.edit([
    { ...ana, deals: 9, revenue: 30000 },
    { ...bo, deals: 11, revenue: null },
  ]);
  b.setCell("PacecarTargets", rowOf(b, "Ana"), 4, 14);
  const before = b.syncs;
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, ana)).toMatchObject({ deals: 14, revenue: 30000 });
  expect(cell(b, bo)?.deals).toBe(11);
  // The write found the sheet changed: one more sync put their number back.
  expect(b.syncs - before).toBe(2);
  const view = model.view();
  expect(view.rows.find((r) => targetKey(r) === targetKey(ana))?.deals).toBe(14);
  expect(view.notes.get(targetKey(ana))?.sheet?.deals).toBe(14);
  expect(view.notes.get(targetKey(ana))?.typed.deals).toBe(9);
  // Typing in the box again is informed: it goes in, and the note goes away.
  model.edit([{ ...ana, deals: 10, revenue: 30000 }]);
  expect(model.view().notes.size).toBe(0);
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, ana)?.deals).toBe(10);
});

it("keeps a number typed in the sheet in a box the pane didn't touch (no note)", async () => {
  const b = targetsBook();
  const { model } = await open(b, memoryStore());
  b.setCell("PacecarTargets", rowOf(b, "Bo"), 4, 30);
  model.edit([{ ...ana, deals: 9, revenue: 30000 }]);
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, bo)?.deals).toBe(30);
  expect(cell(b, ana)?.deals).toBe(9);
  expect(model.view().notes.size).toBe(0);
});

it("a change the pane heard of is no conflict: typed over afterwards, the GSM's number goes in", async () => {
  const b = targetsBook();
  const { port, model } = await open(b, memoryStore());
  b.setCell("PacecarTargets", rowOf(b, "Ana"), 4, 14);
  model.sheetChanged(await port.readTargets());
  expect(model.view().rows.find((r) => targetKey(r) === targetKey(ana))?.deals).toBe(14);
  model.edit([{ ...ana, deals: 15, revenue: 30000 }]);
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, ana)?.deals).toBe(15);
  expect(model.view().notes.size).toBe(0);
});

it("replays an edit a reload interrupted (Excel busy, then the pane reloaded) in the first save after opening", async () => {
  const b = targetsBook();
  const store = memoryStore();
  const first = await open(b, store);
  b.runFailures.push("GeneralException");
  first.model.edit([{ ...ana, deals: 21, revenue: 30000 }]);
  await jest.advanceTimersByTimeAsync(600);
  expect(first.model.view().status.state).toBe("error");
  first.model.dispose();
  const again = await open(b, store);
  expect(again.loadSyncs).toBe(2);
  // Shown at once, saved with the first batch.
  expect(again.model.view().rows.find((r) => targetKey(r) === targetKey(ana))?.deals).toBe(21);
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, ana)?.deals).toBe(21);
  expect(new TargetJournal(store, "j").entries()).toEqual([]);
});

it("a replayed edit doesn't overwrite a number typed in the sheet while the pane was closed", async () => {
  const b = targetsBook();
  const store = memoryStore();
  const first = await open(b, store);
  first.model.edit([{ ...ana, deals: 21, revenue: 30000 }]);
  first.model.dispose();
  b.setCell("PacecarTargets", rowOf(b, "Ana"), 4, 16);
  const again = await open(b, store);
  await jest.advanceTimersByTimeAsync(600);
  expect(cell(b, ana)?.deals).toBe(16);
  expect(again.model.view().notes.get(targetKey(ana))?.sheet?.deals).toBe(16);
});

describe("the note beside a box", () => {
  const typed = { ...ana, deals: 9, revenue: 30000 };
  it.each([
    [
      "the sheet's 14 over the GSM's 9",
      { typed, sheet: { ...typed, deals: 14 } },
      "deals",
      "changed in the sheet to 14",
    ],
    ["the line deleted in the sheet", { typed, sheet: null }, "deals", "cleared in the sheet"],
    // The revenue box of the same line wasn't in conflict: no note there.
    ["the other number of the line", { typed, sheet: { ...typed, deals: 14 } }, "revenue", undefined],
    ["no conflict", undefined, "deals", undefined],
  ] as const)("%s", (_, conflict, measure, note) => {
    expect(sheetNote(conflict, measure)).toBe(note);
  });
});
