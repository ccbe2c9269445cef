import { serialToDate } from "../core/calendar";
import { cumulativeWeights, type Random } from "./random";

/** A nameplate the demo store sells, its share of new units, and whether it counts as a truck. */
export interface Nameplate {
  readonly name: string;
  readonly share: number;
  readonly truck: boolean;
}

/**
 * The demo store's new-vehicle line-up (one brand), with shares like a Chevrolet store's:
 * pickups about 37% of new units, the rest SUVs and a sedan.
 */
export const NEW_LINEUP: readonly Nameplate[] = [
  { name: "Silverado 1500", share: 0.24, truck: true },
  { name: "Silverado 2500HD", share: 0.07, truck: true },
  { name: "Colorado", share: 0.06, truck: true },
  { name: "Equinox", share: 0.18, truck: false },
  { name: "Trax", share: 0.12, truck: false },
  { name: "Traverse", share: 0.1, truck: false },
  { name: "Tahoe", share: 0.07, truck: false },
  { name: "Blazer", share: 0.06, truck: false },
  { name: "Suburban", share: 0.04, truck: false },
  { name: "Malibu", share: 0.06, truck: false },
];

/** Trade-ins and auction buys on the used lot: any make. */
const USED_LINEUP: readonly Nameplate[] = [
  { name: "Chevrolet Silverado 1500", share: 0.14, truck: true },
  { name: "Ford F-150", share: 0.12, truck: true },
  { name: "Ram 1500", share: 0.08, truck: true },
  { name: "Toyota Tacoma", share: 0.05, truck: true },
  { name: "Chevrolet Equinox", share: 0.11, truck: false },
  { name: "Toyota Camry", share: 0.09, truck: false },
  { name: "Honda CR-V", share: 0.09, truck: false },
  { name: "Nissan Rogue", share: 0.08, truck: false },
  { name: "Honda Civic", share: 0.08, truck: false },
  { name: "Jeep Grand Cherokee", share: 0.08, truck: false },
  { name: "Chevrolet Tahoe", share: 0.08, truck: false },
];

const NEW_CUMULATIVE = cumulativeWeights(NEW_LINEUP.map((n) => n.share));
const USED_CUMULATIVE = cumulativeWeights(USED_LINEUP.map((n) => n.share));
// Next year's models arrive in late summer: from August on, most new units carry next year.
const NEXT_MODEL_YEAR_MONTH = 8;

/**
 * A realistic model for a deal sold on `day`: "2026 Silverado 1500" for a new unit (this or next
 * model year), "2021 Ford F-150" for a used one (1–8 years old). Draws from `random`, which the
 * generator keeps apart from the deals' own stream so the deals stay the same.
 */
export function drawModel(random: Random, day: number, newUsed: "New" | "Used"): string {
  const { year, month } = serialToDate(day);
  if (newUsed === "New") {
    const plate = NEW_LINEUP[random.weightedCumulative(NEW_CUMULATIVE)]?.name ?? "";
    const nextYear = month >= NEXT_MODEL_YEAR_MONTH ? random.next() < 0.8 : random.next() < 0.05;
    return `${String(nextYear ? year + 1 : year)} ${plate}`;
  }
  const plate = USED_LINEUP[random.weightedCumulative(USED_CUMULATIVE)]?.name ?? "";
  return `${String(year - 1 - random.int(8))} ${plate}`;
}

/** Whether a model's name is a pickup of the line-up ("truck" as a GSM means it). */
export function isTruckModel(model: string): boolean {
  const m = model.toLowerCase();
  return [...NEW_LINEUP, ...USED_LINEUP].some((n) => n.truck && m.includes(n.name.toLowerCase()));
}
