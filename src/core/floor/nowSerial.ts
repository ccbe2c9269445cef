import { todaySerial } from "../calendar";

/** The local date and time as an Excel serial with a fraction — what =NOW() shows on this machine. */
export function nowSerial(now: Date = new Date()): number {
  return todaySerial(now) + (now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()) / 86400;
}
