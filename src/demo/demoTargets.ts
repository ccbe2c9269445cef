import { monthStart, sellingDaysOfMonth } from "../core/calendar";
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
  const peopleTargets = onFloor.length > 0 ? apportion(store, onFloor.map((p) => p.weight)) : [];
  const channelTargets = apportion(store, dealership.channelMix.map((c) => c.share));

  return {
    store,
    salespeople: onFloor.map((p, i) => ({ name: p.name, target: peopleTargets[i] ?? 0 })),
    channels: dealership.channelMix.map((c, i) => ({ name: c.name, target: channelTargets[i] ?? 0 })),
  };
}
