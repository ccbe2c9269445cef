import { sheetError, type SheetError } from "../errors";
import { minutesBetween } from "./eventTime";

/**
 * Minutes from start to end, or to asOf while the stage is open (end null). Bare times of day
 * (below 1) are on the same day as the other time stamp (or asOf).
 * Errors: end (or asOf) before start → #NUM! flowEndBeforeStart.
 * @example stageMinutes(46001.5, 46001.5 + 45 / 1440, 0) // 45
 */
export function stageMinutes(start: number, end: number | null, asOf: number): number | SheetError {
  const stop = end ?? asOf;
  let from = start;
  let to = stop;
  if (from < 1 && to >= 1) from += Math.floor(to);
  else if (to < 1 && from >= 1) to += Math.floor(from);
  const minutes = minutesBetween(from, to);
  return minutes < 0 ? sheetError("num", end === null ? "flowAsOfBeforeStart" : "flowEndBeforeStart") : minutes;
}
