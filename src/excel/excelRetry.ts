/**
 * Runs an Excel batch, waiting out cell-edit mode and retrying while Excel is busy, so a GSM
 * typing in a cell never loses a save from the pane.
 */
const RETRYABLE = new Set(["InvalidOperationInCellEditMode", "ActivityLimitReached", "ServiceNotAvailable", "Busy"]);

export interface RetryOptions {
  readonly attempts?: number;
  readonly delayMs?: number;
  readonly wait?: (ms: number) => Promise<void>;
}

export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RetryOptions = {}
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const delayMs = options.delayMs ?? 400;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== "string" || !RETRYABLE.has(code)) throw error;
      await wait(delayMs * attempt);
    }
  }
}
