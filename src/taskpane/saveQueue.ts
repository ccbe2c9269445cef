import type { SaveStatus } from "./components/TargetField";

export interface SaveQueueOptions {
  /** Quiet time after the last keystroke before saving. */
  readonly delayMs?: number;
  /** Wait before trying a failed save again. */
  readonly retryMs?: number;
  readonly onStatus: (status: SaveStatus) => void;
}

/**
 * Saves the latest value a little after the GSM stops typing. Saves never overlap, the last value
 * typed is always the one that ends up saved, and a failed save is retried until it succeeds or a
 * newer value replaces it — what was typed is never dropped.
 */
export class SaveQueue<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly options: SaveQueueOptions,
  ) {}

  /** A new value typed: replaces any unsaved one and restarts the quiet time. */
  push(value: T): void {
    this.pending = { value };
    this.schedule(this.options.delayMs ?? 400);
  }

  /** Saves what is pending now (the pane closing); resolves when every queued save has run. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(() => this.saveOnce());
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async saveOnce(): Promise<void> {
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    this.options.onStatus({ state: "saving" });
    try {
      await this.save(next.value);
      this.options.onStatus(this.pending ? { state: "saving" } : { state: "saved" });
    } catch (error) {
      // Keep the value unless a newer one arrived meanwhile, and try again shortly.
      if (!this.pending) this.pending = next;
      this.options.onStatus({ state: "error", message: error instanceof Error ? error.message : String(error) });
      if (!this.timer) this.schedule(this.options.retryMs ?? 3000);
    }
  }
}
