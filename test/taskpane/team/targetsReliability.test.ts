/*
 * Nothing the GSM types is lost, and nothing typed in the sheet is overwritten: random sequences
 * of target edits (several boxes, one box again and again, bursts) run through the real save path
 * — the pane's targets model (journal + batch queue) and the Office adapter — over a fake Excel
 * that keeps state and fails on command: Excel.run refused (cell-edit mode, busy, …), a sync
 * failing before or after its writes went in, and the pane reloaded mid-sequence (model, queue
 * and adapter thrown away and rebuilt from the workbook).
 */
import fc from "fast-check";
import { readTargetsTable, targetKey, type TargetRow } from "../../../src/core/targets";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import type { CellValue } from "../../../src/excel/workbookPort";
import { TargetJournal, type JournalStore } from "../../../src/taskpane/team/targetJournal";
import { targetsFromSnapshot, TargetsModel } from "../../../src/taskpane/team/targetsModel";
import { FakeBook, type SyncFailure } from "../../excel/fakeExcel";
import { TARGETS_START, targetsBook } from "../../excel/targetsBook";

const MONTH = "2025-03";
const PEOPLE = ["", "Ana", "Bo"];
const CHANNELS = [
  { id: "", name: "" },
  { id: "internet", name: "Internet" },
  { id: "walk-in", name: "Walk-in" },
];
const KEYS = PEOPLE.flatMap((salesperson) =>
  CHANNELS.map((c) => ({ month: MONTH, salesperson, channelId: c.id, channel: c.name }))
);
type Key = (typeof KEYS)[number];
type Measure = "deals" | "revenue";
/** Codes Excel fails a batch with: the first four are waited out by the retry module, GeneralException by the save queue. */
const CODES = [
  "InvalidOperationInCellEditMode",
  "ActivityLimitReached",
  "ServiceNotAvailable",
  "Busy",
  "GeneralException",
];

const START = TARGETS_START;

type Command =
  | { t: "type"; key: number; measure: Measure; value: number | null }
  | { t: "wait"; ms: number }
  | { t: "failRun"; code: string }
  | { t: "failSync"; failure: SyncFailure }
  | { t: "reload" }
  | { t: "sheet"; key: number; value: number }
  | { t: "notify" };

const typing = fc.record({
  t: fc.constant("type" as const),
  key: fc.nat(KEYS.length - 1),
  measure: fc.constantFrom<Measure>("deals", "deals", "revenue"),
  value: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }),
});
const failures = [
  fc.record({ t: fc.constant("failRun" as const), code: fc.constantFrom(...CODES) }),
  fc.record({
    t: fc.constant("failSync" as const),
    failure: fc.record({ code: fc.constantFrom(...CODES), applied: fc.boolean() }),
  }),
];
const waiting = fc.record({ t: fc.constant("wait" as const), ms: fc.constantFrom(0, 100, 600, 2500, 9000) });
const paneCommand: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: typing },
  { weight: 3, arbitrary: waiting },
  { weight: 2, arbitrary: fc.oneof(...failures) },
  { weight: 1, arbitrary: fc.constant({ t: "reload" as const }) }
);
/**
 * Someone typing in the sheet (numbers the pane never types, so their origin is plain), and the
 * pane hearing of it. Syncs here fail before their writes go in: a write whose answer is lost
 * after it went over a number typed in the sheet meanwhile can't be told from one that didn't
 * (see the reliability notes), so that case is the first property's alone.
 */
const sheetCommand: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: typing },
  { weight: 3, arbitrary: waiting },
  { weight: 1, arbitrary: failures[0] as fc.Arbitrary<Command> },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("failSync" as const),
      failure: fc.record({ code: fc.constantFrom(...CODES), applied: fc.constant(false) }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: "reload" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("sheet" as const),
      key: fc.nat(KEYS.length - 1),
      value: fc.integer({ min: 200, max: 240 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: "notify" as const }) }
);

/** A store that outlasts the pane (localStorage across a reload). */
function memoryStore(): JournalStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const isDealLogHeader = (h: readonly CellValue[]) => h.includes("Sold Date");

/** Counts over all runs, for the reliability notes. */
const totals = {
  runs: 0,
  edits: 0,
  failuresInjected: 0,
  reloads: 0,
  sheetEdits: 0,
  conflicts: 0,
  loads: 0,
  loadSyncsMax: 0,
};

