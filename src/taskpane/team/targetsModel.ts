import {
  readTargetsTable,
  targetKey,
  upsertTargets,
  valuesOf,
  type Channel,
  type ExpectedTargets,
  type Salesperson,
  type TargetConflict,
  type TargetRow,
  type TargetValues,
} from "../../core/targets";
import type { TeamTargetsRead, WorkbookPort, WorkbookSnapshot } from "../../excel/workbookPort";
import type { SaveStatus } from "../components/TargetField";
import { BatchSaveQueue } from "./batchSaveQueue";
import { editKey, TargetJournal, type JournalStore, type TargetEdit } from "./targetJournal";

/** The targets as the pane shows them: the workbook's with the GSM's unsaved edits on top. */
export interface TargetsView {
  readonly rows: readonly TargetRow[];
  readonly channels: readonly Channel[];
  readonly salespeople: readonly Salesperson[];
  readonly locked: boolean;
  readonly status: SaveStatus;
  /** Targets changed in the sheet over what the GSM typed, by targetKey: the pane took the sheet's numbers. */
  readonly notes: ReadonlyMap<string, TargetConflict>;
}

export interface TargetsModelOptions {
  readonly journal: TargetJournal;
  readonly delayMs?: number;
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

/**
 * The pane's targets while it is open, shared by the tabs that edit them (Team grid, Month store
 * target). Every edit is journaled as it is typed and saved in debounced batches; a write carries
 * what the pane saw per target, so a number changed in the sheet meanwhile is kept and shown with
 * a note instead of being overwritten. Edits a reload interrupted are replayed when it is built.
 */
export class TargetsModel {
  private known: TeamTargetsRead;
  private readonly queue: BatchSaveQueue<TargetEdit>;
  private readonly notes = new Map<string, TargetConflict>();
  private status: SaveStatus = { state: "idle" };
  private current: TargetsView;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly port: WorkbookPort,
    start: TeamTargetsRead,
    private readonly options: TargetsModelOptions
  ) {
    this.known = start;
    this.queue = new BatchSaveQueue<TargetEdit>((edits) => this.save(edits), {
      keyOf: editKey,
      delayMs: options.delayMs,
      retryMs: options.retryMs,
      maxRetryMs: options.maxRetryMs,
      onStatus: (status) => {
        this.status = status;
        this.changed();
      },
    });
    this.current = this.compute();
    // Edits a reload (or a closed pane) left unsaved go out with the first batch.
    for (const entry of options.journal.entries()) this.queue.push(entry.edit);
  }

  /** What to show now (the same object until something changes). */
  view(): TargetsView {
    return this.current;
  }

  /** Calls listener after every change of the view; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Target changes (and a new channel or salespeople list) typed: shown at once, journaled, saved as you type. */
  edit(changes: readonly TargetRow[], channels?: readonly Channel[], salespeople?: readonly Salesperson[]): void {
    const edits: TargetEdit[] = [
      ...(salespeople ? [{ kind: "salespeople" as const, salespeople }] : []),
      ...(channels ? [{ kind: "channels" as const, channels }] : []),
      ...changes.map((row) => ({ kind: "target" as const, row })),
    ];
    for (const e of edits) {
      // The pane saw the workbook's value, not its own unsaved one: that is what the sheet should still hold.
      const seen = e.kind === "target" ? this.known.rows.find((r) => targetKey(r) === targetKey(e.row)) : undefined;
      this.options.journal.record(e, seen ?? null);
      if (e.kind === "target") this.notes.delete(targetKey(e.row));
      this.queue.push(e);
    }
    this.changed();
  }

  /** The targets read again after the sheet changed (table change events). */
  sheetChanged(read: TeamTargetsRead): void {
    this.known = read;
    this.changed();
  }

  /** The lock was set or cleared. */
  setLocked(locked: boolean): void {
    this.known = { ...this.known, locked };
    this.changed();
  }

