import { dateToSerial } from "./serial";

/** Today's serial in the user's local time zone — what =TODAY() shows on their machine. */
export function todaySerial(now: Date = new Date()): number {
  return dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
