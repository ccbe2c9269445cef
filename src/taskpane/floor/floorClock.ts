import { FLOOR_DEMO_TIME } from "../../demo/floorDemo";

const HHMM = /^(\d{1,2}):(\d{2})$/;

/**
 * The moment the board is pinned to, or null for the live clock. ?time=HH:MM pins it on asOf's day;
 * the preview (its page, or a pinned ?asOf=) defaults to the demo log's 3:30 PM so it always shows a
 * busy afternoon and its tests are stable. Inside Excel the board follows the real clock.
 * @example pinnedFloorTime("?asOf=2025-12-06&time=14:00", "/preview.html", 45997) // 45997.5833…
 */
export function pinnedFloorTime(search: string, pathname: string, asOf: number): number | null {
  const params = new URLSearchParams(search);
  const m = HHMM.exec(params.get("time") ?? "");
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h < 24 && min < 60) return asOf + (h * 60 + min) / 1440;
  }
  const preview = /preview\.html$/.test(pathname) || params.has("asOf");
  return preview ? asOf + FLOOR_DEMO_TIME : null;
}
