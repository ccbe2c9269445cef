import { monthKey, monthStart, sellingDaysOfMonth } from "../core/calendar";
import { channelIdFor, type Channel, type TargetRow } from "../core/targets";
import { apportion } from "./apportion";
import { seasonality } from "./demandRhythm";
import { salesWeight } from "./roster";
import type { DemoDealership } from "./types";

/** A GSM budgets a little above what the month should bring: a stretch, not a fantasy. */
export const TARGET_STRETCH = 1.05;

/** A month's budget: the store's unit target and its split by salesperson and by lead source. */
export interface DemoTargets {
  readonly store: number;
  readonly salespeople: { name: string; target: number }[];
  readonly channels: { name: string; target: number }[];
}

/**
 * The budget a GSM would set for the month holding `monthSerial`: unitsPerMonth × the month's
 * seasonality × TARGET_STRETCH, in whole units, split by each salesperson's skill (prorated by the
 * selling days they are on staff, new hires at their ramp) and by the store's channel mix. Each
 * split sums exactly to the store target; people not on staff that month get no line.
 * @example demoTargets(generateDealership({ endDate: 45726 }), 45726).store // 139 = round(120 × 1.10 × 1.05)
 */
export function demoTargets(dealership: DemoDealership, monthSerial: number): DemoTargets {
  const month = monthStart(monthSerial);
  const store = Math.round(dealership.profile.unitsPerMonth * seasonality(month) * TARGET_STRETCH);

  const days = sellingDaysOfMonth(month, dealership.calendar);
  const onFloor = dealership.roster
    .map((person) => ({ name: person.name, weight: days.reduce((sum, d) => sum + salesWeight(person, d), 0) }))
    .filter((p) => p.weight > 0);
  const peopleTargets =
    onFloor.length > 0
      ? apportion(
          store,
          onFloor.map((p) => p.weight)
        )
      : [];
  const channelTargets = apportion(
    store,
    dealership.channelMix.map((c) => c.share)
  );

  return {
    store,
    salespeople: onFloor.map((p, i) => ({ name: p.name, target: peopleTargets[i] ?? 0 })),
    channels: dealership.channelMix.map((c, i) => ({ name: c.name, target: channelTargets[i] ?? 0 })),
  };
}

/** The demo store's channels with stable ids, as PacecarChannels holds them. */
export function demoChannels(dealership: DemoDealership): Channel[] {
  const out: Channel[] = [];
  for (const c of dealership.channelMix)
    out.push({
      id: channelIdFor(
        c.name,
        out.map((x) => x.id)
      ),
      name: c.name,
      activeFrom: "",
      retiredFrom: "",
    });
  return out;
}

/**
 * The month's targets as PacecarTargets lines: the store line, then each salesperson's target
 * split over the channels by the store's channel mix (whole deals, summing exactly to theirs).
 */
export function demoTargetRows(
  dealership: DemoDealership,
  monthSerial: number,
  channels: readonly Channel[] = demoChannels(dealership)
): TargetRow[] {
  const t = demoTargets(dealership, monthSerial);
  const month = monthKey(monthSerial);
  const rows: TargetRow[] = [{ month, salesperson: "", channelId: "", channel: "", deals: t.store, revenue: null }];
  const shares = dealership.channelMix.map((c) => c.share);
  for (const p of t.salespeople) {
    const split = apportion(p.target, shares);
    channels.forEach((c, i) =>
      rows.push({ month, salesperson: p.name, channelId: c.id, channel: c.name, deals: split[i] ?? 0, revenue: null })
    );
  }
  return rows;
}
