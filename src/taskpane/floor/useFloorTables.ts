import { useCallback, useEffect, useRef, useState } from "react";
import type { TablesRead, WorkbookPort } from "../../excel/workbookPort";
import { startFloorFeed, type FloorFeed } from "./floorFeed";

export type FloorLoad =
  | { state: "loading" }
  | { state: "ready"; tables: TablesRead; now: number; readError?: string }
  | { state: "failed"; message: string };

/** The Floor's tables and clock for a component's lifetime (see startFloorFeed). */
export function useFloorTables(
  port: WorkbookPort,
  pinned: number | null
): { load: FloorLoad; refresh: () => void; listenError: string | null } {
  const [load, setLoad] = useState<FloorLoad>({ state: "loading" });
  const [listenError, setListenError] = useState<string | null>(null);
  const feed = useRef<FloorFeed | null>(null);
  useEffect(() => {
    const f = startFloorFeed(port, pinned, (event) => {
      if (event.kind === "read") setLoad({ state: "ready", tables: event.tables, now: event.now });
      else if (event.kind === "listenFailed") setListenError(event.message);
      // Keep showing the last board, and say the latest read failed.
      else
        setLoad((prev) =>
          prev.state === "ready" ? { ...prev, readError: event.message } : { state: "failed", message: event.message }
        );
    });
    feed.current = f;
    return () => f.stop();
  }, [port, pinned]);
  const refresh = useCallback(() => feed.current?.refresh(), []);
  return { load, refresh, listenError };
}