/** One pane session over a book: the adapter and the model, rebuilt on reload. */
class Pane {
  port!: OfficeWorkbook;
  model!: TargetsModel;

  constructor(
    private readonly book: FakeBook,
    private readonly store: JournalStore | null
  ) {}

  /** Opens (or reopens) the pane: reads the workbook until a read goes through, as reopening it would. */
  async open(): Promise<void> {
    this.model?.dispose();
    for (let tries = 0; ; tries++) {
      this.port = new OfficeWorkbook({ isDealLogHeader, attempts: 3, wait: () => Promise.resolve() });
      const pending = this.book.runFailures.length + this.book.syncFailures.length;
      const before = this.book.syncs;
      try {
        const snapshot = await this.port.readSnapshot();
        if (this.book.runFailures.length + this.book.syncFailures.length === pending) {
          totals.loads++;
          totals.loadSyncsMax = Math.max(totals.loadSyncsMax, this.book.syncs - before);
        }
        this.model = new TargetsModel(this.port, targetsFromSnapshot(snapshot), {
          journal: new TargetJournal(this.store, "journal"),
          delayMs: 500,
          retryMs: 1000,
          maxRetryMs: 4000,
        });
        return;
      } catch (error) {
        if (tries > 50) throw error;
      }
    }
  }

  /** The GSM typing one number in a box, as the grid does it: the row's other number as shown. */
  type(key: Key, measure: Measure, value: number | null): void {
    const shown = this.model.view().rows.find((r) => targetKey(r) === targetKey(key));
    const row: TargetRow = { ...key, deals: shown?.deals ?? null, revenue: shown?.revenue ?? null, [measure]: value };
    this.model.edit([row]);
  }
}

function tableNow(book: FakeBook): Map<string, TargetRow> {
  return new Map(
    readTargetsTable(book.values("PacecarTargets"), book.values("PacecarChannels")).rows.map((r) => [targetKey(r), r])
  );
}

/** What the table held at the start, per key and measure. */
function startCells(): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const r of readTargetsTable(START).rows)
    for (const m of ["deals", "revenue"] as const) cells.set(`${targetKey(r)}|${m}`, r[m]);
  return cells;
}

/** Runs the commands, then lets every save go through with Excel well again. */
async function run(commands: readonly Command[], store: JournalStore | null) {
  const book = targetsBook();
  const pane = new Pane(book, store);
  await pane.open();
  /** Per key|measure: every event in order — typed in the pane (with whether the pane had heard of the sheet's last edit) or typed in the sheet. */
  const events = new Map<string, { by: "pane" | "sheet"; value: number | null }[]>();
  const log = (k: string, e: { by: "pane" | "sheet"; value: number | null }) =>
    events.set(k, [...(events.get(k) ?? []), e]);
  for (const c of commands) {
    switch (c.t) {
      case "type": {
        const key = KEYS[c.key] as Key;
        pane.type(key, c.measure, c.value);
        log(`${targetKey(key)}|${c.measure}`, { by: "pane", value: c.value });
        totals.edits++;
        break;
      }
      case "wait":
        await jest.advanceTimersByTimeAsync(c.ms);
        break;
      case "failRun":
        book.runFailures.push(c.code);
        totals.failuresInjected++;
        break;
      case "failSync":
        book.syncFailures.push(c.failure);
        totals.failuresInjected++;
        break;
      case "reload":
        await pane.open();
        totals.reloads++;
        break;
      case "sheet": {
        const key = KEYS[c.key] as Key;
        const values = book.values("PacecarTargets") ?? [];
        const at = values.findIndex(
          (r, i) =>
            i > 0 &&
            targetKey({ month: String(r[0]), salesperson: String(r[1]), channelId: String(r[2]) }) === targetKey(key)
        );
        // A number typed over the Deals cell, or a new line typed under the table (then the table grown over it).
        if (at > 0) book.setCell("PacecarTargets", at, 4, c.value);
        else {
          const t = book.table("PacecarTargets");
          if (!t) break;
          t.rows++;
          [key.month, key.salesperson, key.channelId, key.channel, c.value, ""].forEach((v, col) =>
            book.setCell("PacecarTargets", t.rows - 1, col, v)
          );
        }
        log(`${targetKey(key)}|deals`, { by: "sheet", value: c.value });
        totals.sheetEdits++;
        break;
      }
      case "notify":
        // A table-changed event: the pane reads the targets again (a failed read leaves the screen as it is).
        await pane.port.readTargets().then(
          (read) => pane.model.sheetChanged(read),
          () => undefined
        );
        break;
    }
  }
  book.runFailures.length = 0;
  book.syncFailures.length = 0;
  for (
    let i = 0;
    i < 6 && (pane.model.view().status.state !== "saved" || new TargetJournal(store, "journal").entries().length > 0);
    i++
  )
    await jest.advanceTimersByTimeAsync(10_000);
  await pane.model.flush();
  totals.conflicts += pane.model.view().notes.size;
  pane.model.dispose();
  return { book, events, journal: new TargetJournal(store, "journal") };
}

