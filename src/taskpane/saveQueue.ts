import type { SaveStatus } from "./components/TargetField";
import { BatchSaveQueue } from "./team/batchSaveQueue";

export interface SaveQueueOptions {
  /** Quiet time after the last keystroke before saving. */
  readonly delayMs?: number;
  /** Wait before trying a failed save again. */
  readonly retryMs?: number;
  readonly onStatus: (status: SaveStatus) => void;
}

/**
 * Saves the latest value of one field a little after the GSM stops typing: a batch queue with a
 * single key, so saves never overlap, the last value typed is the one saved, and a failed save is
 * retried (every retryMs) until it succeeds or a newer value replaces it.
 */
export class SaveQueue<T> {
  private readonly batch: BatchSaveQueue<T>;

  constructor(save: (value: T) => Promise<void>, options: SaveQueueOptions) {
    const retryMs = options.retryMs ?? 3000;
    this.batch = new BatchSaveQueue<T>((values) => save(values[values.length - 1] as T), {
      keyOf: () => "value",
      delayMs: options.delayMs ?? 400,
      retryMs,
      maxRetryMs: retryMs,
      onStatus: options.onStatus,
    });
  }

  /** A new value typed: replaces any unsaved one and restarts the quiet time. */
  push(value: T): void {
    this.batch.push(value);
  }

  /** Saves what is pending now (the pane closing); resolves when every queued save has run. */
  flush(): Promise<void> {
    return this.batch.flush();
  }
}
