import { nowSerial } from "../../core/floor";
import type { TablesRead, WorkbookPort } from "../../excel/workbookPort";
import { FLOOR_TABLE_NAMES } from "./floorBoard";
import { createRefresher } from "./refresher";

/** One minute: the board's ages tick even when nobody edits the sheet. */
export const FLOOR_REFRESH_MS = 60_000;

/** What the feed reports: a fresh read of the Floor's tables with the clock, or why it failed. */
export type FloorFeedEvent =
  | { kind: "read"; tables: TablesRead; now: number }
  | { kind: "readFailed"; message: string }
  | { kind: "listenFailed"; message: string };

export interface FloorFeed {
  /** Asks for a read now (coalesced with any other). */
  refresh(): void;
  stop(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the Floor's tables fresh: one batched readTables of all of them per refresh — at start, on a
 * change to any of them (bursts coalesced, reads never overlapping) and every minute. `pinned` fixes
 * the clock (the preview); otherwise each read is stamped with the local time.
 */
export function startFloorFeed(
  port: WorkbookPort,
  pinned: number | null,
  report: (event: FloorFeedEvent) => void,
  options: { delayMs?: number; everyMs?: number } = {}
): FloorFeed {
  let live = true;
  let stopListening: (() => void) | null = null;
  const refresher = createRefresher(async () => {
    try {
      const tables = await port.readTables(FLOOR_TABLE_NAMES);
      if (live) report({ kind: "read", tables, now: pinned ?? nowSerial() });
    } catch (error) {
      if (live) report({ kind: "readFailed", message: messageOf(error) });
    }
  }, options.delayMs ?? 150);
  refresher.request();
  port
    .onTablesChanged(FLOOR_TABLE_NAMES, () => refresher.request())
    .then(
      (unsubscribe) => (live ? (stopListening = unsubscribe) : unsubscribe()),
      // The minute timer still refreshes the board; the pane says edits won't show at once.
      (error: unknown) => live && report({ kind: "listenFailed", message: messageOf(error) })
    );
  const timer = setInterval(() => refresher.request(), options.everyMs ?? FLOOR_REFRESH_MS);
  return {
    refresh: () => refresher.request(),
    stop() {
      live = false;
      clearInterval(timer);
      refresher.dispose();
      stopListening?.();
    },
  };
}
