import { dateToSerial } from "../../../src/core/calendar";

/** Saturday 12/6/2025 (serial 45997) at hh:mm, worked by hand: DATE(2025,12,6) + (h·60 + m)/1440. */
export const SAT = dateToSerial(2025, 12, 6);

/** The serial of a clock time on 12/6/2025 ("14:05"), or on another day with dayOffset. */
export function at(hhmm: string, dayOffset = 0): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return SAT + dayOffset + (h * 60 + m) / 1440;
}
