/** A refresh that many triggers (sheet edits, the minute timer) can ask for without a storm of reads. */
export interface Refresher {
  /** Asks for a refresh: triggers within `delayMs` of each other, or while one runs, become one more read. */
  request(): void;
  dispose(): void;
}

/**
 * Coalesces refresh requests: a burst of change events (a paste fires one per table, a user typing one
 * per cell) gives one read after a short quiet time, reads never overlap, and a request arriving during
 * a read gives exactly one more read after it.
 */
export function createRefresher(run: () => Promise<void>, delayMs = 250): Refresher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let disposed = false;
  const start = (): void => {
    timer = null;
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again && !disposed) {
          again = false;
          start();
        }
      });
  };
  return {
    request() {
      if (disposed || timer !== null) return;
      timer = setTimeout(start, delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
