/* The journal of unsaved target edits: what a reload replays, and what it forgets once saved. */
import type { TargetRow } from "../../../src/core/targets";
import { TargetJournal, type JournalStore } from "../../../src/taskpane/team/targetJournal";

const row = (deals: number | null): TargetRow => ({
  month: "2025-03",
  salesperson: "Ana",
  channelId: "internet",
  channel: "Internet",
  deals,
  revenue: null,
});
const edit = (deals: number | null) => ({ kind: "target" as const, row: row(deals) });

function store(initial: Record<string, string> = {}): JournalStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

it("keeps the last edit of a box, expecting what the pane saw before the first one", () => {
  const s = store();
  const j = new TargetJournal(s, "k");
  j.record(edit(1), row(12));
  j.record(edit(14), row(1));
  // Read back by a pane opened afresh over the same storage.
  expect(new TargetJournal(s, "k").entries()).toEqual([{ edit: edit(14), expected: [{ deals: 12, revenue: null }] }]);
});

it("expects its own try too, and forgets an edit once it is saved", () => {
  const s = store();
  const j = new TargetJournal(s, "k");
  j.record(edit(14), row(12));
  j.attempt([edit(14)]);
  expect(j.entries()[0]?.expected).toEqual([
    { deals: 12, revenue: null },
    { deals: 14, revenue: null },
  ]);
  j.settle([edit(14)], [row(14)]);
  expect(j.entries()).toEqual([]);
  expect(s.map.size).toBe(0);
});

it("keeps a newer edit typed while the save was under way, now expecting what was saved", () => {
  const j = new TargetJournal(store(), "k");
  j.record(edit(14), row(12));
  j.attempt([edit(14)]);
  j.record(edit(15), row(12));
  j.settle([edit(14)], [row(14)]);
  expect(j.entries()).toEqual([{ edit: edit(15), expected: [{ deals: 14, revenue: null }] }]);
});

it.each([
  ["not JSON", "{oops"],
  ["not an object", "42"],
  ["entries of another shape", JSON.stringify({ a: { edit: { kind: "other" }, expected: [] }, b: { nothing: true } })],
])("starts empty from a journal that is %s", (_, text) => {
  expect(new TargetJournal(store({ k: text }), "k").entries()).toEqual([]);
});

it("still works in memory when storage refuses to write", () => {
  const full: JournalStore = {
    getItem: () => null,
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => undefined,
  };
  const j = new TargetJournal(full, "k");
  j.record(edit(3), row(12));
  expect(j.entries()).toHaveLength(1);
});
