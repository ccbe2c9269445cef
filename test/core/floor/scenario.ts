import { readEventLog, stageResolver, type EventLog, type EventRow } from "../../../src/core/floor";
import { at } from "./clock";

/** An event written as a test reads it: deal, stage name, "hh:mm" on 12/6/2025 (or a day later with +1), or a raw cell. */
export type Ev = readonly [deal: string, stage: string, time: string | number, dayOffset?: number];

/** The log of events given in the table's shorthand (times as serials). */
export function logOf(events: readonly Ev[]): EventLog {
  const rows: EventRow[] = events.map(([deal, stage, time, day]) => ({
    deal,
    stage,
    time: typeof time === "string" && /^\d{1,2}:\d{2}$/.test(time) ? at(time, day ?? 0) : time,
  }));
  return readEventLog(rows, stageResolver());
}

/** Four deals at 3 PM on a Saturday, worked by hand in flowSummary.test.ts. */
export const AFTERNOON: readonly Ev[] = [
  ["D1", "Up", "12:00"],
  ["D1", "Test drive", "12:10"],
  ["D1", "Write-up", "12:40"],
  ["D1", "Waiting for F&I", "13:00"],
  ["D1", "In F&I", "13:20"],
  ["D1", "Delivered", "14:10"],
  ["D2", "Up", "13:00"],
  ["D2", "Test drive", "13:20"],
  ["D2", "Write-up", "13:50"],
  ["D2", "T.O.", "14:00"],
  ["D2", "Waiting for F&I", "14:10"],
  ["D3", "Up", "14:30"],
  ["D4", "Up", "12:30"],
  ["D4", "Write-up", "12:50"],
  ["D4", "Waiting for F&I", "13:10"],
  ["D4", "In F&I", "13:40"],
];
