import { CHANNEL_FRONT_ADJUSTMENT } from "./channels";
import type { Random } from "./random";

/** Front and back gross of one deal, whole dollars. */
export interface DealGross {
  readonly frontGross: number;
  readonly backGross: number;
}

/**
 * Centre and sd of front gross by vehicle type before the lead-source and push adjustments, which
 * bring the log's means to about $1,200 new and $2,000 used: used units carry more margin.
 */
export const FRONT_GROSS = { New: { mean: 1275, sd: 1300 }, Used: { mean: 2075, sd: 1500 } } as const;
/** No deal loses more than this up front (a demo, or a unit sold to hit a number). */
export const FRONT_GROSS_FLOOR = -2500;
/** Share of deals with no F&I product (cash, or the customer declined everything). */
export const BACK_GROSS_ZERO_SHARE = 0.28;
/** Mean F&I gross over all deals, zeros included (F&I PVR). */
export const BACK_GROSS_MEAN = 1800;
const BACK_GROSS_SHAPE = 2.5;
/** Front gross given up per unit of push on a push day: deals made to hit the number. */
export const PUSH_FRONT_DISCOUNT = 250;

/**
 * Draws a deal's gross. `pushLift` is the extra intensity of the day's month-end push (0 off push days).
 */
export function drawDealGross(random: Random, newUsed: "New" | "Used", channel: string, pushLift: number): DealGross {
  const front = FRONT_GROSS[newUsed];
  const mean = front.mean + (CHANNEL_FRONT_ADJUSTMENT[channel] ?? 0) - PUSH_FRONT_DISCOUNT * pushLift;
  const frontGross = Math.max(FRONT_GROSS_FLOOR, dollars(mean + front.sd * random.normal()));
  const sold = random.next() >= BACK_GROSS_ZERO_SHARE;
  // Given a product sold, the gamma's mean makes the overall mean BACK_GROSS_MEAN.
  const soldMean = BACK_GROSS_MEAN / (1 - BACK_GROSS_ZERO_SHARE);
  const backGross = sold ? dollars((random.gamma(BACK_GROSS_SHAPE) * soldMean) / BACK_GROSS_SHAPE) : 0;
  return { frontGross, backGross };
}

// + 0 turns Math.round's -0 into 0, which a cell shows as 0 and equality checks treat as 0.
function dollars(x: number): number {
  return Math.round(x) + 0;
}