  /** Saves what is pending now; resolves when every queued save has run. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** The pane going away: nothing more is saved from here (the journal keeps what is unsaved). */
  dispose(): void {
    this.queue.dispose();
    this.listeners.clear();
  }

  private async save(edits: readonly TargetEdit[]): Promise<void> {
    const journal = this.options.journal;
    journal.attempt(edits);
    const changes = edits.flatMap((e) => (e.kind === "target" ? [e.row] : []));
    const channels = edits.flatMap((e) => (e.kind === "channels" ? [e.channels] : []))[0];
    const people = edits.flatMap((e) => (e.kind === "salespeople" ? [e.salespeople] : []))[0];
    const entries = new Map(journal.entries().map((j) => [editKey(j.edit), j.expected]));
    const expected = new Map<string, readonly TargetValues[]>();
    for (const row of changes)
      expected.set(
        targetKey(row),
        entries.get(editKey({ kind: "target", row })) ?? [
          valuesOf(this.known.rows.find((r) => targetKey(r) === targetKey(row))),
        ]
      );
    const result = await this.port.writeTargetRows(changes, channels, people, expected satisfies ExpectedTargets);
    journal.settle(edits, result.rows);
    this.known = {
      ...this.known,
      rows: [...result.rows],
      channels: channels ?? this.known.channels,
      salespeople: people ?? this.known.salespeople,
    };
    for (const c of result.conflicts) this.notes.set(targetKey(c.typed), c);
    this.changed();
  }

  private compute(): TargetsView {
    const pending = this.options.journal.entries().map((e) => e.edit);
    return {
      rows: upsertTargets(
        this.known.rows,
        pending.flatMap((e) => (e.kind === "target" ? [e.row] : []))
      ),
      channels: pending.flatMap((e) => (e.kind === "channels" ? [e.channels] : []))[0] ?? this.known.channels,
      salespeople:
        pending.flatMap((e) => (e.kind === "salespeople" ? [e.salespeople] : []))[0] ?? this.known.salespeople ?? [],
      locked: this.known.locked,
      status: this.status,
      notes: new Map(this.notes),
    };
  }

  private changed(): void {
    this.current = this.compute();
    for (const l of this.listeners) l();
  }
}

/** Where the journal is kept and under which key: the workbook's address when Office gives one. */
function defaultJournal(): TargetJournal {
  const office = (globalThis as { Office?: { context?: { document?: { url?: string } } } }).Office;
  let store: JournalStore | null = null;
  try {
    store = (globalThis as { localStorage?: JournalStore }).localStorage ?? null;
  } catch {
    // Storage blocked (private modes, sandboxed frames): edits are saved, they just can't outlast a reload.
  }
  return new TargetJournal(store, `pacecar.unsaved-targets:${office?.context?.document?.url || "workbook"}`);
}

/** The load's targets, for the model when it is first built. */
export function targetsFromSnapshot(snapshot: WorkbookSnapshot): TeamTargetsRead {
  // A snapshot from a reader of the earlier layout has only the store/salesperson/channel entries.
  const rows =
    snapshot.targetRows ??
    readTargetsTable([
      ["Month", "Scope", "Name", "Target"],
      ...snapshot.targets.map((t) => [t.month, t.scope, t.name, t.target]),
    ]).rows;
  return {
    rows,
    channels: snapshot.channels ?? [],
    locked: snapshot.targetsLocked ?? false,
    salespeople: snapshot.salespeople ?? [],
  };
}

const models = new WeakMap<WorkbookPort, TargetsModel>();

/**
 * The one targets model of a workbook port, built on first use from `start` (the load's targets):
 * the tabs share it, so a tab opened again or the Month tab after the Team tab starts from what
 * the pane knows, and their edits go through one queue and one journal.
 */
export function targetsModelFor(
  port: WorkbookPort,
  start: () => TeamTargetsRead,
  journal: () => TargetJournal = defaultJournal
): TargetsModel {
  let model = models.get(port);
  if (!model) {
    model = new TargetsModel(port, start(), { journal: journal() });
    models.set(port, model);
  }
  return model;
}
