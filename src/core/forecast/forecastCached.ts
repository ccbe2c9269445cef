import { type SheetError } from "../errors";
import { calendarFingerprint, numbersFingerprint } from "./fingerprint";
import { forecastMonthEnd } from "./forecastMonthEnd";
import type { ForecastInput, MonthForecast } from "./types";

const CACHE_SIZE = 32;
const cache = new Map<string, MonthForecast | SheetError>();

/** The cache key of a forecast input: lengths and rolling hashes of its ranges, asOf's day and the calendar. */
export function forecastKey(input: ForecastInput): string {
  return [
    numbersFingerprint(input.dealDates),
    numbersFingerprint(input.values),
    numbersFingerprint(input.reference),
    String(Number.isFinite(input.asOf) ? Math.floor(input.asOf) : input.asOf),
    calendarFingerprint(input.calendar),
  ].join("|");
}

/**
 * forecastMonthEnd, memoised on a fingerprint of its inputs: the many cells of a sheet that
 * project the same range (p10, p50, p90, PROB_REACH of several targets) fit it once.
 * Keeps the 32 most recently used results.
 */
export function forecastCached(input: ForecastInput): MonthForecast | SheetError {
  const key = forecastKey(input);
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-insert: the Map's order is the recency order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = forecastMonthEnd(input);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

/** Empties the forecast cache (tests, or after the deal log is replaced). */
export function clearForecastCache(): void {
  cache.clear();
}
