import type { Random } from "./random";
import type { DemoChannelShare } from "./types";

/** Lead sources as a CRM reports them, with a typical franchise store's share of sold deals. */
export const TYPICAL_CHANNEL_MIX: readonly DemoChannelShare[] = [
  { name: "Walk-in", share: 0.26 },
  { name: "Internet", share: 0.36 },
  { name: "Phone", share: 0.08 },
  { name: "Referral", share: 0.09 },
  { name: "Repeat", share: 0.12 },
  { name: "Service Drive", share: 0.09 },
];

/** Front gross shifts by lead source: internet shoppers compare prices, loyal customers negotiate less. */
export const CHANNEL_FRONT_ADJUSTMENT: Readonly<Record<string, number>> = {
  "Walk-in": 100,
  Internet: -300,
  Phone: 0,
  Referral: 200,
  Repeat: 200,
  "Service Drive": 100,
};

/** One store's mix: the typical one with each share nudged (±15% or so), renormalised to sum to 1. */
export function storeChannelMix(random: Random): DemoChannelShare[] {
  const raw = TYPICAL_CHANNEL_MIX.map((c) => c.share * random.lognormalMeanOne(0.15));
  const total = raw.reduce((a, b) => a + b, 0);
  return TYPICAL_CHANNEL_MIX.map((c, i) => ({ name: c.name, share: (raw[i] ?? 0) / total }));
}
