import { isSheetError, type SheetError } from "../errors";
import { cellsFingerprint } from "./cellsFingerprint";
import { eventColumns, readStageAliases } from "./flowArgs";
import { readEventLog, type EventLog } from "./eventLog";
import { stageResolver } from "./stages";

const CACHE_SIZE = 16;
const cache = new Map<string, EventLog | SheetError>();

/**
 * The event log of three parallel ranges (and the store's own stage names), read once per distinct
 * input: FLOW_SUMMARY and BOTTLENECKS are volatile and recalculate every minute over the same log,
 * and a fingerprint of the cells is far cheaper than parsing their text time stamps again.
 * Keeps the 16 most recently used logs.
 */
export function eventLogCached(
  dealIds: unknown,
  stages: unknown,
  times: unknown,
  stageNames: unknown
): EventLog | SheetError {
  const key = cellsFingerprint([dealIds, stages, times, stageNames]);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = readColumns(dealIds, stages, times, stageNames);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

function readColumns(dealIds: unknown, stages: unknown, times: unknown, stageNames: unknown): EventLog | SheetError {
  const aliases = readStageAliases(stageNames);
  if (isSheetError(aliases)) return aliases;
  const rows = eventColumns(dealIds, stages, times);
  if (isSheetError(rows)) return rows;
  return readEventLog(rows, stageResolver(aliases));
}

/** Empties the cache (tests). */
export function clearEventLogCache(): void {
  cache.clear();
}
