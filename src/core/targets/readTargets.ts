import { monthKey } from "../calendar";
import { headerKey, parseNumberText } from "../dealLog";
import { channelIdFor, CHANNEL_COLUMNS, type Channel } from "./channels";
import { nameKey, TARGET_COLUMNS, type TargetRow } from "./targetRow";

type Rows = readonly (readonly unknown[])[];

/** The targets and channels a workbook holds, and whether the targets were in the old layout. */
export interface TargetsRead {
  readonly rows: TargetRow[];
  readonly channels: Channel[];
  /** True when PacecarTargets still had the old Month | Scope | Name | Target columns: the next write moves it to the new layout. */
  readonly legacy: boolean;
}

/** A month cell: "2025-03" text, or a date typed by hand (a serial). */
function monthOf(cell: unknown): string | null {
  if (typeof cell === "number" && cell >= 1) return monthKey(cell);
  const text = typeof cell === "string" ? cell.trim() : "";
  const m = /^(\d{4})-(\d{1,2})$/.exec(text);
  return m ? `${m[1] ?? ""}-${(m[2] ?? "").padStart(2, "0")}` : null;
}

/** A target cell: a number ≥ 0, text read as the deal log's money text is, or null (blank, negative, not a number). */
function amountOf(cell: unknown): number | null {
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && cell.trim() !== "" ? parseNumberText(cell) : null;
  return n === null || !Number.isFinite(n) || n < 0 ? null : n;
}

const text = (cell: unknown): string =>
  typeof cell === "string" ? cell.trim().replace(/\s+/g, " ") : typeof cell === "number" ? String(cell) : "";

/** Column index of each name in a header row (compared as deal log headers are), -1 when missing. */
function columnsOf(header: readonly unknown[], names: readonly string[]): number[] {
  const keys = header.map((h) => (typeof h === "string" ? headerKey(h) : ""));
  return names.map((n) => keys.indexOf(headerKey(n)));
}

/** Reads a PacecarChannels table (header first); rows without an id or name are skipped. */
export function readChannelsTable(rows: Rows | null): Channel[] {
  if (!rows || rows.length === 0) return [];
  const [id, name, from, retired] = columnsOf(rows[0] ?? [], CHANNEL_COLUMNS);
  const out: Channel[] = [];
  for (const r of rows.slice(1)) {
    const c = {
      id: text(r[id ?? -1]),
      name: text(r[name ?? -1]),
      activeFrom: monthOf(r[from ?? -1]) ?? "",
      retiredFrom: monthOf(r[retired ?? -1]) ?? "",
    };
    if (c.id !== "" && c.name !== "" && !out.some((o) => o.id.toLowerCase() === c.id.toLowerCase())) out.push(c);
  }
  return out;
}

/**
 * Reads PacecarTargets (header first) and PacecarChannels. A GSM may have edited them by hand: a
 * month typed as a date, a number typed as text; rows that make no sense are skipped. The old
 * layout (Month | Scope | Name | Target) is read too: Store rows become the store line, Salesperson
 * rows a salesperson's all-channels target, Channel rows a channel-wide target (the channel added
 * to the channels when missing), so no target a GSM typed before is lost.
 */
export function readTargetsTable(targetRows: Rows | null, channelRows: Rows | null = null): TargetsRead {
  const channels = readChannelsTable(channelRows);
  if (!targetRows || targetRows.length === 0) return { rows: [], channels, legacy: false };
  const header = targetRows[0] ?? [];
  const body = targetRows.slice(1);
  const [scopeCol] = columnsOf(header, ["Scope"]);
  if (scopeCol !== undefined && scopeCol >= 0) return readLegacy(header, body, channels);

  const [m, sp, id, ch, deals, revenue] = columnsOf(header, TARGET_COLUMNS);
  const byId = new Map(channels.map((c) => [c.id.toLowerCase(), c]));
  const out: TargetRow[] = [];
  for (const r of body) {
    const month = monthOf(r[m ?? -1]);
    const row = {
      month: month ?? "",
      salesperson: text(r[sp ?? -1]),
      channelId: text(r[id ?? -1]),
      channel: text(r[ch ?? -1]),
      deals: amountOf(r[deals ?? -1]),
      revenue: amountOf(r[revenue ?? -1]),
    };
    if (month === null || (row.deals === null && row.revenue === null)) continue;
    // A channel typed by name only (no id) is matched to the channel of that name.
    if (row.channelId === "" && row.channel !== "") {
      const found = channels.find((c) => nameKey(c.name) === nameKey(row.channel));
      if (found) row.channelId = found.id;
      else continue;
    }
    if (row.channel === "" && row.channelId !== "")
      row.channel = byId.get(row.channelId.toLowerCase())?.name ?? row.channelId;
    out.push(row);
  }
  return { rows: out, channels, legacy: false };
}

function readLegacy(header: readonly unknown[], body: Rows, known: readonly Channel[]): TargetsRead {
  const [m, scope, name, target] = columnsOf(header, ["Month", "Scope", "Name", "Target"]);
  const channels = [...known];
  const out: TargetRow[] = [];
  for (const r of body) {
    const month = monthOf(r[m ?? -1]);
    const s = text(r[scope ?? -1]).toLowerCase();
    const who = text(r[name ?? -1]);
    const deals = amountOf(r[target ?? -1]);
    if (month === null || deals === null) continue;
    if (s === "store") out.push({ month, salesperson: "", channelId: "", channel: "", deals, revenue: null });
    else if (s === "salesperson" && who !== "")
      out.push({ month, salesperson: who, channelId: "", channel: "", deals, revenue: null });
    else if (s === "channel" && who !== "") {
      let c = channels.find((x) => nameKey(x.name) === nameKey(who));
      if (!c) {
        c = {
          id: channelIdFor(
            who,
            channels.map((x) => x.id)
          ),
          name: who,
          activeFrom: "",
          retiredFrom: "",
        };
        channels.push(c);
      }
      out.push({ month, salesperson: "", channelId: c.id, channel: c.name, deals, revenue: null });
    }
  }
  return { rows: out, channels, legacy: true };
}
