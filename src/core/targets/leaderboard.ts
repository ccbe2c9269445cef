import { paceByDay, type PaceDay } from "../forecast";
import { isSheetError } from "../errors";
import type { StoreCalendar } from "../calendar";
import type { ProgressLine } from "./teamProgress";

/** A place on the leaderboard. */
export interface LeaderboardPlace {
  readonly rank: number;
  readonly line: ProgressLine;
}

/**
 * Salespeople ranked by progress against their target (pace: deals ÷ deals expected by today),
 * ties by deals so far then name; those without a target (or before the first selling day) last.
 */
export function leaderboard(lines: readonly ProgressLine[]): LeaderboardPlace[] {
  const sorted = [...lines].sort((a, b) => {
    if (a.pace === null || b.pace === null)
      return (a.pace === null ? 1 : 0) - (b.pace === null ? 1 : 0) || b.mtd - a.mtd || a.label.localeCompare(b.label);
    return b.pace - a.pace || b.mtd - a.mtd || a.label.localeCompare(b.label);
  });
  return sorted.map((line, i) => ({ rank: i + 1, line }));
}

/** Someone in the red: how far short of today's pace, and since which day. */
export interface BehindEntry {
  readonly line: ProgressLine;
  /** Deals short of today's expected pace, rounded up (you can't sell part of a car). */
  readonly dealsShort: number;
  /** First day of the current run of days behind pace (serial), or null when unknown. */
  readonly behindSince: number | null;
}

/** The first day of the run of days behind pace that reaches the last day, or null when the last day is on pace. */
export function behindSince(days: readonly PaceDay[]): number | null {
  let since: number | null = null;
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i];
    if (!d || d.ahead) break;
    since = d.date;
  }
  return since;
}

/**
 * "Who's behind?": salespeople in the red, most deals short first, each with the day their
 * current run behind pace began (from the daily pace, the candles).
 */
export function whoIsBehind(
  lines: readonly ProgressLine[],
  datesOf: (salesperson: string) => readonly number[],
  asOf: number,
  calendar: StoreCalendar
): BehindEntry[] {
  return lines
    .filter((l) => l.status === "behind" && l.target !== null)
    .map((line) => {
      const days = paceByDay(datesOf(line.salesperson), line.target ?? 0, asOf, calendar);
      return {
        line,
        dealsShort: Math.ceil(line.shortOfPace - 1e-9),
        behindSince: isSheetError(days) ? null : behindSince(days),
      };
    })
    .sort((a, b) => b.line.shortOfPace - a.line.shortOfPace || a.line.label.localeCompare(b.line.label));
}
