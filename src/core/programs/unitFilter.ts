/** Nameplates that are pickups, for a model filter of "truck": DMS logs name the model, not the body style. */
export const PICKUP_NAMEPLATES = [
  "silverado",
  "sierra",
  "f-150",
  "f-250",
  "f-350",
  "f150",
  "ram 1500",
  "ram 2500",
  "ram 3500",
  "tacoma",
  "tundra",
  "colorado",
  "canyon",
  "frontier",
  "ranger",
  "titan",
  "ridgeline",
  "gladiator",
  "maverick",
  "santa cruz",
];

const TRUCK_WORDS = new Set(["truck", "trucks", "pickup", "pickups"]);

/**
 * Whether a model matches a filter text: any of its comma-separated terms appears in the model
 * (any case); "truck" or "pickup" also matches pickups by nameplate. An empty filter matches all.
 * @example modelMatches("2026 Silverado 1500", "truck") // true
 */
export function modelMatches(model: string, filter: string): boolean {
  const terms = filter
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "");
  if (terms.length === 0) return true;
  const m = model.toLowerCase();
  return terms.some((t) => m.includes(t) || (TRUCK_WORDS.has(t) && PICKUP_NAMEPLATES.some((p) => m.includes(p))));
}

/** Whether a deal counts for a program: its new/used kind and its model. */
export function unitCounts(
  deal: { readonly newUsed: string; readonly model?: string },
  units: "New" | "Used" | "All",
  modelContains: string
): boolean {
  if (units !== "All" && deal.newUsed !== units) return false;
  return modelMatches(deal.model ?? "", modelContains);
}
