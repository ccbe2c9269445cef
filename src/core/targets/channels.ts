import { nameKey } from "./targetRow";

/**
 * A sales channel (lead source) with a stable id: targets point at the id, so renaming the
 * channel keeps them. `activeFrom`/`retiredFrom` are months ("2025-03"); "" means always / never.
 */
export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly activeFrom: string;
  readonly retiredFrom: string;
}

export const CHANNELS_TABLE_NAME = "PacecarChannels";
export const CHANNEL_COLUMNS = ["ID", "Name", "Active From", "Retired From"] as const;

/**
 * A new id for a channel named `name`: its name in lower case with dashes, made unique among
 * `taken` ("internet", "internet-2"). Ids never change afterwards.
 * @example channelIdFor("Service Drive", []) // "service-drive"
 */
export function channelIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "channel";
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${String(n)}`)) return `${base}-${String(n)}`;
}

/** Whether the channel takes targets in `month`. */
export function isChannelActive(channel: Channel, month: string): boolean {
  return (
    (channel.activeFrom === "" || channel.activeFrom <= month) &&
    (channel.retiredFrom === "" || channel.retiredFrom > month)
  );
}

/** The channel a deal log name belongs to: by current name first, then by names targets were written under (renamed channels). */
export function channelResolver(
  channels: readonly Channel[],
  formerNames: readonly { channelId: string; channel: string }[] = []
): (name: string) => Channel | null {
  const byName = new Map<string, Channel>();
  const byId = new Map(channels.map((c) => [c.id.toLowerCase(), c]));
  for (const f of formerNames) {
    const c = byId.get(f.channelId.toLowerCase());
    if (c && f.channel.trim() !== "") byName.set(nameKey(f.channel), c);
  }
  // Current names win over former ones: set last.
  for (const c of channels) byName.set(nameKey(c.name), c);
  return (name) => byName.get(nameKey(name)) ?? null;
}

/**
 * The channels of the table plus those found in the deal log that it lacks (new ones get an id
 * and become active from `month`). Order: the table's, then the new ones by name.
 */
export function withDealLogChannels(
  channels: readonly Channel[],
  dealChannels: readonly string[],
  month: string,
  formerNames: readonly { channelId: string; channel: string }[] = []
): Channel[] {
  const resolve = channelResolver(channels, formerNames);
  const out = [...channels];
  // The first spelling the log uses names the channel; new ones are listed by name.
  const found = new Map<string, string>();
  for (const name of dealChannels) {
    const clean = name.trim().replace(/\s+/g, " ");
    if (clean !== "" && !resolve(clean) && !found.has(nameKey(clean))) found.set(nameKey(clean), clean);
  }
  for (const clean of [...found.values()].sort((a, b) => a.localeCompare(b))) {
    out.push({
      id: channelIdFor(
        clean,
        out.map((c) => c.id)
      ),
      name: clean,
      activeFrom: month,
      retiredFrom: "",
    });
  }
  return out;
}

/** Renames a channel; its id (and so every target on it) stays. */
export function renameChannel(channels: readonly Channel[], id: string, name: string): Channel[] {
  return channels.map((c) => (c.id === id ? { ...c, name: name.trim() } : c));
}

/** Retires a channel from `month` on: it no longer takes targets; earlier months keep theirs. */
export function retireChannel(channels: readonly Channel[], id: string, month: string): Channel[] {
  return channels.map((c) => (c.id === id ? { ...c, retiredFrom: month } : c));
}

/** Adds a channel active from `month` (a new name; an existing name is returned as is). */
export function addChannel(channels: readonly Channel[], name: string, month: string): Channel[] {
  const clean = name.trim().replace(/\s+/g, " ");
  if (clean === "" || channels.some((c) => nameKey(c.name) === nameKey(clean))) return [...channels];
  return [
    ...channels,
    {
      id: channelIdFor(
        clean,
        channels.map((c) => c.id)
      ),
      name: clean,
      activeFrom: month,
      retiredFrom: "",
    },
  ];
}

/** A channel as the table's cells, in CHANNEL_COLUMNS order. */
export function channelCells(c: Channel): string[] {
  return [c.id, c.name, c.activeFrom, c.retiredFrom];
}
