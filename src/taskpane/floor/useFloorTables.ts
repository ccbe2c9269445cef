import { useCallback, useEffect, useMemo, useState } from "react";
import { nowSerial } from "../../core/flow";
import type { TablesRead, WorkbookPort } from "../../excel/workbookPort";
import { FLOOR_TABLE_NAMES } from "./floorBoard";
import { createRefresher } from "./refresher";

/** One minute: the board's ages tick even when nobody edits the sheet. */
export const FLOOR_REFRESH_MS = 60_000;

export type FloorLoad = { state: "loading" } | { state: "ready"; tables: TablesRead; now: number; readError?: string } | { state: "failed"; message: string };

/**
 * The Floor's tables and clock, kept fresh: one batched read of all its tables per refresh, on a change
 * to any of them (coalesced, see createRefresher) and every minute. `pinned` fixes the clock (the preview).
 */
export function useFloorTables(port: WorkbookPort, pinned: number | null): { load: FloorLoad; refresh: () => void; listenError: string | null } {
  const [load, setLoad] = useState<FloorLoad>({ state: "loading" });
  const [listenError, setListenError] = useState<string | null>(null);
  const refresher = useMemo(
    () =>
      createRefresher(async () => {
        try {
          const tables = await port.readTables(FLOOR_TABLE_NAMES);
          setLoad({ state: "ready", tables, now: pinned ?? nowSerial() });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // Keep showing the last board, and say the latest read failed.
          setLoad((prev) => (prev.state === "ready" ? { ...prev, readError: message } : { state: "failed", message }));
        }
      }, 150),
    [port, pinned],
  );
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    refresher.request();
    port.onTablesChanged(FLOOR_TABLE_NAMES, () => refresher.request()).then(
      (unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()),
      // The minute timer still refreshes the board; say that edits won't show at once.
      (error: unknown) => live && setListenError(error instanceof Error ? error.message : String(error)),
    );
    const timer = setInterval(() => refresher.request(), FLOOR_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
      refresher.dispose();
      stop?.();
    };
  }, [port, refresher]);
  const refresh = useCallback(() => refresher.request(), [refresher]);
  return { load, refresh, listenError };
}
