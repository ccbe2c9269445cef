import {
  targetKey,
  valuesOf,
  type Channel,
  type Salesperson,
  type TargetRow,
  type TargetValues,
} from "../../core/targets";

/** One edit waiting to be saved: a target, the whole channel list or the whole salespeople list. */
export type TargetEdit =
  | { readonly kind: "target"; readonly row: TargetRow }
  | { readonly kind: "channels"; readonly channels: readonly Channel[] }
  | { readonly kind: "salespeople"; readonly salespeople: readonly Salesperson[] };

/** Edits of one target (or list) replace each other: the last one typed is the one saved. */
export function editKey(edit: TargetEdit): string {
  return edit.kind === "target" ? `target:${targetKey(edit.row)}` : edit.kind;
}

/** The part of Web Storage the journal needs (window.localStorage in the pane, a map in tests). */
export interface JournalStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An unsaved edit and, for a target, the values the sheet may hold for it to be overwritten. */
export interface JournalEntry {
  readonly edit: TargetEdit;
  readonly expected: readonly TargetValues[];
}

/**
 * The GSM's edits that the workbook hasn't confirmed yet, written down the moment they are typed,
 * so a pane reloaded (or closed) before its save went through replays them on the next open.
 *
 * Kept in the browser's storage rather than the document's settings: it is written synchronously
 * at the keystroke, with no call to Excel — exactly what is needed while Excel is busy or a cell is
 * being edited, which is when edits wait — and it doesn't dirty the document. It is per computer,
 * not in the file, so it is keyed by the workbook's address; each entry carries the values the pane
 * saw, and a replay never overwrites a number someone changed in the sheet since.
 */
export class TargetJournal {
  private memory: Record<string, JournalEntry>;

  constructor(
    private readonly store: JournalStore | null,
    private readonly key: string
  ) {
    this.memory = loadEntries(store, key);
  }

  /** Every unsaved edit, oldest first. */
  entries(): JournalEntry[] {
    return Object.values(this.read());
  }

  /** An edit typed: replaces the unsaved edit of its key; a new one expects the value the pane showed (`seen`). */
  record(edit: TargetEdit, seen: TargetRow | null | undefined): void {
    const all = this.read();
    const k = editKey(edit);
    all[k] = { edit, expected: all[k]?.expected ?? [valuesOf(seen)] };
    this.write(all);
  }

  /** Before a write: each target's own values are expected too (a write whose answer is lost may have gone in). */
  attempt(edits: readonly TargetEdit[]): void {
    const all = this.read();
    for (const e of edits) {
      const entry = all[editKey(e)];
      if (e.kind !== "target" || !entry) continue;
      const mine = valuesOf(e.row);
      if (!entry.expected.some((v) => v.deals === mine.deals && v.revenue === mine.revenue))
        all[editKey(e)] = { ...entry, expected: [...entry.expected, mine] };
    }
    this.write(all);
  }

  /**
   * After a write went through: its edits are done, unless a newer one was typed for the same key
   * meanwhile — that one stays, now expecting what the table holds after the write.
   */
  settle(edits: readonly TargetEdit[], table: readonly TargetRow[]): void {
    const all = this.read();
    for (const e of edits) {
      const k = editKey(e);
      const entry = all[k];
      if (!entry) continue;
      if (JSON.stringify(entry.edit) === JSON.stringify(e)) delete all[k];
      else if (e.kind === "target")
        all[k] = { ...entry, expected: [valuesOf(table.find((r) => targetKey(r) === targetKey(e.row)))] };
    }
    this.write(all);
  }

  private read(): Record<string, JournalEntry> {
    return { ...this.memory };
  }

  private write(all: Record<string, JournalEntry>): void {
    this.memory = all;
    try {
      if (Object.keys(all).length === 0) this.store?.removeItem(this.key);
      else this.store?.setItem(this.key, JSON.stringify(all));
    } catch {
      // Storage full or blocked: the edits are still saved from memory, they just can't outlast a reload.
    }
  }
}

/** The entries a previous session left, or none (nothing kept, or kept by a version that can't be read). */
function loadEntries(store: JournalStore | null, key: string): Record<string, JournalEntry> {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(key) ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return {};
    // Only entries of a shape this version writes: anything else can't be replayed safely.
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(([, e]) => isEntry(e))
    ) as Record<string, JournalEntry>;
  } catch {
    return {};
  }
}

function isEntry(e: unknown): e is JournalEntry {
  const entry = e as Partial<JournalEntry> | null;
  const kind = (entry?.edit as { kind?: unknown } | undefined)?.kind;
  return (
    typeof entry === "object" &&
    entry !== null &&
    Array.isArray(entry.expected) &&
    (kind === "target" || kind === "channels" || kind === "salespeople")
  );
}