beforeAll(() => jest.useFakeTimers());
afterAll(() => {
  jest.useRealTimers();
  if (process.env.PACECAR_COUNTS) process.stdout.write(`${JSON.stringify(totals)}\n`);
});

it("keeps the last number typed in every box through failures and reloads (1,000 random sequences)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paneCommand, { minLength: 1, maxLength: 30 }), async (commands) => {
      const store = memoryStore();
      const { book, events, journal } = await run(commands, store);
      totals.runs++;
      const table = tableNow(book);
      for (const [cell, start] of startCells()) if (!events.has(cell)) events.set(cell, [{ by: "pane", value: start }]);
      for (const [cell, list] of events) {
        const [key, measure] = [cell.slice(0, cell.lastIndexOf("|")), cell.slice(cell.lastIndexOf("|") + 1) as Measure];
        expect({ cell, value: table.get(key)?.[measure] ?? null }).toEqual({ cell, value: list.at(-1)?.value ?? null });
      }
      // Every line of the table is one a box holds: nothing typed twice, nothing left over.
      expect(readTargetsTable(book.values("PacecarTargets")).rows).toHaveLength(table.size);
      expect(journal.entries()).toEqual([]);
    }),
    { numRuns: 1000 }
  );
  // The generator does reach the cases that matter.
  expect(totals.reloads).toBeGreaterThan(300);
  expect(totals.failuresInjected).toBeGreaterThan(700);
  // Opening the pane with the deal log's table known: at most two syncs.
  expect(totals.loadSyncsMax).toBeLessThanOrEqual(2);
}, 120_000);

it("finds the loss when the journal doesn't outlast a reload (the property can fail)", async () => {
  // Without a store the journal lives in memory only: a reload before a save went through loses it.
  const result = await fc.check(
    fc.asyncProperty(fc.array(paneCommand, { minLength: 1, maxLength: 30 }), async (commands) => {
      const { book, events } = await run(commands, null);
      const table = tableNow(book);
      for (const [cell, list] of events) {
        const [key, measure] = [cell.slice(0, cell.lastIndexOf("|")), cell.slice(cell.lastIndexOf("|") + 1) as Measure];
        if ((table.get(key)?.[measure] ?? null) !== (list.at(-1)?.value ?? null)) return false;
      }
      return true;
    }),
    { numRuns: 300 }
  );
  expect(result.failed).toBe(true);
}, 60_000);

it("never overwrites a number typed in the sheet after the GSM's last edit of that box (500 random sequences)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheetCommand, { minLength: 1, maxLength: 30 }), async (commands) => {
      const store = memoryStore();
      const { book, events, journal } = await run(commands, store);
      const table = tableNow(book);
      for (const [cell, list] of events) {
        const [key, measure] = [cell.slice(0, cell.lastIndexOf("|")), cell.slice(cell.lastIndexOf("|") + 1) as Measure];
        const now = table.get(key)?.[measure] ?? null;
        const last = list.at(-1);
        const lastSheet = [...list].reverse().find((e) => e.by === "sheet");
        const lastPane = [...list].reverse().find((e) => e.by === "pane");
        // The sheet's last word stands; with no sheet edit the pane's last word stands; otherwise one of the two.
        if (last?.by === "sheet") expect({ cell, now }).toEqual({ cell, now: last.value });
        else if (!lastSheet) expect({ cell, now }).toEqual({ cell, now: last?.value ?? null });
        else expect([lastSheet.value, lastPane?.value ?? null]).toContain(now);
      }
      expect(journal.entries()).toEqual([]);
    }),
    { numRuns: 500 }
  );
  expect(totals.sheetEdits).toBeGreaterThan(100);
}, 120_000);
