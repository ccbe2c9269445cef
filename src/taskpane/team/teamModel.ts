import { addMonths, dateToSerial, monthEnd, monthKey, storeCalendar, type StoreCalendar } from "../../core/calendar";
import { readDealLog } from "../../core/dealLog";
import { isSheetError } from "../../core/errors";
import {
  floorSalespeople,
  isChannelActive,
  isSalespersonActive,
  nameKey,
  withDealLogChannels,
  type Channel,
  type ProgressLine,
  type Salesperson,
  type TargetRow,
  type TeamDeal,
} from "../../core/targets";
import type { WorkbookSnapshot } from "../../excel/workbookPort";
import { formatChance, formatPercent, formatUnits } from "../format";

/** What the Team view reads once per snapshot: the deals, the store calendar, the channels the log names. */
export interface TeamBase {
  readonly asOf: number;
  readonly deals: readonly TeamDeal[];
  readonly calendar: StoreCalendar;
  /** Lead sources of the deals of the last year, as the log spells them. */
  readonly dealChannels: readonly string[];
  readonly dealLogSource: string;
}

/** Reads the snapshot's deal log (with the GSM's confirmed columns when mapped); a problem in plain words otherwise. */
export function teamBase(snapshot: WorkbookSnapshot, asOf: number): TeamBase | { readonly problem: string } {
  if (!snapshot.dealLog)
    return {
      problem:
        "No deal log found. Choose the table or range that holds it (an address like 'DMS Export'!A1:M5000, a sheet's name or a named range), or add your DMS export as an Excel table named Deals.",
    };
  const log = readDealLog(snapshot.dealLog.rows, { columns: snapshot.dealLogMapping?.columns ?? {} });
  if (isSheetError(log)) return { problem: `${snapshot.dealLog.source}: ${log.message}` };
  const calendar = storeCalendar(null, [snapshot.holidays]);
  if (isSheetError(calendar)) return { problem: calendar.message };
  const recent = new Map<string, string>();
  for (const d of log.deals)
    if (d.soldDate > asOf - 366 && d.soldDate < asOf + 1 && d.channel.trim() !== "")
      recent.set(nameKey(d.channel), d.channel.trim());
  return {
    asOf,
    deals: log.deals.map((d) => ({ soldDate: d.soldDate, salesperson: d.salesperson, channel: d.channel })),
    calendar,
    dealChannels: [...recent.values()],
    dealLogSource: snapshot.dealLog.source,
  };
}

/** The months the picker offers: two back, the current one, two ahead (planning next month). */
export function pickerMonths(asOf: number): string[] {
  return [-2, -1, 0, 1, 2].map((k) => monthKey(addMonths(asOf, k)));
}

/** The day a month is seen from: as-of for the current month, its last day for a past one, as-of for a future one. */
export function monthAsOf(month: string, asOf: number): number {
  if (month >= monthKey(asOf)) return asOf;
  const [y, m] = month.split("-").map(Number);
  return monthEnd(dateToSerial(y ?? 1900, m ?? 1, 1));
}

/** The channels of the grid for a month: the table's that are active then, plus any the deal log names that the table lacks. */
export function gridChannels(
  channels: readonly Channel[],
  base: TeamBase,
  rows: readonly TargetRow[],
  month: string
): Channel[] {
  return withDealLogChannels(channels, base.dealChannels, month, rows).filter((c) => isChannelActive(c, month));
}

/** The salespeople of the grid for a month: those on the floor then (or with a target), plus any the GSM added. */
export function gridSalespeople(
  base: TeamBase,
  rows: readonly TargetRow[],
  month: string,
  added: readonly string[]
): string[] {
  const people = floorSalespeople(base.deals, rows, monthAsOf(month, base.asOf), month);
  for (const a of added) if (!people.some((p) => nameKey(p) === nameKey(a))) people.push(a);
  return people;
}

/** The grid's salespeople for a month: those not retired by then. */
export function activeSalespeople(names: readonly string[], kept: readonly Salesperson[], month: string): string[] {
  const retired = new Set(kept.filter((p) => !isSalespersonActive(p, month)).map((p) => nameKey(p.name)));
  return names.filter((n) => !retired.has(nameKey(n)));
}

/** Setup's list: everyone on the floor this month plus everyone retired (to bring back), by name. */
export function setupSalespeople(
  names: readonly string[],
  kept: readonly Salesperson[],
  month: string
): { readonly name: string; readonly retired: boolean }[] {
  const out = new Map<string, { name: string; retired: boolean }>();
  for (const n of names) out.set(nameKey(n), { name: n, retired: false });
  for (const p of kept) if (!isSalespersonActive(p, month)) out.set(nameKey(p.name), { name: p.name, retired: true });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A target typed in a box: null when empty, the number when it is one ≥ 0 ("1,200" and "$1,200" too), "invalid" otherwise. */
export function parseTargetText(text: string): number | null | "invalid" {
  const clean = text.replace(/[,\s$]/g, "");
  if (clean === "") return null;
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? n : "invalid";
}

/** A number as the box shows it (no grouping, so it reads back as typed). */
export function targetText(n: number | null): string {
  return n === null ? "" : String(n);
}

/** One line's figures in words: deals of target, pace, projected finish and the chance of making it. */
export function lineDetail(line: ProgressLine): string {
  if (line.target === null)
    return `${formatUnits(line.mtd)} deals · no target · projected ${formatUnits(line.projected)}`;
  const projected =
    line.projected === null
      ? ""
      : ` · projected ${formatUnits(line.projected)}${line.projectedMethod === "trend" ? " (trend)" : ""}`;
  const chance = line.probReach === null ? "" : ` · ${formatChance(line.probReach)} chance`;
  return `${formatUnits(line.mtd)} of ${formatUnits(line.target)} · pace ${formatPercent(line.pace)}${projected}${chance}`;
}
