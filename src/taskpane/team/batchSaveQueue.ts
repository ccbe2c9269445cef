import type { SaveStatus } from "../components/TargetField";

export interface BatchSaveQueueOptions<T> {
  /** Which edits replace each other: the last value typed for a key wins. */
  readonly keyOf: (value: T) => string;
  /** Quiet time after the last keystroke before saving the batch. */
  readonly delayMs?: number;
  /** First wait before retrying a failed save; doubles on each failure up to maxRetryMs. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  readonly onStatus: (status: SaveStatus) => void;
}

/**
 * Saves many fields typed in a burst as one batch, a little after the GSM stops typing. Saves
 * never overlap; for each field the last value typed is the one saved; a failed batch (Excel
 * busy, a cell being edited) is kept and retried with a growing wait until it succeeds, merged
 * with anything typed meanwhile — no keystroke is lost.
 */
export class BatchSaveQueue<T> {
  private pending = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly save: (values: readonly T[]) => Promise<void>,
    private readonly options: BatchSaveQueueOptions<T>
  ) {}

  /** A value typed: replaces the unsaved value of its key and restarts the quiet time. */
  push(value: T): void {
    this.pending.set(this.options.keyOf(value), value);
    this.schedule(this.options.delayMs ?? 500);
  }

  /** Values typed but not saved yet (the pane shows them over what the workbook holds). */
  unsaved(): T[] {
    return [...this.pending.values()];
  }

  /** Saves what is pending now (the pane closing); resolves when every queued save has run. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(() => this.saveOnce());
    return this.running;
  }

  /** Stops for good (the pane going away): nothing more is saved; what is pending stays unsaved. */
  dispose(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async saveOnce(): Promise<void> {
    if (this.pending.size === 0 || this.stopped) return;
    const batch = this.pending;
    this.pending = new Map();
    this.options.onStatus({ state: "saving" });
    try {
      await this.save([...batch.values()]);
      this.failures = 0;
      this.options.onStatus(this.pending.size > 0 ? { state: "saving" } : { state: "saved" });
    } catch (error) {
      // Put the batch back under anything typed since (newer values win) and try again later.
      for (const [k, v] of batch) if (!this.pending.has(k)) this.pending.set(k, v);
      this.failures++;
      this.options.onStatus({ state: "error", message: error instanceof Error ? error.message : String(error) });
      const wait = Math.min(
        (this.options.retryMs ?? 1000) * 2 ** (this.failures - 1),
        this.options.maxRetryMs ?? 30_000
      );
      if (!this.timer) this.schedule(wait);
    }
  }
}
