/** How a GSM reads an indicator's link to the outcome, from its correlation at the best lag. */
export type IndicatorStrength = "strong" | "moderate" | "weak" | "none";

/**
 * Strong from |r| ≥ 0.7, moderate from 0.4, weak from 0.2; "none" below 0.2 or inside the noise band
 * of `periods` points (|r| < 2/√periods, roughly what chance alone reaches 95% of the time).
 * @example indicatorStrength(0.55, 100) // "moderate"
 * @example indicatorStrength(0.55, 10) // "none": 10 points reach 0.63 by chance
 */
export function indicatorStrength(correlation: number, periods: number): IndicatorStrength {
  const r = Math.abs(correlation);
  if (r < 0.2 || r < 2 / Math.sqrt(Math.max(1, periods))) return "none";
  if (r >= 0.7) return "strong";
  if (r >= 0.4) return "moderate";
  return "weak";
}
