import { useCallback, useEffect, useRef, useState } from "react";
import type { SaveStatus } from "./components/TargetField";

/**
 * Saves the latest value a little after the GSM stops typing. Saves never overlap and the last
 * value typed is always the one that ends up saved; a failed save says so and keeps the value.
 */
export function useSaveAsYouType<T>(save: (value: T) => Promise<void>, delayMs = 400): { status: SaveStatus; push: (value: T) => void } {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    timer.current = null;
    running.current = running.current.then(async () => {
      const next = pending.current;
      if (!next) return;
      pending.current = null;
      setStatus({ state: "saving" });
      try {
        await save(next.value);
        setStatus(pending.current ? { state: "saving" } : { state: "saved" });
      } catch (error) {
        // Keep the value queued so the next keystroke (or the flush on unmount) retries it.
        if (!pending.current) pending.current = next;
        setStatus({ state: "error", message: error instanceof Error ? error.message : String(error) });
      }
    });
  }, [save]);

  const push = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  // Closing the pane mid-typing still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        flush();
      }
    },
    [flush],
  );

  return { status, push };
}
